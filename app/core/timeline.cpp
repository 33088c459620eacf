#include "timeline.h"

namespace {
QList<Side> sidesOf(const Step &step, Side firstSide)
{
    if (step.side != Side::Both)
        return {step.side};
    if (firstSide == Side::Right)
        return {Side::Right, Side::Left};
    return {Side::Left, Side::Right};
}
} // namespace

Timeline::Timeline(const Routine &routine, const TimelineOptions &options)
{
    const int first = qMax(0, options.firstStep);
    for (int step = first; step < routine.steps.size(); ++step) {
        const Phase leadIn = step == first ? Phase::GetReady : Phase::Transition;
        const qint64 leadInMs = step == first ? options.getReadyMs : options.transitionMs;
        m_segments.append({leadIn, step, Side::None, 1, leadInMs, false});
        addStep(routine, step, options);
    }

    m_plannedAfter.resize(m_segments.size());
    qint64 after = 0;
    for (qsizetype i = m_segments.size() - 1; i >= 0; --i) {
        m_plannedAfter[i] = after;
        after += m_segments.at(i).plannedMs;
    }
}

void Timeline::addStep(const Routine &routine, int step, const TimelineOptions &options)
{
    const Step &s = routine.steps.at(step);
    const qint64 activeMs = qint64(s.seconds) * 1000;
    const QList<Side> sides = sidesOf(s, options.firstSide);
    for (qsizetype sideIndex = 0; sideIndex < sides.size(); ++sideIndex) {
        const Side side = sides.at(sideIndex);
        if (sideIndex > 0)
            m_segments.append({Phase::SwitchSides, step, side, 1, options.switchSidesMs, false});
        for (int rep = 1; rep <= s.reps; ++rep) {
            if (rep > 1)
                m_segments.append({Phase::RepRest, step, side, rep, options.repRestMs, false});
            m_segments.append({Phase::Active, step, side, rep, activeMs, rep == s.reps});
        }
    }
}

int Timeline::firstActiveOf(int step) const
{
    for (int i = 0; i < size(); ++i) {
        if (m_segments.at(i).step == step && m_segments.at(i).phase == Phase::Active)
            return i;
    }
    return -1;
}

int Timeline::leadInOf(int step) const
{
    for (int i = 0; i < size(); ++i) {
        const Segment &segment = m_segments.at(i);
        if (segment.step == step &&
            (segment.phase == Phase::GetReady || segment.phase == Phase::Transition))
            return i;
    }
    return -1;
}
