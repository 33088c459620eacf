#pragma once

#include "core/bodymodel.h"
#include "core/clock.h"
#include "core/library.h"
#include "playercontroller.h"
#include "routinelistmodel.h"
#include "settings.h"

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
    Q_PROPERTY(Settings *settings READ settings CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QStringList problems READ problems NOTIFY problemsChanged)

public:
    AppContext(const QString &dataDir, const Clock &clock, QObject *parent = nullptr);
    ~AppContext() override;

    // Loads the body model and the routines; false with a reason when the app's
    // own content is broken (a person's broken files only add problems()).
    bool load(QString *errorText);

    static AppContext *create(QQmlEngine *, QJSEngine *);
    static AppContext *instance() { return s_instance; }

    RoutineListModel *routines() const { return m_routines; }
    PlayerController *player() const { return m_player; }
    Settings *settings() const { return m_settings; }
    QString dataDir() const { return m_dataDir; }
    QString version() const;
    QStringList problems() const { return m_library.problems(); }
    const BodyModel &body() const { return m_body; }
    const Library &library() const { return m_library; }

Q_SIGNALS:
    void problemsChanged();

private:
    static inline AppContext *s_instance = nullptr;

    QString m_dataDir;
    BodyModel m_body;
    Library m_library;
    Settings *m_settings;
    RoutineListModel *m_routines;
    PlayerController *m_player;
};
