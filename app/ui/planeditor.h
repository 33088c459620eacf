#pragma once

#include "recordlistmodel.h"

#include "core/library.h"
#include "core/careplan.h"
#include "core/routineformat.h"

#include <QList>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class PlanStore;

// A plan a therapist writes on their desktop: its fields, and the routines it
// carries, chosen from their own routines (a built-in routine is copied in the
// routine editor first, so that it has an id of its own). Every change is
// checked by the rules a client's Unknot applies when it imports the bundle
// (BundleFormat), and the messages are looked up by path ("plan.title",
// "plan.schedule.weekdays"). save() keeps it in the plans of this device;
// AppContext.plans.exportBundle() writes the bundle file.
class PlanEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.plans.editor")

    // Empty until the plan is first saved; the version goes up with each saved change.
    Q_PROPERTY(QString planId READ planId NOTIFY changed)
    Q_PROPERTY(int version READ version NOTIFY changed)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY changed)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY changed)
    Q_PROPERTY(QString therapist READ therapist WRITE setTherapist NOTIFY changed)
    Q_PROPERTY(QString practice READ practice WRITE setPractice NOTIFY changed)
    Q_PROPERTY(QString client READ client WRITE setClient NOTIFY changed)
    // "2024-05-06"
    Q_PROPERTY(QString start READ start WRITE setStart NOTIFY changed)
    // "daily", "weekly" or "interval"
    Q_PROPERTY(QString scheduleKind READ scheduleKind WRITE setScheduleKind NOTIFY changed)
    // Weekly: the days, 1 (Monday) to 7 (Sunday).
    Q_PROPERTY(QList<int> weekdays READ weekdays WRITE setWeekdays NOTIFY changed)
    // Interval: a session every N days, 2 to 30.
    Q_PROPERTY(int everyDays READ everyDays WRITE setEveryDays NOTIFY changed)
    // How many weeks the plan runs; 0 for open-ended.
    Q_PROPERTY(int weeks READ weeks WRITE setWeeks NOTIFY changed)
    // Days off, "2024-05-15".
    Q_PROPERTY(QStringList restDays READ restDays WRITE setRestDays NOTIFY changed)
    // The same as typed in one box: days separated by commas, spaces or lines.
    Q_PROPERTY(QString restDaysText READ restDaysText WRITE setRestDaysText NOTIFY changed)
    // The routines in the order planned days take them: id, title, durationText.
    Q_PROPERTY(RecordListModel *routines READ routines CONSTANT)
    // Routines that can be added (the person's own): id, title, durationText, chosen.
    Q_PROPERTY(RecordListModel *routineChoices READ routineChoices CONSTANT)
    // Every problem as "WHERE: message"; messageFor(WHERE) gives one field's.
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    // The messages by path, for the message next to each field: {"plan.title": "required"}.
    Q_PROPERTY(QVariantMap messages READ messages NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    // The outcome of the last save or refused choice, as a sentence.
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY changed)

public:
    explicit PlanEditor(const Library &library, QObject *parent = nullptr);

    void setStore(PlanStore *store);
    // The library was read again: the choices and the chosen titles follow it.
    void refreshChoices();
    // A stored plan with its routines as they are in the library now; nullopt
    // with lastResult() when one of them is no longer there.
    std::optional<CarePlan> withCurrentRoutines(const CarePlan &plan);

    Q_INVOKABLE void newPlan();
    // Plans written on this device only; an imported plan is its therapist's.
    Q_INVOKABLE bool editPlan(const QString &planId);
    // Weekly schedules: a day (1 Monday .. 7 Sunday) on or off; the days stay in order.
    Q_INVOKABLE void setWeekdayChosen(int weekday, bool chosen);
    Q_INVOKABLE bool addRoutine(const QString &routineId);
    Q_INVOKABLE void removeRoutine(int index);
    Q_INVOKABLE void moveRoutine(int from, int to);
    // The messages for one path, such as "plan.start", joined; empty when fine.
    Q_INVOKABLE QString messageFor(const QString &path) const;
    Q_INVOKABLE bool save();

    QString planId() const { return m_planId; }
    int version() const { return m_version; }
    QString title() const { return m_title; }
    QString notes() const { return m_notes; }
    QString therapist() const { return m_therapist; }
    QString practice() const { return m_practice; }
    QString client() const { return m_client; }
    QString start() const { return m_start; }
    QString scheduleKind() const { return m_scheduleKind; }
    QList<int> weekdays() const { return m_weekdays; }
    int everyDays() const { return m_everyDays; }
    int weeks() const { return m_weeks; }
    QStringList restDays() const { return m_restDays; }
    QString restDaysText() const { return m_restDays.join(QStringLiteral(", ")); }
    RecordListModel *routines() const { return m_routines; }
    RecordListModel *routineChoices() const { return m_choices; }
    QStringList problems() const;
    QVariantMap messages() const;
    bool valid() const { return m_plan.has_value(); }
    QString lastResult() const { return m_lastResult; }

    void setTitle(const QString &value) { set(m_title, value); }
    void setNotes(const QString &value) { set(m_notes, value); }
    void setTherapist(const QString &value) { set(m_therapist, value); }
    void setPractice(const QString &value) { set(m_practice, value); }
    void setClient(const QString &value) { set(m_client, value); }
    void setStart(const QString &value) { set(m_start, value); }
    void setScheduleKind(const QString &value) { set(m_scheduleKind, value); }
    void setWeekdays(const QList<int> &value) { set(m_weekdays, value); }
    void setEveryDays(int value) { set(m_everyDays, value); }
    void setWeeks(int value) { set(m_weeks, value); }
    void setRestDays(const QStringList &value) { set(m_restDays, value); }
    void setRestDaysText(const QString &text);

Q_SIGNALS:
    void changed();
    void saved(const QString &planId);

private:
    template <typename T>
    void set(T &field, const T &value)
    {
        if (field == value)
            return;
        field = value;
        validate();
    }
    QByteArray draftJson() const;
    void validate();
    void fillRoutines();
    QString newPlanId() const;

    const Library &m_library;
    PlanStore *m_store = nullptr;
    QString m_planId;
    int m_version = 1;
    QString m_title;
    QString m_notes;
    QString m_therapist;
    QString m_practice;
    QString m_client;
    QString m_start;
    QString m_scheduleKind;
    QList<int> m_weekdays;
    int m_everyDays = 2;
    int m_weeks = 0;
    QStringList m_restDays;
    QStringList m_routineIds;
    std::optional<CarePlan> m_plan; // the draft as a valid plan
    QList<FormatProblem> m_problems;
    RecordListModel *m_routines;
    RecordListModel *m_choices;
    QString m_lastResult;
};
