#include "todaycontroller.h"
#include "historycontroller.h"
#include "plancontroller.h"
#include "playercontroller.h"
#include "presentation.h"
#include "safetycontroller.h"
#include "settings.h"

#include "core/timeline.h"

#include <QLocale>

namespace {

constexpr int kMusclesShown = 4;

QString sideName(Side side)
{
    switch (side) {
    case Side::Left: return TodayController::tr("left");
    case Side::Right: return TodayController::tr("right");
    default: return {};
    }
}

// A drop of 2 points or 30% (domain reference, section 4).
QString painChange(int before, int after)
{
    const int drop = before - after;
    if (drop >= 2 || (before > 0 && drop > 0 && drop * 10 >= before * 3))
        return TodayController::tr(" (better)");
    if (after > before)
        return TodayController::tr(" (worse)");
    return {};
}

} // namespace

TodayController::TodayController(const BodyModel &body, const Library &library,
                                 Settings *settings, SafetyController *safety,
                                 PlanController *plans, HistoryController *history,
                                 PlayerController *player, QObject *parent)
    : QObject(parent), m_body(body), m_library(library), m_settings(settings), m_safety(safety),
      m_plans(plans), m_history(history), m_player(player),
      m_now([] { return QDateTime::currentDateTime(); })
{
    connect(m_settings, &Settings::changed, this, &TodayController::refresh);
    connect(m_safety, &SafetyController::changed, this, &TodayController::refresh);
    connect(m_plans, &PlanController::activeChanged, this, &TodayController::refresh);
    connect(m_history->store(), &HistoryStore::historyChanged, this, &TodayController::refresh);
}

void TodayController::setNow(const Now &now)
{
    m_now = now;
    refresh();
}

void TodayController::refresh()
{
    const HistoryStore *store = m_history->store();
    m_areas = store->currentProblemAreas(m_now());
    m_plan = {};
    if (!m_areas.isEmpty()) {
        PlanRequest request;
        request.areas = m_areas;
        request.equipment = m_settings->equipment();
        request.minutes = m_settings->planMinutes();
        request.safety = m_safety->profile();
        m_plan = Planner(m_body, m_library).plan(request);
    }
    m_last.reset();
    if (const std::optional<StoredSession> session = store->lastSession()) {
        Last last;
        last.title = session->routineTitle;
        last.startedAt = session->startedAt.toLocalTime();
        last.painBefore = session->painBefore.value_or(-1);
        last.painAfter = session->painAfter.value_or(-1);
        last.completed = session->status == SessionStatus::Completed;
        last.stoppedEarly = session->status == SessionStatus::Stopped;
        m_last = last;
    }
    suggest();
    Q_EMIT changed();
}

// A routine of the library that suits the answers: the best match for the problem
// areas, else the one done last, else the first built-in one.
void TodayController::suggest()
{
    m_suggestedId.clear();
    m_suggestionReason.clear();
    for (const RoutineMatch &match : std::as_const(m_plan.routines)) {
        if (match.conflicts.isEmpty()) {
            m_suggestedId = match.id;
            m_suggestionReason = match.reason;
            return;
        }
    }
    if (const std::optional<StoredSession> last = m_history->store()->lastSession()) {
        const Library::Entry *entry = m_library.find(last->routineId);
        if (entry && suits(*entry)) {
            m_suggestedId = entry->routine.id;
            m_suggestionReason = tr("You did it last time.");
            return;
        }
    }
    for (const Library::Entry &entry : m_library.entries()) {
        if (suits(entry)) {
            m_suggestedId = entry.routine.id;
            m_suggestionReason = entry.builtIn ? tr("A good place to start.") : QString();
            return;
        }
    }
}

bool TodayController::suits(const Library::Entry &entry) const
{
    return m_safety->profile().conflictsOf(entry.routine, m_body).isEmpty();
}

QString TodayController::source() const
{
    if (!planRoutineId().isEmpty())
        return QStringLiteral("plan");
    if (hasPlanned())
        return QStringLiteral("planned");
    if (!m_suggestedId.isEmpty())
        return QStringLiteral("suggested");
    return QStringLiteral("none");
}

QString TodayController::planRoutineId() const
{
    if (m_plans->todayState() != QLatin1String("planned") || m_plans->todayDone())
        return {};
    const QString id = m_plans->todayRoutineId();
    return m_library.find(id) ? id : QString();
}

