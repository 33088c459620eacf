#pragma once

#include "core/clock.h"

#include <QObject>
#include <QQmlEngine>

// The virtual clock of the Qt Quick tests, as the QML singleton UnknotTest.TestClock:
// tests advance time and the player catches up at once, no sleeps.
class TestClock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit TestClock(ManualClock &clock, QObject *parent = nullptr);
    ~TestClock() override;

    static TestClock *create(QQmlEngine *, QJSEngine *);

    // Moves time on and lets the player process everything that became due.
    Q_INVOKABLE void advance(int ms);
    Q_INVOKABLE double now() const { return double(m_clock.nowMs()); }

private:
    static inline TestClock *s_instance = nullptr;
    ManualClock &m_clock;
};
