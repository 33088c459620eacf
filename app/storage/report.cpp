#include "report.h"
#include "historyexport.h"

#include <algorithm>
#include <cmath>

namespace {

QDate localDay(const QDateTime &time)
{
    return time.toLocalTime().date();
}

qint64 activeMsOf(const StoredSession &session)
{
    qint64 ms = 0;
    for (const StoredStep &step : session.steps)
        ms += step.actualMs;
    return ms;
}

QString regionName(const BodyModel *body, const QString &id, Side side)
{
    const BodyModel::Region *region = body ? body->region(id) : nullptr;
    const QString name = region ? region->name : id;
    if (side == Side::Left)
        return name + QStringLiteral(", left");
    if (side == Side::Right)
        return name + QStringLiteral(", right");
    return name;
}

QString outcomeText(const StoredStep &step)
{
    switch (step.outcome) {
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    case Outcome::EndedEarly:
        return QStringLiteral("ended early");
    case Outcome::Stopped:
        return QStringLiteral("stopped: ") + Report::stopReasonText(step.stopReason);
    case Outcome::Done:
        break;
    }
    return {};
}

// "Step 2, left: skipped", once per step, side and outcome.
QStringList stopReasonsOf(const StoredSession &session)
{
    QStringList reasons;
    for (const StoredStep &step : session.steps) {
        const QString outcome = outcomeText(step);
        if (outcome.isEmpty())
            continue;
        const QString side = step.side == Side::Left || step.side == Side::Right
                                 ? QStringLiteral(", ") + RoutineText::sideName(step.side)
                                 : QString();
        const QString line =
            QStringLiteral("Step %1%2: %3").arg(step.step + 1).arg(side, outcome);
        if (!reasons.contains(line))
            reasons.append(line);
    }
    return reasons;
}

QString minutesText(qint64 ms)
{
    return QString::number(std::round(double(ms) / 6000.0) / 10.0, 'f', 1);
}

QString optionalText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(HistoryExport::csvField(field));
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

QString Report::stopReasonText(const QString &reason)
{
    if (reason == QLatin1String("sharp"))
        return QStringLiteral("sharp or shooting pain");
    if (reason == QLatin1String("tingling"))
        return QStringLiteral("tingling or numbness");
    if (reason == QLatin1String("dizzy"))
        return QStringLiteral("dizziness");
    if (reason == QLatin1String("stopped") || reason.isEmpty())
        return QStringLiteral("the person stopped the session");
    if (reason == QLatin1String("closed") || reason == QLatin1String("interrupted"))
        return QStringLiteral("the app was closed");
    return reason;
}

Report Report::build(const Input &input)
{
    Report report;
    report.m_from = input.from;
    report.m_to = input.to;
    report.m_plan = input.plan;
    report.addSessions(input);
    report.addMissedDays(input);
    report.addAreas(input);
    report.addPain(input);
    if (input.plan) {
        QSet<QDate> days;
        for (const Session &session : std::as_const(report.m_sessions)) {
            if (session.inPlan && session.activeMs > 0)
                days.insert(session.startedAt.date());
        }
        // A range that ended before today is over as a whole.
        const QDate today = input.to < input.today ? input.to.addDays(1) : input.today;
        report.m_adherence = input.plan->adherence(days, today, input.from);
    }
    return report;
}

void Report::addSessions(const Input &input)
{
    QSet<QString> planRoutines(input.planRoutineIds.cbegin(), input.planRoutineIds.cend());
    if (input.plan) {
        for (const Routine &routine : input.plan->routines)
            planRoutines.insert(routine.id);
    }
    for (const StoredSession &stored : input.history.sessions) {
        const QDate day = localDay(stored.startedAt);
        if (day < input.from || day > input.to)
            continue;
        Session session;
        session.startedAt = stored.startedAt.toLocalTime();
        session.routineId = stored.routineId;
        session.routineTitle = stored.routineTitle;
        session.inPlan = input.plan && planRoutines.contains(stored.routineId) &&
                         input.plan->inPeriod(day);
        session.status = stored.status;
        session.activeMs = activeMsOf(stored);
        for (const QString &area : stored.areas)
            session.areaNames.append(regionName(input.body, area, Side::None));
        session.painBefore = stored.painBefore;
        session.painAfter = stored.painAfter;
        session.checkIn = stored.checkIn;
        session.stopReasons = stopReasonsOf(stored);
        m_sessions.append(session);
    }
    std::sort(m_sessions.begin(), m_sessions.end(),
              [](const Session &a, const Session &b) { return a.startedAt < b.startedAt; });
}

void Report::addMissedDays(const Input &input)
{
    if (!input.plan)
        return;
    QSet<QDate> done;
    for (const Session &session : std::as_const(m_sessions)) {
        if (session.inPlan && session.activeMs > 0)
            done.insert(session.startedAt.date());
    }
    const QDate last = std::min(input.to, input.today.addDays(-1)); // today is not over
    for (QDate day = input.from; day <= last; day = day.addDays(1)) {
        if (!input.plan->isPlannedDay(day) || done.contains(day))
            continue;
        const Routine *routine = input.plan->routineFor(day);
        m_missed.append({day, routine ? routine->id : QString(),
                         routine ? routine->title : QString()});
    }
}

void Report::addAreas(const Input &input)
{
    QList<SessionSummary> summaries;
    for (const StoredSession &stored : input.history.sessions) {
        const QDate day = localDay(stored.startedAt);
        if (day >= input.from && day <= input.to)
            summaries.append({stored.routineId, stored.routineTitle, stored.startedAt,
                              activeMsOf(stored), stored.areas, {}, std::nullopt, std::nullopt});
    }
    for (const AreaTotal &total : Progress::areas(summaries)) {
        m_areas.append({total.area, regionName(input.body, total.area, Side::None),
                        total.sessions, total.activeMs});
    }
}

void Report::addPain(const Input &input)
{
    QList<PainLogEntry> entries;
    for (const StoredPainLog &log : input.history.painLogs) {
        const QDate day = localDay(log.at);
        if (day < input.from || day > input.to)
            continue;
        entries.append({log.region, log.side, log.pain, log.note, log.at});
        const QString name = regionName(input.body, log.region, log.side);
        m_ratings.append({log.at.toLocalTime(), log.region, name, log.pain, log.note});
        if (!log.note.trimmed().isEmpty())
            m_notes.append({log.at.toLocalTime(), name, log.note});
    }
    std::sort(m_ratings.begin(), m_ratings.end(),
              [](const Rating &a, const Rating &b) { return a.at < b.at; });
    for (const PainSeries &series : Progress::painSeries(entries))
        m_painAreas.append({regionName(input.body, series.region, series.side), series});
    std::sort(m_notes.begin(), m_notes.end(),
              [](const Note &a, const Note &b) { return a.at < b.at; });
}

int Report::sessionsWithActivity() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                             [](const Session &session) { return session.activeMs > 0; }));
}

