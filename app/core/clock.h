#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// A monotonic clock in milliseconds. The session engine never reads time by
// itself: production injects SteadyClock, tests and --simulate a ManualClock,
// and --play --speed a steady clock that runs faster.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SteadyClock : public Clock
{
public:
    explicit SteadyClock(double speed = 1.0) : m_speed(speed) { m_timer.start(); }
    qint64 nowMs() const override { return qint64(double(m_timer.nsecsElapsed()) * m_speed / 1e6); }
    double speed() const { return m_speed; }

private:
    QElapsedTimer m_timer;
    double m_speed;
};

class ManualClock : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void setNow(qint64 ms) { m_now = qMax(m_now, ms); } // never runs backwards

private:
    qint64 m_now = 0;
};
