#pragma once

#include "sessionengine.h"

#include <QObject>
#include <QTimer>

// Drives a SessionEngine in real time: wakes up exactly when the next cue or
// segment end is due (and every refreshMs for a display), then lets the engine
// catch up with its clock. `speed` is how many clock milliseconds pass per real
// millisecond (--play --speed).
class SessionRunner : public QObject
{
    Q_OBJECT
public:
    SessionRunner(SessionEngine *engine, const Clock &clock, double speed, int refreshMs,
                  QObject *parent = nullptr);

private:
    void wake();
    void schedule();

    SessionEngine *m_engine;
    const Clock &m_clock;
    double m_speed;
    int m_refreshMs;
    QTimer m_timer;
};
