#include "sessionengine.h"

#include <algorithm>

SessionEngine::SessionEngine(const Routine &routine, const Clock &clock,
                             const TimelineOptions &options, QObject *parent)
    : QObject(parent), m_routine(routine), m_clock(clock), m_timeline(routine, options)
{
}

// --- controls -------------------------------------------------------------

void SessionEngine::start()
{
    if (m_state != State::Idle || m_timeline.size() == 0)
        return;
    m_startMs = now();
    m_state = State::Running;
    enterSegment(0, m_startMs);
    Q_EMIT stateChanged();
    update();
}

void SessionEngine::pause()
{
    update();
    if (m_state != State::Running)
        return;
    m_state = State::Paused;
    m_pauseStartedMs = now();
    Q_EMIT stateChanged();
    Q_EMIT timeChanged();
}

void SessionEngine::resume()
{
    if (m_state != State::Paused)
        return;
    const qint64 pausedFor = now() - m_pauseStartedMs;
    m_segmentPausedMs += pausedFor;
    m_totalPausedMs += pausedFor;
    m_state = State::Running;
    Q_EMIT stateChanged();
    update();
}

void SessionEngine::skip()
{
    update();
    if (m_state != State::Running && m_state != State::Paused)
        return;
    const Segment current = *segment();
    if (current.phase == Phase::GetReady || current.phase == Phase::Transition) {
        jumpTo(m_timeline.firstActiveOf(current.step));
        return;
    }
    endStep(Outcome::Skipped);
    const int next = m_timeline.leadInOf(current.step + 1);
    if (next < 0)
        finish(false, now());
    else
        jumpTo(next);
}

void SessionEngine::back()
{
    update();
    if (m_state != State::Running && m_state != State::Paused)
        return;
    const Segment current = *segment();
    int target = 0;
    if (current.phase == Phase::Transition) {
        target = m_timeline.firstActiveOf(current.step - 1); // redo the step just done
    } else if (current.phase != Phase::GetReady) {
        const bool justStarted = elapsedMs() - m_stepStartElapsedMs < kBackToPreviousMs;
        const bool hasPrevious = current.step > m_timeline.firstStep();
        const int step = justStarted && hasPrevious ? current.step - 1 : current.step;
        target = m_timeline.firstActiveOf(step);
    }
    jumpTo(target);
}

void SessionEngine::extend(int seconds)
{
    update();
    if ((m_state != State::Running && m_state != State::Paused) || seconds <= 0)
        return;
    m_extraMs += qint64(seconds) * 1000;
    Q_EMIT timeChanged();
}

void SessionEngine::endEarly()
{
    update();
    if (!canEndEarly())
        return;
    m_sideOutcome = Outcome::EndedEarly;
    finishSegment(referenceNow(), Outcome::EndedEarly);
    update();
}

void SessionEngine::stop(const QString &reason)
{
    update();
    if (m_state != State::Running && m_state != State::Paused)
        return;
    const Phase current = segment()->phase;
    if (current == Phase::Active)
        m_sideActualMs += elapsedInSegment();
    if (current == Phase::Active || current == Phase::RepRest)
        recordSide(Outcome::Stopped, reason);
    finish(true, referenceNow());
}

void SessionEngine::stopStep(const QString &reason)
{
    update();
    if (m_state != State::Running && m_state != State::Paused)
        return;
    if (m_state == State::Running) {
        // The person reads the advice before anything else happens.
        m_state = State::Paused;
        m_pauseStartedMs = now();
        Q_EMIT stateChanged();
    }
    const Segment current = *segment();
    if (current.phase == Phase::Active)
        Q_EMIT cue(makeCue(CueKind::StepEnd, elapsedInSegment()));
    endStep(Outcome::Stopped, reason);
    const int next = m_timeline.leadInOf(current.step + 1);
    if (next < 0)
        finish(true, referenceNow());
    else
        enterSegment(next, now());
    Q_EMIT timeChanged();
}

void SessionEngine::leaveOut(const QSet<int> &steps)
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_leftOut.unite(steps);
    const Phase current = segment()->phase;
    const bool leadIn = current == Phase::GetReady || current == Phase::Transition;
    if (leadIn && m_leftOut.contains(segment()->step))
        enterSegment(m_index, now());
    Q_EMIT timeChanged();
}

