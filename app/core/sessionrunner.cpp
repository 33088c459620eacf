#include "sessionrunner.h"

#include <cmath>

SessionRunner::SessionRunner(SessionEngine *engine, const Clock &clock, double speed,
                             int refreshMs, QObject *parent)
    : QObject(parent), m_engine(engine), m_clock(clock), m_speed(speed), m_refreshMs(refreshMs)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionRunner::wake);
    connect(engine, &SessionEngine::stateChanged, this, &SessionRunner::schedule);
    connect(engine, &SessionEngine::segmentChanged, this, &SessionRunner::schedule);
    schedule();
}

void SessionRunner::wake()
{
    m_engine->update();
    schedule();
}

void SessionRunner::schedule()
{
    const std::optional<qint64> due = m_engine->nextDueMs();
    if (!due) {
        m_timer.stop();
        return;
    }
    const double clockWait = double(qMax<qint64>(0, *due - m_clock.nowMs()));
    int realWait = int(std::ceil(clockWait / m_speed));
    if (m_refreshMs > 0)
        realWait = qMin(realWait, m_refreshMs);
    m_timer.start(realWait);
}
