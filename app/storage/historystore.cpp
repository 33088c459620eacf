#include "historystore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace {

QVariant msOf(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> intOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

Side sideOf(const QVariant &value)
{
    return RoutineText::sideFromName(value.toString()).value_or(Side::None);
}

// Qt binds a null QString as SQL NULL; text columns hold '' instead. A real
// NULL is passed as a null QVariant.
QVariant notNullText(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString::fromLatin1("");
    return value;
}

// A statement prepared on the store's connection with its values bound in order.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
        for (const QVariant &value : values)
            m_query.addBindValue(notNullText(value));
    }
    bool exec() { return m_prepared && m_query.exec(); }
    QSqlQuery &query() { return m_query; }
    QSqlError error() const { return m_query.lastError(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

const QString kSessionColumns = QStringLiteral(
    "sessions.id, uuid, routine_id, routine_title, routine_snapshots.json, started_at, ended_at, "
    "status, pain_before, pain_after, resumed_from, resume_declined");

} // namespace

HistoryStore::HistoryStore(const QString &dataDir, QObject *parent)
    : QObject(parent), m_database(dataDir)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &HistoryStore::flush);
}

Database::State HistoryStore::open()
{
    const Database::State state = m_database.open();
    if (state == Database::State::Open && restoreSuggested()) {
        setNotice(tr("Your history file was damaged. It was kept as %1 and a new one was "
                     "started; you can restore your history from an export.")
                      .arg(m_database.movedAsideTo()));
    } else if (state != Database::State::Open) {
        setNotice(m_database.errorText());
    } else if (m_pending.isEmpty()) {
        setNotice({});
    }
    return state;
}

void HistoryStore::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

QString HistoryStore::faultNotice() const
{
    if (!m_database.isOpen())
        return m_database.errorText();
    switch (Database::faultOf(m_database.lastError())) {
    case Database::Fault::Full:
        return tr("%1: the disk is full. Your session is kept and will be saved as soon as "
                  "there is room.")
            .arg(m_database.filePath());
    case Database::Fault::ReadOnly:
        return tr("%1: cannot write to this folder. Your session is kept and will be saved as "
                  "soon as the folder can be written.")
            .arg(m_database.dataDir());
    case Database::Fault::None:
    case Database::Fault::Other:
        break;
    }
    return tr("%1: could not save (%2). Your session is kept and saving will be tried again.")
        .arg(m_database.filePath(), m_database.lastError().databaseText());
}

// --- writing ------------------------------------------------------------------

bool HistoryStore::write(Write change)
{
    m_pending.append(std::move(change));
    return flush();
}

bool HistoryStore::flush()
{
    if (m_pending.isEmpty())
        return true;
    if (!m_database.isOpen() && m_database.state() != Database::State::TooNew)
        open();
    const bool saved = m_database.isOpen() && m_database.transaction([this] {
        for (const Write &change : std::as_const(m_pending)) {
            if (!std::visit([this](const auto &c) { return apply(c); }, change))
                return false;
        }
        return true;
    });
    if (!saved) {
        setNotice(faultNotice());
        if (m_database.state() != Database::State::TooNew)
            m_retry.start();
        return false;
    }
    m_pending.clear();
    m_retry.stop();
    if (!restoreSuggested())
        setNotice({});
    Q_EMIT historyChanged();
    return true;
}

bool HistoryStore::run(const QString &sql, const QVariantList &values)
{
    Statement statement(m_database.connection(), sql, values);
    if (statement.exec())
        return true;
    m_database.setLastError(statement.error());
    return false;
}

bool HistoryStore::apply(const Begin &change)
{
    bool added = false;
    return insertSession(change.session, &added);
}

bool HistoryStore::apply(const Log &change)
{
    bool added = false;
    return insertPainLog(change.log, &added);
}