void SessionEngine::update()
{
    while (m_state == State::Running) {
        const qint64 elapsed = elapsedInSegment();
        const qint64 total = segmentTotalMs();
        emitDueCues(qMin(elapsed, total));
        if (elapsed < total)
            break;
        finishSegment(m_segmentStartMs + m_segmentPausedMs + total, Outcome::Done);
    }
    Q_EMIT timeChanged();
}

// --- what the session looks like now -------------------------------------

std::optional<qint64> SessionEngine::nextDueMs() const
{
    if (m_state != State::Running)
        return std::nullopt;
    qint64 offset = segmentTotalMs();
    for (const PendingCue &pending : cuesOfSegment()) {
        if (pending.offsetMs > m_firedOffsetMs) {
            offset = qMin(offset, pending.offsetMs);
            break;
        }
    }
    return m_segmentStartMs + m_segmentPausedMs + offset;
}

Phase SessionEngine::phase() const
{
    if (m_state == State::Idle)
        return Phase::Idle;
    if (m_state == State::Finished)
        return Phase::Finished;
    return segment()->phase;
}

const Segment *SessionEngine::segment() const
{
    return m_index >= 0 && m_index < m_timeline.size() ? &m_timeline.at(m_index) : nullptr;
}

int SessionEngine::stepIndex() const
{
    const Segment *current = segment();
    return current ? current->step : 0;
}

bool SessionEngine::canEndEarly() const
{
    if (m_state != State::Running && m_state != State::Paused)
        return false;
    const Segment *current = segment();
    return current->phase == Phase::Active &&
           m_routine.steps.at(current->step).type == StepType::Hold;
}

qint64 SessionEngine::segmentTotalMs() const
{
    const Segment *current = segment();
    return current ? current->plannedMs + m_extraMs : 0;
}

qint64 SessionEngine::segmentRemainingMs() const
{
    if (m_state != State::Running && m_state != State::Paused)
        return 0;
    return qMax<qint64>(0, segmentTotalMs() - elapsedInSegment());
}

qint64 SessionEngine::elapsedMs() const
{
    if (m_state == State::Idle)
        return 0;
    return referenceNow() - m_startMs - m_totalPausedMs;
}

qint64 SessionEngine::remainingMs() const
{
    if (m_state == State::Idle)
        return m_timeline.totalMs();
    if (m_state == State::Finished)
        return 0;
    return segmentRemainingMs() + m_timeline.plannedAfter(m_index) - plannedLeftOutAfter(m_index);
}

double SessionEngine::progress() const
{
    if (m_state == State::Finished)
        return 1.0;
    const qint64 elapsed = elapsedMs();
    const qint64 whole = elapsed + remainingMs();
    return whole > 0 ? double(elapsed) / double(whole) : 0.0;
}

qint64 SessionEngine::sessionTimeMs() const
{
    return m_state == State::Idle ? 0 : referenceNow() - m_startMs;
}

QList<StepRecord> SessionEngine::records() const
{
    return m_records.values();
}

// --- inside ------------------------------------------------------------------

qint64 SessionEngine::referenceNow() const
{
    if (m_state == State::Finished)
        return m_endMs;
    if (m_state == State::Paused)
        return m_pauseStartedMs;
    return now();
}

qint64 SessionEngine::elapsedInSegment() const
{
    return referenceNow() - m_segmentStartMs - m_segmentPausedMs;
}

