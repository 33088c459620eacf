#include "plancommand.h"

#include "core/jsonchecker.h"
#include "core/routineformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

constexpr int kDefaultPain = 5;
const QStringList kEquipment = {QStringLiteral("ball"),        QStringLiteral("two-balls"),
                                QStringLiteral("foam-roller"), QStringLiteral("strap"),
                                QStringLiteral("wall"),        QStringLiteral("doorframe"),
                                QStringLiteral("chair"),       QStringLiteral("none")};

QStringList listOf(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

QString clockText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Two decimals keep the JSON the same from one run to the next and one machine to another.
double rounded(double score)
{
    return std::round(score * 100) / 100;
}

QJsonObject candidateJson(const PlanCandidate &candidate)
{
    return {{QStringLiteral("muscle"), candidate.muscle},
            {QStringLiteral("name"), candidate.name},
            {QStringLiteral("score"), rounded(candidate.score)},
            {QStringLiteral("reason"), candidate.reason},
            {QStringLiteral("regions"), QJsonArray::fromStringList(candidate.regions)},
            {QStringLiteral("inRoutine"), candidate.inRoutine}};
}

QJsonArray candidatesJson(const QList<PlanCandidate> &candidates)
{
    QJsonArray array;
    for (const PlanCandidate &candidate : candidates)
        array.append(candidateJson(candidate));
    return array;
}

} // namespace

PlanCommand::PlanCommand(const BodyModel &body, const Library &library, QTextStream &out,
                         QTextStream &err)
    : m_body(body), m_library(library), m_out(out), m_err(err)
{}

int PlanCommand::run(const Options &options)
{
    const std::optional<PlanRequest> planRequest = request(options);
    if (!planRequest)
        return 2;
    const Plan plan = Planner(m_body, m_library).plan(*planRequest);
    if (options.json)
        printJson(plan);
    else
        printText(plan);
    return plan.routine ? 0 : 1;
}

bool PlanCommand::usage(const QString &message)
{
    m_err << "unknot: " << message << "\nTry 'unknot --help'.\n";
    return false;
}

