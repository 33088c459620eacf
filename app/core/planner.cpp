#include "planner.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

using Muscle = BodyModel::Muscle;
using Technique = BodyModel::Technique;

constexpr double kHalfLifeDays = 7; // a rating a week old counts half
constexpr int kOfferedPerRegion = 4;
constexpr int kMaxMuscles = 8;
constexpr double kTolerance = 0.10; // the routine's time within 10% of the budget
constexpr int kCareIntensity = 3;   // access "care": light pressure only
constexpr int kMaxCautions = 20;    // the routine format's limit
constexpr int kMaxAreas = 20;
constexpr int kMaxTitleLength = 120;
constexpr int kMaxIdLength = 64;

// Dose levels, lightest first (domain reference, section 2). Hold and roll seconds
// scale the muscle's default dose, kept within its min and max; a hold is done at
// most twice on its point ("<= 2 holds per point", 2a). Stretches never change
// their seconds (ACSM: 10 to 30 s a hold for most adults, 2d) and add repetitions
// only: 2 to 4 of them, never below the 60 s a stretch accumulates.
struct Level
{
    double factor;
    int holdReps;
    int stretchRepsAdded;
};
constexpr std::array<Level, 7> kLevels = {{
    {0.5, 1, 0},
    {0.75, 1, 0},
    {1.0, 1, 0}, // the domain reference's defaults
    {1.0, 2, 0},
    {1.25, 2, 1},
    {1.5, 2, 1},
    {1.5, 2, 2},
}};
constexpr int kDefaultLevel = 2;
constexpr int kTopLevel = int(kLevels.size()) - 1;

// Always at hand: hands, a wall, a doorframe and a chair.
const QStringList kAtHand = {QStringLiteral("none"), QStringLiteral("wall"),
                             QStringLiteral("doorframe"), QStringLiteral("chair")};
const QStringList kEquipmentOrder = {QStringLiteral("ball"),        QStringLiteral("two-balls"),
                                     QStringLiteral("foam-roller"), QStringLiteral("wall"),
                                     QStringLiteral("doorframe"),   QStringLiteral("chair"),
                                     QStringLiteral("strap")};

struct Area
{
    const BodyModel::Region *region;
    Side side;
    double weight; // pain / 10, halved for every week since it was rated
};

// How much of a muscle's weight comes from the left, the right, and areas without a
// side; it is worked on one side only when all of it comes from that side.
struct SideWeights
{
    double left = 0;
    double right = 0;
    double unsided = 0;

    void add(Side side, double weight)
    {
        (side == Side::Left ? left : side == Side::Right ? right : unsided) += weight;
    }
    double total() const { return left + right + unsided; }
    Side side() const
    {
        if (unsided > 0 || (left > 0) == (right > 0))
            return Side::Both;
        return left > 0 ? Side::Left : Side::Right;
    }
};

// A muscle the routine may work, with the techniques it would use.
struct Choice
{
    const Muscle *muscle = nullptr;
    int index = 0; // its place in muscles.json: the tie-breaker
    double score = 0;
    Side side = Side::Both;
    const Technique *roll = nullptr;
    const Technique *hold = nullptr;
    const Technique *stretch = nullptr;
    QString reason;
    QStringList regions;

    bool plannable() const { return roll || hold || stretch; }
};