QList<SessionEngine::PendingCue> SessionEngine::cuesOfSegment() const
{
    const Segment &current = *segment();
    const QString &stepTitle = m_routine.steps.at(current.step).title;
    QList<PendingCue> cues;
    switch (current.phase) {
    case Phase::GetReady:
        cues.append({0, makeCue(CueKind::GetReady, 0, 0, stepTitle)});
        break;
    case Phase::Transition:
        cues.append({0, makeCue(CueKind::Transition, 0, 0, stepTitle)});
        break;
    case Phase::SwitchSides:
        cues.append({0, makeCue(CueKind::SwitchSides, 0)});
        break;
    case Phase::RepRest:
        cues.append({0, makeCue(CueKind::RepRest, 0)});
        break;
    case Phase::Active:
        addActiveCues(cues, current);
        break;
    case Phase::Idle:
    case Phase::Finished:
        break;
    }
    const qint64 total = segmentTotalMs();
    for (int count = 3; count >= 1; --count) {
        const qint64 offset = total - count * 1000;
        if (offset > 0)
            cues.append({offset, makeCue(CueKind::Countdown, offset, count)});
    }
    std::stable_sort(cues.begin(), cues.end(), [](const PendingCue &a, const PendingCue &b) {
        return a.offsetMs < b.offsetMs;
    });
    return cues;
}

void SessionEngine::addActiveCues(QList<PendingCue> &cues, const Segment &current) const
{
    const Step &step = m_routine.steps.at(current.step);
    const qint64 total = segmentTotalMs();
    cues.append({0, makeCue(CueKind::StepStart, 0, 0, step.title)});
    if (current.plannedMs >= 20000) {
        const qint64 half = current.plannedMs / 2;
        cues.append({half, makeCue(CueKind::Halfway, half)});
    }
    if (total >= 30000)
        cues.append({total - 10000, makeCue(CueKind::TenSecondsLeft, total - 10000)});
    if (step.type == StepType::Roll && step.pace) {
        const double paceMs = *step.pace * 1000.0;
        for (int pass = 1; qint64(pass * paceMs) < total; ++pass) {
            const qint64 offset = qint64(pass * paceMs);
            cues.append({offset, makeCue(CueKind::RollPass, offset, pass)});
        }
    }
    for (const SpokenCue &spoken : step.cues) {
        const qint64 offset = qint64(spoken.atSeconds) * 1000;
        if (offset < total)
            cues.append({offset, makeCue(CueKind::Spoken, offset, 0, spoken.text)});
    }
}

Cue SessionEngine::makeCue(CueKind kind, qint64 offsetMs, int value, const QString &text) const
{
    const Segment &current = *segment();
    const qint64 atMs = m_segmentStartMs + m_segmentPausedMs + offsetMs - m_startMs;
    return {kind, atMs, current.step, current.side, current.rep, value, text};
}

void SessionEngine::emitDueCues(qint64 upToOffset)
{
    if (upToOffset <= m_firedOffsetMs)
        return;
    const qint64 firedBefore = m_firedOffsetMs;
    m_firedOffsetMs = upToOffset;
    for (const PendingCue &pending : cuesOfSegment()) {
        if (pending.offsetMs > firedBefore && pending.offsetMs <= upToOffset)
            Q_EMIT cue(pending.cue);
    }
}

void SessionEngine::enterSegment(int index, qint64 startMs)
{
    index = passLeftOut(index);
    if (index < 0) {
        finish(false, m_state == State::Paused ? m_pauseStartedMs : startMs);
        return;
    }
    if (m_state == State::Paused) {
        // A jump while paused: the new segment starts now and stays paused.
        m_totalPausedMs += now() - m_pauseStartedMs;
        m_pauseStartedMs = now();
        startMs = now();
    }
    m_index = index;
    m_segmentStartMs = startMs;
    m_segmentPausedMs = 0;
    m_extraMs = 0;
    m_firedOffsetMs = -1;
    const Segment &current = m_timeline.at(index);
    if (current.phase == Phase::Active && current.rep == 1) {
        m_sideActualMs = 0;
        m_sideOutcome = Outcome::Done;
    }
    if (index == m_timeline.firstActiveOf(current.step))
        m_stepStartElapsedMs = startMs - m_startMs - m_totalPausedMs;
    Q_EMIT segmentChanged();
}

void SessionEngine::finishSegment(qint64 endMs, Outcome outcome)
{
    const Segment &current = *segment();
    if (current.phase == Phase::Active) {
        const qint64 offset = endMs - m_segmentStartMs - m_segmentPausedMs;
        m_sideActualMs += offset;
        if (outcome == Outcome::EndedEarly)
            m_sideOutcome = Outcome::EndedEarly;
        Q_EMIT cue(makeCue(CueKind::StepEnd, offset));
        if (current.lastRepOfSide)
            recordSide(m_sideOutcome);
    }
    if (m_index + 1 >= m_timeline.size())
        finish(false, endMs);
    else
        enterSegment(m_index + 1, endMs);
}