std::optional<PlanRequest> PlanCommand::request(const Options &options)
{
    PlanRequest request;
    if (!readAreas(options.areas, &request.areas))
        return std::nullopt;

    bool ok = false;
    request.minutes = options.minutes.toInt(&ok);
    if (!ok || !Planner::budgets().contains(request.minutes)) {
        usage(QStringLiteral("--minutes must be 5, 10, 15 or 20, not \"%1\"").arg(options.minutes));
        return std::nullopt;
    }

    for (const QString &item : listOf(options.equipment)) {
        if (!kEquipment.contains(item)) {
            usage(QStringLiteral("--equipment: %1 is not a kind of equipment")
                      .arg(JsonText::quoted(item)) +
                  JsonChecker::didYouMean(item, kEquipment) + QStringLiteral("; use ") +
                  kEquipment.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        request.equipment.append(item);
    }

    // Without --safety the screen counts as not answered; "none" answers "no" to all.
    if (options.safety.trimmed().isEmpty())
        return request;
    QStringList flags = listOf(options.safety);
    if (flags == QStringList{QStringLiteral("none")})
        flags.clear();
    else if (flags.contains(QStringLiteral("none"))) {
        usage(QStringLiteral("--safety: none means no to every question; give it alone"));
        return std::nullopt;
    }
    QString error;
    const std::optional<SafetyProfile> safety = SafetyProfile::fromStrings(flags, m_body, &error);
    if (!safety) {
        usage(QStringLiteral("--safety: ") + error);
        return std::nullopt;
    }
    request.safety = *safety;
    return request;
}

bool PlanCommand::readAreas(const QString &text, QList<ProblemArea> *areas)
{
    const QStringList items = listOf(text);
    if (items.isEmpty())
        return usage(QStringLiteral("--plan needs at least one area, such as "
                                    "--plan head.temple:6:left,neck.back:4"));
    for (const QString &item : items) {
        const std::optional<ProblemArea> area = readArea(item);
        if (!area)
            return false;
        for (const ProblemArea &other : std::as_const(*areas)) {
            if (other.region == area->region && other.side == area->side)
                return usage(
                    QStringLiteral("--plan: %1 is given twice").arg(JsonText::quoted(item)));
        }
        areas->append(*area);
    }
    return true;
}

std::optional<ProblemArea> PlanCommand::readArea(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    ProblemArea area;
    area.region = parts.first();
    area.pain = kDefaultPain;
    const BodyModel::Region *region = m_body.region(area.region);
    if (!region) {
        QStringList ids;
        for (const BodyModel::Region &known : m_body.regions())
            ids.append(known.id);
        ids.sort();
        usage(QStringLiteral("--plan: %1 is not a known body region")
                  .arg(JsonText::quoted(area.region)) +
              JsonChecker::didYouMean(area.region, ids) +
              QStringLiteral("; docs/routine-format.md lists the regions"));
        return std::nullopt;
    }
    if (parts.size() > 3) {
        usage(QStringLiteral("--plan: %1 has too many parts; write REGION:PAIN:SIDE")
                  .arg(JsonText::quoted(text)));
        return std::nullopt;
    }
    if (parts.size() > 1) {
        bool ok = false;
        area.pain = parts[1].toInt(&ok);
        if (!ok || area.pain < 1 || area.pain > 10) {
            usage(QStringLiteral("--plan: %1: pain must be a whole number from 1 to 10, not %2")
                      .arg(area.region, JsonText::quoted(parts[1])));
            return std::nullopt;
        }
    }
    if (parts.size() > 2) {
        const QString side = parts[2];
        if (side != QLatin1String("left") && side != QLatin1String("right") &&
            side != QLatin1String("both")) {
            usage(QStringLiteral("--plan: %1: the side must be left, right or both, not %2")
                      .arg(area.region, JsonText::quoted(side)));
            return std::nullopt;
        }
        if (!region->sided) {
            usage(QStringLiteral("--plan: %1 has no left and right side; leave the side out")
                      .arg(area.region));
            return std::nullopt;
        }
        area.side = side == QLatin1String("left")    ? Side::Left
                    : side == QLatin1String("right") ? Side::Right
                                                     : Side::None;
    }
    return area;
}

void PlanCommand::printText(const Plan &plan)
{
    if (plan.block) {
        m_out << plan.block->title << "\n\n" << plan.block->advice << '\n';
        return;
    }
    if (!plan.candidates.isEmpty())
        m_out << "Muscles that commonly refer pain to the areas you marked (common patterns, "
                 "not a diagnosis):\n";
    for (int i = 0; i < plan.candidates.size(); ++i) {
        const PlanCandidate &candidate = plan.candidates[i];
        m_out << QStringLiteral("  %1. %2: %3%4\n")
                     .arg(i + 1)
                     .arg(candidate.name, candidate.reason,
                          candidate.inRoutine ? QStringLiteral(" (in your routine)") : QString());
    }
    for (const PlanCandidate &candidate : plan.additional) {
        if (candidate.inRoutine)
            m_out << QStringLiteral("  Also in your routine: %1: %2\n")
                         .arg(candidate.name, candidate.reason);
    }
    for (const PlanExclusion &exclusion : plan.excluded)
        m_out << QStringLiteral("  Not in your routine: %1: %2\n")
                     .arg(exclusion.name, exclusion.reason);
    if (!plan.routines.isEmpty()) {
        m_out << "\nRoutines that match:\n";
        for (const RoutineMatch &match : plan.routines) {
            m_out << QStringLiteral("  %1  %2: %3\n").arg(match.id, match.title, match.reason);
            if (!match.missingEquipment.isEmpty())
                m_out << "      needs " << match.missingEquipment.join(QStringLiteral(", "))
                      << '\n';
            for (const QString &conflict : match.conflicts)
                m_out << "      does not suit your answers: " << conflict << '\n';
        }
    }
    if (!plan.notes.isEmpty()) {
        m_out << "\nPlease note:\n";
        for (const QString &note : plan.notes)
            m_out << "  - " << note << '\n';
    }
    if (!plan.routine)
        return;
    m_out << QStringLiteral("\nYour routine (%1, %2 steps):\n")
                 .arg(clockText(plan.totalMs))
                 .arg(plan.routine->steps.size());
    // The routine file cannot say which side comes first: whoever plays it must.
    if (plan.rightFirst)
        m_out << "Play it right side first: unknot --play FILE --right-first\n";
    m_out << QString::fromUtf8(RoutineFormat::write(*plan.routine));
}

void PlanCommand::printJson(const Plan &plan)
{
    QJsonObject root;
    if (plan.block) {
        root.insert(QStringLiteral("block"),
                    QJsonObject{{QStringLiteral("flag"), plan.block->flag},
                                {QStringLiteral("title"), plan.block->title},
                                {QStringLiteral("advice"), plan.block->advice},
                                {QStringLiteral("urgent"), plan.block->urgent}});
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return;
    }
    root.insert(QStringLiteral("candidates"), candidatesJson(plan.candidates));
    root.insert(QStringLiteral("additional"), candidatesJson(plan.additional));
    QJsonArray excluded;
    for (const PlanExclusion &exclusion : plan.excluded)
        excluded.append(QJsonObject{{QStringLiteral("muscle"), exclusion.muscle},
                                    {QStringLiteral("name"), exclusion.name},
                                    {QStringLiteral("reason"), exclusion.reason}});
    root.insert(QStringLiteral("excluded"), excluded);
    QJsonArray routines;
    for (const RoutineMatch &match : plan.routines)
        routines.append(QJsonObject{
            {QStringLiteral("id"), match.id},
            {QStringLiteral("title"), match.title},
            {QStringLiteral("builtIn"), match.builtIn},
            {QStringLiteral("score"), rounded(match.score)},
            {QStringLiteral("reason"), match.reason},
            {QStringLiteral("missingEquipment"),
             QJsonArray::fromStringList(match.missingEquipment)},
            {QStringLiteral("conflicts"), QJsonArray::fromStringList(match.conflicts)}});
    root.insert(QStringLiteral("routines"), routines);
    root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes));
    if (plan.routine) {
        root.insert(QStringLiteral("routine"),
                    QJsonDocument::fromJson(RoutineFormat::write(*plan.routine)).object());
        root.insert(QStringLiteral("rightFirst"), plan.rightFirst);
        root.insert(QStringLiteral("seconds"), double((plan.totalMs + 500) / 1000));
    }
    m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}
