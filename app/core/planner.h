#pragma once

#include "bodymodel.h"
#include "library.h"
#include "problemarealog.h"
#include "routine.h"
#include "safetyprofile.h"
#include "timeline.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the planner is asked for.
struct PlanRequest
{
    QList<ProblemArea> areas;
    // What the person has: "ball", "two-balls", "foam-roller", "strap". Hands, a wall,
    // a doorframe and a chair are taken to be at hand; two balls include a ball.
    QStringList equipment;
    int minutes = 10; // one of Planner::budgets()
    SafetyProfile safety;
};

// A muscle that commonly refers pain to the areas marked, with its reason.
struct PlanCandidate
{
    QString muscle;
    QString name;
    double score = 0;    // summed referral weight x area weight
    QString reason;      // "Commonly refers pain to your temple and the back of your neck."
    QStringList regions; // the marked regions it refers pain to, strongest first
    bool inRoutine = false;
};

// A muscle the areas point to that the safety answers or the equipment rule out.
struct PlanExclusion
{
    QString muscle;
    QString name;
    QString reason;
};

// A routine from the library, scored by how well it matches the areas.
struct RoutineMatch
{
    QString id;
    QString title;
    bool builtIn = false;
    double score = 0;
    QString reason;
    QStringList missingEquipment; // what it needs that the person does not have
    QStringList conflicts;        // why some of its steps do not suit the safety answers
};

struct Plan
{
    // Set when a safety answer calls for care instead of a routine; nothing else is.
    std::optional<SafetyProfile::Block> block;
    QList<PlanCandidate> candidates; // 2 to 4 per area, ranked, best first
    // Not offered above, but the routine may use them to fill the time: the other
    // muscles that refer pain to the areas, then those that refer pain next to them.
    QList<PlanCandidate> additional;
    QList<PlanExclusion> excluded;
    QList<RoutineMatch> routines; // ranked, best first; only those that match at all
    std::optional<Routine> routine;
    bool rightFirst = false; // the right side hurts more: two-sided steps start on the right
    QString sideNote;        // the note of `notes` that says which side comes first
    qint64 totalMs = 0;      // the routine's whole session time
    QStringList notes;       // things to tell the person, in plain words

    TimelineOptions timelineOptions() const;
};

// Turns "where it hurts" into the muscles that commonly refer pain there, ranked
// with their reasons, and a routine that fits the time, the equipment and the
// safety answers. Deterministic: the same request gives the same plan.
// docs/planner.md explains the ranking, the doses and the budget.
class Planner
{
public:
    Planner(const BodyModel &body, const Library &library);

    // Stretch doses (domain reference 2d, ACSM): at most 30 s a hold, 2 to 4
    // repetitions, at least 60 s in all.
    static constexpr int kMaxStretchSeconds = 30;
    static constexpr int kMinStretchReps = 2;
    static constexpr int kMaxStretchReps = 4;
    static constexpr int kMinStretchTotalSeconds = 60;
    // Holds: at most 2 on one point (2a).
    static constexpr int kMaxHoldReps = 2;

    static const QList<int> &budgets(); // minutes: 5, 10, 15, 20
    Plan plan(const PlanRequest &request) const;

private:
    const BodyModel &m_body;
    const Library &m_library;
};
