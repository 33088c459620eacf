#pragma once

#include "problemarealog.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// What the Progress page shows, computed from the history: days and streaks,
// weeks, minutes per body area, pain over time, and "what helps you". Days and
// weeks are the person's local calendar days; weeks start on Monday.

// One session as progress needs it (the store reads these with a few
// aggregate queries, without the routine snapshots).
struct SessionSummary
{
    QString routineId;
    QString routineTitle;
    QDateTime startedAt;
    qint64 activeMs = 0; // time in the active parts of steps
    QStringList areas;   // the routine's body areas
    QStringList muscles; // muscles of the steps that were actually worked
    std::optional<int> painBefore;
    std::optional<int> painAfter;
};

struct DayTotal
{
    QDate day;
    int sessions = 0;
    qint64 activeMs = 0;
};

struct WeekTotal
{
    QDate monday;
    int sessions = 0;
    qint64 activeMs = 0;
};

struct AreaTotal
{
    QString area;
    int sessions = 0;
    qint64 activeMs = 0;
};

struct Streaks
{
    int current = 0; // days with a session in the run that reaches today (or yesterday)
    int longest = 0;
};

// One figure of "what helps you": the mean change in pain and how many
// sessions it rests on. Negative changes are less pain.
struct PainChange
{
    int sessions = 0;        // 0: not enough data for this figure
    double before = 0;       // mean pain at the start of the comparison
    double change = 0;       // mean after minus mean before, in points
    double fraction = 0;     // change / before (-0.3 is 30 % less pain); 0 when before is 0
    bool meaningful = false; // |change| reaches 2 points or 30 % of before
};

struct HelpsRow
{
    enum class Kind { Routine, Muscle };
    Kind kind = Kind::Routine;
    QString id;
    QString title;            // routine title; muscles are named by the caller
    PainChange withinSession; // pain before -> after each session
    PainChange acrossWeeks;   // pain before: first week used -> latest week used
    int weeks = 0;            // calendar weeks with a rated session
};

struct PainPoint
{
    QDateTime at;
    int pain = 0;
};

struct PainSeries
{
    QString region;
    Side side = Side::None;
    QList<PainPoint> points; // oldest first
};

namespace Progress {

constexpr double kMeaningfulPoints = 2.0;   // domain reference, section 4
constexpr double kMeaningfulFraction = 0.3; // ... or 30 % of the value before

// A change from `before` to `after` that reaches the meaningful threshold (either way).
bool isMeaningful(double before, double after);

QMap<QDate, DayTotal> days(const QList<SessionSummary> &sessions);

// Planned rest days of an assigned plan bridge a streak without counting in it.
using RestDayPredicate = std::function<bool(const QDate &)>;
Streaks streaks(const QSet<QDate> &activeDays, const QDate &today,
                const RestDayPredicate &plannedRest = {});

// Every week from the first session's to today's, empty weeks included.
QList<WeekTotal> weeks(const QList<SessionSummary> &sessions, const QDate &today);
QDate mondayOf(const QDate &day);

// Minutes per body area, most first. A session counts for each of its routine's areas.
QList<AreaTotal> areas(const QList<SessionSummary> &sessions);

// Per routine, then per muscle worked; rows with no rated session are left out.
QList<HelpsRow> whatHelps(const QList<SessionSummary> &sessions);

// One series per region and side, by region id then side.
QList<PainSeries> painSeries(const QList<PainLogEntry> &log);

} // namespace Progress
