// history.sqlite itself: migrations from every earlier schema version, a file
// from a newer Unknot, damaged files, and owner-only permissions. Real SQLite
// files in a temporary folder.

#include "storage/database.h"
#include "storage/historystore.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QString kFixtures = QStringLiteral(UNKNOT_SOURCE_DIR "/tests/data/db/");

// Runs a fixture script (statements end with ";" at a line end) into a new file.
bool buildFixture(const QString &script, const QString &target)
{
    QFile file(kFixtures + script);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(target);
        ok = db.open();
        QString statement;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                QSqlQuery query(db);
                ok = ok && query.exec(statement);
                statement.clear();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The schema as SQLite describes it: what a migrated and a fresh file must share.
QStringList schemaOf(Database &database)
{
    QStringList schema;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    while (query.next()) {
        schema.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                      QLatin1Char(' ') + query.value(2).toString().simplified());
    }
    return schema;
}

QVariant scalar(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeBytes(const QString &path, const QByteArray &bytes, qint64 at = 0)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(at);
    file.write(bytes);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseHasTheLatestSchemaAndPragmas()
    {
        QTemporaryDir dir;
        Database database(dir.path());
        QCOMPARE(database.open(), Database::State::Open);
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(),
                 Schema::latestVersion());
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA busy_timeout")).toInt(),
                 Database::kBusyTimeoutMs);
    }

    void everyEarlierVersionMigratesToTheSameSchema_data()
    {
        QTest::addColumn<QString>("fixture");
        for (int version = 1; version < Schema::latestVersion(); ++version)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(version)))
                << QStringLiteral("v%1.sql").arg(version);
    }

    void everyEarlierVersionMigratesToTheSameSchema()
    {
        QFETCH(QString, fixture);
        QTemporaryDir freshDir;
        Database fresh(freshDir.path());
        QCOMPARE(fresh.open(), Database::State::Open);

        QTemporaryDir dir;
        QVERIFY(buildFixture(fixture, QDir(dir.path()).filePath(Database::fileName())));
        Database old(dir.path());
        QCOMPARE(old.open(), Database::State::Open);
        QCOMPARE(scalar(old, QStringLiteral("PRAGMA user_version")).toInt(),
                 Schema::latestVersion());
        QCOMPARE(schemaOf(old), schemaOf(fresh));
        QCOMPARE(scalar(old, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(scalar(old, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    }

    void version1SessionsKeepTheirStepsAndGainTheirAreas()
    {
        QTemporaryDir dir;
        QVERIFY(buildFixture(QStringLiteral("v1.sql"),
                             QDir(dir.path()).filePath(Database::fileName())));
        HistoryStore store(dir.path());
        QCOMPARE(store.open(), Database::State::Open);
        const HistoryData data = store.everything();
        QCOMPARE(data.sessions.size(), 2);
        const StoredSession &first = data.sessions.first();
        QCOMPARE(first.uuid, QStringLiteral("0b9f3c52-6a3e-4c57-9d1e-3f1f3c0a0001"));
        QCOMPARE(first.areas,
                 (QStringList{QStringLiteral("neck.back"), QStringLiteral("shoulder.top")}));
        QCOMPARE(first.status, SessionStatus::Completed);
        QCOMPARE(first.painBefore, 6);
        QCOMPARE(first.painAfter, 3);
        QCOMPARE(first.steps.size(), 2);
        QCOMPARE(first.steps.at(1).muscle, QStringLiteral("levator_scapulae"));
        QCOMPARE(first.startedAt, QDateTime::fromMSecsSinceEpoch(1714550400000, Qt::UTC));
        const StoredSession &second = data.sessions.at(1);
        QCOMPARE(second.status, SessionStatus::Interrupted);
        QVERIFY(!second.resumeDeclined);
        QCOMPARE(second.steps.size(), 1);
        QCOMPARE(second.steps.first().outcome, Outcome::EndedEarly);
    }

    void aNewerDatabaseIsRefusedAndLeftByteForByte()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(Database::fileName());
        {
            Database database(dir.path());
            QCOMPARE(database.open(), Database::State::Open);
            QSqlQuery(database.connection())
                .exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1));
        }
        const QByteArray before = digestOf(path);
        HistoryStore store(dir.path());
        QCOMPARE(store.open(), Database::State::TooNew);
        QVERIFY2(store.notice().contains(QLatin1String("newer version of Unknot")),
                 qPrintable(store.notice()));
        QVERIFY(store.notice().contains(path));
        // Writes are kept in memory and never reach the file.
        StoredSession session;
        session.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        session.routineId = QStringLiteral("r");
        session.routineTitle = QStringLiteral("R");
        session.routineJson = "{}";
        session.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(!store.beginSession(session));
        QVERIFY(!store.flush());
        QCOMPARE(store.pendingCount(), 1);
        QCOMPARE(digestOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void aFileThatIsNotADatabaseIsMovedAsideAndKept()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(Database::fileName());
        const QByteArray garbage =
            QByteArray("this is not a database, it is a shopping list\n").repeated(200);
        writeBytes(path, garbage);
        HistoryStore store(dir.path());
        QCOMPARE(store.open(), Database::State::Open);
        QVERIFY(store.restoreSuggested());
        const QString aside = store.database().movedAsideTo();
        QVERIFY2(QFileInfo(aside).fileName().contains(QRegularExpression(
                     QStringLiteral("^history\\.corrupt-\\d{8}-\\d{6}\\.sqlite$"))),
                 qPrintable(aside));
        QFile kept(aside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        QVERIFY(store.notice().contains(aside));
        QVERIFY(store.notice().contains(QLatin1String("restore")));
        QCOMPARE(store.sessionCount(), 0); // a fresh, working database
    }

    void aDatabaseThatFailsTheIntegrityCheckIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(Database::fileName());
        {
            HistoryStore store(dir.path());
            QCOMPARE(store.open(), Database::State::Open);
            for (int i = 0; i < 50; ++i) {
                QString error;
                QVERIFY(store.addPainLog({QStringLiteral("neck.back"), Side::Left, i % 11,
                                          QStringLiteral("note %1").arg(i).repeated(20),
                                          QDateTime::currentDateTimeUtc()},
                                         &error));
            }
        }
        // Page 3 onwards holds table and index pages: scribble over one of them.
        const qint64 pageSize = 4096;
        QVERIFY(QFileInfo(path).size() > 4 * pageSize);
        writeBytes(path, QByteArray(int(pageSize), '\x5a'), 3 * pageSize);
        const QByteArray damaged = digestOf(path);

        HistoryStore store(dir.path());
        QCOMPARE(store.open(), Database::State::Open);
        QVERIFY(store.restoreSuggested());
        QCOMPARE(digestOf(store.database().movedAsideTo()), damaged);
        QCOMPARE(store.painLog().size(), 0);
    }

    void theDatabaseAndItsJournalAreOwnerOnly()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QCOMPARE(store.open(), Database::State::Open);
        QString error;
        QVERIFY(store.addPainLog(
            {QStringLiteral("neck.back"), Side::None, 4, {}, QDateTime::currentDateTimeUtc()},
            &error));
        const QString path = store.database().filePath();
        for (const QString &file :
             {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QCOMPARE(QFile::permissions(file),
                     QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
