// The Today page's figures over the real parts: pain logged in a real history
// file becomes a planned routine (the budget and equipment from Settings, the
// safety answers, the worse side first), played through the player and
// recorded like any session; else a suggestion that suits the answers; and the
// last session card. A virtual clock, a fixed "now".

#include "core/clock.h"
#include "storage/historyexport.h"
#include "ui/historycontroller.h"
#include "ui/plancontroller.h"
#include "ui/playercontroller.h"
#include "ui/safetycontroller.h"
#include "ui/settings.h"
#include "ui/todaycontroller.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kRoutines = QStringLiteral(UNKNOT_SOURCE_DIR "/routines");
const QDateTime kNow(QDate(2025, 3, 10), QTime(9, 0));

// The app objects the Today page needs, as AppContext builds them.
struct App
{
    explicit App(const QString &dataDir) : settings(dataDir)
    {
        QString error;
        body.load(kRoutines, &error);
        library.load(kRoutines, {}, body.vocabulary());
        safety = std::make_unique<SafetyController>(&settings, body);
        player = std::make_unique<PlayerController>(clock, body);
        player->setLibrary(&library);
        history = std::make_unique<HistoryController>(dataDir, player.get(), library, body);
        history->open();
        plans = std::make_unique<PlanController>(dataDir, history.get(), body, library);
        plans->open();
        today = std::make_unique<TodayController>(body, library, &settings, safety.get(),
                                                  plans.get(), history.get(), player.get());
        today->setNow([] { return kNow; });
    }

    void answer(const QStringList &flags) { settings.setSafetyAnswers(flags); }

    void logPain(const char *region, Side side, int pain, int hoursAgo = 1)
    {
        QString error;
        QVERIFY2(history->store()->addPainLog(
                     {QLatin1String(region), side, pain, {}, kNow.addSecs(-3600 * hoursAgo)}, &error),
                 qPrintable(error));
    }

    // Runs the prepared session to its end on the virtual clock.
    void playThrough(int painBefore, int painAfter)
    {
        player->begin(painBefore);
        for (int guard = 0; player->running() && guard < 500; ++guard) {
            clock.advance(player->segmentRemainingMs());
            player->update();
        }
        player->finishWithPain(painAfter);
    }

    ManualClock clock;
    BodyModel body;
    Library library;
    Settings settings;
    std::unique_ptr<SafetyController> safety;
    std::unique_ptr<PlayerController> player;
    std::unique_ptr<HistoryController> history;
    std::unique_ptr<PlanController> plans;
    std::unique_ptr<TodayController> today;
};

} // namespace

class TestTodayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withNothingLoggedARoutineThatSuitsIsSuggested()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.answer({});
        QVERIFY(!app.today->hasProblemAreas());
        QVERIFY(!app.today->hasPlanned());
        QCOMPARE(app.today->source(), QStringLiteral("suggested"));
        QCOMPARE(app.today->suggestedRoutineId(), app.library.entries().first().routine.id);
        QCOMPARE(app.today->suggestionReason(), QStringLiteral("A good place to start."));
        // Pregnancy rules out lying on the back in the low back routine.
        app.answer({"pregnant"});
        QVERIFY(app.today->suggestedRoutineId() != QLatin1String("low-back"));
        const Library::Entry *suggested = app.library.find(app.today->suggestedRoutineId());
        QVERIFY(suggested);
        QVERIFY(app.safety->profile().conflictsOf(suggested->routine, app.body).isEmpty());
        QCOMPARE(app.today->source(), QStringLiteral("suggested"));
    }

    void painLoggedBecomesAPlannedRoutine()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.answer({});
        app.logPain("low_back", Side::None, 6);
        app.logPain("buttock", Side::Right, 5, 26);
        app.logPain("calf", Side::Left, 4, 24 * 40); // too old to count
        QCOMPARE(app.today->source(), QStringLiteral("planned"));
        QCOMPARE(app.today->problemAreaTexts(),
                 (QStringList{"Lower back, 6 of 10", "Buttock (right), 5 of 10"}));
        QCOMPARE(app.today->plannedTitle(), QStringLiteral("For your lower back and your buttock"));
        QVERIFY(app.today->rightFirst());
        QCOMPARE(app.today->sideText(), QStringLiteral("Starts on your right side, where it hurts more."));
        QVERIFY(!app.today->plannedNotes().join(' ').contains(QLatin1String("start on the right")));
        const QVariantList muscles = app.today->plannedMuscles();
        QVERIFY(!muscles.isEmpty() && muscles.size() <= 4);
        QCOMPARE(muscles.first().toMap().value("name").toString(), QStringLiteral("Quadratus lumborum (QL)"));
        // The library's best match that suits the answers is the suggestion.
        QCOMPARE(app.today->suggestedRoutineId(), QStringLiteral("low-back"));

        // The budget chosen on the page, within 10%.
        for (int minutes : {5, 15, 20}) {
            app.today->setMinutes(minutes);
            QCOMPARE(app.settings.planMinutes(), minutes);
            QVERIFY(std::abs(app.today->plan().totalMs - minutes * 60000LL) <= minutes * 6000LL);
        }
        // The equipment in Settings: no roller, no rolling.
        const auto rolls = [&app] {
            return std::count_if(app.today->plan().routine->steps.cbegin(),
                                 app.today->plan().routine->steps.cend(),
                                 [](const Step &step) { return step.type == StepType::Roll; });
        };
        QCOMPARE(rolls(), 0);
        QCOMPARE(app.today->equipmentText(), QStringLiteral("your hands, a wall and a chair"));
        app.settings.setEquipment({"foam-roller", "ball"});
        QVERIFY(rolls() > 0);
        QCOMPARE(app.today->equipmentText(), QStringLiteral("Ball, Foam roller"));
    }

    void theSafetyAnswersShapeThePlan()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.logPain("low_back", Side::None, 6);
        // Before the screen is answered the chest is not planned.
        app.logPain("chest", Side::Left, 5);
        QVERIFY(app.today->plannedNotes().join(' ').contains(QLatin1String("Your chest is left out")));
        app.answer({"pregnant"});
        QVERIFY(!app.today->plannedNotes().join(' ').contains(QLatin1String("Your chest is left out")));
        for (const Step &step : app.today->plan().routine->steps) {
            const BodyModel::Muscle &muscle = *app.body.muscle(step.muscle);
            QVERIFY2(SafetyProfile::techniqueOf(muscle, step).position != QLatin1String("lying-back"),
                     qPrintable(step.title));
            QVERIFY(step.muscle != QLatin1String("iliopsoas"));
        }
        // Only head areas after "new-headache": nothing planned, a suggestion instead.
        QTemporaryDir other;
        App head(other.path());
        head.answer({"new-headache"});
        head.logPain("head.temple", Side::Left, 6);
        QVERIFY(head.today->hasProblemAreas());
        QVERIFY(!head.today->hasPlanned());
        QCOMPARE(head.today->source(), QStringLiteral("suggested"));
        QVERIFY(head.today->suggestedRoutineId() != QLatin1String("tension-headache"));
    }

    void thePlannedRoutineIsPlayedWorseSideFirstAndRecorded()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.answer({});
        app.logPain("calf", Side::Right, 7);
        app.logPain("calf", Side::Left, 3);
        QVERIFY(app.today->rightFirst());
        const Routine planned = *app.today->plan().routine;
        QVERIFY(app.today->startPlanned());
        QCOMPARE(app.player->routineId(), planned.id);
        QCOMPARE(app.player->routineTitle(), planned.title);
        // The first step on both sides starts on the right.
        app.player->begin(6);
        for (int guard = 0; app.player->screen() != QLatin1String("active") && guard < 10; ++guard) {
            app.clock.advance(app.player->segmentRemainingMs());
            app.player->update();
        }
        QCOMPARE(app.player->side(), QStringLiteral("right"));
        for (int guard = 0; app.player->running() && guard < 500; ++guard) {
            app.clock.advance(app.player->segmentRemainingMs());
            app.player->update();
        }
        app.player->finishWithPain(3);
        const std::optional<StoredSession> saved = app.history->store()->lastSession();
        QVERIFY(saved);
        QCOMPARE(saved->routineId, planned.id);
        QCOMPARE(saved->routineTitle, planned.title);
        QCOMPARE(saved->routineJson, HistoryExport::snapshotOf(planned));
        QCOMPARE(saved->status, SessionStatus::Completed);
        QCOMPARE(saved->painBefore, 6);
        QCOMPARE(saved->painAfter, 3);
        QVERIFY(!saved->steps.isEmpty());
        QCOMPARE(saved->steps.first().side, Side::Right);
        // The last session card follows.
        QVERIFY(app.today->hasLastSession());
        QCOMPARE(app.today->lastTitle(), planned.title);
        QCOMPARE(app.today->lastPainText(), QStringLiteral("Pain 6 → 3 (better)"));
        QCOMPARE(app.today->lastOutcome(), QStringLiteral("Finished"));
    }

    void noStartWhileAnAnswerCallsForCare()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.answer({"chest-pain"});
        app.logPain("neck.side", Side::Left, 6);
        QVERIFY(!app.today->startPlanned());
        QVERIFY(!app.player->active());
    }

    void theLastSession()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.answer({});
        QVERIFY(!app.today->hasLastSession());
        QCOMPARE(app.today->lastPainText(), QString());

        QVERIFY(app.player->prepare(QStringLiteral("stiff-neck")));
        app.playThrough(-1, -1);
        QCOMPARE(app.today->lastTitle(), QStringLiteral("Stiff neck"));
        QCOMPARE(app.today->lastPainText(), QStringLiteral("No pain rating"));
        QCOMPARE(app.today->lastPainBefore(), -1);
        // The one done last is suggested again.
        QCOMPARE(app.today->suggestedRoutineId(), QStringLiteral("stiff-neck"));
        QCOMPARE(app.today->suggestionReason(), QStringLiteral("You did it last time."));

        QVERIFY(app.player->prepare(QStringLiteral("low-back")));
        app.player->begin(4);
        app.clock.advance(20000);
        app.player->update();
        app.player->stop();
        app.player->finishWithPain(5);
        QCOMPARE(app.today->lastTitle(), QStringLiteral("Low back pain"));
        QCOMPARE(app.today->lastPainText(), QStringLiteral("Pain 4 → 5 (worse)"));
        QCOMPARE(app.today->lastOutcome(), QStringLiteral("Stopped early"));

        // When: today, yesterday, a weekday, another year.
        const QDateTime started = app.history->store()->lastSession()->startedAt.toLocalTime();
        const QLocale locale;
        const QString time = locale.toString(
            started.time(), locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
        app.today->setNow([started] { return started.addSecs(60); });
        QCOMPARE(app.today->lastWhen(), QStringLiteral("Today at ") + time);
        app.today->setNow([started] { return started.addDays(1); });
        QCOMPARE(app.today->lastWhen(), QStringLiteral("Yesterday at ") + time);
        app.today->setNow([started] { return started.addDays(3); });
        QVERIFY(app.today->lastWhen().endsWith(QStringLiteral(" at ") + time));
        app.today->setNow([started] { return started.addYears(1).addDays(3); });
        QVERIFY(app.today->lastWhen().contains(QString::number(started.date().year())));
    }
};

QTEST_GUILESS_MAIN(TestTodayController)
#include "tst_todaycontroller.moc"
