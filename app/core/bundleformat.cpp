#include "bundleformat.h"
#include "jsonchecker.h"
#include "strictjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

// Every rule here has a twin in routines/schema/bundle.schema.json and a line in
// docs/plan-bundle.md; tests/schema/check_bundle_schema.py keeps the app and the
// schema in agreement over the files in tests/data.

namespace {

using Field = JsonChecker::Field;
using JsonText::describe;

constexpr qint64 kBytesPerMiB = 1024 * 1024;
constexpr int kMaxIdLength = 64;
constexpr int kMaxVersion = 1000000;
constexpr int kMaxShortText = 120; // title, therapist, practice, client
constexpr int kMaxNotes = 4000;
constexpr int kMaxWeeks = 104;
constexpr int kMinEveryDays = 2;
constexpr int kMaxEveryDays = 30;
constexpr int kMaxRestDays = 366;

// Field names in the documented order: problems are reported and files written in it.
const QStringList kBundleFields = {QStringLiteral("bundle"), QStringLiteral("plan"),
                                   QStringLiteral("routines")};
const QStringList kPlanFields = {
    QStringLiteral("id"),       QStringLiteral("version"),   QStringLiteral("title"),
    QStringLiteral("notes"),    QStringLiteral("therapist"), QStringLiteral("practice"),
    QStringLiteral("client"),   QStringLiteral("start"),     QStringLiteral("schedule"),
    QStringLiteral("routines"),
};
const QStringList kScheduleFields = {QStringLiteral("kind"), QStringLiteral("weekdays"),
                                     QStringLiteral("everyDays"), QStringLiteral("weeks"),
                                     QStringLiteral("restDays")};
const QStringList kScheduleKinds = {QStringLiteral("daily"), QStringLiteral("weekly"),
                                    QStringLiteral("interval")};
const QString kIdRule =
    QStringLiteral("use lowercase letters, digits and dashes, starting with a letter or digit");

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]*")));
    return pattern;
}

BundleFormat::Result refusal(const QString &where, const QString &message)
{
    BundleFormat::Result result;
    result.problems.append({where, message});
    return result;
}

BundleFormat::Result tooLarge(qint64 bytes)
{
    return refusal({}, QStringLiteral("file is %1 MiB; plan bundles are limited to %2 MiB")
                           .arg(JsonText::mebibytes(bytes))
                           .arg(BundleFormat::kMaxFileBytes / kBytesPerMiB));
}

QString prefixed(const QString &path, const QString &where)
{
    if (where.isEmpty())
        return path;
    return where.startsWith(QLatin1Char('[')) ? path + where : path + QLatin1Char('.') + where;
}

// Reads one bundle, collecting every problem: the plan's, then the routines',
// then unknown top-level fields, each part in the order of its fields.
class Reader
{
public:
    explicit Reader(const BundleRules &rules) : m_rules(rules) {}

    BundleFormat::Result read(const QJsonValue &root)
    {
        if (!root.isObject())
            return refusal({}, QStringLiteral("file must hold one JSON object { ... } with the "
                                              "plan and its routines, not ") +
                                   describe(root));
        const QJsonObject object = root.toObject();
        if (const std::optional<QString> newer = JsonChecker::newerFormatMessage(
                object, QStringLiteral("bundle"), BundleFormat::kFormat,
                QStringLiteral("plan bundle")))
            return refusal(QStringLiteral("bundle"), *newer);

        JsonChecker top;
        readFormat(top, JsonChecker::member(object, {}, QStringLiteral("bundle")));
        QList<Routine> routines =
            readRoutines(JsonChecker::member(object, {}, QStringLiteral("routines")));
        JsonChecker planChecker;
        CarePlan plan =
            readPlan(planChecker, JsonChecker::member(object, {}, QStringLiteral("plan")));
        JsonChecker unknown;
        unknown.unknownFields(object, {}, kBundleFields);

        BundleFormat::Result result;
        result.problems =
            top.problems() + planChecker.problems() + m_routineProblems + unknown.problems();
        if (!hasErrors(result.problems)) {
            plan.routines = std::move(routines);
            result.plan = std::move(plan);
        }
        return result;
    }

private:
    const BundleRules &m_rules;
    QList<FormatProblem> m_routineProblems;
    QStringList m_routineIds; // as written in the file, for references; empty when not text

    void routineError(const QString &where, const QString &message)
    {
        m_routineProblems.append({where, message});
    }

    static void readFormat(JsonChecker &checker, const Field &format)
    {
        if (checker.present(format) &&
            (!format.value.isDouble() || format.value.toDouble() != BundleFormat::kFormat))
            checker.error(format.where, QStringLiteral("must be %1, not %2")
                                            .arg(BundleFormat::kFormat)
                                            .arg(describe(format.value)));
    }

    // ---- the routines ----