// The updates below name their session by uuid. A session that is not there
// (deleted by hand, say) has nothing to update: that is not a reason to keep
// retrying, so only a failed lookup fails the write.
bool HistoryStore::apply(const Step &change)
{
    bool added = false;
    const std::optional<qint64> id = sessionId(change.sessionUuid);
    return id ? insertStep(*id, change.step, &added) : !m_database.lastError().isValid();
}

bool HistoryStore::apply(const Check &change)
{
    bool added = false;
    const std::optional<qint64> id = sessionId(change.sessionUuid);
    return id ? insertCheckIn(*id, change.checkIn, true, &added)
              : !m_database.lastError().isValid();
}

bool HistoryStore::apply(const Finish &change)
{
    return run(QStringLiteral("UPDATE sessions SET status = ?, ended_at = ? WHERE uuid = ?"),
               {HistoryText::statusName(change.status), msOf(change.endedAt), change.sessionUuid});
}

bool HistoryStore::apply(const Pain &change)
{
    return run(change.after ? QStringLiteral("UPDATE sessions SET pain_after = ? WHERE uuid = ?")
                            : QStringLiteral("UPDATE sessions SET pain_before = ? WHERE uuid = ?"),
               {change.pain, change.sessionUuid});
}

bool HistoryStore::apply(const Decline &change)
{
    return run(QStringLiteral("UPDATE sessions SET resume_declined = 1 WHERE uuid = ?"),
               {change.sessionUuid});
}

std::optional<qint64> HistoryStore::sessionId(const QString &uuid)
{
    m_database.setLastError({});
    Statement lookup(m_database.connection(),
                     QStringLiteral("SELECT id FROM sessions WHERE uuid = ?"), {uuid});
    if (!lookup.exec()) {
        m_database.setLastError(lookup.error());
        return std::nullopt;
    }
    if (!lookup.query().next())
        return std::nullopt;
    return lookup.query().value(0).toLongLong();
}

std::optional<qint64> HistoryStore::snapshotId(const QByteArray &json)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    if (!run(QStringLiteral("INSERT INTO routine_snapshots (sha256, json) VALUES (?, ?) "
                            "ON CONFLICT (sha256) DO NOTHING"),
             {sha, QString::fromUtf8(json)}))
        return std::nullopt;
    Statement lookup(m_database.connection(),
                     QStringLiteral("SELECT id FROM routine_snapshots WHERE sha256 = ?"), {sha});
    if (!lookup.exec() || !lookup.query().next()) {
        m_database.setLastError(lookup.error());
        return std::nullopt;
    }
    return lookup.query().value(0).toLongLong();
}

bool HistoryStore::insertSession(const StoredSession &session, bool *added)
{
    *added = false;
    if (sessionId(session.uuid))
        return true; // what is already there wins
    if (m_database.lastError().isValid())
        return false;
    const std::optional<qint64> snapshot = snapshotId(session.routineJson);
    if (!snapshot)
        return false;
    Statement insert(m_database.connection(),
                     QStringLiteral("INSERT INTO sessions (uuid, routine_id, routine_title, "
                                    "snapshot_id, started_at, ended_at, status, pain_before, "
                                    "pain_after, resumed_from, resume_declined) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {session.uuid, session.routineId, session.routineTitle, *snapshot,
                      msOf(session.startedAt), msOf(session.endedAt),
                      HistoryText::statusName(session.status), optionalInt(session.painBefore),
                      optionalInt(session.painAfter),
                      session.resumedFrom.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(session.resumedFrom),
                      session.resumeDeclined ? 1 : 0});
    if (!insert.exec()) {
        m_database.setLastError(insert.error());
        return false;
    }
    *added = true;
    const qint64 id = insert.query().lastInsertId().toLongLong();
    for (const QString &area : session.areas) {
        if (!run(QStringLiteral("INSERT INTO session_areas (session_id, area) VALUES (?, ?) "
                                "ON CONFLICT DO NOTHING"),
                 {id, area}))
            return false;
    }
    bool stepAdded = false;
    for (const StoredStep &step : session.steps) {
        if (!insertStep(id, step, &stepAdded))
            return false;
    }
    return !session.checkIn || insertCheckIn(id, *session.checkIn, false, &stepAdded);
}

