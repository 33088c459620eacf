#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>

// history.sqlite in the data folder: opening it with the right pragmas, bringing
// its schema up to date (Schema), and the faults of the file itself. A file that
// is not a database or fails the integrity check is moved aside and kept, and a
// fresh one is created; a file written by a newer Unknot is refused and never
// written to; a folder that cannot be written leaves the database unavailable.
class Database
{
public:
    enum class State { Closed, Open, TooNew, Unavailable };
    // Why a write failed, so the store can say what a person can do about it.
    enum class Fault { None, Full, ReadOnly, Other };

    static constexpr int kBusyTimeoutMs = 5000;
    static QString fileName() { return QStringLiteral("history.sqlite"); }

    explicit Database(const QString &dataDir);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    State open();
    void close();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    QString dataDir() const { return m_dataDir; }
    QString filePath() const;
    // Why the database is not open, as a sentence a person can act on.
    QString errorText() const { return m_errorText; }
    // Where the last open() moved a damaged file, or empty.
    QString movedAsideTo() const { return m_movedAsideTo; }
    QSqlDatabase connection() const { return m_db; }

    // Runs `work` between BEGIN IMMEDIATE and COMMIT, and rolls back when `work`
    // returns false or the commit fails. The failing error is in lastError().
    bool transaction(const std::function<bool()> &work);
    QSqlError lastError() const { return m_lastError; }
    void setLastError(const QSqlError &error) { m_lastError = error; }
    static Fault faultOf(const QSqlError &error);

    // Health data: the database, its -wal and -shm, and exports are the owner's only.
    static void makeOwnerOnly(const QString &path);

private:
    enum class Probe { Usable, Damaged, TooNew, Unreadable };

    Probe probeExisting();
    bool moveDamagedAside();
    bool createOwnerOnly();
    bool openConnection();
    bool configure();
    bool migrate();
    bool exec(const QString &statement);
    State fail(State state, const QString &text);

    QString m_dataDir;
    QString m_connectionName;
    QSqlDatabase m_db;
    State m_state = State::Closed;
    QString m_errorText;
    QString m_movedAsideTo;
    QSqlError m_lastError;
};