    QList<Routine> readRoutines(const Field &field)
    {
        QList<Routine> routines;
        JsonChecker listChecker;
        const std::optional<QJsonArray> items =
            listChecker.list(field, 1, BundleFormat::kMaxRoutines, QStringLiteral("routines"));
        m_routineProblems += listChecker.problems();
        for (qsizetype i = 0; items && i < items->size(); ++i) {
            const Field item = JsonChecker::item(*items, field.where, i);
            const QJsonValue id = item.value.toObject().value(QLatin1String("id"));
            m_routineIds.append(id.isString() ? id.toString() : QString());
            if (std::optional<Routine> routine = readRoutine(item))
                routines.append(std::move(*routine));
            reportDuplicateId(item.where, i);
        }
        return routines;
    }

    std::optional<Routine> readRoutine(const Field &item)
    {
        if (!item.value.isObject()) {
            routineError(item.where, QStringLiteral("must be an object { ... } with the "
                                                    "routine's fields, not ") +
                                         describe(item.value));
            return std::nullopt;
        }
        // The routine is judged by the very rules of a routine file.
        const QByteArray compact =
            QJsonDocument(item.value.toObject()).toJson(QJsonDocument::Compact);
        if (compact.size() > RoutineFormat::kMaxFileBytes) {
            routineError(item.where, tooLargeMessage(compact.size()));
            return std::nullopt;
        }
        RoutineFormat::Result result = RoutineFormat::parse(compact, m_rules.vocabulary);
        for (const FormatProblem &problem : std::as_const(result.problems))
            m_routineProblems.append(
                {prefixed(item.where, problem.where), problem.message, problem.warning});
        if (!result.ok())
            return std::nullopt;
        // It becomes a routine file in the data folder, which must load again.
        const qint64 written = RoutineFormat::write(*result.routine).size();
        if (written > RoutineFormat::kMaxFileBytes) {
            routineError(item.where, tooLargeMessage(written));
            return std::nullopt;
        }
        dropUnknownImages(*result.routine, item.where);
        return result.routine;
    }

    static QString tooLargeMessage(qint64 bytes)
    {
        return QStringLiteral("this routine takes %1 MiB; a routine is limited to %2 MiB")
            .arg(JsonText::mebibytes(bytes))
            .arg(RoutineFormat::kMaxFileBytes / kBytesPerMiB);
    }

    // A picture this version of the app does not have is left out rather than
    // refusing the plan: the step still plays, and nothing outside the app is read.
    void dropUnknownImages(Routine &routine, const QString &where)
    {
        for (qsizetype i = 0; i < routine.steps.size(); ++i) {
            Step &step = routine.steps[i];
            if (step.image.isEmpty() || m_rules.images.contains(step.image))
                continue;
            m_routineProblems.append(
                {where + QStringLiteral(".steps[%1].image").arg(i),
                 QStringLiteral("warning: %1 is not a picture this version of Unknot has; the "
                                "step is shown without it")
                     .arg(JsonText::quoted(step.image)),
                 true});
            step.image.clear();
        }
    }

    void reportDuplicateId(const QString &where, qsizetype index)
    {
        const QString &id = m_routineIds.at(index);
        const qsizetype first = m_routineIds.indexOf(id);
        if (id.isEmpty() || first == index)
            return;
        routineError(where + QStringLiteral(".id"),
                     QStringLiteral("%1 is already used by routines[%2]; each routine in a bundle "
                                    "needs its own id")
                         .arg(JsonText::quoted(id))
                         .arg(first));
    }

    // ---- the plan ----

    CarePlan readPlan(JsonChecker &checker, const Field &field)
    {
        CarePlan plan;
        const std::optional<QJsonObject> object = checker.object(field, QStringLiteral("plan's"));
        if (!object)
            return plan;
        const auto own = [&](const char *key) {
            return JsonChecker::member(*object, field.where, QLatin1String(key));
        };
        plan.id = checker.id(own("id"), idPattern(), kIdRule, kMaxIdLength).value_or(QString());
        plan.version = checker.wholeNumber(own("version"), 1, kMaxVersion).value_or(1);
        plan.title = checker.text(own("title"), kMaxShortText).value_or(QString());
        plan.notes = optionalText(checker, own("notes"), kMaxNotes);
        plan.therapist = checker.text(own("therapist"), kMaxShortText).value_or(QString());
        plan.practice = optionalText(checker, own("practice"), kMaxShortText);
        plan.client = checker.text(own("client"), kMaxShortText).value_or(QString());
        plan.start = readDate(checker, own("start")).value_or(QDate());
        plan.schedule = readSchedule(checker, own("schedule"));
        plan.rotation = readRotation(checker, own("routines"));
        checker.unknownFields(*object, field.where, kPlanFields);
        return plan;
    }

