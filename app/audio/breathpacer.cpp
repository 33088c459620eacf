#include "breathpacer.h"

QList<BreathPacer::Breath> BreathPacer::schedule(qint64 holdMs)
{
    QList<Breath> breaths;
    for (qint64 at = kLeadInMs; at + kInMs + kOutMs <= holdMs - kQuietEndMs; at += kInMs + kOutMs) {
        breaths.append({at, true});
        breaths.append({at + kInMs, false});
    }
    return breaths;
}

BreathPacer::BreathPacer(QObject *parent) : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &BreathPacer::poll);
}

void BreathPacer::start(const SessionEngine *engine)
{
    m_engine = engine;
    m_segment = engine->segmentIndex();
    m_pending = schedule(engine->segmentTotalMs());
    // After a pause the rhythm picks up where the hold is now.
    const qint64 offset = engine->segmentTotalMs() - engine->segmentRemainingMs();
    m_pending.removeIf([offset](const Breath &breath) { return breath.offsetMs < offset; });
    if (!m_pending.isEmpty())
        m_timer.start(kPollMs);
}

void BreathPacer::stop()
{
    m_pending.clear();
    m_timer.stop();
}

void BreathPacer::poll()
{
    const bool sameHold = m_engine && m_engine->segmentIndex() == m_segment &&
                          m_engine->state() != SessionEngine::State::Finished;
    if (!sameHold) {
        stop();
        return;
    }
    // Time into the hold, pauses excluded, extensions not counted.
    const qint64 offset = m_engine->segmentTotalMs() - m_engine->segmentRemainingMs();
    while (!m_pending.isEmpty() && m_pending.first().offsetMs <= offset)
        Q_EMIT breathe(m_pending.takeFirst().in);
    if (m_pending.isEmpty())
        stop();
}
