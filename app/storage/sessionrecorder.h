#pragma once

#include "historystore.h"

#include "core/sessionengine.h"

#include <QObject>
#include <QPointer>

// Writes a session to the history while it runs: the session row when it is
// attached (as "interrupted", so a killed app leaves it that way), each side of
// each step the moment it finishes, and the status and end time when it ends.
// It lives in storage, not ui, because the headless `unknot --play` records
// through it too.
class SessionRecorder : public QObject
{
    Q_OBJECT
public:
    explicit SessionRecorder(HistoryStore *store, QObject *parent = nullptr);

    // The next attached session continues this interrupted one.
    void setResumeOf(const QString &sessionUuid) { m_resumeOf = sessionUuid; }
    // Records `engine` from now on: call it before engine->start().
    void attach(SessionEngine *engine);
    // The session being recorded, or the last one; empty before the first.
    QString sessionUuid() const { return m_sessionUuid; }

Q_SIGNALS:
    // After the side's record was committed (saved) or kept in memory (not saved).
    void sideRecorded(const StepRecord &record, bool saved);
    void sessionFinished(const QString &sessionUuid, bool saved);

private:
    void recordSide(const StepRecord &record);
    void recordEnd();

    HistoryStore *m_store;
    QPointer<SessionEngine> m_engine;
    QString m_sessionUuid;
    QString m_resumeOf;
    int m_nextSeq = 0;
};