void SessionEngine::jumpTo(int index)
{
    enterSegment(index, now());
    update();
}

void SessionEngine::recordSide(Outcome outcome, const QString &reason)
{
    const Segment &current = *segment();
    const Step &step = m_routine.steps.at(current.step);
    const StepRecord record{current.step, current.side, step.seconds * step.reps,
                            m_sideActualMs,  outcome,      reason};
    m_records.insert({current.step, int(current.side)}, record);
    Q_EMIT sideFinished(record);
}

// Ends the step of the current segment: the side in progress, or the side
// about to start, gets `outcome` and the reason; the later sides are skipped.
void SessionEngine::endStep(Outcome outcome, const QString &reason)
{
    const Segment current = *segment();
    const bool sideInProgress = current.phase == Phase::Active || current.phase == Phase::RepRest;
    if (current.phase == Phase::Active)
        m_sideActualMs += elapsedInSegment();
    if (sideInProgress)
        recordSide(outcome, reason);
    bool outcomeGiven = sideInProgress;
    const Step &step = m_routine.steps.at(current.step);
    for (int i = m_index + 1; i < m_timeline.size() && m_timeline.at(i).step == current.step; ++i) {
        const Segment &later = m_timeline.at(i);
        const bool recorded = sideInProgress && later.side == current.side;
        if (later.phase != Phase::Active || !later.lastRepOfSide || recorded)
            continue;
        const StepRecord record{later.step,
                                later.side,
                                step.seconds * step.reps,
                                0,
                                outcomeGiven ? Outcome::Skipped : outcome,
                                outcomeGiven ? QString() : reason};
        outcomeGiven = true;
        m_records.insert({later.step, int(later.side)}, record);
        Q_EMIT sideFinished(record);
    }
}

// Records the sides of a step left out as skipped, unless they were recorded already.
void SessionEngine::recordSkipped(int step)
{
    const Step &s = m_routine.steps.at(step);
    for (const Segment &segment : m_timeline.segments()) {
        const std::pair<int, int> key{step, int(segment.side)};
        if (segment.step != step || segment.phase != Phase::Active || !segment.lastRepOfSide ||
            m_records.contains(key))
            continue;
        const StepRecord record{step, segment.side, s.seconds * s.reps, 0, Outcome::Skipped, {}};
        m_records.insert(key, record);
        Q_EMIT sideFinished(record);
    }
}

// The first segment from `index` on that belongs to a step not left out, the
// steps passed over recorded as skipped; -1 when no such segment is left.
int SessionEngine::passLeftOut(int index)
{
    while (index >= 0 && index < m_timeline.size() && m_leftOut.contains(m_timeline.at(index).step)) {
        const int step = m_timeline.at(index).step;
        recordSkipped(step);
        index = m_timeline.leadInOf(step + 1);
    }
    return index < m_timeline.size() ? index : -1;
}

qint64 SessionEngine::plannedLeftOutAfter(int index) const
{
    qint64 total = 0;
    for (int i = index + 1; i < m_timeline.size() && !m_leftOut.isEmpty(); ++i) {
        if (m_leftOut.contains(m_timeline.at(i).step))
            total += m_timeline.at(i).plannedMs;
    }
    return total;
}

void SessionEngine::finish(bool stopped, qint64 atMs)
{
    if (m_state == State::Paused)
        m_totalPausedMs += atMs - m_pauseStartedMs;
    m_endMs = atMs;
    m_stopped = stopped;
    const Segment &last = *segment();
    m_state = State::Finished;
    Q_EMIT cue({stopped ? CueKind::Stopped : CueKind::Finished, atMs - m_startMs, last.step,
                last.side, last.rep, 0, {}});
    Q_EMIT segmentChanged();
    Q_EMIT stateChanged();
    Q_EMIT timeChanged();
    Q_EMIT finished();
}