    static QString optionalText(JsonChecker &checker, const Field &field, int maxLength)
    {
        return field.value.isUndefined() ? QString()
                                         : checker.text(field, maxLength).value_or(QString());
    }

    static std::optional<QDate> readDate(JsonChecker &checker, const Field &field)
    {
        if (!checker.present(field))
            return std::nullopt;
        if (!field.value.isString()) {
            checker.error(field.where, QStringLiteral("must be a date such as \"2024-05-06\", "
                                                      "not ") +
                                           describe(field.value));
            return std::nullopt;
        }
        const QDate date = BundleFormat::dateFromText(field.value.toString());
        if (date.isValid())
            return date;
        checker.error(field.where, QStringLiteral("%1 is not a date; write a day from 2000 to "
                                                  "2099 as YYYY-MM-DD, such as \"2024-05-06\"")
                                       .arg(JsonText::quoted(field.value.toString())));
        return std::nullopt;
    }

    Schedule readSchedule(JsonChecker &checker, const Field &field)
    {
        Schedule schedule;
        const std::optional<QJsonObject> object =
            checker.object(field, QStringLiteral("schedule's"));
        if (!object)
            return schedule;
        const auto own = [&](const char *key) {
            return JsonChecker::member(*object, field.where, QLatin1String(key));
        };
        const std::optional<QString> kindName =
            checker.choice(own("kind"), kScheduleKinds, QStringLiteral("kind of schedule"));
        const std::optional<ScheduleKind> kind =
            kindName ? PlanText::scheduleKindFromName(*kindName) : std::nullopt;
        schedule.kind = kind.value_or(ScheduleKind::Daily);
        const Field weekdays = own("weekdays");
        if (onlyFor(checker, weekdays, kind, ScheduleKind::Weekly, "weekly")) {
            schedule.weekdays = checker.uniqueItems<int>(
                weekdays, 1, 7, QStringLiteral("weekdays"),
                [&](const Field &item) -> std::optional<int> {
                    const std::optional<QString> name =
                        checker.choice(item, PlanText::weekdayNames(), QStringLiteral("weekday"));
                    return name ? std::optional(PlanText::weekdayFromName(*name)) : std::nullopt;
                });
            std::sort(schedule.weekdays.begin(), schedule.weekdays.end());
        }
        const Field everyDays = own("everyDays");
        if (onlyFor(checker, everyDays, kind, ScheduleKind::Interval, "interval"))
            schedule.everyDays =
                checker.wholeNumber(everyDays, kMinEveryDays, kMaxEveryDays).value_or(0);
        const Field weeks = own("weeks");
        if (!weeks.value.isUndefined())
            schedule.weeks = checker.wholeNumber(weeks, 1, kMaxWeeks).value_or(0);
        const Field restDays = own("restDays");
        if (!restDays.value.isUndefined()) {
            schedule.restDays = checker.uniqueItems<QDate>(
                restDays, 0, kMaxRestDays, QStringLiteral("rest days"),
                [&](const Field &item) { return readDate(checker, item); });
            std::sort(schedule.restDays.begin(), schedule.restDays.end());
        }
        checker.unknownFields(*object, field.where, kScheduleFields);
        return schedule;
    }

    // Whether a kind-specific field is to be read: required for its kind, not
    // allowed on another. With no valid kind there is nothing to require, and the
    // kind itself has already been reported.
    static bool onlyFor(JsonChecker &checker, const Field &field, std::optional<ScheduleKind> kind,
                        ScheduleKind owner, const char *ownerName)
    {
        if (!kind || *kind == owner)
            return kind || !field.value.isUndefined();
        if (!field.value.isUndefined())
            checker.error(field.where, QStringLiteral("is only allowed on %1 schedules; remove it")
                                           .arg(QLatin1String(ownerName)));
        return false;
    }

    // "No references outside its own content": every routine a plan schedules
    // is one the bundle carries.
    QStringList readRotation(JsonChecker &checker, const Field &field)
    {
        QStringList known = m_routineIds;
        known.removeAll(QString());
        return checker.uniqueItems<QString>(
            field, 1, BundleFormat::kMaxRoutines, QStringLiteral("routines"),
            [&](const Field &item) -> std::optional<QString> {
                if (!item.value.isString()) {
                    checker.error(item.where, QStringLiteral("must be the id of a routine in this "
                                                             "bundle, not ") +
                                                  describe(item.value));
                    return std::nullopt;
                }
                const QString id = item.value.toString();
                if (known.contains(id))
                    return id;
                checker.error(item.where,
                              QStringLiteral("%1 is not one of the routines in this bundle")
                                      .arg(JsonText::quoted(id)) +
                                  JsonChecker::didYouMean(id, known) +
                                  QStringLiteral("; a plan can only use the routines it carries"));
                return std::nullopt;
            });
    }
};

// ---- writing -------------------------------------------------------------------------

