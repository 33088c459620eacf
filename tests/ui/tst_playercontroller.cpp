// The player controller over the real app objects and a virtual clock: the
// safety stop that ends a step and offers a choice, the summary of a session,
// the words screen readers hear, and what eyes-free mode reads out beyond the
// engine's cues.

#include "plurals.h"
#include "ui/appcontext.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"

namespace {

Step hold(const QString &muscle, const QString &title)
{
    Step step;
    step.type = StepType::Hold;
    step.title = title;
    step.instructions = QStringLiteral("Lean in.");
    step.muscle = muscle;
    step.side = Side::Both;
    step.seconds = 30;
    return step;
}

// Low back and neck work taking turns.
Routine mixedRoutine()
{
    Routine routine;
    routine.id = QStringLiteral("mixed");
    routine.title = QStringLiteral("Mixed");
    routine.steps = {hold(QStringLiteral("quadratus_lumborum"), QStringLiteral("Low back")),
                     hold(QStringLiteral("upper_trapezius"), QStringLiteral("Shoulder top")),
                     hold(QStringLiteral("gluteus_medius"), QStringLiteral("Outer hip")),
                     hold(QStringLiteral("levator_scapulae"), QStringLiteral("Neck corner"))};
    return routine;
}

} // namespace

class TestPlayerController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Plurals::install()); }

    void init()
    {
        m_dataDir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>();
        m_context = std::make_unique<AppContext>(m_dataDir->path(), *m_clock);
        QString error;
        QVERIFY2(m_context->load(&error), qPrintable(error));
        m_player = m_context->player();
    }

    void cleanup()
    {
        m_context.reset();
        m_clock.reset();
        m_dataDir.reset();
    }

    void aSafetyStopEndsTheStepAndOffersAChoice()
    {
        QVERIFY(m_player->prepare(QStringLiteral("stiff-neck")));
        m_player->begin(5);
        advanceTo(1, QStringLiteral("active"));
        advance(12000);
        m_player->stopForSafety(QStringLiteral("tingling"));

        QCOMPARE(m_player->screen(), QStringLiteral("safety"));
        QCOMPARE(m_player->safetyTitle(), QStringLiteral("Step 2 stopped: tingling or numbness"));
        QVERIFY(m_player->safetyAdvice().contains(QLatin1String("nerve")));
        QVERIFY(!m_player->safetyRecommendsEnding());
        QVERIFY(m_player->canContinueAfterSafetyStop());
        QCOMPARE(m_player->safetyNextTitle(), titleOf(2));
        QVERIFY(m_player->safetyLeftOutText().isEmpty());
        QCOMPARE(record(1, Side::Left).outcome, Outcome::Stopped);
        QCOMPARE(record(1, Side::Left).stopReason, QStringLiteral("tingling"));
        QCOMPARE(record(1, Side::Left).actualMs, 12000);
        QCOMPARE(record(1, Side::Right).outcome, Outcome::Skipped); // never started

        // While the advice is on screen the session waits, whatever is pressed.
        advance(60000);
        m_player->togglePause();
        m_player->skip();
        QCOMPARE(m_player->screen(), QStringLiteral("safety"));
        QCOMPARE(m_player->segmentRemainingMs(), 10000);

        m_player->continueAfterSafetyStop();
        QCOMPARE(m_player->screen(), QStringLiteral("transition"));
        QVERIFY(!m_player->paused());
        QCOMPARE(m_player->stepTitle(), titleOf(2));
        advance(3600 * 1000);
        QVERIFY(m_player->completed());
        m_player->finishWithPain(3);
        QCOMPARE(m_player->stepsStopped(), 1);
        QCOMPARE(m_player->stepsDone(), 4);
        QCOMPARE(m_player->stepsNotReached(), 0);
        QVERIFY(m_player->endedText().isEmpty());
        QCOMPARE(m_player->safetyTitle(), QStringLiteral("Step 2 stopped: tingling or numbness"));
    }

    void endingAfterTheAdviceStopsTheSession()
    {
        QVERIFY(m_player->prepare(QStringLiteral("low-back")));
        m_player->begin(6);
        advanceTo(0, QStringLiteral("active"));
        advance(5000);
        m_player->stopForSafety(QStringLiteral("tingling"));
        m_player->endAfterSafetyStop();
        QCOMPARE(m_player->screen(), QStringLiteral("pain-after"));
        QVERIFY(!m_player->completed());
        QCOMPARE(m_player->safetyAdvice().isEmpty(), false);
        m_player->finishWithPain(-1);
        QCOMPARE(m_player->screen(), QStringLiteral("summary"));
        QCOMPARE(m_player->endedText(), QStringLiteral("Stopped before step 2 of 5: %1.").arg(titleOf(1)));
        QCOMPARE(m_player->stepsStopped(), 1);
        QCOMPARE(m_player->stepsDone(), 0);
        QCOMPARE(m_player->stepsNotReached(), 4);
    }

    void dizzinessLeavesNeckWorkOutForTheDay()
    {
        QVERIFY(m_player->prepareRoutine(mixedRoutine()));
        m_player->begin(4);
        advanceTo(0, QStringLiteral("active"));
        m_player->stopForSafety(QStringLiteral("dizzy"));
        QVERIFY(m_player->safetyRecommendsEnding());
        QVERIFY(m_player->canContinueAfterSafetyStop());
        QCOMPARE(m_player->safetyNextTitle(), QStringLiteral("Outer hip"));
        QCOMPARE(m_player->safetyLeftOutText(), QStringLiteral("Left out for today: 2 more neck steps."));

        m_player->continueAfterSafetyStop();
        QCOMPARE(m_player->screen(), QStringLiteral("transition"));
        QCOMPARE(m_player->stepTitle(), QStringLiteral("Outer hip"));
        QCOMPARE(m_player->remainingMs(), 10000 + 30000 + 5000 + 30000);
        advance(3600 * 1000);
        QVERIFY(m_player->completed());
        m_player->finishWithPain(-1);
        QCOMPARE(m_player->stepsStopped(), 1);
        QCOMPARE(m_player->stepsSkipped(), 2);
        QCOMPARE(m_player->stepsDone(), 1);
    }

    void dizzinessInANeckRoutineOffersOnlyTheEnd()
    {
        QVERIFY(m_player->prepare(QStringLiteral("stiff-neck")));
        m_player->begin(4);
        advanceTo(0, QStringLiteral("active"));
        m_player->stopForSafety(QStringLiteral("dizzy"));
        QVERIFY(!m_player->canContinueAfterSafetyStop());
        QCOMPARE(m_player->safetyLeftOutText(), QStringLiteral("Left out for today: 4 more neck steps."));
        m_player->continueAfterSafetyStop();
        QCOMPARE(m_player->screen(), QStringLiteral("safety"));
        m_player->endAfterSafetyStop();
        QCOMPARE(m_player->screen(), QStringLiteral("pain-after"));
    }

    void sharpPainRestsTheMuscleForTheDay()
    {
        QVERIFY(m_player->prepare(QStringLiteral("low-back")));
        m_player->begin(4);
        advanceTo(0, QStringLiteral("active"));
        m_player->stopForSafety(QStringLiteral("sharp"));
        QCOMPARE(m_player->safetyLeftOutText(),
                 QStringLiteral("Left out for today: 1 more step on this muscle."));
        m_player->continueAfterSafetyStop();
        advance(3600 * 1000);
        QVERIFY(m_player->completed());
        QCOMPARE(record(3, Side::Left).outcome, Outcome::Skipped); // the same muscle, stretched
        QCOMPARE(record(3, Side::Right).outcome, Outcome::Skipped);
        QCOMPARE(record(2, Side::Left).outcome, Outcome::Done);
    }

    void aSafetyStopOnTheLastStepLeadsToThePainQuestion()
    {
        QSignalSpy narration(m_player, &PlayerController::narration);
        QVERIFY(m_player->prepare(QStringLiteral("low-back")));
        m_player->begin(4);
        advanceTo(4, QStringLiteral("active"));
        narration.clear();
        m_player->stopForSafety(QStringLiteral("sharp"));
        QCOMPARE(m_player->screen(), QStringLiteral("safety"));
        QVERIFY(!m_player->canContinueAfterSafetyStop());
        QCOMPARE(narration.count(), 1); // the advice; the pain question waits for the choice
        QVERIFY(narration.last().first().toString().endsWith(QLatin1String("Choose End the session.")));
        m_player->endAfterSafetyStop();
        QCOMPARE(m_player->screen(), QStringLiteral("pain-after"));
        QCOMPARE(narration.count(), 2);
        QVERIFY(narration.last().first().toString().startsWith(QLatin1String("How much does it hurt now")));
        QCOMPARE(m_player->endedText(), QStringLiteral("Stopped at step 5 of 5: Cat-camel."));
    }

    void theSummaryCountsEveryStep()
    {
        QVERIFY(m_player->prepare(QStringLiteral("stiff-neck")));
        m_player->begin(6);
        advanceTo(0, QStringLiteral("active"));
        m_player->skip(); // step 1: skipped
        advanceTo(1, QStringLiteral("active"));
        m_player->endEarly(); // step 2, left, first repetition: it eased
        advanceTo(2, QStringLiteral("active"));
        advance(4000);
        m_player->stop(); // in step 3
        m_player->finishWithPain(4);
        QCOMPARE(m_player->stepsSkipped(), 1);
        QCOMPARE(m_player->stepsEndedEarly(), 1);
        QCOMPARE(m_player->stepsDone(), 0);
        QCOMPARE(m_player->stepsStopped(), 1);
        QCOMPARE(m_player->stepsNotReached(), 2);
        QCOMPARE(m_player->endedText(), QStringLiteral("Stopped at step 3 of 5: %1.").arg(titleOf(2)));
        QCOMPARE(m_player->painChangeText(), QStringLiteral("Pain 6 → 4: 2 points less. That is a meaningful change."));
    }

    void sessionTimeLeftIsShownInMinutesAndSeconds()
    {
        QVERIFY(m_player->prepare(QStringLiteral("stiff-neck")));
        const qint64 total = m_player->engine()->timeline().totalMs();
        m_player->begin(-1);
        QCOMPARE(m_player->sessionRemainingText(),
                 QStringLiteral("%1:%2 left").arg(total / 60000).arg(total / 1000 % 60, 2, 10, QLatin1Char('0')));
        advance(65000);
        const qint64 left = total - 65000;
        QCOMPARE(m_player->sessionRemainingText(),
                 QStringLiteral("%1:%2 left").arg(left / 60000).arg(left / 1000 % 60, 2, 10, QLatin1Char('0')));
    }

    void announcementsNameTheSideInWords_data()
    {
        QTest::addColumn<bool>("rightFirst");
        QTest::addColumn<QString>("switchTo");
        QTest::newRow("left first") << false << "Switch to the right side.";
        QTest::newRow("right first") << true << "Switch to the left side.";
    }

    void announcementsNameTheSideInWords()
    {
        QFETCH(bool, rightFirst);
        QFETCH(QString, switchTo);
        QVERIFY(m_player->prepare(QStringLiteral("stiff-neck"), rightFirst));
        m_player->begin(-1);
        QCOMPARE(m_player->announcement(), QStringLiteral("Get ready. First: Neck turn check, %1 side.")
                                               .arg(rightFirst ? QLatin1String("right") : QLatin1String("left")));
        advanceTo(0, QStringLiteral("switch-sides"));
        QCOMPARE(m_player->announcement(), switchTo);
    }

    void eyesFreeModeHearsTheControlsThePainQuestionsAndTheSummary()
    {
        QSignalSpy narration(m_player, &PlayerController::narration);
        QVERIFY(m_player->prepare(QStringLiteral("stiff-neck")));
        QCOMPARE(narration.count(), 1);
        QCOMPARE(narration.last().first().toString(),
                 QStringLiteral("Stiff neck. Before you start: how much does it hurt right now, from 0 to "
                                "10? Choose a number, then Start, or choose Skip."));
        m_player->begin(5);
        advanceTo(0, QStringLiteral("active"));
        advance(3000);
        m_player->togglePause();
        QCOMPARE(narration.last().first().toString(), QStringLiteral("Paused."));
        m_player->togglePause();
        QCOMPARE(narration.last().first().toString(),
                 QStringLiteral("Carrying on: Neck turn check, 17 seconds left."));
        m_player->extend();
        QCOMPARE(narration.last().first().toString(), QStringLiteral("15 more seconds. 32 seconds left."));

        advanceTo(1, QStringLiteral("active"));
        QVERIFY(m_player->canEndEarly());
        const int before = int(narration.count());
        m_player->endEarly();
        QCOMPARE(narration.count(), before + 1);
        QCOMPARE(narration.last().first().toString(), QStringLiteral("It eased. Well done, let go."));
        QCOMPARE(m_player->screen(), QStringLiteral("rep-rest"));
        m_player->endEarly(); // not a hold segment now: nothing to say
        QCOMPARE(narration.count(), before + 1);

        advanceTo(1, QStringLiteral("active"));
        m_player->stopForSafety(QStringLiteral("tingling"));
        QCOMPARE(narration.last().first().toString(),
                 QStringLiteral("Step 2 stopped: tingling or numbness. ") + m_player->safetyAdvice() +
                     QStringLiteral(" Choose Continue to go on, or End the session."));
        m_player->endAfterSafetyStop();
        QCOMPARE(narration.last().first().toString(),
                 QStringLiteral("How much does it hurt now, from 0 to 10? Choose a number, then Save, "
                                "or choose Skip."));
        m_player->finishWithPain(3);
        const QString summary = narration.last().first().toString();
        QVERIFY2(summary.startsWith(QStringLiteral("Session stopped. Stopped before step 3 of 5: %1. Time: ")
                                        .arg(titleOf(2))),
                 qPrintable(summary));
        QVERIFY2(summary.endsWith(QLatin1String(
                     "1 step done. 1 stopped. 3 not reached. Pain went from 5 to 3. "
                     "That is a meaningful change. Choose Done to close.")),
                 qPrintable(summary));
    }

private:
    StepRecord record(int step, Side side) const
    {
        for (const StepRecord &record : m_player->engine()->records()) {
            if (record.step == step && record.side == side)
                return record;
        }
        return {-1, side, 0, 0, Outcome::Done, QStringLiteral("no record")};
    }

    QString titleOf(int step) const { return m_player->engine()->routine().steps.at(step).title; }

    void advance(qint64 ms)
    {
        m_clock->advance(ms);
        m_player->update();
    }

    // Runs the session on to the start of `screen` in `step` (0-based).
    void advanceTo(int step, const QString &screen)
    {
        for (int guard = 0; guard < 100 && m_player->running(); ++guard) {
            if (m_player->stepNumber() == step + 1 && m_player->screen() == screen)
                return;
            advance(m_player->segmentRemainingMs());
        }
        QFAIL(qPrintable(QStringLiteral("never reached %1 of step %2").arg(screen).arg(step + 1)));
    }

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AppContext> m_context;
    PlayerController *m_player = nullptr;
};

QTEST_MAIN(TestPlayerController)
#include "tst_playercontroller.moc"
