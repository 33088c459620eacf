#include "careplan.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanText", text);
}

// English plurals without a translation file: "1 week", "4 weeks".
QString counted(int n, const char *one, const char *many)
{
    return (n == 1 ? tr(one) : tr(many)).arg(n);
}

bool onSchedule(const CarePlan &plan, const QDate &day)
{
    const Schedule &schedule = plan.schedule;
    switch (schedule.kind) {
    case ScheduleKind::Daily:
        return true;
    case ScheduleKind::Weekly:
        return schedule.weekdays.contains(day.dayOfWeek());
    case ScheduleKind::Interval:
        return schedule.everyDays > 0 && plan.start.daysTo(day) % schedule.everyDays == 0;
    }
    return false;
}

} // namespace

int Adherence::percent() const
{
    if (planned <= 0)
        return 0;
    return std::min(100, int(std::lround(100.0 * done / planned)));
}

QDate CarePlan::end() const
{
    return schedule.weeks > 0 ? start.addDays(7LL * schedule.weeks - 1) : QDate();
}

bool CarePlan::inPeriod(const QDate &day) const
{
    const QDate last = end();
    return start.isValid() && day >= start && (!last.isValid() || day <= last);
}

bool CarePlan::isPlannedDay(const QDate &day) const
{
    return inPeriod(day) && onSchedule(*this, day) && !schedule.restDays.contains(day);
}

bool CarePlan::isRestDay(const QDate &day) const
{
    return inPeriod(day) && !isPlannedDay(day);
}

int CarePlan::plannedBetween(const QDate &from, const QDate &to) const
{
    if (!start.isValid() || !from.isValid() || !to.isValid())
        return 0;
    const QDate last = end().isValid() ? std::min(to, end()) : to;
    int count = 0;
    for (QDate day = std::max(from, start); day <= last; day = day.addDays(1))
        count += isPlannedDay(day) ? 1 : 0;
    return count;
}

const Routine *CarePlan::routineFor(const QDate &day) const
{
    if (rotation.isEmpty() || !isPlannedDay(day))
        return nullptr;
    const int before = plannedBetween(start, day.addDays(-1));
    return routine(rotation.at(before % rotation.size()));
}

const Routine *CarePlan::routine(const QString &id) const
{
    const auto found = std::find_if(routines.cbegin(), routines.cend(),
                                    [&](const Routine &routine) { return routine.id == id; });
    return found == routines.cend() ? nullptr : &*found;
}

Adherence CarePlan::adherence(const QSet<QDate> &sessionDays, const QDate &today,
                          const QDate &from) const
{
    Adherence adherence;
    const QDate first = from.isValid() ? std::max(start, from) : start;
    if (!start.isValid() || today < first)
        return adherence;
    const bool ended = end().isValid() && end() < today;
    const QDate last = ended ? end() : today;
    adherence.planned = plannedBetween(first, ended ? last : last.addDays(-1));
    if (!ended && isPlannedDay(today) && sessionDays.contains(today))
        ++adherence.planned;
    for (const QDate &day : sessionDays) {
        if (day >= first && day <= last)
            ++adherence.done;
    }
    return adherence;
}

namespace {
const std::array kKinds = {
    std::pair{ScheduleKind::Daily, "daily"},
    std::pair{ScheduleKind::Weekly, "weekly"},
    std::pair{ScheduleKind::Interval, "interval"},
};
} // namespace

QString PlanText::scheduleKindName(ScheduleKind kind)
{
    for (const auto &[key, name] : kKinds) {
        if (key == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ScheduleKind> PlanText::scheduleKindFromName(const QString &name)
{
    for (const auto &[key, text] : kKinds) {
        if (name == QLatin1String(text))
            return key;
    }
    return std::nullopt;
}

const QStringList &PlanText::weekdayNames()
{
    static const QStringList names = {
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun"),
    };
    return names;
}

QString PlanText::weekdayName(int weekday)
{
    return weekdayNames().value(weekday - 1);
}

int PlanText::weekdayFromName(const QString &name)
{
    return int(weekdayNames().indexOf(name)) + 1;
}

namespace {

// "Monday, Wednesday and Friday"
QString dayList(const QList<int> &weekdays, const QLocale &locale)
{
    QStringList names;
    for (int day : weekdays)
        names.append(locale.dayName(day));
    if (names.size() < 2)
        return names.join(QString());
    return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")),
                               names.constLast());
}

QString daysText(const Schedule &schedule, const QLocale &locale)
{
    switch (schedule.kind) {
    case ScheduleKind::Daily:
        return tr("Every day");
    case ScheduleKind::Weekly:
        if (schedule.weekdays.size() == 7)
            return tr("Every day");
        return counted(int(schedule.weekdays.size()), "%1 time a week (%2)",
                       "%1 times a week (%2)")
            .arg(dayList(schedule.weekdays, locale));
    case ScheduleKind::Interval:
        return tr("Every %1 days").arg(schedule.everyDays);
    }
    return {};
}

} // namespace

QString PlanText::scheduleText(const CarePlan &plan, const QLocale &locale)
{
    QString text = daysText(plan.schedule, locale);
    if (plan.schedule.weeks > 0)
        text += QLatin1Char(' ') + counted(plan.schedule.weeks, "for %1 week", "for %1 weeks");
    text += QLatin1Char(' ') +
            tr("from %1").arg(locale.toString(plan.start, QStringLiteral("d MMMM yyyy")));
    if (!plan.schedule.restDays.isEmpty())
        text += counted(int(plan.schedule.restDays.size()), ", with %1 day off",
                        ", with %1 days off");
    return text;
}
