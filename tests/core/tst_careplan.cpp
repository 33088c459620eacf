// The schedule maths of a plan: planned days and rest days for daily, weekly
// and every-N-days schedules, the plan's end, explicit rest days, the rotation
// of its routines, adherence, and streaks that rest days keep going.

#include "core/careplan.h"
#include "core/progress.h"

#include <QTest>

namespace {

QDate day(int month, int dayOfMonth)
{
    return QDate(2024, month, dayOfMonth);
}

Routine routineWithId(const QString &id)
{
    Routine routine;
    routine.id = id;
    routine.title = id.toUpper();
    return routine;
}

// Starts on Monday 6 May 2024.
CarePlan planWith(const Schedule &schedule, const QStringList &rotation = {QStringLiteral("a")})
{
    CarePlan plan;
    plan.id = QStringLiteral("test-plan");
    plan.start = day(5, 6);
    plan.schedule = schedule;
    plan.rotation = rotation;
    for (const QString &id : rotation)
        plan.routines.append(routineWithId(id));
    return plan;
}

Schedule daily(int weeks = 0, const QList<QDate> &restDays = {})
{
    Schedule schedule;
    schedule.kind = ScheduleKind::Daily;
    schedule.weeks = weeks;
    schedule.restDays = restDays;
    return schedule;
}

Schedule monWedFri(int weeks)
{
    Schedule schedule;
    schedule.kind = ScheduleKind::Weekly;
    schedule.weekdays = {1, 3, 5};
    schedule.weeks = weeks;
    return schedule;
}

QString routineIdFor(const CarePlan &plan, const QDate &date)
{
    const Routine *routine = plan.routineFor(date);
    return routine ? routine->id : QStringLiteral("rest");
}

} // namespace

class TestCarePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dailyPlansEveryDayFromTheStartOn()
    {
        const CarePlan plan = planWith(daily());
        QVERIFY(!plan.end().isValid());
        QVERIFY(!plan.isPlannedDay(day(5, 5)));
        QVERIFY(!plan.isRestDay(day(5, 5))); // before the plan, not a rest day
        QVERIFY(plan.isPlannedDay(day(5, 6)));
        QVERIFY(plan.isPlannedDay(QDate(2026, 1, 1)));
        QCOMPARE(plan.plannedBetween(day(5, 1), day(5, 12)), 7);
        QCOMPARE(plan.plannedBetween(day(5, 12), day(5, 6)), 0);
    }

    void threeTimesAWeekForFourWeeks()
    {
        const CarePlan plan = planWith(monWedFri(4));
        QCOMPARE(plan.end(), day(6, 2)); // the Sunday of the fourth week
        QVERIFY(plan.isPlannedDay(day(5, 6)));  // Monday
        QVERIFY(plan.isRestDay(day(5, 7)));     // Tuesday
        QVERIFY(plan.isPlannedDay(day(5, 8)));  // Wednesday
        QVERIFY(plan.isRestDay(day(6, 2)));     // the last day is a Sunday
        QVERIFY(!plan.isPlannedDay(day(6, 3))); // a Monday after the end
        QVERIFY(!plan.isRestDay(day(6, 3)));
        QCOMPARE(plan.plannedBetween(plan.start, plan.end()), 12);
        QCOMPARE(plan.plannedBetween(day(1, 1), day(12, 31)), 12);
        QCOMPARE(plan.plannedBetween(day(5, 13), day(5, 19)), 3);
    }

    void everyThirdDayCountsFromTheStart()
    {
        Schedule schedule;
        schedule.kind = ScheduleKind::Interval;
        schedule.everyDays = 3;
        const CarePlan plan = planWith(schedule);
        QVERIFY(plan.isPlannedDay(day(5, 6)));
        QVERIFY(plan.isRestDay(day(5, 7)));
        QVERIFY(plan.isRestDay(day(5, 8)));
        QVERIFY(plan.isPlannedDay(day(5, 9)));
        QCOMPARE(plan.plannedBetween(day(5, 6), day(5, 31)), 9); // 6, 9, ..., 30
    }

    void explicitRestDaysAreTakenOff()
    {
        const CarePlan plan = planWith(daily(1, {day(5, 8)}));
        QVERIFY(!plan.isPlannedDay(day(5, 8)));
        QVERIFY(plan.isRestDay(day(5, 8)));
        QCOMPARE(plan.plannedBetween(plan.start, plan.end()), 6);
    }

    void routinesRotateOverPlannedDaysOnly()
    {
        const CarePlan plan =
            planWith(daily(0, {day(5, 8)}), {QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(routineIdFor(plan, day(5, 5)), QStringLiteral("rest"));
        QCOMPARE(routineIdFor(plan, day(5, 6)), QStringLiteral("a"));
        QCOMPARE(routineIdFor(plan, day(5, 7)), QStringLiteral("b"));
        QCOMPARE(routineIdFor(plan, day(5, 8)), QStringLiteral("rest"));
        QCOMPARE(routineIdFor(plan, day(5, 9)), QStringLiteral("a")); // the rest day took no turn
        QCOMPARE(routineIdFor(plan, day(5, 10)), QStringLiteral("b"));
    }

    void weeklyRotationGoesOnAcrossWeeks()
    {
        const CarePlan plan = planWith(monWedFri(0), {QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(routineIdFor(plan, day(5, 6)), QStringLiteral("a"));
        QCOMPARE(routineIdFor(plan, day(5, 7)), QStringLiteral("rest"));
        QCOMPARE(routineIdFor(plan, day(5, 8)), QStringLiteral("b"));
        QCOMPARE(routineIdFor(plan, day(5, 10)), QStringLiteral("a"));
        QCOMPARE(routineIdFor(plan, day(5, 13)), QStringLiteral("b"));
    }

    void adherenceCountsPlannedDaysThatAreOver()
    {
        const CarePlan plan = planWith(daily(0, {day(5, 8)}));
        const QSet<QDate> done = {day(5, 6), day(5, 7), day(5, 9)};
        // Friday morning: Monday, Tuesday and Thursday were planned (Wednesday was a
        // rest day), today's session is not done yet and does not count against.
        QCOMPARE(plan.adherence(done, day(5, 10)), (Adherence{3, 3}));
        QCOMPARE(plan.adherence(done + QSet<QDate>{day(5, 10)}, day(5, 10)), (Adherence{4, 4}));
        QCOMPARE(plan.adherence(done, day(5, 12)), (Adherence{3, 5}));
        QCOMPARE(plan.adherence(done, day(5, 12)).percent(), 60);
        QCOMPARE(plan.adherence(done, day(5, 5)), (Adherence{0, 0}));
        QCOMPARE(plan.adherence({}, day(5, 5)).percent(), 0);
    }

    void adherenceStopsAtTheEndOfThePlan()
    {
        const CarePlan plan = planWith(monWedFri(1));
        const QSet<QDate> done = {day(5, 6), day(5, 8), day(5, 10), day(5, 11), day(5, 20)};
        // Saturday's extra session counts as done; the one after the end does not.
        QCOMPARE(plan.adherence(done, day(6, 30)), (Adherence{4, 3}));
        QCOMPARE(plan.adherence(done, day(6, 30)).percent(), 100);
    }

    void restDaysKeepAStreakGoing()
    {
        const CarePlan plan = planWith(monWedFri(0));
        const QSet<QDate> active = {day(5, 6), day(5, 8), day(5, 10)};
        const auto restDay = [&plan](const QDate &date) { return plan.isRestDay(date); };
        // Monday after: the weekend and the days between were rest days.
        QCOMPARE(Progress::streaks(active, day(5, 13), restDay).current, 3);
        QCOMPARE(Progress::streaks(active, day(5, 13)).current, 0);
        // A missed planned Monday ends it.
        QCOMPARE(Progress::streaks(active, day(5, 14), restDay).current, 0);
    }

    void weekdayAndKindNamesRoundTrip()
    {
        for (int weekday = 1; weekday <= 7; ++weekday)
            QCOMPARE(PlanText::weekdayFromName(PlanText::weekdayName(weekday)), weekday);
        QCOMPARE(PlanText::weekdayFromName(QStringLiteral("monday")), 0);
        for (ScheduleKind kind : {ScheduleKind::Daily, ScheduleKind::Weekly, ScheduleKind::Interval})
            QCOMPARE(PlanText::scheduleKindFromName(PlanText::scheduleKindName(kind)), kind);
    }
};

QTEST_GUILESS_MAIN(TestCarePlan)
#include "tst_careplan.moc"
