#pragma once

#include "database.h"
#include "historyrecords.h"

#include "core/problemarealog.h"
#include "core/progress.h"

#include <QObject>
#include <QTimer>

#include <optional>
#include <variant>

// The person's history in history.sqlite: sessions with their steps, pain
// before and after, pain logs from the body map and next-day check-ins.
//
// Every write is committed before the call returns. When it cannot be (a full
// disk, a folder that cannot be written, a database from a newer Unknot) the
// change is kept in memory in order, notice() says why, and the store tries
// again on the next write and every kRetryMs until everything is saved.
class HistoryStore : public QObject, public ProblemAreaLog
{
    Q_OBJECT
public:
    static constexpr int kRetryMs = 30000;

    explicit HistoryStore(const QString &dataDir, QObject *parent = nullptr);

    // Opens the database; notice() tells about a damaged file moved aside, a
    // newer database or a folder that cannot be written.
    Database::State open();
    Database &database() { return m_database; }
    const Database &database() const { return m_database; }

    QString notice() const { return m_notice; }
    // A damaged database was moved aside: offer to restore from an export.
    bool restoreSuggested() const { return !m_database.movedAsideTo().isEmpty(); }
    int pendingCount() const { return int(m_pending.size()); }
    // Tries to save what is kept in memory now; true when nothing is left.
    bool flush();

    // Recording. Each returns true when the change is saved, false when it is
    // kept in memory for later.
    bool beginSession(const StoredSession &session);
    bool addStep(const QString &sessionUuid, const StoredStep &step);
    bool finishSession(const QString &sessionUuid, SessionStatus status, const QDateTime &endedAt);
    bool setPainBefore(const QString &sessionUuid, int pain);
    bool setPainAfter(const QString &sessionUuid, int pain);
    bool setCheckIn(const QString &sessionUuid, const CheckIn &checkIn);
    bool declineResume(const QString &sessionUuid);

    // ProblemAreaLog: entries kept in memory are included.
    QList<PainLogEntry> painLog() const override;
    bool addPainLog(const PainLogEntry &entry, QString *error) override;

    // Reading (saved records only).
    std::optional<StoredSession> lastSession() const;
    std::optional<StoredSession> session(const QString &uuid) const;
    HistoryData everything() const;
    QList<SessionSummary> summaries() const;
    int sessionCount() const;

    // Adds what `data` has and the database has not: sessions by uuid, their
    // steps by position, check-ins by session, pain logs by uuid, plans by id (a
    // newer version of a plan from the same source replaces the one here, and
    // the export's active plan becomes active when none is). All or nothing.
    struct MergeCount
    {
        int sessions = 0;
        int steps = 0;
        int checkIns = 0;
        int painLogs = 0;
        int plans = 0; // added or replaced by a newer version
    };
    bool merge(const HistoryData &data, MergeCount *added, QString *error);

Q_SIGNALS:
    void noticeChanged();
    // Something was saved or merged: progress figures may have changed.
    void historyChanged();

private:
    struct Begin
    {
        StoredSession session;
    };
    struct Step
    {
        QString sessionUuid;
        StoredStep step;
    };
    struct Finish
    {
        QString sessionUuid;
        SessionStatus status;
        QDateTime endedAt;
    };
    struct Pain
    {
        QString sessionUuid;
        bool after;
        int pain;
    };
    struct Check
    {
        QString sessionUuid;
        CheckIn checkIn;
    };
    struct Decline
    {
        QString sessionUuid;
    };
    struct Log
    {
        StoredPainLog log;
    };
    using Write = std::variant<Begin, Step, Finish, Pain, Check, Decline, Log>;

    bool write(Write change);
    bool apply(const Begin &change);
    bool apply(const Step &change);
    bool apply(const Finish &change);
    bool apply(const Pain &change);
    bool apply(const Check &change);
    bool apply(const Decline &change);
    bool apply(const Log &change);
    bool run(const QString &sql, const QVariantList &values);
    bool insertSession(const StoredSession &session, bool *added);
    std::optional<qint64> snapshotId(const QByteArray &json);
    bool insertStep(qint64 sessionId, const StoredStep &step, bool *added);
    bool insertCheckIn(qint64 sessionId, const CheckIn &checkIn, bool replace, bool *added);
    bool insertPainLog(const StoredPainLog &log, bool *added);
    bool mergePlans(const QList<StoredPlan> &plans, int *added);
    bool mergePlan(const StoredPlan &plan, bool *added);
    std::optional<qint64> sessionId(const QString &uuid);
    QList<StoredSession> readSessions(const QString &where, const QVariantList &values) const;
    void readSteps(QList<StoredSession> &sessions) const;
    QList<StoredPainLog> readPainLogs() const;
    QList<StoredPlan> readPlans() const;
    void setNotice(const QString &notice);
    QString faultNotice() const;

    Database m_database;
    QList<Write> m_pending;
    QString m_notice;
    QTimer m_retry;
};
