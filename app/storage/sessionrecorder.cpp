#include "sessionrecorder.h"

#include "historyexport.h"

#include <QUuid>

SessionRecorder::SessionRecorder(HistoryStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{}

void SessionRecorder::attach(SessionEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    m_nextSeq = 0;
    const Routine &routine = engine->routine();
    StoredSession session;
    session.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    session.routineId = routine.id;
    session.routineTitle = routine.title;
    session.routineJson = HistoryExport::snapshotOf(routine);
    session.areas = routine.areas;
    session.startedAt = QDateTime::currentDateTimeUtc();
    session.status = SessionStatus::Interrupted;
    session.resumedFrom = std::exchange(m_resumeOf, QString());
    m_sessionUuid = session.uuid;
    m_store->beginSession(session);
    connect(engine, &SessionEngine::sideFinished, this, &SessionRecorder::recordSide);
    connect(engine, &SessionEngine::finished, this, &SessionRecorder::recordEnd);
}

void SessionRecorder::recordSide(const StepRecord &record)
{
    const Step &step = m_engine->routine().steps.at(record.step);
    const StoredStep stored{m_nextSeq++,    record.step,           record.side,
                            step.muscle,    record.plannedSeconds, record.actualMs,
                            record.outcome, record.stopReason,     QDateTime::currentDateTimeUtc()};
    const bool saved = m_store->addStep(m_sessionUuid, stored);
    Q_EMIT sideRecorded(record, saved);
}

void SessionRecorder::recordEnd()
{
    const SessionStatus status =
        m_engine->completed() ? SessionStatus::Completed : SessionStatus::Stopped;
    const bool saved =
        m_store->finishSession(m_sessionUuid, status, QDateTime::currentDateTimeUtc());
    Q_EMIT sessionFinished(m_sessionUuid, saved);
}
