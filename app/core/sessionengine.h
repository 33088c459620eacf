#pragma once

#include "clock.h"
#include "routine.h"
#include "timeline.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

#include <optional>

enum class CueKind {
    GetReady,       // before the first step; names it
    StepStart,      // each active segment (every side and repetition)
    Halfway,        // active segments of 20 s or more
    TenSecondsLeft, // active segments of 30 s or more
    Countdown,      // 3, 2, 1 before the end of every timed segment
    SwitchSides,    // names the side that comes next
    RepRest,        // short rest before the next repetition
    StepEnd,        // end of each active segment: release, ease off
    RollPass,       // one pass of a roll step that has a pace
    Spoken,         // a line from the routine's "cues"
    Transition,     // between steps; names the next step
    Finished,       // the session is complete
    Stopped,        // the session was stopped
};

struct Cue
{
    CueKind kind = CueKind::StepStart;
    qint64 atMs = 0; // scheduled time, milliseconds since the session started
    int step = 0;
    Side side = Side::None;
    int rep = 1;
    int value = 0; // countdown number, roll pass number
    QString text;  // spoken line, or the title of the step a cue names
};

enum class Outcome { Done, Skipped, EndedEarly, Stopped };

// What happened to one side of one step.
struct StepRecord
{
    int step = 0;
    Side side = Side::None;
    int plannedSeconds = 0; // seconds x repetitions
    qint64 actualMs = 0;    // time spent in the active segments, extensions included
    Outcome outcome = Outcome::Done;
    QString stopReason;
};

// Runs a routine on an injected clock. It never reads time by itself and never
// counts ticks: whoever drives it calls update() (a timer in the app, a virtual
// clock in tests and --simulate), and everything due up to the clock's now is
// processed in order, each cue stamped with the time it was scheduled for.
// Listeners must not call the controls from inside its signals: queue them.
class SessionEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Finished };

    static constexpr qint64 kBackToPreviousMs = 3000;
    static constexpr int kExtendSeconds = 15;

    SessionEngine(const Routine &routine, const Clock &clock, const TimelineOptions &options = {},
                  QObject *parent = nullptr);

    // Controls.
    void start();
    void pause();
    void resume();
    void skip();
    void back();
    void extend(int seconds = kExtendSeconds);
    void endEarly();
    void stop(const QString &reason = {});
    // Ends the step on screen because of how it felt ("sharp", "tingling",
    // "dizzy"): the side in progress, or about to start, is recorded as stopped
    // with the reason, and the rest of the step as skipped. The session then
    // waits, paused, at the lead-in of the next step, or ends (stopped) when no
    // step is left.
    void stopStep(const QString &reason);
    // Steps to leave out from here on (after a safety stop): the session passes
    // over them, recording their sides as skipped. A session waiting at the
    // lead-in of a step left out moves on at once.
    void leaveOut(const QSet<int> &steps);
    void update();

    // When the next cue or segment end is due, in clock time; nullopt when nothing runs.
    std::optional<qint64> nextDueMs() const;

    const Routine &routine() const { return m_routine; }
    const Timeline &timeline() const { return m_timeline; }
    State state() const { return m_state; }
    bool completed() const { return m_state == State::Finished && !m_stopped; }
    Phase phase() const;
    const Segment *segment() const;
    int segmentIndex() const { return m_index; }
    int stepIndex() const;
    bool canEndEarly() const;

    qint64 segmentTotalMs() const;
    qint64 segmentRemainingMs() const;
    qint64 elapsedMs() const; // session time, pauses excluded
    qint64 remainingMs() const;
    double progress() const;
    qint64 sessionTimeMs() const; // clock time since start, pauses included

    // The latest record of each step and side reached, in step order.
    QList<StepRecord> records() const;

Q_SIGNALS:
    void cue(const Cue &cue);
    void stateChanged();
    void segmentChanged();
    void timeChanged();
    void sideFinished(const StepRecord &record);
    void finished();

private:
    struct PendingCue
    {
        qint64 offsetMs;
        Cue cue;
    };

    qint64 now() const { return m_clock.nowMs(); }
    qint64 elapsedInSegment() const;
    QList<PendingCue> cuesOfSegment() const;
    void addActiveCues(QList<PendingCue> &cues, const Segment &segment) const;
    Cue makeCue(CueKind kind, qint64 offsetMs, int value = 0, const QString &text = {}) const;
    void emitDueCues(qint64 upToOffset);
    void enterSegment(int index, qint64 startMs);
    void finishSegment(qint64 endMs, Outcome outcome);
    void jumpTo(int index);
    void recordSide(Outcome outcome, const QString &reason = {});
    void endStep(Outcome outcome, const QString &reason = {});
    void recordSkipped(int step);
    int passLeftOut(int index);
    qint64 plannedLeftOutAfter(int index) const;
    void finish(bool stopped, qint64 atMs);
    qint64 referenceNow() const; // frozen while paused and after the end

    Routine m_routine;
    const Clock &m_clock;
    Timeline m_timeline;

    State m_state = State::Idle;
    bool m_stopped = false;
    int m_index = -1;
    qint64 m_startMs = 0;        // clock time the session started
    qint64 m_segmentStartMs = 0; // clock time the current segment started
    qint64 m_segmentPausedMs = 0;
    qint64 m_pauseStartedMs = 0;
    qint64 m_totalPausedMs = 0;
    qint64 m_extraMs = 0;
    qint64 m_firedOffsetMs = -1; // cues up to this offset into the segment were emitted
    qint64 m_stepStartElapsedMs = 0;
    qint64 m_endMs = 0; // clock time the session finished

    // The side in progress: time and outcome across its repetitions.
    qint64 m_sideActualMs = 0;
    Outcome m_sideOutcome = Outcome::Done;

    QMap<std::pair<int, int>, StepRecord> m_records; // (step, side) -> latest record
    QSet<int> m_leftOut;
};
