// Progress figures with known answers: streaks (planned rest days bridge
// them), weeks, minutes per area, pain over time and "what helps you" with the
// meaningful threshold (2 points or 30 %), first from session summaries, then
// through the store and the Progress page's controller.

#include "core/progress.h"
#include "storage/historyexport.h"
#include "storage/historystore.h"
#include "ui/progresscontroller.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <tuple>

namespace {

QDateTime at(int month, int day, int hour = 8)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, 0)); // local time
}

SessionSummary summary(const QString &routine, const QDateTime &start, std::optional<int> before,
                       std::optional<int> after, const QStringList &muscles = {},
                       qint64 activeMs = 600000)
{
    return {
        routine, routine.toUpper(), start, activeMs, {QStringLiteral("neck.back")}, muscles, before,
        after};
}

QSet<QDate> days(std::initializer_list<int> daysOfMay)
{
    QSet<QDate> set;
    for (int day : daysOfMay)
        set.insert(QDate(2024, 5, day));
    return set;
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meaningfulIsTwoPointsOrThirtyPercent_data()
    {
        QTest::addColumn<double>("before");
        QTest::addColumn<double>("after");
        QTest::addColumn<bool>("meaningful");
        QTest::newRow("8 -> 6: 2 points") << 8.0 << 6.0 << true;
        QTest::newRow("8 -> 6.5: 1.5 points, 19 %") << 8.0 << 6.5 << false;
        QTest::newRow("3 -> 2.1: 30 %") << 3.0 << 2.1 << true;
        QTest::newRow("3 -> 2.2: 27 %") << 3.0 << 2.2 << false;
        QTest::newRow("4 -> 6: worse by 2") << 4.0 << 6.0 << true;
        QTest::newRow("0 -> 1") << 0.0 << 1.0 << false;
        QTest::newRow("averages 5.4 -> 3.4") << 5.4 << 3.4 << true;
    }

    void meaningfulIsTwoPointsOrThirtyPercent()
    {
        QFETCH(double, before);
        QFETCH(double, after);
        QFETCH(bool, meaningful);
        QCOMPARE(Progress::isMeaningful(before, after), meaningful);
    }

    void streaksCountDaysInARow()
    {
        const QDate today(2024, 5, 10);
        QCOMPARE(Progress::streaks({}, today).current, 0);
        // 1 2 3 . 5 6 7 8 9 (today, the 10th, not yet done)
        const Streaks s = Progress::streaks(days({1, 2, 3, 5, 6, 7, 8, 9}), today);
        QCOMPARE(s.current, 5);
        QCOMPARE(s.longest, 5);
        QCOMPARE(Progress::streaks(days({1, 2, 3, 5, 6, 7, 8}), today).current,
                 0); // missed the 9th
        QCOMPARE(Progress::streaks(days({1, 2, 3, 10}), today).current, 1);
        QCOMPARE(Progress::streaks(days({1, 2, 3, 10}), today).longest, 3);
    }

    void plannedRestDaysDoNotBreakAStreak()
    {
        const QDate today(2024, 5, 10);
        const auto restOn4th = [](const QDate &day) { return day == QDate(2024, 5, 4); };
        const Streaks s = Progress::streaks(days({1, 2, 3, 5, 6, 7, 8, 9}), today, restOn4th);
        QCOMPARE(s.current, 8); // rest days bridge but do not count
        QCOMPARE(s.longest, 8);
        const auto weekends = [](const QDate &day) { return day.dayOfWeek() >= 6; };
        // May 2024: the 4th, 5th, 11th, 12th are a weekend. Friday the 10th done, Monday 13th
        // today.
        const Streaks w = Progress::streaks(days({6, 7, 8, 9, 10}), QDate(2024, 5, 13), weekends);
        QCOMPARE(w.current, 5);
    }

    void weeksRunMondayToSundayWithEmptyWeeksKept()
    {
        const QList<SessionSummary> sessions = {
            summary(QStringLiteral("a"), at(5, 6), {}, {}, {}, 60000),   // Monday
            summary(QStringLiteral("a"), at(5, 12), {}, {}, {}, 120000), // Sunday, same week
            summary(QStringLiteral("a"), at(5, 21), {}, {}, {}, 60000),
        };
        const QList<WeekTotal> weeks = Progress::weeks(sessions, QDate(2024, 5, 30));
        QCOMPARE(weeks.size(), 4);
        QCOMPARE(weeks.at(0).monday, QDate(2024, 5, 6));
        QCOMPARE(weeks.at(0).sessions, 2);
        QCOMPARE(weeks.at(0).activeMs, 180000);
        QCOMPARE(weeks.at(1).sessions, 0);
        QCOMPARE(weeks.at(2).sessions, 1);
        QCOMPARE(weeks.at(3).monday, QDate(2024, 5, 27));
    }

    void minutesPerAreaCountEachAreaOfTheRoutine()
    {
        SessionSummary one = summary(QStringLiteral("a"), at(5, 6), {}, {}, {}, 600000);
        one.areas = {QStringLiteral("neck.back"), QStringLiteral("shoulder.top")};
        SessionSummary two = summary(QStringLiteral("b"), at(5, 7), {}, {}, {}, 300000);
        two.areas = {QStringLiteral("shoulder.top")};
        const QList<AreaTotal> areas = Progress::areas({one, two});
        QCOMPARE(areas.size(), 2);
        QCOMPARE(areas.at(0).area, QStringLiteral("shoulder.top"));
        QCOMPARE(areas.at(0).activeMs, 900000);
        QCOMPARE(areas.at(0).sessions, 2);
        QCOMPARE(areas.at(1).activeMs, 600000);
    }

    void whatHelpsAveragesPerRoutineAndMuscle()
    {
        const QStringList trapezius = {QStringLiteral("upper_trapezius")};
        const QStringList both = {QStringLiteral("upper_trapezius"),
                                  QStringLiteral("levator_scapulae")};
        const QList<SessionSummary> sessions = {
            // neck: week of May 6, before 6 and 7; week of May 20, before 4.
            summary(QStringLiteral("neck"), at(5, 6), 6, 3, both),         // -3
            summary(QStringLiteral("neck"), at(5, 8), 7, 6, both),         // -1
            summary(QStringLiteral("neck"), at(5, 20), 4, 3, trapezius),   // -1
            summary(QStringLiteral("neck"), at(5, 21), {}, {}, trapezius), // not rated
            // back: only a before, in one week.
            summary(QStringLiteral("back"), at(5, 7), 5, {}, {}),
        };
        const QList<HelpsRow> rows = Progress::whatHelps(sessions);
        QCOMPARE(rows.size(), 4); // back, neck, then levator, trapezius
        const HelpsRow &back = rows.at(0);
        QCOMPARE(back.id, QStringLiteral("back"));
        QCOMPARE(back.withinSession.sessions, 0);
        QCOMPARE(back.acrossWeeks.sessions, 0);

        const HelpsRow &neck = rows.at(1);
        QCOMPARE(neck.kind, HelpsRow::Kind::Routine);
        QCOMPARE(neck.title, QStringLiteral("NECK"));
        QCOMPARE(neck.withinSession.sessions, 3);
        QCOMPARE(neck.withinSession.before, 17.0 / 3);
        QCOMPARE(neck.withinSession.change, -5.0 / 3); // 1.67 points, 29 %: not meaningful
        QVERIFY(!neck.withinSession.meaningful);
        QCOMPARE(neck.weeks, 2);
        QCOMPARE(neck.acrossWeeks.sessions, 3);
        QCOMPARE(neck.acrossWeeks.before, 6.5);
        QCOMPARE(neck.acrossWeeks.change, -2.5); // 6.5 -> 4: meaningful
        QVERIFY(neck.acrossWeeks.meaningful);

        const HelpsRow &levator = rows.at(2);
        QCOMPARE(levator.kind, HelpsRow::Kind::Muscle);
        QCOMPARE(levator.id, QStringLiteral("levator_scapulae"));
        QCOMPARE(levator.withinSession.sessions, 2);
        QCOMPARE(levator.withinSession.change, -2.0); // 6.5 -> 4.5
        QVERIFY(levator.withinSession.meaningful);
        QCOMPARE(levator.acrossWeeks.sessions, 0); // one week only
        QCOMPARE(rows.at(3).withinSession.sessions, 3);
    }

    void helpsTellThePainBeforeAndAfter()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        store.open();
        Routine routine;
        routine.id = QStringLiteral("neck");
        routine.title = QStringLiteral("Neck");
        HistoryData data;
        // Week 1: 6 -> 3 and 7 -> 3; week 2: 4 -> 3.
        const QList<std::tuple<int, int, int>> sessions = {{6, 6, 3}, {7, 7, 3}, {14, 4, 3}};
        for (const auto &[day, before, after] : sessions) {
            StoredSession s;
            s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            s.routineId = routine.id;
            s.routineTitle = routine.title;
            s.routineJson = HistoryExport::snapshotOf(routine);
            s.startedAt = at(5, day).toUTC();
            s.status = SessionStatus::Completed;
            s.painBefore = before;
            s.painAfter = after;
            data.sessions.append(s);
        }
        HistoryStore::MergeCount added;
        QString error;
        QVERIFY(store.merge(data, &added, &error));
        BodyModel body;
        QVERIFY(body.load(QStringLiteral(UNKNOT_SOURCE_DIR "/routines"), &error));
        ProgressController progress(&store, body);
        progress.setToday([] { return QDate(2024, 5, 15); });
        progress.load();

        const QVariantMap neck = progress.helps()->get(0);
        QCOMPARE(neck.value(QStringLiteral("sessions")).toInt(), 3);
        QCOMPARE(neck.value(QStringLiteral("before")).toDouble(), 5.7); // 17 / 3
        QCOMPARE(neck.value(QStringLiteral("after")).toDouble(), 3.0);
        QCOMPARE(neck.value(QStringLiteral("change")).toDouble(), -2.7);
        QCOMPARE(neck.value(QStringLiteral("weekSessions")).toInt(), 3);
        QCOMPARE(neck.value(QStringLiteral("weekBefore")).toDouble(), 6.5);
        QCOMPARE(neck.value(QStringLiteral("weekAfter")).toDouble(), 4.0);
        QCOMPARE(neck.value(QStringLiteral("weekChange")).toDouble(), -2.5);
        QVERIFY(neck.value(QStringLiteral("weekMeaningful")).toBool());
    }

    void painSeriesPerRegionAndSideOldestFirst()
    {
        const QList<PainLogEntry> log = {
            {QStringLiteral("neck.side"), Side::Right, 6, {}, at(5, 3)},
            {QStringLiteral("neck.side"), Side::Left, 2, {}, at(5, 2)},
            {QStringLiteral("neck.side"), Side::Right, 4, {}, at(5, 1)},
        };
        const QList<PainSeries> series = Progress::painSeries(log);
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0).side, Side::Left);
        QCOMPARE(series.at(1).points.size(), 2);
        QCOMPARE(series.at(1).points.first().pain, 4);
        QCOMPARE(series.at(1).points.last().pain, 6);
    }

    void theProgressPageReadsTheFixtureHistory()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        store.open();
        HistoryData data;
        Routine routine;
        routine.id = QStringLiteral("neck");
        routine.title = QStringLiteral("Neck");
        for (int day : {6, 7, 8, 13}) {
            StoredSession s;
            s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            s.routineId = routine.id;
            s.routineTitle = routine.title;
            s.routineJson = HistoryExport::snapshotOf(routine);
            s.areas = {QStringLiteral("neck.back")};
            s.startedAt = at(5, day).toUTC();
            s.status = SessionStatus::Completed;
            s.painBefore = 6;
            s.painAfter = 3;
            s.steps = {{0,
                        0,
                        Side::None,
                        QStringLiteral("upper_trapezius"),
                        60,
                        90000,
                        Outcome::Done,
                        {},
                        s.startedAt},
                       {1, 1, Side::None, {}, 30, 30000, Outcome::Done, {}, s.startedAt}};
            data.sessions.append(s);
        }
        data.painLogs = {{QUuid::createUuid().toString(QUuid::WithoutBraces),
                          QStringLiteral("neck.back"),
                          Side::None,
                          7,
                          {},
                          at(5, 6).toUTC()}};
        HistoryStore::MergeCount added;
        QString error;
        QVERIFY(store.merge(data, &added, &error));

        BodyModel body;
        QVERIFY(body.load(QStringLiteral(UNKNOT_SOURCE_DIR "/routines"), &error));
        ProgressController progress(&store, body);
        progress.setToday([] { return QDate(2024, 5, 14); });
        QVERIFY(!progress.loaded()); // nothing read before the page asks
        progress.load();
        QCOMPARE(progress.totalSessions(), 4);
        QCOMPARE(progress.totalMinutes(), 8);
        QCOMPARE(progress.currentStreak(), 1); // the 13th; today not yet done
        QCOMPARE(progress.longestStreak(), 3);
        QCOMPARE(progress.calendar()->count(), 31);
        QCOMPARE(progress.calendar()->get(5).value(QStringLiteral("sessions")).toInt(), 1);
        QCOMPARE(progress.calendar()->get(5).value(QStringLiteral("minutes")).toInt(), 2);
        QCOMPARE(progress.weeks()->count(), 2);
        QCOMPARE(progress.areas()->get(0).value(QStringLiteral("minutes")).toInt(), 8);
        QCOMPARE(progress.painAreas()->get(0).value(QStringLiteral("latest")).toInt(), 7);
        QCOMPARE(progress.painPoints(QStringLiteral("neck.back"), QStringLiteral("none")).size(),
                 1);
        const QVariantMap neck = progress.helps()->get(0);
        QCOMPARE(neck.value(QStringLiteral("kind")).toString(), QStringLiteral("routine"));
        QCOMPARE(neck.value(QStringLiteral("sessions")).toInt(), 4);
        QCOMPARE(neck.value(QStringLiteral("change")).toDouble(), -3.0);
        QCOMPARE(neck.value(QStringLiteral("percent")).toInt(), -50);
        QVERIFY(neck.value(QStringLiteral("meaningful")).toBool());
        QCOMPARE(neck.value(QStringLiteral("weekSessions")).toInt(), 4);
        QCOMPARE(neck.value(QStringLiteral("weekChange")).toDouble(), 0.0);
        QCOMPARE(progress.helps()->count(),
                 2); // the routine and upper_trapezius (rest has no muscle)

        // Once loaded, it follows new sessions.
        StoredSession more = data.sessions.last();
        more.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        more.startedAt = at(5, 14).toUTC();
        QVERIFY(store.merge({{more}, {}, {}}, &added, &error));
        QCOMPARE(progress.totalSessions(), 5);
        QCOMPARE(progress.currentStreak(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