bool HistoryStore::insertStep(qint64 sessionId, const StoredStep &step, bool *added)
{
    Statement insert(m_database.connection(),
                     QStringLiteral("INSERT INTO session_steps (session_id, seq, step, side, "
                                    "muscle, planned_seconds, actual_ms, outcome, stop_reason, "
                                    "finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (session_id, seq) DO NOTHING"),
                     {sessionId, step.seq, step.step, RoutineText::sideName(step.side), step.muscle,
                      step.plannedSeconds, step.actualMs, HistoryText::outcomeName(step.outcome),
                      step.stopReason, msOf(step.finishedAt)});
    if (!insert.exec()) {
        m_database.setLastError(insert.error());
        return false;
    }
    *added = insert.query().numRowsAffected() > 0;
    return true;
}

bool HistoryStore::insertCheckIn(qint64 sessionId, const CheckIn &checkIn, bool replace,
                                 bool *added)
{
    // Only a second check-in of the same session is a conflict; a broken value is an error.
    const QString onConflict = replace
                                   ? QStringLiteral("DO UPDATE SET soreness = excluded.soreness, "
                                                    "feeling = excluded.feeling, at = excluded.at")
                                   : QStringLiteral("DO NOTHING");
    Statement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO checkins (session_id, soreness, feeling, at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (session_id) ") +
            onConflict,
        {sessionId, checkIn.soreness, HistoryText::feelingName(checkIn.feeling), msOf(checkIn.at)});
    if (!insert.exec()) {
        m_database.setLastError(insert.error());
        return false;
    }
    *added = insert.query().numRowsAffected() > 0;
    return true;
}

bool HistoryStore::insertPainLog(const StoredPainLog &log, bool *added)
{
    Statement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO pain_logs (uuid, region, side, pain, note, at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING"),
        {log.uuid, log.region, RoutineText::sideName(log.side), log.pain, log.note, msOf(log.at)});
    if (!insert.exec()) {
        m_database.setLastError(insert.error());
        return false;
    }
    *added = insert.query().numRowsAffected() > 0;
    return true;
}

// Plans are rows of their own (PlanStore writes them); here they are only carried
// through an export and back, as the text they are stored as.
bool HistoryStore::mergePlan(const StoredPlan &plan, bool *added)
{
    const QString source = plan.authored ? QStringLiteral("authored") : QStringLiteral("imported");
    Statement upsert(m_database.connection(),
                     QStringLiteral("INSERT INTO plans (id, version, source, json, imported_at) "
                                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                    "version = excluded.version, json = excluded.json, "
                                    "imported_at = excluded.imported_at "
                                    "WHERE excluded.version > plans.version "
                                    "AND excluded.source = plans.source"),
                     {plan.id, plan.version, source, QString::fromUtf8(plan.bundleJson),
                      msOf(plan.importedAt)});
    if (!upsert.exec()) {
        m_database.setLastError(upsert.error());
        return false;
    }
    *added = upsert.query().numRowsAffected() > 0;
    // A routine id stays with the plan that first brought it.
    for (const QString &routineId : plan.routineIds) {
        if (!run(QStringLiteral("INSERT INTO plan_routines (routine_id, plan_id) VALUES (?, ?) "
                                "ON CONFLICT (routine_id) DO NOTHING"),
                 {routineId, plan.id}))
            return false;
    }
    return true;
}

bool HistoryStore::mergePlans(const QList<StoredPlan> &plans, int *added)
{
    QString active;
    for (const StoredPlan &plan : plans) {
        bool isNew = false;
        if (!mergePlan(plan, &isNew))
            return false;
        *added += isNew ? 1 : 0;
        if (plan.active)
            active = plan.id;
    }
    // The plan active here stays active; with none, the export's becomes active.
    return active.isEmpty() ||
           run(QStringLiteral("UPDATE plans SET active = 1 WHERE id = ? AND NOT EXISTS "
                              "(SELECT 1 FROM plans WHERE active = 1)"),
               {active});
}

