#include "historyexport.h"
#include "privatefile.h"

#include "core/bodymodel.h"
#include "core/bundleformat.h"
#include "core/problemarealog.h"
#include "core/routineformat.h"
#include "core/strictjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QUuid>

#include <climits>
#include <cmath>

namespace {

const QString kFormatName = QStringLiteral("unknot-history");
constexpr int kMaxDepth = 32;
constexpr int kMaxSteps = 10000;
constexpr int kMaxAreas = 64;
constexpr int kMaxIdLength = 100;
constexpr int kMaxTitleLength = 200;
constexpr int kMaxPlans = 1000;
constexpr int kMaxPlanRoutines = 10000;

// What every part of the app reads plan bundles against: the built-in body
// model and pictures, compiled into the app.
const BundleRules &builtInRules()
{
    static const BundleRules rules = [] {
        BodyModel body;
        QString error;
        body.load(QStringLiteral(":/routines"), &error);
        return BundleRules{body.vocabulary(), BundleFormat::imagesIn(QStringLiteral(":/media"))};
    }();
    return rules;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(timeText(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject stepJson(const StoredStep &step)
{
    return {{QStringLiteral("seq"), step.seq},
            {QStringLiteral("step"), step.step},
            {QStringLiteral("side"), RoutineText::sideName(step.side)},
            {QStringLiteral("muscle"), step.muscle},
            {QStringLiteral("plannedSeconds"), step.plannedSeconds},
            {QStringLiteral("actualMs"), step.actualMs},
            {QStringLiteral("outcome"), HistoryText::outcomeName(step.outcome)},
            {QStringLiteral("stopReason"), step.stopReason},
            {QStringLiteral("finishedAt"), timeValue(step.finishedAt)}};
}

QJsonObject sessionJson(const StoredSession &session)
{
    QJsonArray steps;
    for (const StoredStep &step : session.steps)
        steps.append(stepJson(step));
    QJsonValue checkIn(QJsonValue::Null);
    if (session.checkIn) {
        checkIn = QJsonObject{
            {QStringLiteral("soreness"), session.checkIn->soreness},
            {QStringLiteral("feeling"), HistoryText::feelingName(session.checkIn->feeling)},
            {QStringLiteral("at"), timeValue(session.checkIn->at)}};
    }
    return {{QStringLiteral("uuid"), session.uuid},
            {QStringLiteral("routineId"), session.routineId},
            {QStringLiteral("routineTitle"), session.routineTitle},
            {QStringLiteral("routine"), QJsonDocument::fromJson(session.routineJson).object()},
            {QStringLiteral("areas"), QJsonArray::fromStringList(session.areas)},
            {QStringLiteral("startedAt"), timeValue(session.startedAt)},
            {QStringLiteral("endedAt"), timeValue(session.endedAt)},
            {QStringLiteral("status"), HistoryText::statusName(session.status)},
            {QStringLiteral("painBefore"), optionalValue(session.painBefore)},
            {QStringLiteral("painAfter"), optionalValue(session.painAfter)},
            {QStringLiteral("resumedFrom"), session.resumedFrom.isEmpty()
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(session.resumedFrom)},
            {QStringLiteral("resumeDeclined"), session.resumeDeclined},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("checkIn"), checkIn}};
}

QJsonObject painLogJson(const StoredPainLog &log)
{
    return {{QStringLiteral("uuid"), log.uuid},
            {QStringLiteral("region"), log.region},
            {QStringLiteral("side"), RoutineText::sideName(log.side)},
            {QStringLiteral("pain"), log.pain},
            {QStringLiteral("note"), log.note},
            {QStringLiteral("at"), timeValue(log.at)}};
}

QJsonObject planJson(const StoredPlan &plan)
{
    return {{QStringLiteral("source"),
             plan.authored ? QStringLiteral("authored") : QStringLiteral("imported")},
            {QStringLiteral("importedAt"), timeValue(plan.importedAt)},
            {QStringLiteral("active"), plan.active},
            {QStringLiteral("routineIds"), QJsonArray::fromStringList(plan.routineIds)},
            {QStringLiteral("bundle"), QJsonDocument::fromJson(plan.bundleJson).object()}};
}

// Reads one export with the path of the value being read, and keeps the first problem.
class Reader
{
public:
    explicit Reader(const QString &fileName) : m_fileName(fileName) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &where, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = where.isEmpty()
                          ? QStringLiteral("%1: %2").arg(m_fileName, message)
                          : QStringLiteral("%1: %2: %3").arg(m_fileName, where, message);
    }

    QJsonObject object(const QJsonValue &value, const QString &where, const QStringList &fields)
    {
        if (!value.isObject()) {
            fail(where, QStringLiteral("must be an object"));
            return {};
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!fields.contains(it.key()))
                fail(join(where, it.key()), QStringLiteral("is not a field of this format"));
        }
        return object;
    }

    QJsonArray array(const QJsonObject &object, const QString &where, const QString &key, int max)
    {
        const QJsonValue value = object.value(key);
        if (!value.isArray()) {
            fail(join(where, key), QStringLiteral("must be a list"));
            return {};
        }
        if (value.toArray().size() > max)
            fail(join(where, key), QStringLiteral("must have at most %1 entries").arg(max));
        return value.toArray();
    }

    QString string(const QJsonObject &object, const QString &where, const QString &key,
                   int maxLength, bool allowEmpty = false)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            fail(join(where, key), QStringLiteral("must be text"));
            return {};
        }
        const QString text = value.toString();
        if (text.isEmpty() && !allowEmpty)
            fail(join(where, key), QStringLiteral("must not be empty"));
        else if (text.size() > maxLength)
            fail(join(where, key),
                 QStringLiteral("must be at most %1 characters long").arg(maxLength));
        return text;
    }

    QString uuid(const QJsonObject &object, const QString &where, const QString &key)
    {
        const QString text = string(object, where, key, kMaxIdLength);
        if (!failed() && (text.size() != 36 || QUuid::fromString(text).isNull()))
            fail(join(where, key),
                 QStringLiteral("must be a UUID such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
        return text;
    }

    // Absent or null gives nullopt when `optional`.
    std::optional<qint64> integer(const QJsonObject &object, const QString &where,
                                  const QString &key, qint64 min, qint64 max, bool optional = false)
    {
        const QJsonValue value = object.value(key);
        if (optional && (value.isUndefined() || value.isNull()))
            return std::nullopt;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::floor(number) != number || number < double(min) ||
            number > double(max)) {
            fail(join(where, key),
                 QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return qint64(number);
    }

    QDateTime time(const QJsonObject &object, const QString &where, const QString &key,
                   bool optional = false)
    {
        const QJsonValue value = object.value(key);
        if (optional && (value.isUndefined() || value.isNull()))
            return {};
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!value.isString() || !time.isValid()) {
            fail(join(where, key),
                 QStringLiteral("must be a date and time such as 2024-05-01T07:30:00.000Z"));
            return {};
        }
        return time.toUTC();
    }

    template <typename Enum>
    Enum choice(const QJsonObject &object, const QString &where, const QString &key,
                std::optional<Enum> (*fromName)(const QString &), const QString &allowed)
    {
        const std::optional<Enum> value = fromName(object.value(key).toString());
        if (!value) {
            fail(join(where, key), QStringLiteral("must be one of %1").arg(allowed));
            return Enum{};
        }
        return *value;
    }

    static QString join(const QString &where, const QString &key)
    {
        return where.isEmpty() ? key : where + QLatin1Char('.') + key;
    }
    static QString at(const QString &where, qsizetype index)
    {
        return QStringLiteral("%1[%2]").arg(where).arg(index);
    }

private:
    QString m_fileName;
    QString m_error;
};

const QString kSides = QStringLiteral("left, right, both, none");

StoredStep readStep(Reader &r, const QJsonValue &value, const QString &where)
{
    const QJsonObject o = r.object(
        value, where,
        {QStringLiteral("seq"), QStringLiteral("step"), QStringLiteral("side"),
         QStringLiteral("muscle"), QStringLiteral("plannedSeconds"), QStringLiteral("actualMs"),
         QStringLiteral("outcome"), QStringLiteral("stopReason"), QStringLiteral("finishedAt")});
    if (r.failed())
        return {};
    StoredStep step;
    step.seq = int(r.integer(o, where, QStringLiteral("seq"), 0, kMaxSteps).value_or(0));
    step.step = int(r.integer(o, where, QStringLiteral("step"), 0, kMaxSteps).value_or(0));
    step.side = r.choice(o, where, QStringLiteral("side"), &RoutineText::sideFromName, kSides);
    step.muscle = r.string(o, where, QStringLiteral("muscle"), kMaxIdLength, true);
    step.plannedSeconds =
        int(r.integer(o, where, QStringLiteral("plannedSeconds"), 0, 1000000).value_or(0));
    step.actualMs = r.integer(o, where, QStringLiteral("actualMs"), 0, 1000000000).value_or(0);
    step.outcome = r.choice(o, where, QStringLiteral("outcome"), &HistoryText::outcomeFromName,
                            QStringLiteral("done, skipped, ended-early, stopped"));
    step.stopReason = r.string(o, where, QStringLiteral("stopReason"), kMaxTitleLength, true);
    step.finishedAt = r.time(o, where, QStringLiteral("finishedAt"));
    return step;
}

std::optional<CheckIn> readCheckIn(Reader &r, const QJsonValue &value, const QString &where)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    const QJsonObject o =
        r.object(value, where,
                 {QStringLiteral("soreness"), QStringLiteral("feeling"), QStringLiteral("at")});
    if (r.failed())
        return std::nullopt;
    CheckIn checkIn;
    checkIn.soreness = int(r.integer(o, where, QStringLiteral("soreness"), 0, 10).value_or(0));
    checkIn.feeling = r.choice(o, where, QStringLiteral("feeling"), &HistoryText::feelingFromName,
                               QStringLiteral("better, same, worse"));
    checkIn.at = r.time(o, where, QStringLiteral("at"));
    return checkIn;
}

