#include "database.h"
#include "schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace {

// SQLite's primary result codes (sqlite3.h), as QSqlError::nativeErrorCode() gives them.
enum SqliteCode {
    Perm = 3,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26,
};

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1; // extended codes carry the primary one in the low byte
}

const QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

QString uniqueConnectionName()
{
    return QStringLiteral("unknot-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Opens and closes a QSqlDatabase under its own connection name.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, const QString &options) : m_name(uniqueConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_opened = db.open();
    }
    ~ScopedConnection() { QSqlDatabase::removeDatabase(m_name); }
    bool opened() const { return m_opened; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
};

} // namespace

Database::Database(const QString &dataDir) : m_dataDir(dataDir) {}

Database::~Database()
{
    close();
}

QString Database::filePath() const
{
    return QDir(m_dataDir).filePath(fileName());
}

Database::State Database::open()
{
    close();
    m_movedAsideTo.clear();
    m_errorText.clear();
    if (!QDir().mkpath(m_dataDir)) {
        return fail(State::Unavailable,
                    QStringLiteral("%1: cannot create the data folder; your history cannot be "
                                   "saved until it can")
                        .arg(m_dataDir));
    }
    // Health data: the folder is the owner's only, also when an older Unknot made
    // it readable to others, and for headless commands as for the app. Only what
    // others may do is taken away: a folder made read-only stays read-only.
    const QFile::Permissions folder = QFile::permissions(m_dataDir);
    const QFile::Permissions ownerBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                         QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    if (folder & ~ownerBits)
        QFile::setPermissions(m_dataDir, folder & ownerBits);
    if (QFile::exists(filePath())) {
        switch (probeExisting()) {
        case Probe::Usable:
            break;
        case Probe::TooNew:
            return fail(State::TooNew,
                        QStringLiteral("%1: written by a newer version of Unknot; it was left "
                                       "untouched. Update Unknot to see and add to this history.")
                            .arg(filePath()));
        case Probe::Unreadable:
            return fail(State::Unavailable,
                        QStringLiteral("%1: cannot be read (%2); your history cannot be saved "
                                       "until it can")
                            .arg(filePath(), m_lastError.databaseText()));
        case Probe::Damaged:
            if (!moveDamagedAside()) {
                return fail(State::Unavailable,
                            QStringLiteral("%1: damaged, and it cannot be moved aside; move it "
                                           "out of the folder yourself")
                                .arg(filePath()));
            }
            break;
        }
    }
    if (!createOwnerOnly() || !openConnection() || !configure() || !migrate()) {
        const QString reason = m_lastError.databaseText();
        return fail(State::Unavailable,
                    QStringLiteral("%1: cannot be written (%2); your sessions are kept until it "
                                   "can")
                        .arg(filePath(), reason));
    }
    m_state = State::Open;
    return m_state;
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_state = State::Closed;
}

Database::State Database::fail(State state, const QString &text)
{
    close();
    m_state = state;
    m_errorText = text;
    return state;
}

// Looks at an existing file through a read-only connection, which can never
// write to it (not even the checkpoint a closing read-write connection does),
// so a newer or damaged file is judged without being changed.
Database::Probe Database::probeExisting()
{
    ScopedConnection probe(
        filePath(),
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!probe.opened()) {
        m_lastError = probe.db().lastError();
        return Probe::Unreadable;
    }
    QSqlQuery version(probe.db());
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        m_lastError = version.lastError();
        const int code = sqliteCode(m_lastError);
        return code == NotADb || code == Corrupt ? Probe::Damaged : Probe::Unreadable;
    }
    if (version.value(0).toInt() > Schema::latestVersion())
        return Probe::TooNew;
    QSqlQuery check(probe.db());
    if (!check.exec(QStringLiteral("PRAGMA integrity_check(1)")) || !check.next()) {
        m_lastError = check.lastError();
        const int code = sqliteCode(m_lastError);
        return code == NotADb || code == Corrupt ? Probe::Damaged : Probe::Unreadable;
    }
    return check.value(0).toString() == QLatin1String("ok") ? Probe::Usable : Probe::Damaged;
}

bool Database::moveDamagedAside()
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target =
        QDir(m_dataDir).filePath(QStringLiteral("history.corrupt-%1.sqlite").arg(stamp));
    for (int n = 2; QFile::exists(target); ++n) {
        target = QDir(m_dataDir).filePath(
            QStringLiteral("history.corrupt-%1-%2.sqlite").arg(stamp).arg(n));
    }
    if (!QFile::rename(filePath(), target))
        return false;
    // The -wal belongs to the damaged file: left here it would be replayed into the new one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(filePath() + suffix) &&
            !QFile::rename(filePath() + suffix, target + suffix))
            QFile::remove(filePath() + suffix);
    }
    m_movedAsideTo = target;
    return true;
}

// SQLite gives the -wal and -shm files the permissions of the database file,
// so creating that one owner-only is what keeps all three private.
bool Database::createOwnerOnly()
{
    if (QFile::exists(filePath())) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(filePath() + suffix))
                makeOwnerOnly(filePath() + suffix);
        }
        return true;
    }
    QFile file(filePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
        m_lastError = QSqlError(file.errorString(), file.errorString(), QSqlError::ConnectionError,
                                QString::number(CantOpen));
        return false;
    }
    return true;
}

bool Database::openConnection()
{
    m_connectionName = uniqueConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(filePath());
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!m_db.open()) {
        m_lastError = m_db.lastError();
        return false;
    }
    return true;
}

// WAL: a commit appends to history.sqlite-wal, and readers never block the writer.
// synchronous=FULL: every commit also fsyncs the WAL. NORMAL would already keep a
// committed step through a killed process (the write sits in the OS page cache),
// but not through a power cut or a phone whose battery dies mid-session; one
// fsync per finished step costs nothing a person could notice.
bool Database::configure()
{
    QSqlQuery wal(m_db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next() ||
        wal.value(0).toString() != QLatin1String("wal")) {
        m_lastError = wal.lastError().isValid()
                          ? wal.lastError()
                          : QSqlError(QStringLiteral("WAL journal not available"),
                                      QStringLiteral("WAL journal not available"),
                                      QSqlError::StatementError, QString::number(ReadOnly));
        return false;
    }
    return exec(QStringLiteral("PRAGMA synchronous = FULL")) &&
           exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

// Each migration runs in its own transaction together with its user_version,
// so a crash or a full disk mid-way leaves the database at the version before.
bool Database::migrate()
{
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        m_lastError = version.lastError();
        return false;
    }
    const int current = version.value(0).toInt();
    version.finish();
    for (int target = current + 1; target <= Schema::latestVersion(); ++target) {
        const bool done = transaction([&] {
            for (const QString &statement : Schema::migration(target)) {
                if (!exec(statement))
                    return false;
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(target));
        });
        if (!done)
            return false;
    }
    return true;
}

bool Database::transaction(const std::function<bool()> &work)
{
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    if (work() && exec(QStringLiteral("COMMIT")))
        return true;
    const QSqlError failure = m_lastError;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_lastError = failure;
    return false;
}

bool Database::exec(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_lastError = query.lastError();
    return false;
}

Database::Fault Database::faultOf(const QSqlError &error)
{
    if (!error.isValid())
        return Fault::None;
    switch (sqliteCode(error)) {
    case Full:
        return Fault::Full;
    case Perm:
    case ReadOnly:
    case IoErr:
    case CantOpen:
        return Fault::ReadOnly;
    default:
        return Fault::Other;
    }
}

void Database::makeOwnerOnly(const QString &path)
{
    QFile::setPermissions(path, kOwnerOnly);
}
