#pragma once

#include "core/sessionengine.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

// Gentle breath pacing during a hold: breathe in for 4 s, out for 6 s (six
// breaths a minute, a common slow-breathing pace), starting once the step has
// been announced and ending before the countdown. Follows the engine's session
// time, so a pause holds the rhythm and a skip ends it.
class BreathPacer : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kInMs = 4000;
    static constexpr qint64 kOutMs = 6000;
    static constexpr qint64 kLeadInMs = 3000;  // after the step start
    static constexpr qint64 kQuietEndMs = 4000; // before the end of the hold
    static constexpr int kPollMs = 50;

    struct Breath
    {
        qint64 offsetMs; // from the start of the hold
        bool in;

        friend bool operator==(const Breath &, const Breath &) = default;
    };

    // The breaths of a hold of `holdMs`.
    static QList<Breath> schedule(qint64 holdMs);

    explicit BreathPacer(QObject *parent = nullptr);

    // Paces the active segment the engine is in now.
    void start(const SessionEngine *engine);
    void stop();
    bool active() const { return !m_pending.isEmpty(); }
    // Emits the breaths that are due; the timer calls it, tests call it after moving the clock.
    void poll();

Q_SIGNALS:
    void breathe(bool in);

private:
    QPointer<const SessionEngine> m_engine;
    int m_segment = -1;
    QList<Breath> m_pending;
    QTimer m_timer;
};