// --- the recording API --------------------------------------------------------

bool HistoryStore::beginSession(const StoredSession &session)
{
    return write(Begin{session});
}

bool HistoryStore::addStep(const QString &sessionUuid, const StoredStep &step)
{
    return write(Step{sessionUuid, step});
}

bool HistoryStore::finishSession(const QString &sessionUuid, SessionStatus status,
                                 const QDateTime &endedAt)
{
    return write(Finish{sessionUuid, status, endedAt});
}

bool HistoryStore::setPainBefore(const QString &sessionUuid, int pain)
{
    return write(Pain{sessionUuid, false, qBound(0, pain, 10)});
}

bool HistoryStore::setPainAfter(const QString &sessionUuid, int pain)
{
    return write(Pain{sessionUuid, true, qBound(0, pain, 10)});
}

bool HistoryStore::setCheckIn(const QString &sessionUuid, const CheckIn &checkIn)
{
    CheckIn bounded = checkIn;
    bounded.soreness = qBound(0, checkIn.soreness, 10);
    return write(Check{sessionUuid, bounded});
}

bool HistoryStore::declineResume(const QString &sessionUuid)
{
    return write(Decline{sessionUuid});
}

bool HistoryStore::addPainLog(const PainLogEntry &entry, QString *error)
{
    if (!check(entry, error))
        return false;
    // Kept even when it cannot be saved yet: notice() then says why.
    write(Log{{QUuid::createUuid().toString(QUuid::WithoutBraces), entry.region, entry.side,
               entry.pain, entry.note, entry.at.toUTC()}});
    return true;
}

// --- reading ------------------------------------------------------------------

QList<PainLogEntry> HistoryStore::painLog() const
{
    QList<PainLogEntry> entries;
    for (const StoredPainLog &log : readPainLogs())
        entries.append({log.region, log.side, log.pain, log.note, log.at});
    for (const Write &change : m_pending) {
        if (const auto *log = std::get_if<Log>(&change))
            entries.append(
                {log->log.region, log->log.side, log->log.pain, log->log.note, log->log.at});
    }
    return entries;
}

QList<StoredPlan> HistoryStore::readPlans() const
{
    QList<StoredPlan> plans;
    if (!m_database.isOpen())
        return plans;
    const QSqlDatabase db = m_database.connection();
    Statement select(db, QStringLiteral("SELECT id, version, source, json, imported_at, active "
                                        "FROM plans ORDER BY id"));
    QHash<QString, qsizetype> indexOf;
    for (select.exec(); select.query().next();) {
        const QSqlQuery &q = select.query();
        indexOf.insert(q.value(0).toString(), plans.size());
        plans.append({q.value(0).toString(), q.value(1).toInt(),
                      q.value(2).toString() == QLatin1String("authored"),
                      q.value(3).toString().toUtf8(), timeOf(q.value(4)), q.value(5).toInt() != 0,
                      {}});
    }
    Statement owned(db, QStringLiteral("SELECT plan_id, routine_id FROM plan_routines "
                                       "ORDER BY plan_id, routine_id"));
    for (owned.exec(); owned.query().next();) {
        const QSqlQuery &q = owned.query();
        if (indexOf.contains(q.value(0).toString()))
            plans[indexOf.value(q.value(0).toString())].routineIds.append(q.value(1).toString());
    }
    return plans;
}

QList<StoredPainLog> HistoryStore::readPainLogs() const
{
    QList<StoredPainLog> logs;
    if (!m_database.isOpen())
        return logs;
    Statement select(m_database.connection(),
                     QStringLiteral("SELECT uuid, region, side, pain, note, at FROM pain_logs "
                                    "ORDER BY at, id"));
    if (!select.exec())
        return logs;
    QSqlQuery &q = select.query();
    while (q.next()) {
        logs.append({q.value(0).toString(), q.value(1).toString(), sideOf(q.value(2)),
                     q.value(3).toInt(), q.value(4).toString(), timeOf(q.value(5))});
    }
    return logs;
}