QStringList readAreas(Reader &r, const QJsonObject &o, const QString &where)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z_]*(\\.[a-z][a-z_]*)?")));
    QStringList areas;
    const QJsonArray list = r.array(o, where, QStringLiteral("areas"), kMaxAreas);
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString area = list.at(i).toString();
        if (!pattern.match(area).hasMatch() || areas.contains(area))
            r.fail(Reader::at(Reader::join(where, QStringLiteral("areas")), i),
                   QStringLiteral("must be a body region id, once"));
        areas.append(area);
    }
    return areas;
}

StoredSession readSession(Reader &r, const QJsonValue &value, const QString &where)
{
    const QJsonObject o = r.object(
        value, where,
        {QStringLiteral("uuid"), QStringLiteral("routineId"), QStringLiteral("routineTitle"),
         QStringLiteral("routine"), QStringLiteral("areas"), QStringLiteral("startedAt"),
         QStringLiteral("endedAt"), QStringLiteral("status"), QStringLiteral("painBefore"),
         QStringLiteral("painAfter"), QStringLiteral("resumedFrom"),
         QStringLiteral("resumeDeclined"), QStringLiteral("steps"), QStringLiteral("checkIn")});
    if (r.failed())
        return {};
    StoredSession s;
    s.uuid = r.uuid(o, where, QStringLiteral("uuid"));
    s.routineId = r.string(o, where, QStringLiteral("routineId"), kMaxIdLength);
    s.routineTitle = r.string(o, where, QStringLiteral("routineTitle"), kMaxTitleLength);
    const QJsonValue routine = o.value(QStringLiteral("routine"));
    s.routineJson = QJsonDocument(routine.toObject()).toJson(QJsonDocument::Compact);
    if (!routine.isObject() ||
        routine.toObject().value(QStringLiteral("id")).toString() != s.routineId)
        r.fail(Reader::join(where, QStringLiteral("routine")),
               QStringLiteral("must be the routine as played, with the id in routineId"));
    else if (s.routineJson.size() > RoutineFormat::kMaxFileBytes)
        r.fail(Reader::join(where, QStringLiteral("routine")), QStringLiteral("is too large"));
    s.areas = readAreas(r, o, where);
    s.startedAt = r.time(o, where, QStringLiteral("startedAt"));
    s.endedAt = r.time(o, where, QStringLiteral("endedAt"), true);
    s.status = r.choice(o, where, QStringLiteral("status"), &HistoryText::statusFromName,
                        QStringLiteral("completed, stopped, interrupted"));
    const auto pain = [&](const QString &key) {
        const std::optional<qint64> value = r.integer(o, where, key, 0, 10, true);
        return value ? std::optional<int>(int(*value)) : std::nullopt;
    };
    s.painBefore = pain(QStringLiteral("painBefore"));
    s.painAfter = pain(QStringLiteral("painAfter"));
    const QJsonValue resumed = o.value(QStringLiteral("resumedFrom"));
    if (!resumed.isNull() && !resumed.isUndefined())
        s.resumedFrom = r.uuid(o, where, QStringLiteral("resumedFrom"));
    const QJsonValue declined = o.value(QStringLiteral("resumeDeclined"));
    if (!declined.isUndefined() && !declined.isBool())
        r.fail(Reader::join(where, QStringLiteral("resumeDeclined")),
               QStringLiteral("must be true or false"));
    s.resumeDeclined = declined.toBool();
    const QJsonArray steps = r.array(o, where, QStringLiteral("steps"), kMaxSteps);
    QSet<int> seqs;
    for (qsizetype i = 0; i < steps.size() && !r.failed(); ++i) {
        const QString stepWhere = Reader::at(Reader::join(where, QStringLiteral("steps")), i);
        s.steps.append(readStep(r, steps.at(i), stepWhere));
        if (!r.failed() && seqs.contains(s.steps.last().seq))
            r.fail(Reader::join(stepWhere, QStringLiteral("seq")),
                   QStringLiteral("appears twice in this session"));
        seqs.insert(s.steps.last().seq);
    }
    s.checkIn = readCheckIn(r, o.value(QStringLiteral("checkIn")),
                            Reader::join(where, QStringLiteral("checkIn")));
    return s;
}

