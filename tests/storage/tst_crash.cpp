// The real binary, killed: `unknot --play --speed` is killed with SIGKILL at
// random moments; after every kill each side it reported finished is in the
// database and the database passes PRAGMA integrity_check. Then the history
// commands of the command line and their exit codes.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

constexpr int kKills = 25;
constexpr quint32 kSeed = 20240501;

// Every side the child printed as finished, from complete lines only.
QSet<QString> reportedSides(const QByteArray &stderrText)
{
    static const QRegularExpression line(QStringLiteral("^step (\\d+) (\\w+): .*$"),
                                         QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(stderrText.left(stderrText.lastIndexOf('\n') + 1));
    QSet<QString> sides;
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!match.captured(0).contains(QLatin1String("not saved")))
            sides.insert(
                QStringLiteral("%1 %2").arg(match.captured(1).toInt() - 1).arg(match.captured(2)));
    }
    return sides;
}

struct Saved
{
    QString integrity;
    int sessions = 0;
    QSet<QString> lastSessionSides;
};

// Reads the database as the next start of the app would find it, read-only.
Saved readDatabase(const QString &path)
{
    Saved saved;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                saved.integrity = q.value(0).toString();
            if (q.exec(QStringLiteral("SELECT count(*) FROM sessions")) && q.next())
                saved.sessions = q.value(0).toInt();
            q.exec(QStringLiteral("SELECT step, side FROM session_steps WHERE session_id = "
                                  "(SELECT max(id) FROM sessions)"));
            while (q.next())
                saved.lastSessionSides.insert(
                    QStringLiteral("%1 %2").arg(q.value(0).toInt()).arg(q.value(1).toString()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return saved;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run unknot(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(UNKNOT_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReportedSideSurvivesSigkill()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("history.sqlite"));
        QRandomGenerator random(kSeed);
        int sidesChecked = 0;
        for (int kill = 0; kill < kKills; ++kill) {
            // A kill before the first side ends may leave a session with no step.
            const int sessionsBefore = readDatabase(database).sessions;
            QProcess child;
            child.setStandardOutputFile(QProcess::nullDevice());
            // stiff-neck takes about 2 s at this speed: a kill lands anywhere in it.
            child.start(QStringLiteral(UNKNOT_BINARY),
                        {QStringLiteral("--play"), QStringLiteral("stiff-neck"),
                         QStringLiteral("--speed"), QStringLiteral("300"),
                         QStringLiteral("--data-dir"), dir.path()});
            QVERIFY(child.waitForStarted());
            const int afterMs = 30 + int(random.bounded(2300));
            if (!child.waitForFinished(afterMs)) {
                child.kill(); // SIGKILL
                QVERIFY(child.waitForFinished(10000));
            }
            const QSet<QString> reported = reportedSides(child.readAllStandardError());

            const Saved saved = readDatabase(database);
            QCOMPARE(saved.integrity, QStringLiteral("ok"));
            if (reported.isEmpty())
                continue;
            QCOMPARE(saved.sessions, sessionsBefore + 1);
            for (const QString &side : reported) {
                QVERIFY2(saved.lastSessionSides.contains(side),
                         qPrintable(QStringLiteral("kill %1 after %2 ms: step %3 was reported "
                                                   "finished but is not in the database")
                                        .arg(kill)
                                        .arg(afterMs)
                                        .arg(side)));
            }
            sidesChecked += int(reported.size());
        }
        QVERIFY2(sidesChecked > kKills, "the kills came too early to test anything");
    }

    void exportRestoreAndCsvFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QCOMPARE(unknot({QStringLiteral("--play"), QStringLiteral("stiff-neck"),
                         QStringLiteral("--speed"), QStringLiteral("1000"),
                         QStringLiteral("--data-dir"), data})
                     .exitCode,
                 0);

        const QString file = dir.filePath(QStringLiteral("history.json"));
        Run run = unknot({QStringLiteral("--export"), file, QStringLiteral("--data-dir"), data});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("exported 1 sessions")), qPrintable(run.out));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(exported.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(root.value(QStringLiteral("plans")).toArray(), QJsonArray());
        QCOMPARE(QFile::permissions(file),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);

        const QString csv = dir.filePath(QStringLiteral("csv"));
        QCOMPARE(unknot({QStringLiteral("--export-csv"), csv, QStringLiteral("--data-dir"), data})
                     .exitCode,
                 0);
        for (const char *name : {"sessions.csv", "steps.csv", "pain.csv"})
            QVERIFY(QFile::exists(QDir(csv).filePath(QLatin1String(name))));
        QFile steps(QDir(csv).filePath(QStringLiteral("steps.csv")));
        QVERIFY(steps.open(QIODevice::ReadOnly));
        QCOMPARE(steps.readAll().count("\r\n"), 11); // a header and ten sides

        const QString other = dir.filePath(QStringLiteral("other"));
        run = unknot({QStringLiteral("--restore"), file, QStringLiteral("--data-dir"), other});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("restored 1 sessions, 10 steps")),
                 qPrintable(run.out));
        run = unknot({QStringLiteral("--restore"), file, QStringLiteral("--data-dir"), other});
        QVERIFY2(run.out.contains(QLatin1String("restored 0 sessions, 0 steps")),
                 qPrintable(run.out));

        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write(
            "{\"format\": \"unknot-history\", \"version\": 1, \"sessions\": 5, \"painLogs\": []}");
        brokenFile.close();
        run = unknot({QStringLiteral("--restore"), broken, QStringLiteral("--data-dir"), other});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(broken + QStringLiteral(": sessions: must be a list")),
                 qPrintable(run.err));
        QCOMPARE(unknot({QStringLiteral("--restore")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