std::optional<StoredSession> HistoryStore::lastSession() const
{
    const QList<StoredSession> found = readSessions(
        QStringLiteral("sessions.id = (SELECT id FROM sessions ORDER BY started_at DESC, id DESC "
                       "LIMIT 1)"),
        {});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<StoredSession> HistoryStore::session(const QString &uuid) const
{
    const QList<StoredSession> found = readSessions(QStringLiteral("sessions.uuid = ?"), {uuid});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

HistoryData HistoryStore::everything() const
{
    return {readSessions(QStringLiteral("1"), {}), readPainLogs(), readPlans()};
}

int HistoryStore::sessionCount() const
{
    if (!m_database.isOpen())
        return 0;
    Statement count(m_database.connection(), QStringLiteral("SELECT count(*) FROM sessions"));
    return count.exec() && count.query().next() ? count.query().value(0).toInt() : 0;
}

// `where` is one of the fixed filters above, never text from outside.
QList<StoredSession> HistoryStore::readSessions(const QString &where,
                                                const QVariantList &values) const
{
    QList<StoredSession> sessions;
    if (!m_database.isOpen())
        return sessions;
    const QSqlDatabase db = m_database.connection();
    Statement select(db,
                     QStringLiteral("SELECT %1 FROM sessions JOIN routine_snapshots "
                                    "ON routine_snapshots.id = sessions.snapshot_id "
                                    "WHERE %2 ORDER BY started_at, sessions.id")
                         .arg(kSessionColumns, where),
                     values);
    if (!select.exec())
        return sessions;
    QHash<qint64, qsizetype> indexOf;
    for (QSqlQuery &q = select.query(); q.next();) {
        StoredSession s;
        s.uuid = q.value(1).toString();
        s.routineId = q.value(2).toString();
        s.routineTitle = q.value(3).toString();
        s.routineJson = q.value(4).toString().toUtf8();
        s.startedAt = timeOf(q.value(5));
        s.endedAt = timeOf(q.value(6));
        s.status =
            HistoryText::statusFromName(q.value(7).toString()).value_or(SessionStatus::Interrupted);
        s.painBefore = intOf(q.value(8));
        s.painAfter = intOf(q.value(9));
        s.resumedFrom = q.value(10).toString();
        s.resumeDeclined = q.value(11).toInt() != 0;
        indexOf.insert(q.value(0).toLongLong(), sessions.size());
        sessions.append(s);
    }
    const QString chosen =
        QStringLiteral("session_id IN (SELECT id FROM sessions WHERE %1)").arg(where);
    Statement areas(db,
                    QStringLiteral("SELECT session_id, area FROM session_areas WHERE %1 "
                                   "ORDER BY session_id, area")
                        .arg(chosen),
                    values);
    for (areas.exec(); areas.query().next();) {
        QSqlQuery &q = areas.query();
        sessions[indexOf.value(q.value(0).toLongLong())].areas.append(q.value(1).toString());
    }
    Statement steps(db,
                    QStringLiteral("SELECT session_id, seq, step, side, muscle, planned_seconds, "
                                   "actual_ms, outcome, stop_reason, finished_at "
                                   "FROM session_steps WHERE %1 ORDER BY session_id, seq")
                        .arg(chosen),
                    values);
    for (steps.exec(); steps.query().next();) {
        QSqlQuery &q = steps.query();
        sessions[indexOf.value(q.value(0).toLongLong())].steps.append(
            {q.value(1).toInt(), q.value(2).toInt(), sideOf(q.value(3)), q.value(4).toString(),
             q.value(5).toInt(), q.value(6).toLongLong(),
             HistoryText::outcomeFromName(q.value(7).toString()).value_or(Outcome::Done),
             q.value(8).toString(), timeOf(q.value(9))});
    }
    Statement checkIns(db,
                       QStringLiteral("SELECT session_id, soreness, feeling, at FROM checkins "
                                      "WHERE %1")
                           .arg(chosen),
                       values);
    for (checkIns.exec(); checkIns.query().next();) {
        QSqlQuery &q = checkIns.query();
        sessions[indexOf.value(q.value(0).toLongLong())].checkIn =
            CheckIn{q.value(1).toInt(),
                    HistoryText::feelingFromName(q.value(2).toString()).value_or(Feeling::Same),
                    timeOf(q.value(3))};
    }
    return sessions;
}

// Three aggregate queries over the indexed tables: no routine snapshot is read.
QList<SessionSummary> HistoryStore::summaries() const
{
    QList<SessionSummary> summaries;
    if (!m_database.isOpen())
        return summaries;
    const QSqlDatabase db = m_database.connection();
    QHash<qint64, qsizetype> indexOf;
    Statement sessions(
        db, QStringLiteral("SELECT id, routine_id, routine_title, started_at, "
                           "pain_before, pain_after FROM sessions ORDER BY started_at, id"));
    for (sessions.exec(); sessions.query().next();) {
        QSqlQuery &q = sessions.query();
        indexOf.insert(q.value(0).toLongLong(), summaries.size());
        summaries.append({q.value(1).toString(),
                          q.value(2).toString(),
                          timeOf(q.value(3)),
                          0,
                          {},
                          {},
                          intOf(q.value(4)),
                          intOf(q.value(5))});
    }
    Statement muscles(db,
                      QStringLiteral("SELECT session_id, muscle, sum(actual_ms) FROM session_steps "
                                     "GROUP BY session_id, muscle"));
    for (muscles.exec(); muscles.query().next();) {
        QSqlQuery &q = muscles.query();
        SessionSummary &summary = summaries[indexOf.value(q.value(0).toLongLong())];
        const qint64 ms = q.value(2).toLongLong();
        summary.activeMs += ms;
        if (ms > 0 && !q.value(1).toString().isEmpty())
            summary.muscles.append(q.value(1).toString());
    }
    Statement areas(db, QStringLiteral("SELECT session_id, area FROM session_areas"));
    for (areas.exec(); areas.query().next();) {
        QSqlQuery &q = areas.query();
        summaries[indexOf.value(q.value(0).toLongLong())].areas.append(q.value(1).toString());
    }
    return summaries;
}

// --- merging ------------------------------------------------------------------

bool HistoryStore::merge(const HistoryData &data, MergeCount *added, QString *error)
{
    if (!flush() || !m_database.isOpen()) {
        *error = m_notice;
        return false;
    }
    MergeCount count;
    const bool saved = m_database.transaction([&] {
        for (const StoredSession &session : data.sessions) {
            bool isNew = false;
            if (!insertSession(session, &isNew))
                return false;
            if (isNew) {
                ++count.sessions;
                count.steps += int(session.steps.size());
                count.checkIns += session.checkIn ? 1 : 0;
                continue;
            }
            // A session already here may still lack steps or a check-in the export has.
            const std::optional<qint64> id = sessionId(session.uuid);
            if (!id)
                return false;
            for (const StoredStep &step : session.steps) {
                if (!insertStep(*id, step, &isNew))
                    return false;
                count.steps += isNew ? 1 : 0;
            }
            if (session.checkIn) {
                if (!insertCheckIn(*id, *session.checkIn, false, &isNew))
                    return false;
                count.checkIns += isNew ? 1 : 0;
            }
        }
        for (const StoredPainLog &log : data.painLogs) {
            bool isNew = false;
            if (!insertPainLog(log, &isNew))
                return false;
            count.painLogs += isNew ? 1 : 0;
        }
        return mergePlans(data.plans, &count.plans);
    });
    if (!saved) {
        *error = faultNotice();
        return false;
    }
    *added = count;
    Q_EMIT historyChanged();
    return true;
}
