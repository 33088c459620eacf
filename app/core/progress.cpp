#include "progress.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kEpsilon = 1e-9; // 2.0 points must count as 2 after averaging

// QDateTime::toLocalTime() asks the C library, which looks at /etc/localtime on
// every call; the system QTimeZone reads the zone once. Ten years of sessions
// load in a fraction of the time.
QDate localDay(const QDateTime &time)
{
    static const QTimeZone zone = QTimeZone::systemTimeZone();
    return time.toTimeZone(zone).date();
}

// Mean pain before and after over the sessions rated both times.
struct Pairs
{
    double before = 0;
    double after = 0;
    int count = 0;

    void add(int b, int a)
    {
        before += b;
        after += a;
        ++count;
    }
};

PainChange changeOf(double before, double after, int sessions)
{
    PainChange change;
    if (sessions == 0)
        return change;
    change.sessions = sessions;
    change.before = before;
    change.change = after - before;
    change.fraction = before > 0 ? change.change / before : 0;
    change.meaningful = Progress::isMeaningful(before, after);
    return change;
}

// Per key: the sessions' immediate changes, and pain before per week.
struct Tally
{
    QString title;
    Pairs within;
    QMap<QDate, Pairs> beforeByWeek; // only `before` and `count` are used
};

HelpsRow rowOf(HelpsRow::Kind kind, const QString &id, const Tally &tally)
{
    HelpsRow row;
    row.kind = kind;
    row.id = id;
    row.title = tally.title;
    const Pairs &w = tally.within;
    if (w.count > 0)
        row.withinSession = changeOf(w.before / w.count, w.after / w.count, w.count);
    row.weeks = int(tally.beforeByWeek.size());
    if (row.weeks >= 2) {
        const Pairs &first = tally.beforeByWeek.first();
        const Pairs &last = tally.beforeByWeek.last();
        row.acrossWeeks = changeOf(first.before / first.count, last.before / last.count,
                                   first.count + last.count);
    }
    return row;
}

} // namespace

bool Progress::isMeaningful(double before, double after)
{
    const double change = std::abs(after - before);
    if (change + kEpsilon >= kMeaningfulPoints)
        return true;
    return before > 0 && change + kEpsilon >= kMeaningfulFraction * before;
}

QMap<QDate, DayTotal> Progress::days(const QList<SessionSummary> &sessions)
{
    QMap<QDate, DayTotal> days;
    for (const SessionSummary &session : sessions) {
        const QDate day = localDay(session.startedAt);
        DayTotal &total = days[day];
        total.day = day;
        ++total.sessions;
        total.activeMs += session.activeMs;
    }
    return days;
}

Streaks Progress::streaks(const QSet<QDate> &activeDays, const QDate &today,
                          const RestDayPredicate &plannedRest)
{
    Streaks streaks;
    if (activeDays.isEmpty())
        return streaks;
    const QDate first = *std::min_element(activeDays.begin(), activeDays.end());
    const auto bridges = [&](const QDate &day) { return plannedRest && plannedRest(day); };
    int run = 0;
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        if (activeDays.contains(day))
            streaks.longest = qMax(streaks.longest, ++run);
        else if (!bridges(day) && day != today) // today is not over yet
            run = 0;
    }
    streaks.current = run;
    return streaks;
}

QDate Progress::mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QList<WeekTotal> Progress::weeks(const QList<SessionSummary> &sessions, const QDate &today)
{
    QList<WeekTotal> weeks;
    if (sessions.isEmpty())
        return weeks;
    QMap<QDate, WeekTotal> byMonday;
    for (const SessionSummary &session : sessions) {
        const QDate monday = mondayOf(localDay(session.startedAt));
        WeekTotal &week = byMonday[monday];
        week.monday = monday;
        ++week.sessions;
        week.activeMs += session.activeMs;
    }
    const QDate last = qMax(mondayOf(today), byMonday.lastKey());
    for (QDate monday = byMonday.firstKey(); monday <= last; monday = monday.addDays(7))
        weeks.append(byMonday.value(monday, WeekTotal{monday, 0, 0}));
    return weeks;
}

QList<AreaTotal> Progress::areas(const QList<SessionSummary> &sessions)
{
    QHash<QString, AreaTotal> byArea;
    for (const SessionSummary &session : sessions) {
        for (const QString &area : session.areas) {
            AreaTotal &total = byArea[area];
            total.area = area;
            ++total.sessions;
            total.activeMs += session.activeMs;
        }
    }
    QList<AreaTotal> areas = byArea.values();
    std::sort(areas.begin(), areas.end(), [](const AreaTotal &a, const AreaTotal &b) {
        return a.activeMs != b.activeMs ? a.activeMs > b.activeMs : a.area < b.area;
    });
    return areas;
}

QList<HelpsRow> Progress::whatHelps(const QList<SessionSummary> &sessions)
{
    QMap<QString, Tally> routines;
    QMap<QString, Tally> muscles;
    const auto count = [](Tally &tally, const SessionSummary &session) {
        if (session.painAfter)
            tally.within.add(*session.painBefore, *session.painAfter);
        Pairs &week = tally.beforeByWeek[mondayOf(localDay(session.startedAt))];
        week.before += *session.painBefore;
        ++week.count;
    };
    for (const SessionSummary &session : sessions) {
        if (!session.painBefore)
            continue;
        Tally &routine = routines[session.routineId];
        routine.title = session.routineTitle;
        count(routine, session);
        for (const QString &muscle : session.muscles)
            count(muscles[muscle], session);
    }
    QList<HelpsRow> rows;
    for (auto it = routines.cbegin(); it != routines.cend(); ++it)
        rows.append(rowOf(HelpsRow::Kind::Routine, it.key(), it.value()));
    for (auto it = muscles.cbegin(); it != muscles.cend(); ++it)
        rows.append(rowOf(HelpsRow::Kind::Muscle, it.key(), it.value()));
    return rows;
}

QList<PainSeries> Progress::painSeries(const QList<PainLogEntry> &log)
{
    QMap<std::pair<QString, int>, PainSeries> byArea;
    for (const PainLogEntry &entry : log) {
        PainSeries &series = byArea[{entry.region, int(entry.side)}];
        series.region = entry.region;
        series.side = entry.side;
        series.points.append({entry.at, entry.pain});
    }
    QList<PainSeries> all = byArea.values();
    for (PainSeries &series : all) {
        std::stable_sort(series.points.begin(), series.points.end(),
                         [](const PainPoint &a, const PainPoint &b) { return a.at < b.at; });
    }
    return all;
}
