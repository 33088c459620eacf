#include "testclock.h"

#include "ui/appcontext.h"

TestClock::TestClock(ManualClock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    s_instance = this;
}

TestClock::~TestClock()
{
    s_instance = nullptr;
}

TestClock *TestClock::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void TestClock::advance(int ms)
{
    m_clock.advance(ms);
    AppContext::instance()->player()->update();
}
