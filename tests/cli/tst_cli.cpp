// The command line, through the real `unknot` binary: every command and its
// exit code.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSource = QStringLiteral(UNKNOT_SOURCE_DIR);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run unknot(const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    QProcessEnvironment env = environment.isEmpty() ? QProcessEnvironment::systemEnvironment()
                                                    : environment;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(UNKNOT_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString goldenFile(const QString &name)
{
    QFile file(kSource + QStringLiteral("/tests/data/golden/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

const QByteArray kShortRoutine = R"({
  "format": 1, "id": "two-holds", "title": "Two holds", "description": "Short.",
  "areas": ["neck.back"], "equipment": ["ball", "wall"],
  "steps": [
    {"type": "hold", "title": "First", "instructions": "Lean in.", "muscle": "upper_trapezius",
     "side": "left", "seconds": 4, "intensity": 5},
    {"type": "stretch", "title": "Second", "instructions": "Ease.", "muscle": "levator_scapulae",
     "side": "none", "seconds": 3}
  ]
})";

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("UNKNOT_DATA_DIR"), m_dataDir.path());
        QVERIFY(QDir().mkpath(m_dataDir.filePath(QStringLiteral("routines"))));
        m_shortRoutine = m_dataDir.filePath(QStringLiteral("short.json"));
        writeFile(m_shortRoutine, kShortRoutine);
    }

    void versionAndHelp()
    {
        const Run version = unknot({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("unknot " UNKNOT_VERSION));

        const Run help = unknot({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--validate", "--list", "--simulate", "--play", "--speed",
                                   "--self-test", "--data-dir", "UNKNOT_DATA_DIR"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        QVERIFY(!help.out.contains(QLatin1String("quit-after-first-frame")));
    }

    void wrongUsageExitsWithTwo()
    {
        const Run unknown = unknot({QStringLiteral("--list"), QStringLiteral("--frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("frobnicate")));
        QCOMPARE(unknot({QStringLiteral("--validate")}).exitCode, 2);
        QCOMPARE(unknot({QStringLiteral("--play"), QStringLiteral("stiff-neck"),
                         QStringLiteral("--speed"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(unknot({QStringLiteral("--list"), QStringLiteral("stray.json")}).exitCode, 2);
    }

    void validateAcceptsGoodFiles()
    {
        const Run run = unknot({QStringLiteral("--validate"), m_shortRoutine,
                                kSource + QStringLiteral("/routines/stiff-neck.json")});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, QString());
        QCOMPARE(run.exitCode, 0);
    }

    void validateReportsEveryProblemAndExitsWithOne()
    {
        const QString bad = m_dataDir.filePath(QStringLiteral("neck.json"));
        QByteArray content = kShortRoutine;
        content.replace("\"seconds\": 4", "\"seconds\": 0").replace("\"side\": \"none\"", "\"side\": \"middle\"");
        writeFile(bad, content);
        const Run run = unknot({QStringLiteral("--validate"), m_shortRoutine, bad});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(bad + QStringLiteral(": steps[0].seconds: ")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(bad + QStringLiteral(": steps[1].side: ")), qPrintable(lines.at(1)));
    }

    void validateRefusesAMissingFile()
    {
        const Run run = unknot({QStringLiteral("--validate"), QStringLiteral("/nonexistent/neck.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(QLatin1String("/nonexistent/neck.json: ")), qPrintable(run.out));
    }

    void listShowsBuiltInAndOwnRoutines()
    {
        writeFile(m_dataDir.filePath(QStringLiteral("routines/mine.json")), kShortRoutine);
        writeFile(m_dataDir.filePath(QStringLiteral("routines/broken.json")), "[");
        const Run run = unknot({QStringLiteral("--list")}, m_env);
        QCOMPARE(run.exitCode, 0);
        for (const char *id : {"tension-headache", "stiff-neck", "low-back", "two-holds"})
            QVERIFY2(run.out.contains(QLatin1String(id)), id);
        QVERIFY2(run.err.contains(m_dataDir.filePath(QStringLiteral("routines/broken.json")) +
                                  QStringLiteral(": ")),
                 qPrintable(run.err));

        const Run json = unknot({QStringLiteral("--list"), QStringLiteral("--json")}, m_env);
        QCOMPARE(json.exitCode, 0);
        const QJsonArray routines = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(routines.size(), 4);
        QCOMPARE(routines.last()[QStringLiteral("id")].toString(), QStringLiteral("two-holds"));
        QCOMPARE(routines.last()[QStringLiteral("source")].toString(), QStringLiteral("user"));
        QCOMPARE(routines.last()[QStringLiteral("seconds")].toInt(), 5 + 4 + 10 + 3);
        QCOMPARE(routines.first()[QStringLiteral("source")].toString(), QStringLiteral("built-in"));

        // --data-dir wins over the environment variable.
        QTemporaryDir empty;
        const Run other = unknot({QStringLiteral("--list"), QStringLiteral("--data-dir"), empty.path()}, m_env);
        QVERIFY(!other.out.contains(QLatin1String("two-holds")));
        QVERIFY(other.err.isEmpty());

        QFile::remove(m_dataDir.filePath(QStringLiteral("routines/mine.json")));
        QFile::remove(m_dataDir.filePath(QStringLiteral("routines/broken.json")));
    }

    void simulatePrintsTheGoldenTimeline()
    {
        const Run run = unknot({QStringLiteral("--simulate"), QStringLiteral("stiff-neck")}, m_env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.isEmpty());
        QCOMPARE(run.out, goldenFile(QStringLiteral("stiff-neck.txt")));

        const Run right = unknot({QStringLiteral("--simulate"), QStringLiteral("stiff-neck"),
                                  QStringLiteral("--right-first")}, m_env);
        QCOMPARE(right.out, goldenFile(QStringLiteral("stiff-neck.right-first.txt")));
    }

    void simulateTakesAFileAndPrintsJson()
    {
        const Run run = unknot({QStringLiteral("--simulate"), m_shortRoutine, QStringLiteral("--json")}, m_env);
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(QJsonDocument::fromJson(lines.first().toUtf8()).object(),
                 QJsonObject({{QStringLiteral("at"), 0}, {QStringLiteral("kind"), QStringLiteral("get-ready")},
                              {QStringLiteral("step"), 1}, {QStringLiteral("text"), QStringLiteral("First")}}));
        QCOMPARE(QJsonDocument::fromJson(lines.last().toUtf8()).object(),
                 QJsonObject({{QStringLiteral("at"), 22000}, {QStringLiteral("kind"), QStringLiteral("finished")}}));
        for (const QString &line : lines)
            QVERIFY2(QJsonDocument::fromJson(line.toUtf8()).isObject(), qPrintable(line));
    }

    void simulateRefusesUnknownAndBrokenRoutines()
    {
        const Run unknown = unknot({QStringLiteral("--simulate"), QStringLiteral("no-such-routine")}, m_env);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QLatin1String("no-such-routine")));
        QVERIFY(unknown.out.isEmpty());

        const QString broken = m_dataDir.filePath(QStringLiteral("broken.json"));
        writeFile(broken, "{}");
        const Run refused = unknot({QStringLiteral("--simulate"), broken}, m_env);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.startsWith(broken + QStringLiteral(": ")), qPrintable(refused.err));
    }

    void playRunsInRealTimeAndPrintsTheSameCues()
    {
        // Cues carry the time they were due, so a fast real-time run prints
        // exactly what the virtual clock does.
        const Run run = unknot({QStringLiteral("--play"), QStringLiteral("stiff-neck"),
                                QStringLiteral("--speed"), QStringLiteral("1000")}, m_env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, goldenFile(QStringLiteral("stiff-neck.txt")));
        QVERIFY2(run.err.contains(QLatin1String("step 1 left: ")), qPrintable(run.err));
    }

    void playStopsCleanlyOnCtrlC()
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(UNKNOT_BINARY),
                      {QStringLiteral("--play"), m_shortRoutine, QStringLiteral("--speed"), QStringLiteral("0.1")});
        QVERIFY(process.waitForReadyRead(10000)); // the get-ready line
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.last().endsWith(QLatin1String(" stopped")), qPrintable(lines.last()));
    }

private:
    QTemporaryDir m_dataDir;
    QProcessEnvironment m_env;
    QString m_shortRoutine;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_cli.moc"