StoredPainLog readPainLog(Reader &r, const QJsonValue &value, const QString &where)
{
    const QJsonObject o =
        r.object(value, where,
                 {QStringLiteral("uuid"), QStringLiteral("region"), QStringLiteral("side"),
                  QStringLiteral("pain"), QStringLiteral("note"), QStringLiteral("at")});
    if (r.failed())
        return {};
    StoredPainLog log;
    log.uuid = r.uuid(o, where, QStringLiteral("uuid"));
    log.region = r.string(o, where, QStringLiteral("region"), kMaxIdLength);
    log.side = r.choice(o, where, QStringLiteral("side"), &RoutineText::sideFromName, kSides);
    log.pain =
        int(r.integer(o, where, QStringLiteral("pain"), 0, ProblemAreaLog::kMaxPain).value_or(0));
    log.note = r.string(o, where, QStringLiteral("note"), ProblemAreaLog::kMaxNoteLength, true);
    log.at = r.time(o, where, QStringLiteral("at"));
    QString problem;
    if (!r.failed() &&
        !ProblemAreaLog::check({log.region, log.side, log.pain, log.note, log.at}, &problem)) {
        const qsizetype colon = problem.indexOf(QLatin1String(": "));
        r.fail(Reader::join(where, problem.left(colon)), problem.mid(colon + 2));
    }
    return log;
}