using JsonText::block;
using JsonText::inlineList;
using JsonText::member;
using JsonText::string;

QByteArray dateText(const QDate &date)
{
    return '"' + date.toString(Qt::ISODate).toLatin1() + '"';
}

QByteArray writeSchedule(const Schedule &schedule)
{
    constexpr int kIndent = 4; // inside "plan": { ... }
    QList<QByteArray> members;
    members.append(member("kind", string(PlanText::scheduleKindName(schedule.kind))));
    if (schedule.kind == ScheduleKind::Weekly) {
        QList<QByteArray> days;
        for (int day : schedule.weekdays)
            days.append(string(PlanText::weekdayName(day)));
        members.append(member("weekdays", inlineList(days)));
    }
    if (schedule.kind == ScheduleKind::Interval)
        members.append(member("everyDays", QByteArray::number(schedule.everyDays)));
    if (schedule.weeks > 0)
        members.append(member("weeks", QByteArray::number(schedule.weeks)));
    if (!schedule.restDays.isEmpty()) {
        QList<QByteArray> days;
        for (const QDate &day : schedule.restDays)
            days.append(dateText(day));
        members.append(member("restDays", inlineList(days)));
    }
    return block(members, '{', '}', kIndent);
}

QByteArray writePlan(const CarePlan &plan)
{
    constexpr int kIndent = 2;
    QList<QByteArray> members;
    members.append(member("id", string(plan.id)));
    members.append(member("version", QByteArray::number(plan.version)));
    members.append(member("title", string(plan.title)));
    if (!plan.notes.isEmpty())
        members.append(member("notes", string(plan.notes)));
    members.append(member("therapist", string(plan.therapist)));
    if (!plan.practice.isEmpty())
        members.append(member("practice", string(plan.practice)));
    members.append(member("client", string(plan.client)));
    members.append(member("start", dateText(plan.start)));
    members.append(member("schedule", writeSchedule(plan.schedule)));
    QList<QByteArray> rotation;
    for (const QString &id : plan.rotation)
        rotation.append(string(id));
    members.append(member("routines", inlineList(rotation)));
    return block(members, '{', '}', kIndent);
}

// RoutineFormat's canonical text, moved in by `spaces`.
QByteArray indentedRoutine(const Routine &routine, int spaces)
{
    QByteArray text = RoutineFormat::write(routine);
    text.chop(1); // the final line break
    return text.replace("\n", '\n' + QByteArray(spaces, ' '));
}

} // namespace

QStringList BundleFormat::Result::lines(const QString &fileName) const
{
    return problemLines(fileName, problems);
}

BundleFormat::Result BundleFormat::parse(const QByteArray &bytes, const BundleRules &rules)
{
    if (bytes.size() > kMaxFileBytes)
        return tooLarge(bytes.size());
    if (JsonText::isBlank(bytes))
        return refusal({}, QStringLiteral("file is empty; a plan bundle holds one JSON object "
                                          "with the plan and its routines"));
    StrictJson::Error error;
    const std::optional<QJsonValue> root = StrictJson::parse(bytes, kMaxDepth, &error);
    if (!root)
        return refusal(error.where, error.message);
    return Reader(rules).read(*root);
}

BundleFormat::Result BundleFormat::readFile(const QString &path, const BundleRules &rules)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refusal({}, QStringLiteral("file cannot be opened: %1").arg(file.errorString()));
    // Judged by its size before reading it; one byte past the limit also bounds
    // files that do not know their size.
    if (file.size() > kMaxFileBytes)
        return tooLarge(file.size());
    return parse(file.read(kMaxFileBytes + 1), rules);
}

QByteArray BundleFormat::write(const CarePlan &plan)
{
    constexpr int kRoutineIndent = 4; // inside "routines": [ ... ]
    QList<QByteArray> routines;
    for (const Routine &routine : plan.routines)
        routines.append(indentedRoutine(routine, kRoutineIndent));
    const QList<QByteArray> members = {
        member("bundle", QByteArray::number(kFormat)),
        member("plan", writePlan(plan)),
        member("routines", block(routines, '[', ']', 2)),
    };
    return block(members, '{', '}', 0) + '\n';
}

bool BundleFormat::isValidId(const QString &id)
{
    return id.size() <= kMaxIdLength && idPattern().match(id).hasMatch();
}

QDate BundleFormat::dateFromText(const QString &text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("20[0-9]{2}-[0-9]{2}-[0-9]{2}")));
    return pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

QSet<QString> BundleFormat::imagesIn(const QString &mediaFolder)
{
    QSet<QString> images;
    const QDir folder(QDir(mediaFolder).filePath(QStringLiteral("images")));
    for (const QString &name :
         folder.entryList({QStringLiteral("*.svg"), QStringLiteral("*.png")}, QDir::Files))
        images.insert(QStringLiteral("images/") + name);
    return images;
}