QStringList TodayController::problemAreaTexts() const
{
    QStringList texts;
    for (const ProblemArea &area : m_areas) {
        const BodyModel::Region *region = m_body.region(area.region);
        const QString name = region ? region->name : area.region;
        const QString side = sideName(area.side);
        texts.append(side.isEmpty() ? tr("%1, %2 of 10").arg(name).arg(area.pain)
                                    : tr("%1 (%2), %3 of 10").arg(name, side).arg(area.pain));
    }
    return texts;
}

QString TodayController::plannedTitle() const
{
    return hasPlanned() ? m_plan.routine->title : QString();
}

QString TodayController::plannedDurationText() const
{
    return hasPlanned() ? Presentation::durationText(m_plan.totalMs) : QString();
}

int TodayController::plannedStepCount() const
{
    return hasPlanned() ? int(m_plan.routine->steps.size()) : 0;
}

QVariantList TodayController::plannedMuscles() const
{
    QVariantList muscles;
    for (const PlanCandidate &candidate : m_plan.candidates + m_plan.additional) {
        if (!candidate.inRoutine || muscles.size() >= kMusclesShown)
            continue;
        muscles.append(QVariantMap{{QStringLiteral("name"), candidate.name},
                                   {QStringLiteral("reason"), candidate.reason}});
    }
    return muscles;
}

QStringList TodayController::plannedNotes() const
{
    QStringList notes = m_plan.notes;
    notes.removeAll(m_plan.sideNote);
    return notes;
}

QString TodayController::sideText() const
{
    if (!hasPlanned())
        return {};
    bool sided = false;
    for (const ProblemArea &area : m_areas)
        sided = sided || area.side == Side::Left || area.side == Side::Right;
    if (!sided)
        return {};
    return m_plan.rightFirst ? tr("Starts on your right side, where it hurts more.")
                             : tr("Starts on your left side, where it hurts more.");
}

QString TodayController::equipmentText() const
{
    QStringList names;
    for (const QString &item : m_settings->equipment())
        names.append(Presentation::equipmentName(item));
    return names.isEmpty() ? tr("your hands, a wall and a chair")
                           : names.join(QStringLiteral(", "));
}

int TodayController::minutes() const
{
    return m_settings->planMinutes();
}

void TodayController::setMinutes(int minutes)
{
    m_settings->setPlanMinutes(minutes); // Settings::changed refreshes the plan
}

QString TodayController::lastWhen() const
{
    if (!m_last)
        return {};
    const QLocale locale;
    const QDate today = m_now().toLocalTime().date();
    const QDate day = m_last->startedAt.date();
    // Hours and minutes: some locales' short format has seconds too.
    const QString format = locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    const QString time = locale.toString(m_last->startedAt.time(), format);
    if (day == today)
        return tr("Today at %1").arg(time);
    if (day == today.addDays(-1))
        return tr("Yesterday at %1").arg(time);
    const QString dayFormat = day.year() == today.year() ? QStringLiteral("dddd d MMMM")
                                                           : QStringLiteral("d MMMM yyyy");
    return tr("%1 at %2").arg(locale.toString(day, dayFormat), time);
}

QString TodayController::lastTitle() const
{
    return m_last ? m_last->title : QString();
}

int TodayController::lastPainBefore() const
{
    return m_last ? m_last->painBefore : -1;
}

int TodayController::lastPainAfter() const
{
    return m_last ? m_last->painAfter : -1;
}

QString TodayController::lastPainText() const
{
    if (!m_last)
        return {};
    const int before = m_last->painBefore;
    const int after = m_last->painAfter;
    if (before >= 0 && after >= 0)
        return tr("Pain %1 → %2").arg(before).arg(after) + painChange(before, after);
    if (before >= 0)
        return tr("Pain before: %1").arg(before);
    if (after >= 0)
        return tr("Pain after: %1").arg(after);
    return tr("No pain rating");
}

QString TodayController::lastOutcome() const
{
    if (!m_last)
        return {};
    if (m_last->completed)
        return tr("Finished");
    return m_last->stoppedEarly ? tr("Stopped early") : tr("Not finished");
}

bool TodayController::startPlanned()
{
    if (m_safety->blocked())
        return false;
    return m_player->preparePlan(m_plan);
}