QString joined(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
           parts.constLast();
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// "Upper trapezius" -> "upper trapezius", but "SCM ..." stays.
QString inSentence(const QString &name)
{
    if (name.size() > 1 && name[1].isLower())
        return name[0].toLower() + name.mid(1);
    return name;
}

class PlanBuilder
{
public:
    PlanBuilder(const BodyModel &body, const Library &library, const PlanRequest &request)
        : m_body(body), m_library(library), m_request(request)
    {}

    Plan build()
    {
        const QList<SafetyProfile::Block> blocks = m_request.safety.blocks();
        if (!blocks.isEmpty()) {
            m_plan.block = blocks.first();
            return m_plan;
        }
        weighAreas();
        if (m_areas.isEmpty()) {
            m_plan.notes.append(m_setAside > 0
                                    ? QStringLiteral("Every area you marked is set aside for "
                                                     "now, for the reasons above, so there is "
                                                     "nothing to plan.")
                                    : QStringLiteral("Nothing to plan: mark at least one area "
                                                     "with a pain above 0."));
            return m_plan;
        }
        chooseTechniques();
        rankCandidates();
        rankRoutines();
        planRoutine();
        return m_plan;
    }

private:
    const BodyModel &m_body;
    const Library &m_library;
    const PlanRequest &m_request;
    Plan m_plan;
    QList<Area> m_areas;     // strongest first
    QList<Choice> m_choices; // every muscle, in file order
    QList<int> m_pool;       // indexes into m_choices, in the order the routine takes them
    QList<int> m_bestWeight; // per area: the best weight of a plannable muscle
    QList<int> m_nearby;     // muscles that refer pain next to the areas, not to them
    int m_setAside = 0;      // marked areas the safety answers set aside

    // ---- areas -----------------------------------------------------------------

    void weighAreas()
    {
        for (const ProblemArea &problem : m_request.areas) {
            const BodyModel::Region *region = m_body.region(problem.region);
            if (!region || problem.pain <= 0)
                continue;
            addOnce(&m_plan.notes, region->caution);
            if (const QString aside = m_request.safety.setsAsideArea(*region); !aside.isEmpty()) {
                addOnce(&m_plan.notes, capitalized(region->phrase) +
                                           QStringLiteral(" is left out of the plan. ") + aside);
                ++m_setAside;
                continue;
            }
            const double recency = std::pow(0.5, std::max(0.0, problem.daysAgo) / kHalfLifeDays);
            const Side side = region->sided ? problem.side : Side::None;
            m_areas.append({region, side, std::min(problem.pain, 10) / 10.0 * recency});
        }
        std::stable_sort(m_areas.begin(), m_areas.end(),
                         [](const Area &a, const Area &b) { return a.weight > b.weight; });
    }

    // ---- techniques ------------------------------------------------------------

    bool atHand(const QString &item) const
    {
        return kAtHand.contains(item) || m_request.equipment.contains(item) ||
               (item == QLatin1String("ball") &&
                m_request.equipment.contains(QLatin1String("two-balls")));
    }

    // Why a technique cannot be used; empty when it can.
    QString unusable(const Muscle &muscle, const Technique &technique) const
    {
        if (const QString reason = m_request.safety.excludesTechnique(muscle, technique);
            !reason.isEmpty())
            return reason;
        for (const QString &item : technique.equipment) {
            if (!atHand(item))
                return QStringLiteral("needs a %1")
                    .arg(item == QLatin1String("two-balls")
                             ? QStringLiteral("pair of balls")
                             : QString(item).replace(QLatin1Char('-'), QLatin1Char(' ')));
        }
        return {};
    }

    const Technique *firstUsable(const Muscle &muscle, StepType type, QString *reason) const
    {
        for (const Technique &technique : muscle.techniques) {
            if (technique.type != type)
                continue;
            const QString why = unusable(muscle, technique);
            if (why.isEmpty())
                return &technique;
            if (reason->isEmpty())
                *reason = why;
        }
        return nullptr;
    }

    void chooseTechniques()
    {
        const QList<Muscle> &muscles = m_body.muscles();
        for (int i = 0; i < muscles.size(); ++i) {
            Choice choice;
            choice.muscle = &muscles[i];
            choice.index = i;
            QString reason = m_request.safety.excludesMuscle(muscles[i]);
            if (reason.isEmpty()) {
                // Rolling is for muscles the roller suits; "care" muscles get other work.
                if (muscles[i].rollerAccess == BodyModel::Access::Yes)
                    choice.roll = firstUsable(muscles[i], StepType::Roll, &reason);
                choice.hold = firstUsable(muscles[i], StepType::Hold, &reason);
                choice.stretch = firstUsable(muscles[i], StepType::Stretch, &reason);
            }
            if (!choice.plannable())
                choice.reason = reason;
            m_choices.append(choice);
        }
    }

    // ---- ranking ---------------------------------------------------------------

    void rankCandidates()
    {
        QList<int> offered;
        for (Choice &choice : m_choices)
            weigh(&choice);
        m_bestWeight.fill(0, m_areas.size());
        for (int a = 0; a < m_areas.size(); ++a) {
            QList<int> referrers = referrersOf(m_areas[a]);
            int shown = 0;
            for (int index : std::as_const(referrers)) {
                const Choice &choice = m_choices[index];
                if (!choice.plannable()) {
                    if (shown < kOfferedPerRegion)
                        exclude(choice);
                    continue;
                }
                m_bestWeight[a] =
                    std::max(m_bestWeight[a], choice.muscle->referralWeight(m_areas[a].region->id));
                if (shown++ < kOfferedPerRegion && !offered.contains(index))
                    offered.append(index);
            }
            if (referrers.isEmpty())
                addOnce(
                    &m_plan.notes,
                    capitalized(QStringLiteral("none of the muscles Unknot knows commonly refers "
                                               "pain to %1; if it goes on, see a clinician.")
                                    .arg(m_areas[a].region->phrase)));
        }
        std::sort(offered.begin(), offered.end(),
                  [this](int a, int b) { return ranksBefore(a, b); });
        for (int index : std::as_const(offered)) {
            describe(&m_choices[index]);
            m_plan.candidates.append(candidate(m_choices[index]));
        }
        orderPool(offered);
    }

    void weigh(Choice *choice) const
    {
        SideWeights sides;
        for (const Area &area : m_areas)
            sides.add(area.side, choice->muscle->referralWeight(area.region->id) * area.weight);
        choice->score = sides.total();
        choice->side = sides.side();
    }

    static QString nearbyReason(bool local, const QStringList &phrases,
                                const QStringList &sometimes)
    {
        if (phrases.isEmpty() && !local && !sometimes.isEmpty())
            return QStringLiteral("Sometimes refers pain to %1, near the area you marked.")
                .arg(joined(sometimes));
        if (phrases.isEmpty())
            return QStringLiteral("Lies in the area you marked.");
        if (local)
            return QStringLiteral("Lies in the area you marked; commonly refers pain to %1, "
                                  "near it.")
                .arg(joined(phrases));
        return QStringLiteral("Commonly refers pain to %1, near the area you marked.")
            .arg(joined(phrases));
    }

    // The muscles that refer pain to an area: main zone first, then file order.
    QList<int> referrersOf(const Area &area) const
    {
        QList<int> indexes;
        for (const Choice &choice : m_choices) {
            if (choice.muscle->referralWeight(area.region->id) > 0)
                indexes.append(choice.index);
        }
        std::stable_sort(indexes.begin(), indexes.end(), [&](int a, int b) {
            return m_choices[a].muscle->referralWeight(area.region->id) >
                   m_choices[b].muscle->referralWeight(area.region->id);
        });
        return indexes;
    }

    bool ranksBefore(int a, int b) const
    {
        if (m_choices[a].score != m_choices[b].score)
            return m_choices[a].score > m_choices[b].score;
        return a < b;
    }

    void exclude(const Choice &choice)
    {
        for (const PlanExclusion &exclusion : std::as_const(m_plan.excluded)) {
            if (exclusion.muscle == choice.muscle->id)
                return;
        }
        m_plan.excluded.append({choice.muscle->id, choice.muscle->name,
                                capitalized(choice.reason) + QLatin1Char('.')});
    }

    // "Commonly refers pain to your temple; can also refer pain to the back of your neck."
    void describe(Choice *choice) const
    {
        QStringList main;
        QStringList less;
        for (const Area &area : m_areas) {
            const int weight = choice->muscle->referralWeight(area.region->id);
            if (weight == 0 || choice->regions.contains(area.region->id))
                continue;
            choice->regions.append(area.region->id);
            (weight == 2 ? main : less).append(area.region->phrase);
        }
        if (main.isEmpty())
            choice->reason = QStringLiteral("Sometimes refers pain to %1.").arg(joined(less));
        else if (less.isEmpty())
            choice->reason = QStringLiteral("Commonly refers pain to %1.").arg(joined(main));
        else
            choice->reason =
                QStringLiteral("Commonly refers pain to %1; can also refer pain to %2.")
                    .arg(joined(main), joined(less));
    }

    static PlanCandidate candidate(const Choice &choice)
    {
        return {choice.muscle->id, choice.muscle->name, choice.score,
                choice.reason,     choice.regions,      false};
    }

    bool covers(const Choice &choice, int area) const
    {
        const int weight = choice.muscle->referralWeight(m_areas[area].region->id);
        return weight > 0 && weight >= m_bestWeight[area];
    }

    // Muscles for the strongest uncovered area first, so that a short routine still
    // reaches every area; then the rest by rank; then the neighbours.
    void orderPool(const QList<int> &offered)
    {
        QList<bool> covered(m_areas.size(), false);
        for (int a = 0; a < m_areas.size(); ++a) {
            if (covered[a])
                continue;
            for (int index : offered) {
                if (m_pool.contains(index) || !covers(m_choices[index], a))
                    continue;
                m_pool.append(index);
                for (int other = 0; other < m_areas.size(); ++other)
                    covered[other] = covered[other] || covers(m_choices[index], other);
                break;
            }
        }
        for (int index : offered) {
            if (!m_pool.contains(index))
                m_pool.append(index);
        }
        // In this order: nearbyMuscles() gives its muscles a score.
        QList<int> more = otherReferrers(offered);
        more += nearbyMuscles();
        for (int index : std::as_const(more)) {
            m_pool.append(index);
            m_plan.additional.append(candidate(m_choices[index]));
        }
    }

    QList<int> otherReferrers(const QList<int> &offered)
    {
        QList<int> others;
        for (Choice &choice : m_choices) {
            if (choice.plannable() && choice.score > 0 && !offered.contains(choice.index)) {
                describe(&choice);
                others.append(choice.index);
            }
        }
        std::sort(others.begin(), others.end(), [this](int a, int b) { return ranksBefore(a, b); });
        return others;
    }

    // Plannable muscles that commonly refer pain near the marked areas: to another
    // region of the same group, or (counting half) of a neighbouring group. "Treat the
    // whole region and the partner muscles" (1b).
    QList<int> nearbyMuscles()
    {
        const QHash<QString, QSet<QString>> neighbours = neighbouringGroups();
        QList<int> nearby;
        for (Choice &choice : m_choices) {
            if (!choice.plannable() || choice.score > 0)
                continue;
            QStringList phrases;
            QStringList sometimes; // less common zones
            SideWeights sides;
            bool local = false;
            for (const Area &area : std::as_const(m_areas)) {
                const QString &group = area.region->group;
                double weight = 0;
                if (choice.muscle->locationGroups.contains(group)) {
                    weight += area.weight; // it lies where it hurts
                    local = true;
                }
                for (const BodyModel::Referral &referral : choice.muscle->referral) {
                    const BodyModel::Region *region = m_body.region(referral.region);
                    const bool sameGroup = region->group == group;
                    // The main zone in the same group or a neighbouring one, or, counting
                    // a quarter, a less common zone in the same group.
                    if (region->id == area.region->id ||
                        (referral.weight < 2 && !sameGroup) ||
                        (!sameGroup && !neighbours.value(group).contains(region->group)))
                        continue;
                    weight += referral.weight < 2 ? area.weight / 4
                              : sameGroup         ? area.weight
                                                  : area.weight / 2;
                    QStringList &list = referral.weight < 2 ? sometimes : phrases;
                    if (!list.contains(region->phrase))
                        list.append(region->phrase);
                }
                sides.add(area.side, weight);
            }
            if (sides.total() == 0)
                continue;
            choice.score = sides.total();
            choice.side = sides.side();
            choice.reason = nearbyReason(local, phrases.mid(0, 2), sometimes.mid(0, 2));
            nearby.append(choice.index);
        }
        std::sort(nearby.begin(), nearby.end(), [this](int a, int b) { return ranksBefore(a, b); });
        m_nearby = nearby;
        return nearby;
    }

    // Two groups of regions neighbour each other when a muscle lies across both
    // (the upper trapezius joins the neck and the shoulder).
    QHash<QString, QSet<QString>> neighbouringGroups() const
    {
        QHash<QString, QSet<QString>> neighbours;
        for (const Muscle &muscle : m_body.muscles()) {
            for (const QString &group : muscle.locationGroups) {
                for (const QString &other : muscle.locationGroups) {
                    if (other != group)
                        neighbours[group].insert(other);
                }
            }
        }
        return neighbours;
    }

    // ---- the routine -----------------------------------------------------------

    struct Option
    {
        int count = 0;
        int level = kDefaultLevel;
        int raised = 0; // the first `raised` muscles get level + 1
        qint64 totalMs = 0;
        int coverage = 0;
        double deviation = 0;
        int fit = 2; // 0: within 5% of the budget, 1: within 10%, 2: further off

        bool feasible() const { return fit < 2; }
    };

    void planRoutine()
    {
        if (m_pool.isEmpty())
            return;
        const qint64 budgetMs = qint64(m_request.minutes) * 60 * 1000;
        std::optional<Option> best;
        const int most = std::min(int(m_pool.size()), kMaxMuscles);
        for (int count = 1; count <= most; ++count) {
            const int coverage = coverageOf(count);
            for (int level = 0; level <= kTopLevel; ++level) {
                const int raiseable = level < kTopLevel ? count - 1 : 0;
                for (int raised = 0; raised <= raiseable; ++raised) {
                    Option option{count, level, raised, 0, coverage, 0, 2};
                    option.totalMs = Timeline(routineFor(option), {}).totalMs();
                    const qint64 miss = std::abs(option.totalMs - budgetMs);
                    option.fit = miss * 2 <= budgetMs * kTolerance ? 0
                                 : miss <= budgetMs * kTolerance   ? 1
                                                                   : 2;
                    option.deviation = (std::abs(level - kDefaultLevel) * (count - raised) +
                                        std::abs(level + 1 - kDefaultLevel) * raised) /
                                       double(count);
                    if (!best || better(option, *best, budgetMs))
                        best = option;
                }
            }
        }
        Routine routine = routineFor(*best);
        m_plan.totalMs = best->totalMs;
        for (int i = 0; i < best->count; ++i)
            markInRoutine(m_choices[m_pool[i]].muscle->id);
        addSideNotes(*best);
        m_plan.notes += m_request.safety.advice();
        if (!best->feasible())
            m_plan.notes.append(
                QStringLiteral("The safe, relevant work for these areas takes about %1 minutes, "
                               "not the %2 you asked for.")
                    .arg(std::max<qint64>(1, (best->totalMs + 30000) / 60000))
                    .arg(m_request.minutes));
        m_plan.routine = std::move(routine);
    }

    // Within the budget's 10%, reaching the most areas, then closest to the budget in
    // steps of 5%, then with doses closest to the reference's, then closest to the
    // budget, then with fewer muscles.
    static bool better(const Option &a, const Option &b, qint64 budgetMs)
    {
        if (a.feasible() != b.feasible())
            return a.feasible();
        const qint64 missA = std::abs(a.totalMs - budgetMs);
        const qint64 missB = std::abs(b.totalMs - budgetMs);
        if (!a.feasible() && missA != missB)
            return missA < missB;
        if (a.coverage != b.coverage)
            return a.coverage > b.coverage;
        if (a.fit != b.fit)
            return a.fit < b.fit;
        if (a.deviation != b.deviation)
            return a.deviation < b.deviation;
        if (missA != missB)
            return missA < missB;
        return a.count < b.count;
    }

    int coverageOf(int count) const
    {
        int covered = 0;
        for (int a = 0; a < m_areas.size(); ++a) {
            for (int i = 0; i < count; ++i) {
                if (covers(m_choices[m_pool[i]], a)) {
                    ++covered;
                    break;
                }
            }
        }
        return covered;
    }

    void markInRoutine(const QString &muscle)
    {
        for (PlanCandidate &candidate : m_plan.candidates)
            candidate.inRoutine = candidate.inRoutine || candidate.muscle == muscle;
        for (PlanCandidate &candidate : m_plan.additional)
            candidate.inRoutine = candidate.inRoutine || candidate.muscle == muscle;
    }

    Routine routineFor(const Option &option) const
    {
        Routine routine = frame(option.count);
        QSet<QString> stretches; // one stretch once, when two muscles share it
        QStringList equipment;
        for (int i = 0; i < option.count; ++i) {
            const Choice &choice = m_choices[m_pool[i]];
            const Level &level = kLevels[option.level + (i < option.raised ? 1 : 0)];
            for (const Technique *technique : {choice.roll, choice.hold, choice.stretch}) {
                if (!technique ||
                    (technique->type == StepType::Stretch && stretches.contains(technique->title)))
                    continue;
                if (technique->type == StepType::Stretch)
                    stretches.insert(technique->title);
                routine.steps.append(step(choice, *technique, level));
                for (const QString &item : technique->equipment)
                    addOnce(&equipment, item);
            }
        }
        for (const QString &item : kEquipmentOrder) {
            if (equipment.contains(item))
                routine.equipment.append(item);
        }
        if (routine.equipment.isEmpty())
            routine.equipment = {QStringLiteral("none")};
        return routine;
    }

    Step step(const Choice &choice, const Technique &technique, const Level &level) const
    {
        const Muscle &muscle = *choice.muscle;
        const BodyModel::Dose dose = *muscle.dose(technique.type);
        Step step;
        step.type = technique.type;
        step.title = technique.title;
        step.instructions = technique.instructions;
        step.muscle = muscle.id;
        step.side = technique.bothSides                   ? Side::None
                    : technique.type == StepType::Stretch ? Side::Both
                                                          : choice.side;
        if (technique.type == StepType::Stretch) {
            const bool gentle = m_request.safety.defaultDosesAtMost();
            step.seconds = std::min(dose.seconds, Planner::kMaxStretchSeconds);
            step.reps = stretchReps(step.seconds, dose.reps + (gentle ? 0 : level.stretchRepsAdded));
        } else {
            const bool hold = technique.type == StepType::Hold;
            step.seconds = scaled(dose, level.factor,
                                  hold ? m_request.safety.maxHoldSeconds()
                                       : m_request.safety.maxRollSeconds());
            const int maxReps = m_request.safety.maxHoldReps();
            step.reps =
                hold ? (maxReps > 0 ? std::min(level.holdReps, maxReps) : level.holdReps) : 1;
            int intensity = std::min(dose.intensity, m_request.safety.maxIntensity(muscle));
            if (muscle.access(technique.type) == BodyModel::Access::Care)
                intensity = std::min(intensity, kCareIntensity);
            step.intensity = intensity;
            if (!hold)
                step.pace = dose.pace;
        }
        for (const SpokenCue &cue : technique.cues) {
            if (cue.atSeconds < step.seconds)
                step.cues.append(cue);
        }
        return step;
    }

    // At least 2 and enough for the 60 s a stretch accumulates, at most 4 (2d).
    static int stretchReps(int seconds, int wanted)
    {
        const int forTotal = (Planner::kMinStretchTotalSeconds + seconds - 1) / seconds;
        return std::clamp(std::max(wanted, forTotal), Planner::kMinStretchReps,
                          Planner::kMaxStretchReps);
    }

    static int roundedSeconds(double seconds)
    {
        constexpr int kRoundTo = 5;
        return int(std::lround(seconds / kRoundTo)) * kRoundTo;
    }

    static int scaled(const BodyModel::Dose &dose, double factor, int cap)
    {
        const int seconds =
            std::clamp(roundedSeconds(dose.seconds * factor), dose.minSeconds, dose.maxSeconds);
        return cap > 0 ? std::min(seconds, cap) : seconds;
    }

    // Everything but the steps and the equipment.
    Routine frame(int count) const
    {
        Routine routine;
        QStringList ids;
        QStringList phrases;
        for (const Area &area : m_areas) {
            if (routine.areas.contains(area.region->id) || routine.areas.size() >= kMaxAreas)
                continue;
            routine.areas.append(area.region->id);
            phrases.append(area.region->phrase);
            ids.append(QString(area.region->id)
                           .replace(QLatin1Char('.'), QLatin1Char('-'))
                           .replace(QLatin1Char('_'), QLatin1Char('-')));
        }
        routine.id = (QStringLiteral("plan-") + ids.join(QLatin1Char('-'))).left(kMaxIdLength);
        while (routine.id.endsWith(QLatin1Char('-')))
            routine.id.chop(1);
        routine.title = QStringLiteral("For ") + joined(phrases);
        if (routine.title.size() > kMaxTitleLength)
            routine.title = QStringLiteral("For the areas you marked");
        QStringList names;
        bool nearby = false;
        for (int i = 0; i < count; ++i) {
            names.append(inSentence(m_choices[m_pool[i]].muscle->name));
            nearby = nearby || m_nearby.contains(m_pool[i]);
        }
        routine.description =
            QStringLiteral("Planned by Unknot for %1. It works the %2: muscles that commonly "
                           "refer pain to these areas%3. These are things many people find "
                           "helpful, not a diagnosis: notice what helps you.")
                .arg(joined(phrases), joined(names),
                     nearby ? QStringLiteral(" or next to them") : QString());
        routine.author = QStringLiteral("Unknot planner");
        routine.cautions = cautions(count);
        return routine;
    }

    QStringList cautions(int count) const
    {
        QStringList out;
        for (const Area &area : m_areas)
            addOnce(&out, area.region->caution);
        out.append(QStringLiteral("Aim for a pressure of about 5 out of 10 that \"hurts good\"; "
                                  "never above 7. Stop on sharp, electric, burning or tingling "
                                  "pain, or if you feel dizzy or sick."));
        out.append(QStringLiteral("If you feel a pulse under the ball or your fingers, move off."));
        QStringList sites;
        for (const QString &site : BodyModel::endangermentSites()) {
            for (int i = 0; i < count; ++i) {
                if (m_choices[m_pool[i]].muscle->endangerment.contains(site)) {
                    sites.append(BodyModel::endangermentText(site));
                    break;
                }
            }
        }
        if (!sites.isEmpty())
            out.append(QStringLiteral("Keep the ball, the roller and your fingers off %1.")
                           .arg(joined(sites)));
        out += m_request.safety.cautions();
        for (int i = 0; i < count; ++i) {
            for (const QString &caution : m_choices[m_pool[i]].muscle->cautions)
                addOnce(&out, caution);
        }
        return out.mid(0, kMaxCautions);
    }

    void addSideNotes(const Option &option)
    {
        double left = 0;
        double right = 0;
        for (const Area &area : std::as_const(m_areas)) {
            if (area.side == Side::Left)
                left += area.weight;
            else if (area.side == Side::Right)
                right += area.weight;
        }
        m_plan.rightFirst = right > left;
        bool oneSided = false;
        for (int i = 0; i < option.count; ++i)
            oneSided = oneSided || m_choices[m_pool[i]].side != Side::Both;
        if (oneSided)
            m_plan.notes.append(QStringLiteral("Rolls and holds work the side that hurts; "
                                               "stretches work both sides."));
        if (left > 0 || right > 0) {
            m_plan.sideNote =
                QStringLiteral("Steps on both sides start on the %1, the side that hurts more.")
                    .arg(m_plan.rightFirst ? QStringLiteral("right") : QStringLiteral("left"));
            m_plan.notes.append(m_plan.sideNote);
        }
    }

    // ---- the library -----------------------------------------------------------

    void rankRoutines()
    {
        for (const Library::Entry &entry : m_library.entries()) {
            RoutineMatch match = matchOf(entry);
            if (match.score > 0)
                m_plan.routines.append(match);
        }
        // A routine that does not suit the safety answers comes after every one that does.
        std::stable_sort(m_plan.routines.begin(), m_plan.routines.end(),
                         [](const RoutineMatch &a, const RoutineMatch &b) {
                             if (a.conflicts.isEmpty() != b.conflicts.isEmpty())
                                 return a.conflicts.isEmpty();
                             if (a.score != b.score)
                                 return a.score > b.score;
                             return a.id < b.id;
                         });
    }

    RoutineMatch matchOf(const Library::Entry &entry) const
    {
        const Routine &routine = entry.routine;
        RoutineMatch match{routine.id, routine.title, entry.builtIn, 0, {}, {}, {}};
        QStringList madeFor;
        for (const Area &area : m_areas) {
            if (!routine.areas.contains(area.region->id))
                continue;
            match.score += 2 * area.weight;
            addOnce(&madeFor, area.region->phrase);
        }
        QStringList works;
        QStringList seen;
        for (const Step &step : routine.steps) {
            const Muscle *muscle = m_body.muscle(step.muscle);
            if (!muscle)
                continue;
            if (seen.contains(muscle->id))
                continue;
            seen.append(muscle->id);
            for (const Area &area : m_areas) {
                const int weight = muscle->referralWeight(area.region->id);
                match.score += weight * area.weight;
                if (weight == 2)
                    addOnce(&works, inSentence(muscle->name));
            }
        }
        for (const QString &item : routine.equipment) {
            if (!atHand(item))
                match.missingEquipment.append(item);
        }
        match.conflicts = m_request.safety.conflictsOf(routine, m_body);
        match.reason = matchReason(madeFor, works);
        return match;
    }

    static QString matchReason(const QStringList &madeFor, const QStringList &works)
    {
        const QString muscles = works.size() == 1
                                    ? QStringLiteral("the %1, which commonly refers pain to the "
                                                     "areas you marked")
                                          .arg(works.first())
                                    : QStringLiteral("the %1, which commonly refer pain to the "
                                                     "areas you marked")
                                          .arg(joined(works));
        if (!madeFor.isEmpty() && !works.isEmpty())
            return QStringLiteral("Made for %1; works %2.").arg(joined(madeFor), muscles);
        if (!madeFor.isEmpty())
            return QStringLiteral("Made for %1.").arg(joined(madeFor));
        if (!works.isEmpty())
            return QStringLiteral("Works %1.").arg(muscles);
        return QStringLiteral("Works muscles that sometimes refer pain to the areas you marked.");
    }

    static void addOnce(QStringList *list, const QString &text)
    {
        if (!text.isEmpty() && !list->contains(text))
            list->append(text);
    }
};

} // namespace

TimelineOptions Plan::timelineOptions() const
{
    TimelineOptions options;
    options.firstSide = rightFirst ? Side::Right : Side::Left;
    return options;
}

Planner::Planner(const BodyModel &body, const Library &library) : m_body(body), m_library(library)
{}

const QList<int> &Planner::budgets()
{
    static const QList<int> minutes = {5, 10, 15, 20};
    return minutes;
}

Plan Planner::plan(const PlanRequest &request) const
{
    return PlanBuilder(m_body, m_library, request).build();
}