// "plans[0].bundle" + "plan.title" -> "plans[0].bundle.plan.title"
QString bundlePath(const QString &where, const QString &inside)
{
    if (inside.isEmpty() || inside.startsWith(QLatin1String("line ")) ||
        inside.startsWith(QLatin1String("byte ")))
        return where;
    return inside.startsWith(QLatin1Char('[')) ? where + inside : Reader::join(where, inside);
}

StoredPlan readPlan(Reader &r, const QJsonValue &value, const QString &where)
{
    const QJsonObject o = r.object(value, where,
                                   {QStringLiteral("source"), QStringLiteral("importedAt"),
                                    QStringLiteral("active"), QStringLiteral("routineIds"),
                                    QStringLiteral("bundle")});
    if (r.failed())
        return {};
    StoredPlan plan;
    const QString source = o.value(QStringLiteral("source")).toString();
    if (source != QLatin1String("imported") && source != QLatin1String("authored"))
        r.fail(Reader::join(where, QStringLiteral("source")),
               QStringLiteral("must be one of imported, authored"));
    plan.authored = source == QLatin1String("authored");
    plan.importedAt = r.time(o, where, QStringLiteral("importedAt"));
    if (!r.failed() && !o.value(QStringLiteral("active")).isBool())
        r.fail(Reader::join(where, QStringLiteral("active")),
               QStringLiteral("must be true or false"));
    plan.active = o.value(QStringLiteral("active")).toBool();
    const QJsonArray ids = r.array(o, where, QStringLiteral("routineIds"), kMaxPlanRoutines);
    for (qsizetype i = 0; i < ids.size() && !r.failed(); ++i) {
        const QString id = ids.at(i).toString();
        if (!BundleFormat::isValidId(id) || plan.routineIds.contains(id))
            r.fail(Reader::at(Reader::join(where, QStringLiteral("routineIds")), i),
                   QStringLiteral("must be a routine id, once"));
        plan.routineIds.append(id);
    }
    // The bundle is judged as an imported .unknot file is, and kept as Unknot writes it.
    const QString bundleWhere = Reader::join(where, QStringLiteral("bundle"));
    const QJsonValue bundle = o.value(QStringLiteral("bundle"));
    if (r.failed())
        return {};
    if (!bundle.isObject()) {
        r.fail(bundleWhere, QStringLiteral("must be an object"));
        return {};
    }
    const BundleFormat::Result read = BundleFormat::parse(
        QJsonDocument(bundle.toObject()).toJson(QJsonDocument::Compact), builtInRules());
    for (const FormatProblem &problem : read.problems) {
        if (!problem.warning)
            r.fail(bundlePath(bundleWhere, problem.where), problem.message);
    }
    if (!read.ok())
        return {};
    plan.id = read.plan->id;
    plan.version = read.plan->version;
    plan.bundleJson = BundleFormat::write(*read.plan);
    return plan;
}