qint64 Report::totalActiveMs() const
{
    qint64 ms = 0;
    for (const Session &session : m_sessions)
        ms += session.activeMs;
    return ms;
}

QStringList Report::csvHeader()
{
    return {QStringLiteral("record"),          QStringLiteral("date"),
            QStringLiteral("time"),            QStringLiteral("routine_id"),
            QStringLiteral("routine"),         QStringLiteral("in_plan"),
            QStringLiteral("status"),          QStringLiteral("minutes"),
            QStringLiteral("sessions"),        QStringLiteral("area_id"),
            QStringLiteral("area"),            QStringLiteral("pain_before"),
            QStringLiteral("pain_after"),      QStringLiteral("pain_change"),
            QStringLiteral("pain"),            QStringLiteral("checkin_soreness"),
            QStringLiteral("checkin_feeling"), QStringLiteral("stop_reasons"),
            QStringLiteral("note")};
}

QByteArray Report::csv() const
{
    enum Column {
        Record, Date, Time, RoutineId, Routine, InPlan, Status, Minutes, Sessions, AreaId,
        AreaName, PainBefore, PainAfter, PainChange, Pain, Soreness, Feeling, StopReasons, NoteText,
        ColumnCount
    };
    const auto row = [](const char *record) {
        QStringList fields(ColumnCount);
        fields[Record] = QLatin1String(record);
        return fields;
    };
    // Sessions and missed days in the order of the days, as the PDF lists them.
    QList<std::pair<QDateTime, QStringList>> days;
    for (const Session &session : m_sessions) {
        QStringList fields = row("session");
        fields[Date] = session.startedAt.date().toString(Qt::ISODate);
        fields[Time] = session.startedAt.time().toString(QStringLiteral("HH:mm"));
        fields[RoutineId] = session.routineId;
        fields[Routine] = session.routineTitle;
        fields[InPlan] = session.inPlan ? QStringLiteral("yes") : QStringLiteral("no");
        fields[Status] = HistoryText::statusName(session.status);
        fields[Minutes] = minutesText(session.activeMs);
        fields[AreaName] = session.areaNames.join(QStringLiteral("; "));
        fields[PainBefore] = optionalText(session.painBefore);
        fields[PainAfter] = optionalText(session.painAfter);
        if (session.painBefore && session.painAfter)
            fields[PainChange] = QString::number(*session.painAfter - *session.painBefore);
        if (session.checkIn) {
            fields[Soreness] = QString::number(session.checkIn->soreness);
            fields[Feeling] = HistoryText::feelingName(session.checkIn->feeling);
        }
        fields[StopReasons] = session.stopReasons.join(QStringLiteral("; "));
        days.append({session.startedAt, fields});
    }
    for (const MissedDay &missed : m_missed) {
        QStringList fields = row("missed");
        fields[Date] = missed.day.toString(Qt::ISODate);
        fields[RoutineId] = missed.routineId;
        fields[Routine] = missed.routineTitle;
        fields[InPlan] = QStringLiteral("yes");
        fields[Status] = QStringLiteral("missed");
        days.append({QDateTime(missed.day, QTime(23, 59, 59)), fields});
    }
    std::stable_sort(days.begin(), days.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out = csvLine(csvHeader());
    for (const auto &day : std::as_const(days))
        out += csvLine(day.second);
    for (const Area &area : m_areas) {
        QStringList fields = row("area");
        fields[Minutes] = minutesText(area.activeMs);
        fields[Sessions] = QString::number(area.sessions);
        fields[AreaId] = area.id;
        fields[AreaName] = area.name;
        out += csvLine(fields);
    }
    for (const Rating &rating : m_ratings) {
        QStringList fields = row("pain");
        fields[Date] = rating.at.date().toString(Qt::ISODate);
        fields[Time] = rating.at.time().toString(QStringLiteral("HH:mm"));
        fields[AreaId] = rating.regionId;
        fields[AreaName] = rating.name;
        fields[Pain] = QString::number(rating.pain);
        fields[NoteText] = rating.note;
        out += csvLine(fields);
    }
    return out;
}
