// What QML sees of the history, with the real player: a session recorded
// with its pain before and after, an interrupted session offered to resume
// (and resumed from the step where it stopped) or kept, and the next-day
// check-in. Real SQLite files, a virtual clock.

#include "core/clock.h"
#include "ui/historycontroller.h"
#include "ui/playercontroller.h"
#include "ui/progresscontroller.h"
#include "ui/recordlistmodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kRoutines = QStringLiteral(UNKNOT_SOURCE_DIR "/routines");

// The app objects the history needs, as AppContext builds them.
struct App
{
    explicit App(const QString &dataDir)
    {
        QString error;
        body.load(kRoutines, &error);
        library.load(kRoutines, {}, body.vocabulary());
        player = std::make_unique<PlayerController>(clock, body);
        player->setLibrary(&library);
        history = std::make_unique<HistoryController>(dataDir, player.get(), library, body);
        history->open();
    }

    void advance(qint64 ms)
    {
        clock.advance(ms);
        player->update();
    }

    ManualClock clock;
    BodyModel body;
    Library library;
    std::unique_ptr<PlayerController> player;
    std::unique_ptr<HistoryController> history;
};

} // namespace

class TestHistoryController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The calendar tints the plan's rest days that have passed; days to come
    // are not part of any streak yet, so they are left plain.
    void theCalendarMarksOnlyRestDaysThatHavePassed()
    {
        QTemporaryDir dir;
        App app(dir.path());
        ProgressController *progress = app.history->progress();
        const QDate today(2024, 5, 15);
        progress->setToday([today] { return today; });
        progress->setPlannedRestDays([](const QDate &day) { return day.day() % 2 == 0; });
        progress->load();
        progress->showMonth(2024, 5);
        QCOMPARE(progress->calendar()->rowCount(), 31);
        for (const QVariantMap &day : progress->calendar()->records()) {
            const int date = day.value(QStringLiteral("day")).toInt();
            QCOMPARE(day.value(QStringLiteral("restDay")).toBool(), date % 2 == 0 && date <= 15);
        }
    }

    void aPlayedSessionIsRecordedWithItsPain()
    {
        QTemporaryDir dir;
        App app(dir.path());
        QVERIFY(app.player->prepare(QStringLiteral("stiff-neck")));
        app.player->begin(6);
        app.advance(60 * 60 * 1000);
        app.player->finishWithPain(3);
        const std::optional<StoredSession> saved = app.history->store()->lastSession();
        QVERIFY(saved);
        QCOMPARE(saved->routineId, QStringLiteral("stiff-neck"));
        QCOMPARE(saved->status, SessionStatus::Completed);
        QCOMPARE(saved->painBefore, 6);
        QCOMPARE(saved->painAfter, 3);
        QCOMPARE(saved->steps.size(), 10);
        QVERIFY(!app.history->resumeOffered());
    }

    void anInterruptedSessionIsOfferedAndResumedWhereItStopped()
    {
        QTemporaryDir dir;
        QString interrupted;
        {
            App app(dir.path());
            QVERIFY(app.player->prepare(QStringLiteral("stiff-neck")));
            app.player->begin(5);
            // Get ready 5 s, step 1 left 20 s, switch 5 s, right 20 s, transition 10 s,
            // then into step 2: the app dies here, without a word.
            app.advance(5000 + 20000 + 5000 + 20000 + 10000 + 30000);
            interrupted = app.history->recorder()->sessionUuid();
            app.history.reset(); // no finished() ever comes
        }
        App app(dir.path());
        QVERIFY(app.history->resumeOffered());
        QVERIFY(app.history->canResume());
        QCOMPARE(app.history->interruptedTitle(), QStringLiteral("Stiff neck"));
        QCOMPARE(app.history->resumeStepNumber(), 2);
        QCOMPARE(app.history->resumeStepCount(), 5);

        QSignalSpy resumeChanged(app.history.get(), &HistoryController::resumeChanged);
        QVERIFY(app.history->resume());
        app.player->begin(4);
        QCOMPARE(app.player->stepNumber(), 2);
        QVERIFY(!app.history->resumeOffered());
        QVERIFY(resumeChanged.size() >= 1);
        app.advance(60 * 60 * 1000);
        const std::optional<StoredSession> resumed = app.history->store()->lastSession();
        QCOMPARE(resumed->resumedFrom, interrupted);
        QCOMPARE(resumed->steps.first().step, 1);
        QCOMPARE(resumed->status, SessionStatus::Completed);
        QCOMPARE(app.history->store()->session(interrupted)->status, SessionStatus::Interrupted);
    }

    void keepingItInterruptedIsRemembered()
    {
        QTemporaryDir dir;
        {
            App app(dir.path());
            app.player->prepare(QStringLiteral("stiff-neck"));
            app.player->begin(5);
            app.advance(30000);
            app.history.reset();
        }
        {
            App app(dir.path());
            QVERIFY(app.history->resumeOffered());
            app.history->keepInterrupted();
            QVERIFY(!app.history->resumeOffered());
        }
        App app(dir.path());
        QVERIFY(!app.history->resumeOffered());
        QCOMPARE(app.history->store()->lastSession()->status, SessionStatus::Interrupted);
    }

    void theCheckInIsOfferedTheDayAfter()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.player->prepare(QStringLiteral("stiff-neck"));
        app.player->begin(5);
        app.advance(60 * 60 * 1000);
        QVERIFY(!app.history->checkInDue()); // the same day
        const QDateTime started = app.history->store()->lastSession()->startedAt.toLocalTime();

        app.history->setNow([&] { return started.addDays(1); });
        QVERIFY(app.history->checkInDue());
        QCOMPARE(app.history->checkInTitle(), QStringLiteral("Stiff neck"));
        QVERIFY(!app.history->submitCheckIn(11, QStringLiteral("better")));
        QVERIFY(!app.history->submitCheckIn(2, QStringLiteral("great")));
        QVERIFY(app.history->submitCheckIn(2, QStringLiteral("better")));
        QVERIFY(!app.history->checkInDue());
        const std::optional<CheckIn> checkIn = app.history->store()->lastSession()->checkIn;
        QVERIFY(checkIn);
        QCOMPARE(checkIn->soreness, 2);
        QCOMPARE(checkIn->feeling, Feeling::Better);

        app.history->setNow([&] { return started.addDays(3); });
        QVERIFY(!app.history->checkInDue());
    }

    void aPutOffCheckInComesBackForTheNextSession()
    {
        QTemporaryDir dir;
        App app(dir.path());
        app.player->prepare(QStringLiteral("stiff-neck"));
        app.player->begin(5);
        app.advance(60 * 60 * 1000);
        const QString first = app.history->store()->lastSession()->uuid;
        QDateTime now = app.history->store()->lastSession()->startedAt.toLocalTime();
        app.history->setNow([&] { return now; });
        QVERIFY(!app.history->checkInDue());

        now = now.addDays(1); // the app stayed open overnight
        QVERIFY(!app.history->checkInDue());
        app.history->refreshCheckIn();
        QVERIFY(app.history->checkInDue());

        app.history->dismissCheckIn();
        QVERIFY(!app.history->checkInDue());
        app.history->refreshCheckIn();
        QVERIFY(!app.history->checkInDue()); // put off for that session

        app.player->close();
        app.player->prepare(QStringLiteral("stiff-neck"));
        app.player->begin(4);
        app.advance(60 * 60 * 1000);
        const StoredSession second = *app.history->store()->lastSession();
        QVERIFY(second.uuid != first);
        now = second.startedAt.toLocalTime().addDays(1);
        app.history->refreshCheckIn();
        QVERIFY(app.history->checkInDue());
        QCOMPARE(app.history->checkInSessionAt(), second.startedAt.toLocalTime());
    }

    void exportAndRestoreThroughTheController()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("export.json"));
        {
            App app(dir.filePath(QStringLiteral("a")));
            app.player->prepare(QStringLiteral("stiff-neck"));
            app.player->begin(5);
            app.advance(60 * 60 * 1000);
            QVERIFY(app.history->exportJson(QUrl::fromLocalFile(file).toString()));
            QVERIFY(app.history->lastResult().contains(file));
        }
        App app(dir.filePath(QStringLiteral("b")));
        QVERIFY(!app.history->restore(dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(app.history->lastResult().contains(QLatin1String("missing.json")));
        QVERIFY(app.history->restore(file));
        QVERIFY2(app.history->lastResult().startsWith(QLatin1String("Restored 1 session")),
                 qPrintable(app.history->lastResult()));
        QCOMPARE(app.history->store()->sessionCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryController)
#include "tst_historycontroller.moc"