QList<StoredPlan> readPlans(Reader &r, const QJsonObject &root)
{
    QList<StoredPlan> plans;
    const QJsonArray list = r.array(root, {}, QStringLiteral("plans"), kMaxPlans);
    QSet<QString> owned;
    bool active = false;
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString where = Reader::at(QStringLiteral("plans"), i);
        const StoredPlan plan = readPlan(r, list.at(i), where);
        if (r.failed())
            break;
        const auto samePlan = [&](const StoredPlan &other) { return other.id == plan.id; };
        if (std::any_of(plans.cbegin(), plans.cend(), samePlan))
            r.fail(Reader::join(where, QStringLiteral("bundle.plan.id")),
                   QStringLiteral("appears twice in this file"));
        else if (plan.active && active)
            r.fail(Reader::join(where, QStringLiteral("active")),
                   QStringLiteral("only one plan can be active"));
        for (const QString &id : plan.routineIds) {
            if (owned.contains(id))
                r.fail(Reader::join(where, QStringLiteral("routineIds")),
                       QStringLiteral("\"%1\" is listed by another plan too").arg(id));
            owned.insert(id);
        }
        active = active || plan.active;
        plans.append(plan);
    }
    return plans;
}

} // namespace

QByteArray HistoryExport::snapshotOf(const Routine &routine)
{
    return QJsonDocument::fromJson(RoutineFormat::write(routine)).toJson(QJsonDocument::Compact);
}

