#include "progresscontroller.h"

#include "storage/historystore.h"

#include <QLocale>

#include <cmath>

namespace {

int minutesOf(qint64 ms)
{
    return int(std::lround(double(ms) / 60000.0));
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

ProgressController::ProgressController(HistoryStore *store, const BodyModel &body, QObject *parent)
    : QObject(parent), m_store(store), m_body(body),
      m_calendar(new RecordListModel(
          {"date", "day", "weekday", "sessions", "minutes", "restDay", "today"}, this)),
      m_weeks(new RecordListModel({"monday", "label", "sessions", "minutes"}, this)),
      m_areas(new RecordListModel({"area", "name", "sessions", "minutes"}, this)),
      m_painAreas(new RecordListModel({"region", "side", "name", "latest", "ratings"}, this)),
      m_helps(new RecordListModel({"kind", "id", "title", "sessions", "before", "after", "change",
                                   "percent", "meaningful", "improved", "weeks", "weekSessions",
                                   "weekBefore", "weekAfter", "weekChange", "weekPercent",
                                   "weekMeaningful", "weekImproved"},
                                  this))
{
    connect(store, &HistoryStore::historyChanged, this, [this] {
        if (m_loaded)
            load();
    });
}

void ProgressController::setPlannedRestDays(const Progress::RestDayPredicate &plannedRest)
{
    m_plannedRest = plannedRest;
    if (m_loaded)
        load();
}

void ProgressController::setToday(const Today &today)
{
    m_today = today;
}

QDate ProgressController::today() const
{
    return m_today ? m_today() : QDate::currentDate();
}

void ProgressController::load()
{
    m_sessions = m_store->summaries();
    m_days = Progress::days(m_sessions);
    QSet<QDate> active;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
        active.insert(it.key());
    m_streaks = Progress::streaks(active, today(), m_plannedRest);
    m_pain = Progress::painSeries(m_store->painLog());
    if (!m_month.isValid())
        m_month = QDate(today().year(), today().month(), 1);
    fillCalendar();
    fillWeeks();
    fillAreas();
    fillPain();
    fillHelps();
    m_loaded = true;
    Q_EMIT changed();
}

int ProgressController::totalMinutes() const
{
    qint64 ms = 0;
    for (const SessionSummary &session : m_sessions)
        ms += session.activeMs;
    return minutesOf(ms);
}

QString ProgressController::monthTitle() const
{
    return QLocale().toString(m_month, QStringLiteral("MMMM yyyy"));
}

void ProgressController::showMonth(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return;
    m_month = first;
    fillCalendar();
    Q_EMIT changed();
}

void ProgressController::shiftMonth(int months)
{
    const QDate shifted =
        (m_month.isValid() ? m_month : QDate(today().year(), today().month(), 1)).addMonths(months);
    showMonth(shifted.year(), shifted.month());
}

void ProgressController::fillCalendar()
{
    QList<QVariantMap> days;
    const QDate now = today();
    for (QDate day = m_month; day.isValid() && day.month() == m_month.month();
         day = day.addDays(1)) {
        const DayTotal total = m_days.value(day);
        days.append({{QStringLiteral("date"), dayText(day)},
                     {QStringLiteral("day"), day.day()},
                     {QStringLiteral("weekday"), day.dayOfWeek()},
                     {QStringLiteral("sessions"), total.sessions},
                     {QStringLiteral("minutes"), minutesOf(total.activeMs)},
                     // Rest days that have passed: days to come belong to no streak yet.
                     {QStringLiteral("restDay"),
                      day <= now && bool(m_plannedRest) && m_plannedRest(day)},
                     {QStringLiteral("today"), day == now}});
    }
    m_calendar->setRecords(days);
}

void ProgressController::fillWeeks()
{
    QList<QVariantMap> weeks;
    for (const WeekTotal &week : Progress::weeks(m_sessions, today())) {
        weeks.append(
            {{QStringLiteral("monday"), dayText(week.monday)},
             {QStringLiteral("label"), QLocale().toString(week.monday, QStringLiteral("d MMM"))},
             {QStringLiteral("sessions"), week.sessions},
             {QStringLiteral("minutes"), minutesOf(week.activeMs)}});
    }
    m_weeks->setRecords(weeks);
}

void ProgressController::fillAreas()
{
    QList<QVariantMap> areas;
    for (const AreaTotal &area : Progress::areas(m_sessions)) {
        areas.append({{QStringLiteral("area"), area.area},
                      {QStringLiteral("name"), regionName(area.area, Side::None)},
                      {QStringLiteral("sessions"), area.sessions},
                      {QStringLiteral("minutes"), minutesOf(area.activeMs)}});
    }
    m_areas->setRecords(areas);
}

void ProgressController::fillPain()
{
    QList<QVariantMap> areas;
    for (const PainSeries &series : std::as_const(m_pain)) {
        areas.append({{QStringLiteral("region"), series.region},
                      {QStringLiteral("side"), RoutineText::sideName(series.side)},
                      {QStringLiteral("name"), regionName(series.region, series.side)},
                      {QStringLiteral("latest"), series.points.last().pain},
                      {QStringLiteral("ratings"), int(series.points.size())}});
    }
    m_painAreas->setRecords(areas);
}

void ProgressController::fillHelps()
{
    QList<QVariantMap> rows;
    for (const HelpsRow &row : Progress::whatHelps(m_sessions)) {
        const bool routine = row.kind == HelpsRow::Kind::Routine;
        const BodyModel::Muscle *muscle = routine ? nullptr : m_body.muscle(row.id);
        const PainChange &within = row.withinSession;
        const PainChange &weeks = row.acrossWeeks;
        rows.append(
            {{QStringLiteral("kind"),
              routine ? QStringLiteral("routine") : QStringLiteral("muscle")},
             {QStringLiteral("id"), row.id},
             {QStringLiteral("title"), routine ? row.title : (muscle ? muscle->name : row.id)},
             {QStringLiteral("sessions"), within.sessions},
             {QStringLiteral("before"), rounded(within.before, 1)},
             {QStringLiteral("after"), rounded(within.before + within.change, 1)},
             {QStringLiteral("change"), rounded(within.change, 1)},
             {QStringLiteral("percent"), int(std::lround(within.fraction * 100))},
             {QStringLiteral("meaningful"), within.meaningful},
             {QStringLiteral("improved"), within.change < 0},
             {QStringLiteral("weeks"), row.weeks},
             {QStringLiteral("weekSessions"), weeks.sessions},
             {QStringLiteral("weekBefore"), rounded(weeks.before, 1)},
             {QStringLiteral("weekAfter"), rounded(weeks.before + weeks.change, 1)},
             {QStringLiteral("weekChange"), rounded(weeks.change, 1)},
             {QStringLiteral("weekPercent"), int(std::lround(weeks.fraction * 100))},
             {QStringLiteral("weekMeaningful"), weeks.meaningful},
             {QStringLiteral("weekImproved"), weeks.change < 0}});
    }
    m_helps->setRecords(rows);
}

QVariantList ProgressController::painPoints(const QString &region, const QString &side) const
{
    QVariantList points;
    const Side wanted = RoutineText::sideFromName(side).value_or(Side::None);
    for (const PainSeries &series : m_pain) {
        if (series.region != region || series.side != wanted)
            continue;
        for (const PainPoint &point : series.points) {
            points.append(
                QVariantMap{{QStringLiteral("time"), double(point.at.toMSecsSinceEpoch())},
                            {QStringLiteral("pain"), point.pain}});
        }
    }
    return points;
}

QString ProgressController::regionName(const QString &region, Side side) const
{
    const BodyModel::Region *known = m_body.region(region);
    const QString name = known ? known->name : region;
    switch (side) {
    case Side::Left:
        return tr("%1, left").arg(name);
    case Side::Right:
        return tr("%1, right").arg(name);
    case Side::Both:
    case Side::None:
        break;
    }
    return name;
}
