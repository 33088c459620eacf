#pragma once

#include "core/bodymodel.h"
#include "core/library.h"
#include "core/planner.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

class HistoryController;
class PlanController;
class PlayerController;
class SafetyController;
class Settings;

// The Today page's figures: what to do now, in this order: today's routine of
// the active therapist plan; else the routine the planner makes for the current
// problem areas (pain logs), the equipment in Settings, the time budget chosen
// on the page and the safety answers, worse side first; else a suggestion from
// the library. And the last session: when, which routine, pain before and after.
class TodayController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.today")

    // "plan" (the plan's routine for today is still to do), "planned" (a routine
    // for the problem areas), "suggested" (a routine of the library) or "none".
    Q_PROPERTY(QString source READ source NOTIFY changed)
    // Today's routine of the active plan, while it is still to do; else empty.
    Q_PROPERTY(QString planRoutineId READ planRoutineId NOTIFY changed)

    // ---- the planned routine
    Q_PROPERTY(bool hasProblemAreas READ hasProblemAreas NOTIFY changed)
    // "Lower back, 6 of 10", "Temple (left), 4 of 10", strongest first.
    Q_PROPERTY(QStringList problemAreaTexts READ problemAreaTexts NOTIFY changed)
    Q_PROPERTY(bool hasPlanned READ hasPlanned NOTIFY changed)
    Q_PROPERTY(QString plannedTitle READ plannedTitle NOTIFY changed)
    Q_PROPERTY(QString plannedDurationText READ plannedDurationText NOTIFY changed)
    Q_PROPERTY(int plannedStepCount READ plannedStepCount NOTIFY changed)
    // The muscles it works, ranked: {name, reason}.
    Q_PROPERTY(QVariantList plannedMuscles READ plannedMuscles NOTIFY changed)
    // Why an area is left out, what the time allows, advice: plain sentences
    // (which side comes first is sideText).
    Q_PROPERTY(QStringList plannedNotes READ plannedNotes NOTIFY changed)
    Q_PROPERTY(bool rightFirst READ rightFirst NOTIFY changed)
    // "Starts on your right side, where it hurts more." or empty.
    Q_PROPERTY(QString sideText READ sideText NOTIFY changed)
    // "Ball, Foam roller" or "your hands, a wall and a chair".
    Q_PROPERTY(QString equipmentText READ equipmentText NOTIFY changed)
    // The time budget in minutes (kept in Settings), and its choices.
    Q_PROPERTY(int minutes READ minutes WRITE setMinutes NOTIFY changed)
    Q_PROPERTY(QList<int> budgets READ budgets CONSTANT)

    // ---- a suggestion from the library
    Q_PROPERTY(QString suggestedRoutineId READ suggestedRoutineId NOTIFY changed)
    Q_PROPERTY(QString suggestionReason READ suggestionReason NOTIFY changed)

    // ---- the last session
    Q_PROPERTY(bool hasLastSession READ hasLastSession NOTIFY changed)
    // "Today at 18:30", "Yesterday at 08:05", "Monday 3 March at 18:30".
    Q_PROPERTY(QString lastWhen READ lastWhen NOTIFY changed)
    Q_PROPERTY(QString lastTitle READ lastTitle NOTIFY changed)
    // Pain 0..10 before and after; -1 when not given.
    Q_PROPERTY(int lastPainBefore READ lastPainBefore NOTIFY changed)
    Q_PROPERTY(int lastPainAfter READ lastPainAfter NOTIFY changed)
    // "Pain 6 → 3", "Pain before: 6", or "No pain rating".
    Q_PROPERTY(QString lastPainText READ lastPainText NOTIFY changed)
    // "Finished", "Stopped early" or "Not finished".
    Q_PROPERTY(QString lastOutcome READ lastOutcome NOTIFY changed)

public:
    using Now = std::function<QDateTime()>;

    TodayController(const BodyModel &body, const Library &library, Settings *settings,
                    SafetyController *safety, PlanController *plans, HistoryController *history,
                    PlayerController *player, QObject *parent = nullptr);

    // Tests fix the clock; by default it is the system's.
    void setNow(const Now &now);
    const Plan &plan() const { return m_plan; }

    QString source() const;
    QString planRoutineId() const;
    bool hasProblemAreas() const { return !m_areas.isEmpty(); }
    QStringList problemAreaTexts() const;
    bool hasPlanned() const { return m_plan.routine.has_value(); }
    QString plannedTitle() const;
    QString plannedDurationText() const;
    int plannedStepCount() const;
    QVariantList plannedMuscles() const;
    QStringList plannedNotes() const;
    bool rightFirst() const { return hasPlanned() && m_plan.rightFirst; }
    QString sideText() const;
    QString equipmentText() const;
    int minutes() const;
    void setMinutes(int minutes);
    QList<int> budgets() const { return Planner::budgets(); }
    QString suggestedRoutineId() const { return m_suggestedId; }
    QString suggestionReason() const { return m_suggestionReason; }
    bool hasLastSession() const { return m_last.has_value(); }
    QString lastWhen() const;
    QString lastTitle() const;
    int lastPainBefore() const;
    int lastPainAfter() const;
    QString lastPainText() const;
    QString lastOutcome() const;

    // Prepares the player with the planned routine, worse side first.
    Q_INVOKABLE bool startPlanned();
    // Looks again (a new day, a pain rating, another answer): the page calls it
    // when it comes into view.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    struct Last
    {
        QString title;
        QDateTime startedAt;
        int painBefore = -1;
        int painAfter = -1;
        bool completed = false;
        bool stoppedEarly = false;
    };

    void suggest();
    bool suits(const Library::Entry &entry) const;

    const BodyModel &m_body;
    const Library &m_library;
    Settings *m_settings;
    SafetyController *m_safety;
    PlanController *m_plans;
    HistoryController *m_history;
    PlayerController *m_player;
    Now m_now;
    QList<ProblemArea> m_areas;
    Plan m_plan;
    QString m_suggestedId;
    QString m_suggestionReason;
    std::optional<Last> m_last;
};