QByteArray HistoryExport::toJson(const HistoryData &data, const QDateTime &exportedAt)
{
    QJsonArray sessions;
    for (const StoredSession &session : data.sessions)
        sessions.append(sessionJson(session));
    QJsonArray painLogs;
    for (const StoredPainLog &log : data.painLogs)
        painLogs.append(painLogJson(log));
    // A plan this version of Unknot cannot read would make the export unrestorable.
    QJsonArray plans;
    for (const StoredPlan &plan : data.plans) {
        if (BundleFormat::parse(plan.bundleJson, builtInRules()).ok())
            plans.append(planJson(plan));
    }
    const QJsonObject root{{QStringLiteral("format"), kFormatName},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("exportedAt"), timeText(exportedAt)},
                           {QStringLiteral("sessions"), sessions},
                           {QStringLiteral("painLogs"), painLogs},
                           {QStringLiteral("plans"), plans}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool HistoryExport::writeJson(const QString &path, const HistoryData &data, QString *error)
{
    return PrivateFile::write(path, toJson(data, QDateTime::currentDateTimeUtc()), error);
}

QString HistoryExport::csvField(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("[\",\\r\\n]"));
    if (!text.contains(special))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool HistoryExport::writeCsv(const QString &folder, const HistoryData &data, QString *error)
{
    if (!PrivateFile::makeFolder(folder, error))
        return false;
    const auto row = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    const auto number = [](const std::optional<int> &value) {
        return value ? QString::number(*value) : QString();
    };
    QString sessions = row({"session_uuid", "routine_id", "routine_title", "started_at", "ended_at",
                            "status", "pain_before", "pain_after", "active_seconds", "areas",
                            "resumed_from", "checkin_soreness", "checkin_feeling"});
    QString steps = row({"session_uuid", "seq", "step", "side", "muscle", "planned_seconds",
                         "actual_seconds", "outcome", "stop_reason", "finished_at"});
    for (const StoredSession &s : data.sessions) {
        qint64 activeMs = 0;
        for (const StoredStep &step : s.steps) {
            activeMs += step.actualMs;
            steps += row({s.uuid, QString::number(step.seq), QString::number(step.step + 1),
                          RoutineText::sideName(step.side), step.muscle,
                          QString::number(step.plannedSeconds),
                          QString::number(double(step.actualMs) / 1000.0, 'f', 3),
                          HistoryText::outcomeName(step.outcome), step.stopReason,
                          timeText(step.finishedAt)});
        }
        sessions +=
            row({s.uuid, s.routineId, s.routineTitle, timeText(s.startedAt), timeText(s.endedAt),
                 HistoryText::statusName(s.status), number(s.painBefore), number(s.painAfter),
                 QString::number(double(activeMs) / 1000.0, 'f', 3), s.areas.join(QLatin1Char(' ')),
                 s.resumedFrom, s.checkIn ? QString::number(s.checkIn->soreness) : QString(),
                 s.checkIn ? HistoryText::feelingName(s.checkIn->feeling) : QString()});
    }
    QString pain = row({"uuid", "at", "region", "side", "pain", "note"});
    for (const StoredPainLog &log : data.painLogs) {
        pain += row({log.uuid, timeText(log.at), log.region, RoutineText::sideName(log.side),
                     QString::number(log.pain), log.note});
    }
    const QDir dir(folder);
    return PrivateFile::write(dir.filePath(QStringLiteral("sessions.csv")), sessions.toUtf8(), error) &&
           PrivateFile::write(dir.filePath(QStringLiteral("steps.csv")), steps.toUtf8(), error) &&
           PrivateFile::write(dir.filePath(QStringLiteral("pain.csv")), pain.toUtf8(), error);
}

HistoryExport::Result HistoryExport::parse(const QByteArray &bytes, const QString &fileName)
{
    Reader r(fileName);
    StrictJson::Error jsonError;
    const std::optional<QJsonValue> document = StrictJson::parse(bytes, kMaxDepth, &jsonError);
    if (!document) {
        r.fail(jsonError.where, jsonError.message);
        return {std::nullopt, r.error()};
    }
    const QJsonObject root =
        r.object(*document, {},
                 {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("exportedAt"),
                  QStringLiteral("sessions"), QStringLiteral("painLogs"), QStringLiteral("plans")});
    if (!r.failed() && root.value(QStringLiteral("format")).toString() != kFormatName)
        r.fail(QStringLiteral("format"),
               QStringLiteral("must be \"%1\": this is not an Unknot history export")
                   .arg(kFormatName));
    const qint64 version =
        r.failed() ? 0 : r.integer(root, {}, QStringLiteral("version"), 1, 1000000).value_or(0);
    if (version > kFormatVersion)
        r.fail(
            QStringLiteral("version"),
            QStringLiteral("%1 is newer than this Unknot reads (%2); update Unknot to restore it")
                .arg(version)
                .arg(kFormatVersion));
    HistoryData data;
    const QJsonArray sessions =
        r.failed() ? QJsonArray() : r.array(root, {}, QStringLiteral("sessions"), INT_MAX);
    QSet<QString> uuids;
    for (qsizetype i = 0; i < sessions.size() && !r.failed(); ++i) {
        const QString where = Reader::at(QStringLiteral("sessions"), i);
        data.sessions.append(readSession(r, sessions.at(i), where));
        if (!r.failed() && uuids.contains(data.sessions.last().uuid))
            r.fail(Reader::join(where, QStringLiteral("uuid")),
                   QStringLiteral("appears twice in this file"));
        uuids.insert(data.sessions.last().uuid);
    }
    const QJsonArray logs =
        r.failed() ? QJsonArray() : r.array(root, {}, QStringLiteral("painLogs"), INT_MAX);
    uuids.clear();
    for (qsizetype i = 0; i < logs.size() && !r.failed(); ++i) {
        const QString where = Reader::at(QStringLiteral("painLogs"), i);
        data.painLogs.append(readPainLog(r, logs.at(i), where));
        if (!r.failed() && uuids.contains(data.painLogs.last().uuid))
            r.fail(Reader::join(where, QStringLiteral("uuid")),
                   QStringLiteral("appears twice in this file"));
        uuids.insert(data.painLogs.last().uuid);
    }
    // Version 1 had no plans; from version 2 on every export lists them.
    if (r.failed())
        return {std::nullopt, r.error()};
    if (version == 1 && root.contains(QStringLiteral("plans")))
        r.fail(QStringLiteral("plans"), QStringLiteral("is not a field of version 1 of this format"));
    else if (version > 1)
        data.plans = readPlans(r, root);
    if (r.failed())
        return {std::nullopt, r.error()};
    return {data, {}};
}

HistoryExport::Result HistoryExport::readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString())};
    if (file.size() > kMaxFileBytes)
        return {std::nullopt,
                QStringLiteral("%1: is larger than %2 MiB; this is not an export Unknot wrote")
                    .arg(path)
                    .arg(kMaxFileBytes / 1024 / 1024)};
    return parse(file.readAll(), path);
}
