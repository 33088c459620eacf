#pragma once

#include "core/bodymodel.h"
#include "core/library.h"
#include "core/sessionengine.h"
#include "core/sessionrunner.h"

#include <QObject>
#include <QQmlEngine>

#include <memory>

// What the Player page shows and the controls it offers, over one SessionEngine.
// Times are in milliseconds; texts are ready to show.
class PlayerController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.player")

    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString phase READ phase NOTIFY changed)
    Q_PROPERTY(QString routineTitle READ routineTitle NOTIFY changed)
    Q_PROPERTY(int stepNumber READ stepNumber NOTIFY changed)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY changed)
    Q_PROPERTY(QString stepType READ stepType NOTIFY changed)
    Q_PROPERTY(QString stepTitle READ stepTitle NOTIFY changed)
    Q_PROPERTY(QString instructions READ instructions NOTIFY changed)
    Q_PROPERTY(QString muscleName READ muscleName NOTIFY changed)
    Q_PROPERTY(QString side READ side NOTIFY changed)
    Q_PROPERTY(int rep READ rep NOTIFY changed)
    Q_PROPERTY(int repCount READ repCount NOTIFY changed)
    Q_PROPERTY(int intensity READ intensity NOTIFY changed)
    Q_PROPERTY(QString nextTitle READ nextTitle NOTIFY changed)
    Q_PROPERTY(bool canEndEarly READ canEndEarly NOTIFY changed)
    Q_PROPERTY(bool completed READ completed NOTIFY changed)
    Q_PROPERTY(int segmentRemainingMs READ segmentRemainingMs NOTIFY timeChanged)
    Q_PROPERTY(int segmentTotalMs READ segmentTotalMs NOTIFY timeChanged)
    Q_PROPERTY(int elapsedMs READ elapsedMs NOTIFY timeChanged)
    Q_PROPERTY(int remainingMs READ remainingMs NOTIFY timeChanged)
    Q_PROPERTY(double progress READ progress NOTIFY timeChanged)

public:
    static constexpr int kRefreshMs = 100;

    PlayerController(const Clock &clock, const BodyModel &body, QObject *parent = nullptr);
    ~PlayerController() override;

    void setLibrary(const Library *library);
    SessionEngine *engine() const { return m_engine.get(); }

    Q_INVOKABLE bool start(const QString &routineId);
    Q_INVOKABLE void togglePause();
    Q_INVOKABLE void skip();
    Q_INVOKABLE void back();
    Q_INVOKABLE void extend();
    Q_INVOKABLE void endEarly();
    Q_INVOKABLE void stop(const QString &reason = {});
    Q_INVOKABLE void close();
    // Lets the engine catch up with its clock now (tests drive a virtual clock).
    Q_INVOKABLE void update();

    bool active() const;
    QString state() const;
    QString phase() const;
    QString routineTitle() const;
    int stepNumber() const;
    int stepCount() const;
    QString stepType() const;
    QString stepTitle() const;
    QString instructions() const;
    QString muscleName() const;
    QString side() const;
    int rep() const;
    int repCount() const;
    int intensity() const;
    QString nextTitle() const;
    bool canEndEarly() const;
    bool completed() const;
    int segmentRemainingMs() const;
    int segmentTotalMs() const;
    int elapsedMs() const;
    int remainingMs() const;
    double progress() const;

Q_SIGNALS:
    void changed();
    void timeChanged();
    // A new session has been created and is about to start: audio and history hook in here.
    void sessionStarted(SessionEngine *engine);

private:
    const Step *currentStep() const;

    const Clock &m_clock;
    const BodyModel &m_body;
    const Library *m_library = nullptr;
    std::unique_ptr<SessionEngine> m_engine;
    std::unique_ptr<SessionRunner> m_runner;
};
