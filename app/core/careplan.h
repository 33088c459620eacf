#pragma once

#include "routine.h"

#include <QDate>
#include <QLocale>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// A therapist's plan for a client (docs/plan-bundle.md): who wrote it and for
// whom, from which day, on which days, and the routines it carries. The
// schedule maths lives here so that the Today page, streaks, adherence and the
// report count days the same way. Days are the person's local calendar days.

enum class ScheduleKind { Daily, Weekly, Interval };

struct Schedule
{
    ScheduleKind kind = ScheduleKind::Daily;
    QList<int> weekdays;   // Weekly: 1 (Monday) .. 7 (Sunday), ascending, each once
    int everyDays = 0;     // Interval: a session every N days from the start day, N >= 2
    int weeks = 0;         // how many weeks the plan runs; 0: open-ended
    QList<QDate> restDays; // days off that would otherwise be planned, ascending

    friend bool operator==(const Schedule &, const Schedule &) = default;
};

// Sessions done against sessions planned, from the plan's start to today.
struct Adherence
{
    int done = 0;
    int planned = 0;

    // Done against planned, at most 100; 0 when nothing was planned yet.
    int percent() const;

    friend bool operator==(const Adherence &, const Adherence &) = default;
};

struct CarePlan
{
    QString id;
    int version = 1;
    QString title;
    QString notes; // may be empty
    QString therapist;
    QString practice; // may be empty
    QString client;
    QDate start;
    Schedule schedule;
    QStringList rotation;    // routine ids in the order planned days take them
    QList<Routine> routines; // the routines the plan carries (rotation first, then extras)

    // The last day of the plan, or an invalid date when it is open-ended.
    QDate end() const;
    bool inPeriod(const QDate &day) const;
    // A day with a planned session: in the period, on the schedule, not a rest day.
    bool isPlannedDay(const QDate &day) const;
    // A day of the period without a planned session; it keeps a streak going.
    bool isRestDay(const QDate &day) const;
    // Planned days from `from` to `to`, both included.
    int plannedBetween(const QDate &from, const QDate &to) const;
    // The routine planned for a day: the n-th planned day since the start takes
    // rotation[n % rotation.size()]. Null on a day without a planned session.
    const Routine *routineFor(const QDate &day) const;
    const Routine *routine(const QString &id) const;
    // `sessionDays`: the days with a session of this plan's routines. From the
    // start (or `from`, when later) to today: a planned day counts once it is
    // over, today only once its session is done; a session on any day of the
    // period counts as done, once per day.
    Adherence adherence(const QSet<QDate> &sessionDays, const QDate &today,
                        const QDate &from = {}) const;

    friend bool operator==(const CarePlan &, const CarePlan &) = default;
};

namespace PlanText {
QString scheduleKindName(ScheduleKind kind); // "daily", "weekly", "interval"
std::optional<ScheduleKind> scheduleKindFromName(const QString &name);
QString weekdayName(int weekday); // 1 -> "mon"
int weekdayFromName(const QString &name); // "mon" -> 1; 0 when unknown
const QStringList &weekdayNames();        // "mon" .. "sun"
// The schedule in words, days in `locale`: "3 times a week (Monday, Wednesday
// and Friday) for 4 weeks from 6 May 2024, with 1 day off".
QString scheduleText(const CarePlan &plan, const QLocale &locale);
} // namespace PlanText
