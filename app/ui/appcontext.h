#pragma once

#include "audio/cueplayer.h"
#include "bodymapcontroller.h"
#include "core/bodymodel.h"
#include "core/clock.h"
#include "core/library.h"
#include "editorcontroller.h"
#include "historycontroller.h"
#include "plancontroller.h"
#include "playercontroller.h"
#include "routinelistmodel.h"
#include "safetycontroller.h"
#include "screenawake.h"
#include "settings.h"
#include "todaycontroller.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

// The app objects QML sees, grouped in one singleton owned by main() (or by a
// test's setup), so that pages bind to properties and call invokables only.
class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(RoutineListModel *routines READ routines CONSTANT)
    Q_PROPERTY(PlayerController *player READ player CONSTANT)
    Q_PROPERTY(HistoryController *history READ history CONSTANT)
    // The body map: regions to draw, pain per area, the muscles that commonly refer pain there.
    Q_PROPERTY(BodyMapController *bodyMap READ bodyMap CONSTANT)
    // Therapists' plans: import, the active plan, export, reports, the plan editor.
    Q_PROPERTY(PlanController *plans READ plans CONSTANT)
    // The routine editor.
    Q_PROPERTY(EditorController *editor READ editor CONSTANT)
    Q_PROPERTY(Settings *settings READ settings CONSTANT)
    // The health screen: its questions, the answers, the care they call for.
    Q_PROPERTY(SafetyController *safety READ safety CONSTANT)
    // What the Today page offers: the plan's routine, a planned one, a suggestion,
    // and the last session.
    Q_PROPERTY(TodayController *today READ today CONSTANT)
    // Plays the cues of every session; its notice says when sound is off.
    Q_PROPERTY(CuePlayer *sound READ sound CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QStringList problems READ problems NOTIFY libraryChanged)
    // A routine of the library that suits the person now (TodayController's suggestion).
    Q_PROPERTY(QString suggestedRoutineId READ suggestedRoutineId NOTIFY suggestionChanged)
    // Choices for the Routines filters: lists of {value, text}.
    Q_PROPERTY(QVariantList areaGroupChoices READ areaGroupChoices NOTIFY libraryChanged)
    Q_PROPERTY(QVariantList stepTypeChoices READ stepTypeChoices CONSTANT)
    Q_PROPERTY(QVariantList equipmentChoices READ equipmentChoices CONSTANT)

public:
    AppContext(const QString &dataDir, const Clock &clock, QObject *parent = nullptr);
    ~AppContext() override;

    // Loads the body model and the routines; false with a reason when the app's
    // own content is broken (a person's broken files only add problems()).
    bool load(QString *errorText);
    // Reads the routines again after the person's routines folder changed.
    void reloadRoutines();

    static AppContext *create(QQmlEngine *, QJSEngine *);
    static AppContext *instance() { return s_instance; }

    RoutineListModel *routines() const { return m_routines; }
    PlayerController *player() const { return m_player; }
    HistoryController *history() const { return m_history; }
    BodyMapController *bodyMap() const { return m_bodyMap; }
    PlanController *plans() const { return m_plans; }
    EditorController *editor() const { return m_editor; }
    Settings *settings() const { return m_settings; }
    SafetyController *safety() const { return m_safety; }
    TodayController *today() const { return m_today; }
    CuePlayer *sound() const { return m_sound; }
    QString dataDir() const { return m_dataDir; }
    QString version() const;
    QStringList problems() const { return m_library.problems(); }
    const BodyModel &body() const { return m_body; }
    const Library &library() const { return m_library; }
    QString suggestedRoutineId() const;
    QVariantList areaGroupChoices() const;
    QVariantList stepTypeChoices() const;
    QVariantList equipmentChoices() const;

Q_SIGNALS:
    void libraryChanged();
    void suggestionChanged();

private:
    static inline AppContext *s_instance = nullptr;

    QString m_dataDir;
    BodyModel m_body;
    Library m_library;
    Settings *m_settings;
    SafetyController *m_safety;
    RoutineListModel *m_routines;
    PlayerController *m_player;
    HistoryController *m_history;
    BodyMapController *m_bodyMap;
    PlanController *m_plans;
    EditorController *m_editor;
    TodayController *m_today;
    CuePlayer *m_sound;
    ScreenAwake m_screenAwake;
};
