// The session engine on a virtual clock: every control and every cue.

#include "core/cueformat.h"
#include "core/sessionengine.h"

#include <QSignalSpy>
#include <QTest>

namespace {

Step makeStep(StepType type, int seconds, Side side = Side::None, int reps = 1)
{
    Step step;
    step.type = type;
    step.title = QStringLiteral("%1 %2 s").arg(RoutineText::stepTypeName(type)).arg(seconds);
    step.instructions = QStringLiteral("Follow along.");
    step.muscle = type == StepType::Rest ? QString() : QStringLiteral("upper_trapezius");
    step.side = side;
    step.seconds = seconds;
    step.reps = reps;
    return step;
}

Routine makeRoutine(const QList<Step> &steps)
{
    Routine routine;
    routine.id = QStringLiteral("test");
    routine.title = QStringLiteral("Test");
    routine.steps = steps;
    return routine;
}

// Runs an engine on a virtual clock and keeps every cue it emits.
struct Harness
{
    explicit Harness(const Routine &routine, const TimelineOptions &options = {})
        : engine(routine, clock, options)
    {
        QObject::connect(&engine, &SessionEngine::cue, [this](const Cue &cue) { cues.append(cue); });
        QObject::connect(&engine, &SessionEngine::sideFinished,
                         [this](const StepRecord &record) { finished.append(record); });
    }

    void advance(qint64 ms)
    {
        clock.advance(ms);
        engine.update();
    }

    // "at kind" for every cue, as --simulate prints them but shorter.
    QStringList lines() const
    {
        QStringList out;
        for (const Cue &cue : cues)
            out.append(CueFormat::textLine(cue));
        return out;
    }

    QList<qint64> timesOf(CueKind kind) const
    {
        QList<qint64> times;
        for (const Cue &cue : cues) {
            if (cue.kind == kind)
                times.append(cue.atMs);
        }
        return times;
    }

    ManualClock clock;
    SessionEngine engine;
    QList<Cue> cues;
    QList<StepRecord> finished;
};

constexpr qint64 kGetReady = 5000;

} // namespace

class TestSessionEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timelineRunsSidesAndRepetitionsInOrder()
    {
        const Timeline timeline(makeRoutine({makeStep(StepType::Stretch, 30, Side::Both, 2),
                                             makeStep(StepType::Move, 20)}),
                                {});
        QStringList order;
        for (const Segment &segment : timeline.segments()) {
            order.append(QStringLiteral("%1:%2:%3:%4")
                             .arg(int(segment.phase))
                             .arg(RoutineText::sideName(segment.side))
                             .arg(segment.rep)
                             .arg(segment.plannedMs));
        }
        const int ready = int(Phase::GetReady), active = int(Phase::Active);
        const int rest = int(Phase::RepRest), sw = int(Phase::SwitchSides);
        const int transition = int(Phase::Transition);
        QCOMPARE(order, QStringList({
                            QStringLiteral("%1:none:1:5000").arg(ready),
                            QStringLiteral("%1:left:1:30000").arg(active),
                            QStringLiteral("%1:left:2:5000").arg(rest),
                            QStringLiteral("%1:left:2:30000").arg(active),
                            QStringLiteral("%1:right:1:5000").arg(sw),
                            QStringLiteral("%1:right:1:30000").arg(active),
                            QStringLiteral("%1:right:2:5000").arg(rest),
                            QStringLiteral("%1:right:2:30000").arg(active),
                            QStringLiteral("%1:none:1:10000").arg(transition),
                            QStringLiteral("%1:none:1:20000").arg(active),
                        }));
        QCOMPARE(timeline.totalMs(), 5000 + 4 * 30000 + 3 * 5000 + 10000 + 20000);
    }

    void rightSideCanComeFirst()
    {
        TimelineOptions options;
        options.firstSide = Side::Right;
        const Timeline timeline(makeRoutine({makeStep(StepType::Hold, 60, Side::Both)}), options);
        QCOMPARE(timeline.at(1).side, Side::Right);
        QCOMPARE(timeline.at(2).phase, Phase::SwitchSides);
        QCOMPARE(timeline.at(3).side, Side::Left);
    }

    void getReadyLeadsIntoTheFirstStep()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10, Side::Left)}));
        QSignalSpy state(&h.engine, &SessionEngine::stateChanged);
        QCOMPARE(h.engine.phase(), Phase::Idle);
        h.engine.start();
        QCOMPARE(state.count(), 1);
        QCOMPARE(h.engine.phase(), Phase::GetReady);
        QCOMPARE(h.lines(), QStringList{QStringLiteral("0 get-ready step=1 \"hold 10 s\"")});
        QCOMPARE(h.engine.segmentRemainingMs(), kGetReady);

        h.advance(1999);
        QCOMPARE(h.cues.size(), 1); // the first countdown tick is at 2 s
        h.advance(1);
        QCOMPARE(h.lines().last(), QStringLiteral("2000 countdown step=1 3"));
        h.advance(3000);
        QCOMPARE(h.engine.phase(), Phase::Active);
        QCOMPARE(h.lines().mid(1), QStringList({
                                       QStringLiteral("2000 countdown step=1 3"),
                                       QStringLiteral("3000 countdown step=1 2"),
                                       QStringLiteral("4000 countdown step=1 1"),
                                       QStringLiteral("5000 step-start step=1 side=left \"hold 10 s\""),
                                   }));
    }

    void aMinuteHoldCuesHalfwayTenSecondsCountdownAndEnd()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 60, Side::Right)}));
        h.engine.start();
        h.advance(kGetReady + 60000);
        QCOMPARE(h.lines().mid(4), QStringList({
                                       QStringLiteral("5000 step-start step=1 side=right \"hold 60 s\""),
                                       QStringLiteral("35000 halfway step=1 side=right"),
                                       QStringLiteral("55000 ten-seconds-left step=1 side=right"),
                                       QStringLiteral("62000 countdown step=1 side=right 3"),
                                       QStringLiteral("63000 countdown step=1 side=right 2"),
                                       QStringLiteral("64000 countdown step=1 side=right 1"),
                                       QStringLiteral("65000 step-end step=1 side=right"),
                                       QStringLiteral("65000 finished"),
                                   }));
        QVERIFY(h.engine.completed());
    }

    void halfwayAndTenSecondsNeedLongEnoughSegments_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("halfway");
        QTest::addColumn<bool>("tenLeft");
        QTest::newRow("15 s: neither") << 15 << false << false;
        QTest::newRow("19 s: neither") << 19 << false << false;
        QTest::newRow("20 s: halfway") << 20 << true << false;
        QTest::newRow("29 s: halfway") << 29 << true << false;
        QTest::newRow("30 s: both") << 30 << true << true;
    }

    void halfwayAndTenSecondsNeedLongEnoughSegments()
    {
        QFETCH(int, seconds);
        QFETCH(bool, halfway);
        QFETCH(bool, tenLeft);
        Harness h(makeRoutine({makeStep(StepType::Stretch, seconds)}));
        h.engine.start();
        h.advance(kGetReady + seconds * 1000);
        QCOMPARE(h.timesOf(CueKind::Halfway).size(), halfway ? 1 : 0);
        QCOMPARE(h.timesOf(CueKind::TenSecondsLeft).size(), tenLeft ? 1 : 0);
        if (halfway)
            QCOMPARE(h.timesOf(CueKind::Halfway).first(), kGetReady + seconds * 500);
        if (tenLeft)
            QCOMPARE(h.timesOf(CueKind::TenSecondsLeft).first(), kGetReady + (seconds - 10) * 1000);
    }

    void veryShortSegmentsCountOnlyTheTicksThatFit()
    {
        Harness h(makeRoutine({makeStep(StepType::Move, 2)}));
        h.engine.start();
        h.advance(kGetReady + 2000);
        QCOMPARE(h.lines().mid(4), QStringList({
                                       QStringLiteral("5000 step-start step=1 \"move 2 s\""),
                                       QStringLiteral("6000 countdown step=1 1"),
                                       QStringLiteral("7000 step-end step=1"),
                                       QStringLiteral("7000 finished"),
                                   }));
    }

    void bothSidesSwitchWithAPause()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10, Side::Both)}));
        h.engine.start();
        h.advance(kGetReady + 10000);
        QCOMPARE(h.engine.phase(), Phase::SwitchSides);
        QCOMPARE(h.engine.segment()->side, Side::Right);
        QCOMPARE(h.lines().last(), QStringLiteral("15000 switch-sides step=1 side=right"));
        h.advance(5000);
        QCOMPARE(h.engine.phase(), Phase::Active);
        QCOMPARE(h.lines().last(), QStringLiteral("20000 step-start step=1 side=right \"hold 10 s\""));
        QCOMPARE(h.finished.size(), 1);
        QCOMPARE(h.finished.first().side, Side::Left);
    }

    void repetitionsRestInBetween()
    {
        Harness h(makeRoutine({makeStep(StepType::Stretch, 10, Side::Left, 3)}));
        h.engine.start();
        h.advance(kGetReady + 10000);
        QCOMPARE(h.engine.phase(), Phase::RepRest);
        QCOMPARE(h.lines().last(), QStringLiteral("15000 rep-rest step=1 side=left rep=2"));
        QVERIFY(h.finished.isEmpty()); // the side is not finished until its last repetition
        h.advance(5000 + 10000 + 5000 + 10000);
        QVERIFY(h.engine.completed());
        QCOMPARE(h.timesOf(CueKind::StepStart), QList<qint64>({5000, 20000, 35000}));
        QCOMPARE(h.finished.size(), 1);
        QCOMPARE(h.finished.first().plannedSeconds, 30);
        QCOMPARE(h.finished.first().actualMs, 30000);
    }

    void transitionNamesTheNextStep()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10), makeStep(StepType::Stretch, 30)}));
        h.engine.start();
        h.advance(kGetReady + 10000);
        QCOMPARE(h.engine.phase(), Phase::Transition);
        QCOMPARE(h.engine.stepIndex(), 1);
        QCOMPARE(h.lines().last(), QStringLiteral("15000 transition step=2 \"stretch 30 s\""));
        QCOMPARE(h.engine.segmentRemainingMs(), 10000);
        h.advance(10000);
        QCOMPARE(h.lines().last(), QStringLiteral("25000 step-start step=2 \"stretch 30 s\""));
    }

    void rollPassesFollowThePace()
    {
        Step roll = makeStep(StepType::Roll, 12);
        roll.pace = 2.5;
        Harness h(makeRoutine({roll}));
        h.engine.start();
        h.advance(kGetReady + 12000);
        QCOMPARE(h.timesOf(CueKind::RollPass), QList<qint64>({7500, 10000, 12500, 15000}));
        QCOMPARE(h.lines().filter(QStringLiteral("roll-pass")).last(),
                 QStringLiteral("15000 roll-pass step=1 pass=4"));
    }

    void aRollWithoutPaceHasNoMetronome()
    {
        Harness h(makeRoutine({makeStep(StepType::Roll, 30)}));
        h.engine.start();
        h.advance(kGetReady + 30000);
        QVERIFY(h.timesOf(CueKind::RollPass).isEmpty());
    }

    void routineCuesAreSpokenAtTheirTimeOnEverySide()
    {
        Step hold = makeStep(StepType::Hold, 30, Side::Both);
        hold.cues = {{12, QStringLiteral("Breathe out slowly.")},
                     {40, QStringLiteral("Never reached.")}};
        Harness h(makeRoutine({hold}));
        h.engine.start();
        h.advance(kGetReady + 30000 + 5000 + 30000);
        QCOMPARE(h.lines().filter(QStringLiteral(" spoken ")),
                 QStringList({
                     QStringLiteral("17000 spoken step=1 side=left \"Breathe out slowly.\""),
                     QStringLiteral("52000 spoken step=1 side=right \"Breathe out slowly.\""),
                 }));
    }

    void finishingRecordsEverySideAsDone()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 20, Side::Both),
                               makeStep(StepType::Stretch, 30, Side::None, 2)}));
        QSignalSpy finished(&h.engine, &SessionEngine::finished);
        h.engine.start();
        h.advance(h.engine.timeline().totalMs());
        QCOMPARE(finished.count(), 1);
        QVERIFY(h.engine.completed());
        QCOMPARE(h.engine.phase(), Phase::Finished);
        QCOMPARE(h.lines().last(), QStringLiteral("%1 finished").arg(h.engine.timeline().totalMs()));
        const QList<StepRecord> records = h.engine.records();
        QCOMPARE(records.size(), 3);
        for (const StepRecord &record : records) {
            QCOMPARE(record.outcome, Outcome::Done);
            QCOMPARE(record.actualMs, record.plannedSeconds * 1000);
        }
        QCOMPARE(records.at(2).plannedSeconds, 60);
        QCOMPARE(h.engine.remainingMs(), 0);
        QCOMPARE(h.engine.progress(), 1.0);
    }

    void pauseFreezesTimeAndResumeShiftsEverythingLater()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 60)}));
        h.engine.start();
        h.advance(kGetReady + 10000);
        h.engine.pause();
        QCOMPARE(h.engine.state(), SessionEngine::State::Paused);
        const int cuesBefore = int(h.cues.size());
        h.advance(120000);
        QCOMPARE(h.cues.size(), cuesBefore);
        QCOMPARE(h.engine.segmentRemainingMs(), 50000);
        QCOMPARE(h.engine.elapsedMs(), kGetReady + 10000);
        QVERIFY(!h.engine.nextDueMs().has_value());

        h.engine.resume();
        h.advance(50000);
        QVERIFY(h.engine.completed());
        // Halfway at 30 s into the hold: 20 s after the resume at 135 s.
        QCOMPARE(h.timesOf(CueKind::Halfway), QList<qint64>{155000});
        QCOMPARE(h.timesOf(CueKind::StepEnd), QList<qint64>{185000});
        QCOMPARE(h.engine.elapsedMs(), kGetReady + 60000);
        QCOMPARE(h.engine.sessionTimeMs(), 185000);
        QCOMPARE(h.engine.records().first().actualMs, 60000);
    }

    void timeComesFromTheClockNotFromUpdates()
    {
        // The app was busy for 30 s: one late update still runs every cue, in
        // order, at the time it was due, and the transition ends on schedule.
        Harness h(makeRoutine({makeStep(StepType::Hold, 20), makeStep(StepType::Stretch, 30)}));
        h.engine.start();
        h.advance(30000);
        QCOMPARE(h.engine.phase(), Phase::Transition);
        QCOMPARE(h.engine.segmentRemainingMs(), 5000);
        QCOMPARE(h.timesOf(CueKind::StepEnd), QList<qint64>{25000});
        QCOMPARE(h.timesOf(CueKind::Transition), QList<qint64>{25000});
        QList<qint64> times;
        for (const Cue &cue : std::as_const(h.cues))
            times.append(cue.atMs);
        QVERIFY(std::is_sorted(times.begin(), times.end()));
    }

    void remainingTimeFollowsTheClockBetweenUpdates()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 60)}));
        h.engine.start();
        h.advance(kGetReady);
        h.clock.advance(12345); // no update: remaining time is still right
        QCOMPARE(h.engine.segmentRemainingMs(), 60000 - 12345);
        QCOMPARE(h.engine.remainingMs(), 60000 - 12345);
        QCOMPARE(h.engine.elapsedMs(), kGetReady + 12345);
        QCOMPARE(h.engine.progress(), double(kGetReady + 12345) / double(kGetReady + 60000));
    }

    void nextDueIsTheNextCueOrSegmentEnd()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 60)}));
        QVERIFY(!h.engine.nextDueMs());
        h.engine.start();
        QCOMPARE(*h.engine.nextDueMs(), 2000); // countdown 3
        h.advance(kGetReady);
        QCOMPARE(*h.engine.nextDueMs(), kGetReady + 30000); // halfway
        h.advance(30000);
        QCOMPARE(*h.engine.nextDueMs(), kGetReady + 50000); // ten seconds left
    }

    void skipDuringAStepRecordsItAndGoesToTheTransition()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 60, Side::Both, 2),
                               makeStep(StepType::Stretch, 30)}));
        h.engine.start();
        h.advance(kGetReady + 20000);
        h.engine.skip();
        QCOMPARE(h.engine.phase(), Phase::Transition);
        QCOMPARE(h.engine.stepIndex(), 1);
        QCOMPARE(h.lines().last(), QStringLiteral("25000 transition step=2 \"stretch 30 s\""));
        const QList<StepRecord> records = h.engine.records();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).side, Side::Left);
        QCOMPARE(records.at(0).outcome, Outcome::Skipped);
        QCOMPARE(records.at(0).actualMs, 20000);
        QCOMPARE(records.at(0).plannedSeconds, 120);
        QCOMPARE(records.at(1).side, Side::Right);
        QCOMPARE(records.at(1).outcome, Outcome::Skipped);
        QCOMPARE(records.at(1).actualMs, 0);
        QCOMPARE(h.finished.size(), 2);
    }

    void skipDuringALeadInStartsTheStepAtOnce()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10), makeStep(StepType::Stretch, 30)}));
        h.engine.start();
        h.advance(1000);
        h.engine.skip();
        QCOMPARE(h.engine.phase(), Phase::Active);
        QCOMPARE(h.engine.stepIndex(), 0);
        QCOMPARE(h.lines().last(), QStringLiteral("1000 step-start step=1 \"hold 10 s\""));
        h.advance(10000);
        QCOMPARE(h.engine.phase(), Phase::Transition);
        h.advance(2000);
        h.engine.skip();
        QCOMPARE(h.engine.phase(), Phase::Active);
        QCOMPARE(h.engine.stepIndex(), 1);
        QCOMPARE(h.engine.segmentRemainingMs(), 30000);
    }

    void skippingTheLastStepFinishesTheSession()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10)}));
        h.engine.start();
        h.advance(kGetReady + 4000);
        h.engine.skip();
        QVERIFY(h.engine.completed());
        QCOMPARE(h.lines().last(), QStringLiteral("9000 finished"));
        QCOMPARE(h.engine.records().first().outcome, Outcome::Skipped);
        QCOMPARE(h.engine.records().first().actualMs, 4000);
    }

    void backAfterThreeSecondsRestartsTheStep()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10), makeStep(StepType::Hold, 30, Side::Both)}));
        h.engine.start();
        h.advance(kGetReady + 10000 + 10000 + 30000 + 5000 + 8000); // right side, 8 s in
        QCOMPARE(h.engine.segment()->side, Side::Right);
        h.engine.back();
        QCOMPARE(h.engine.stepIndex(), 1);
        QCOMPARE(h.engine.segment()->side, Side::Left);
        QCOMPARE(h.engine.segmentRemainingMs(), 30000);
        QCOMPARE(h.lines().last(), QStringLiteral("68000 step-start step=2 side=left \"hold 30 s\""));
    }

    void backInTheFirstThreeSecondsGoesToThePreviousStep()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10), makeStep(StepType::Stretch, 30)}));
        h.engine.start();
        h.advance(kGetReady + 10000 + 10000 + 2999);
        QCOMPARE(h.engine.stepIndex(), 1);
        h.engine.back();
        QCOMPARE(h.engine.stepIndex(), 0);
        QCOMPARE(h.engine.phase(), Phase::Active);
        QCOMPARE(h.engine.segmentRemainingMs(), 10000);
    }

    void backOnTheFirstStepRestartsIt()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10)}));
        h.engine.start();
        h.advance(kGetReady + 1000);
        h.engine.back();
        QCOMPARE(h.engine.stepIndex(), 0);
        QCOMPARE(h.engine.phase(), Phase::Active);
        QCOMPARE(h.engine.segmentRemainingMs(), 10000);
    }

    void backInATransitionRedoesTheStepJustDone()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10), makeStep(StepType::Stretch, 30)}));
        h.engine.start();
        h.advance(kGetReady + 10000 + 6000);
        QCOMPARE(h.engine.phase(), Phase::Transition);
        h.engine.back();
        QCOMPARE(h.engine.phase(), Phase::Active);
        QCOMPARE(h.engine.stepIndex(), 0);
        QCOMPARE(h.engine.segmentRemainingMs(), 10000);
    }

    void backDuringGetReadyRestartsTheCountdown()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10)}));
        h.engine.start();
        h.advance(4000);
        h.engine.back();
        QCOMPARE(h.engine.phase(), Phase::GetReady);
        QCOMPARE(h.engine.segmentRemainingMs(), kGetReady);
        QCOMPARE(h.timesOf(CueKind::GetReady), QList<qint64>({0, 4000}));
    }

    void extendAddsFifteenSecondsAndMovesTheEndCues()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 30)}));
        h.engine.start();
        h.advance(kGetReady + 28500); // after the 3 and 2 ticks, before 1
        h.engine.extend();
        QCOMPARE(h.engine.segmentRemainingMs(), 1500 + 15000);
        QCOMPARE(h.engine.segmentTotalMs(), 45000);
        h.advance(16500);
        QVERIFY(h.engine.completed());
        QCOMPARE(h.timesOf(CueKind::Countdown), QList<qint64>({2000, 3000, 4000, 32000, 33000,
                                                                47000, 48000, 49000}));
        QCOMPARE(h.timesOf(CueKind::TenSecondsLeft), QList<qint64>({25000, 40000}));
        QCOMPARE(h.timesOf(CueKind::Halfway), QList<qint64>{20000});
        QCOMPARE(h.timesOf(CueKind::StepEnd), QList<qint64>{50000});
        QCOMPARE(h.engine.records().first().actualMs, 45000);
        QCOMPARE(h.engine.records().first().plannedSeconds, 30);
    }

    void extendWorksInLeadInsToo()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10), makeStep(StepType::Hold, 10)}));
        h.engine.start();
        h.advance(kGetReady + 10000 + 1000);
        h.engine.extend(15);
        QCOMPARE(h.engine.segmentRemainingMs(), 24000);
    }

    void itEasedEndsAHoldEarly()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 60, Side::Both), makeStep(StepType::Stretch, 30)}));
        h.engine.start();
        h.advance(kGetReady + 42000);
        QVERIFY(h.engine.canEndEarly());
        h.engine.endEarly();
        QCOMPARE(h.engine.phase(), Phase::SwitchSides);
        QCOMPARE(h.lines().mid(h.lines().size() - 2),
                 QStringList({QStringLiteral("47000 step-end step=1 side=left"),
                              QStringLiteral("47000 switch-sides step=1 side=right")}));
        QCOMPARE(h.finished.size(), 1);
        QCOMPARE(h.finished.first().outcome, Outcome::EndedEarly);
        QCOMPARE(h.finished.first().actualMs, 42000);
        h.advance(5000 + 60000);
        QCOMPARE(h.engine.records().at(1).outcome, Outcome::Done);
        QCOMPARE(h.engine.phase(), Phase::Transition);
        h.advance(10000);
        QVERIFY(!h.engine.canEndEarly()); // a stretch is not a hold
        h.engine.endEarly();
        QCOMPARE(h.engine.phase(), Phase::Active);
    }

    void itEasedInOneRepetitionMarksTheSide()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 30, Side::Left, 2)}));
        h.engine.start();
        h.advance(kGetReady + 10000);
        h.engine.endEarly();
        QCOMPARE(h.engine.phase(), Phase::RepRest);
        h.advance(5000 + 30000);
        QVERIFY(h.engine.completed());
        QCOMPARE(h.engine.records().first().outcome, Outcome::EndedEarly);
        QCOMPARE(h.engine.records().first().actualMs, 40000);
    }

    void stopRecordsWhyAndEndsTheSession()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 60, Side::Both), makeStep(StepType::Stretch, 30)}));
        QSignalSpy finished(&h.engine, &SessionEngine::finished);
        h.engine.start();
        h.advance(kGetReady + 60000 + 5000 + 15000);
        h.engine.stop(QStringLiteral("tingling"));
        QCOMPARE(h.engine.state(), SessionEngine::State::Finished);
        QVERIFY(!h.engine.completed());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(h.lines().last(), QStringLiteral("85000 stopped"));
        const QList<StepRecord> records = h.engine.records();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).outcome, Outcome::Done);
        QCOMPARE(records.at(1).outcome, Outcome::Stopped);
        QCOMPARE(records.at(1).stopReason, QStringLiteral("tingling"));
        QCOMPARE(records.at(1).actualMs, 15000);

        const int cues = int(h.cues.size());
        h.advance(600000);
        QCOMPARE(h.cues.size(), cues);
        QCOMPARE(h.engine.elapsedMs(), 85000);
    }

    void stopStepEndsTheStepRecordsWhyAndWaits()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 60, Side::Both), makeStep(StepType::Stretch, 30)}));
        h.engine.start();
        h.advance(kGetReady + 20000);
        h.engine.stopStep(QStringLiteral("tingling"));
        QCOMPARE(h.engine.state(), SessionEngine::State::Paused);
        QCOMPARE(h.engine.phase(), Phase::Transition);
        QCOMPARE(h.engine.stepIndex(), 1);
        QCOMPARE(h.lines().last(), QStringLiteral("25000 step-end step=1 side=left"));
        QCOMPARE(h.finished.size(), 2);
        QCOMPARE(h.finished.at(0).side, Side::Left);
        QCOMPARE(h.finished.at(0).outcome, Outcome::Stopped);
        QCOMPARE(h.finished.at(0).stopReason, QStringLiteral("tingling"));
        QCOMPARE(h.finished.at(0).actualMs, 20000);
        QCOMPARE(h.finished.at(1).side, Side::Right);
        QCOMPARE(h.finished.at(1).outcome, Outcome::Skipped);
        QCOMPARE(h.finished.at(1).actualMs, 0);

        // It waits for the person: nothing moves until they carry on.
        h.advance(120000);
        QCOMPARE(h.engine.phase(), Phase::Transition);
        QCOMPARE(h.engine.segmentRemainingMs(), 10000);
        QCOMPARE(h.engine.elapsedMs(), kGetReady + 20000);
        h.engine.resume();
        QCOMPARE(h.lines().last(), QStringLiteral("145000 transition step=2 \"stretch 30 s\""));
        h.advance(10000 + 30000);
        QVERIFY(h.engine.completed());
        QCOMPARE(h.engine.records().last().outcome, Outcome::Done);
    }

    void stopStepOnTheLastStepEndsTheSession()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10), makeStep(StepType::Hold, 30)}));
        QSignalSpy finished(&h.engine, &SessionEngine::finished);
        h.engine.start();
        h.advance(kGetReady + 10000 + 10000 + 12000);
        h.engine.stopStep(QStringLiteral("sharp"));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!h.engine.completed());
        QCOMPARE(h.lines().last(), QStringLiteral("37000 stopped"));
        QCOMPARE(h.engine.records().last().outcome, Outcome::Stopped);
        QCOMPARE(h.engine.records().last().stopReason, QStringLiteral("sharp"));
        QCOMPARE(h.engine.records().last().actualMs, 12000);
        QCOMPARE(h.engine.elapsedMs(), 37000);
    }

    void stopStepBeforeASideStartsGivesThatSideTheReason_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<Side>("stoppedSide");
        QTest::addColumn<Side>("skippedSide");
        // In the transition, the step on screen is the one about to start.
        QTest::newRow("transition") << kGetReady + 10000 + 4000 << Side::Left << Side::Right;
        QTest::newRow("switch sides") << kGetReady + 10000 + 10000 + 20000 + 2000 << Side::Right
                                      << Side::None;
    }

    void stopStepBeforeASideStartsGivesThatSideTheReason()
    {
        QFETCH(qint64, at);
        QFETCH(Side, stoppedSide);
        QFETCH(Side, skippedSide);
        Harness h(makeRoutine({makeStep(StepType::Hold, 10), makeStep(StepType::Hold, 20, Side::Both),
                               makeStep(StepType::Stretch, 30)}));
        h.engine.start();
        h.advance(at);
        const int before = int(h.finished.size());
        h.engine.stopStep(QStringLiteral("dizzy"));
        const QList<StepRecord> added = h.finished.mid(before);
        QCOMPARE(added.size(), skippedSide == Side::None ? 1 : 2);
        QCOMPARE(added.first().step, 1);
        QCOMPARE(added.first().side, stoppedSide);
        QCOMPARE(added.first().outcome, Outcome::Stopped);
        QCOMPARE(added.first().stopReason, QStringLiteral("dizzy"));
        QCOMPARE(added.first().actualMs, 0);
        if (skippedSide != Side::None) {
            QCOMPARE(added.last().side, skippedSide);
            QCOMPARE(added.last().outcome, Outcome::Skipped);
        }
        QCOMPARE(h.engine.stepIndex(), 2);
        QCOMPARE(h.engine.phase(), Phase::Transition);
    }

    void leftOutStepsArePassedOverAndRecordedAsSkipped()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10), makeStep(StepType::Hold, 20, Side::Both),
                               makeStep(StepType::Stretch, 30), makeStep(StepType::Move, 40)}));
        h.engine.start();
        h.advance(kGetReady + 4000);
        h.engine.stopStep(QStringLiteral("dizzy"));
        QCOMPARE(h.engine.stepIndex(), 1);
        const qint64 remainingBefore = h.engine.remainingMs();
        h.engine.leaveOut({1, 3});
        // Waiting at the lead-in of a step left out: it moves to the next one at once.
        QCOMPARE(h.engine.state(), SessionEngine::State::Paused);
        QCOMPARE(h.engine.phase(), Phase::Transition);
        QCOMPARE(h.engine.stepIndex(), 2);
        QCOMPARE(h.engine.remainingMs(), 10000 + 30000);
        QVERIFY(h.engine.remainingMs() < remainingBefore);
        QCOMPARE(h.finished.size(), 3); // step 1 stopped, step 2 left and right skipped
        QCOMPARE(h.finished.at(1).step, 1);
        QCOMPARE(h.finished.at(1).outcome, Outcome::Skipped);
        QCOMPARE(h.finished.at(2).side, Side::Right);

        h.engine.resume();
        h.advance(10000 + 30000); // step 4 is left out too: the session ends after step 3
        QVERIFY(h.engine.completed());
        QCOMPARE(h.engine.elapsedMs(), kGetReady + 4000 + 10000 + 30000);
        QCOMPARE(h.timesOf(CueKind::StepStart), QList<qint64>({kGetReady, kGetReady + 4000 + 10000}));
        const QList<StepRecord> records = h.engine.records();
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.last().step, 3);
        QCOMPARE(records.last().outcome, Outcome::Skipped);
        QCOMPARE(records.at(3).step, 2);
        QCOMPARE(records.at(3).outcome, Outcome::Done);
    }

    void leavingOutEverythingLeftEndsTheSession()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10), makeStep(StepType::Hold, 20)}));
        h.engine.start();
        h.advance(kGetReady + 4000);
        h.engine.stopStep(QStringLiteral("sharp"));
        h.engine.leaveOut({1});
        QCOMPARE(h.engine.state(), SessionEngine::State::Finished);
        QCOMPARE(h.engine.elapsedMs(), kGetReady + 4000);
        QCOMPARE(h.engine.records().last().outcome, Outcome::Skipped);
    }

    void stopWhilePausedKeepsTheTimeBeforeThePause()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 60)}));
        h.engine.start();
        h.advance(kGetReady + 7000);
        h.engine.pause();
        h.advance(30000);
        h.engine.stop();
        QCOMPARE(h.engine.records().first().actualMs, 7000);
        QCOMPARE(h.engine.elapsedMs(), kGetReady + 7000);
    }

    void skipWhilePausedStaysPaused()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10), makeStep(StepType::Hold, 10)}));
        h.engine.start();
        h.advance(kGetReady + 2000);
        h.engine.pause();
        h.advance(5000);
        h.engine.skip();
        QCOMPARE(h.engine.state(), SessionEngine::State::Paused);
        QCOMPARE(h.engine.phase(), Phase::Transition);
        h.advance(60000);
        QCOMPARE(h.engine.segmentRemainingMs(), 10000);
        h.engine.resume();
        h.advance(10000);
        QCOMPARE(h.engine.phase(), Phase::Active);
        QCOMPARE(h.engine.stepIndex(), 1);
        QCOMPARE(h.engine.elapsedMs(), kGetReady + 2000 + 10000);
    }

    void controlsDoNothingBeforeTheStartAndAfterTheEnd()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 10)}));
        h.engine.pause();
        h.engine.skip();
        h.engine.back();
        h.engine.extend();
        h.engine.endEarly();
        h.engine.stop();
        QCOMPARE(h.engine.state(), SessionEngine::State::Idle);
        QVERIFY(h.cues.isEmpty());
        QCOMPARE(h.engine.remainingMs(), h.engine.timeline().totalMs());

        h.engine.start();
        h.advance(60000);
        QVERIFY(h.engine.completed());
        const int cues = int(h.cues.size());
        h.engine.start();
        h.engine.skip();
        h.engine.back();
        h.engine.stop();
        QVERIFY(h.engine.completed());
        QCOMPARE(h.cues.size(), cues);
    }

    void progressGrowsWithElapsedTime()
    {
        Harness h(makeRoutine({makeStep(StepType::Hold, 45)}));
        QCOMPARE(h.engine.progress(), 0.0);
        h.engine.start();
        h.advance(25000);
        QCOMPARE(h.engine.progress(), 0.5);
        QCOMPARE(h.engine.remainingMs(), 25000);
    }
};

QTEST_GUILESS_MAIN(TestSessionEngine)
#include "tst_sessionengine.moc"
