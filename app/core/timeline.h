#pragma once

#include "routine.h"

#include <QList>

enum class Phase { Idle, GetReady, Active, SwitchSides, RepRest, Transition, Finished };

// One stretch of time in a session. Lead-in segments (get ready, transition)
// belong to the step that comes next; switch-sides and rep-rest segments name
// the side and repetition that come next.
struct Segment
{
    Phase phase = Phase::Active;
    int step = 0;
    Side side = Side::None;
    int rep = 1; // 1-based
    qint64 plannedMs = 0;
    bool lastRepOfSide = true; // an active segment that finishes its side of the step
};

struct TimelineOptions
{
    Side firstSide = Side::Left; // for "both" steps: Side::Right runs the worse right side first
    int firstStep = 0; // resuming an interrupted session: the steps before are left out
    qint64 getReadyMs = 5000;
    qint64 switchSidesMs = 5000;
    qint64 repRestMs = 5000;
    qint64 transitionMs = 10000;
};

// A routine expanded into the segments a session runs through, in order:
// get ready, then per step its sides and repetitions with switch-sides pauses
// and rests between, a transition before every step but the first. Segments
// keep the routine's step numbers also when the timeline starts at a later step.
class Timeline
{
public:
    Timeline(const Routine &routine, const TimelineOptions &options);

    const QList<Segment> &segments() const { return m_segments; }
    int size() const { return int(m_segments.size()); }
    int firstStep() const { return m_segments.isEmpty() ? 0 : m_segments.first().step; }
    const Segment &at(int index) const { return m_segments.at(index); }

    // Index of the first active segment of a step.
    int firstActiveOf(int step) const;
    // Index of the segment that leads into a step: get ready or its transition.
    int leadInOf(int step) const;
    // Planned time of the segments after `index`.
    qint64 plannedAfter(int index) const { return m_plannedAfter.at(index); }
    qint64 totalMs() const { return m_segments.isEmpty() ? 0 : m_plannedAfter.first() + m_segments.first().plannedMs; }

private:
    void addStep(const Routine &routine, int step, const TimelineOptions &options);

    QList<Segment> m_segments;
    QList<qint64> m_plannedAfter;
};
