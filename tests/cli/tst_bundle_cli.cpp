// The plan, report and history commands through the real `unknot` binary:
// --import (0 imported, 1 refused with every reason and nothing changed),
// --export-bundle, --report with good and bad dates and an empty range, --restore
// bringing a plan back with its routine files, the exit codes --help documents,
// and the modes of everything they write (owner-only).

#include "storage/database.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSource = QStringLiteral(UNKNOT_SOURCE_DIR);
const QString kCorpus = kSource + QStringLiteral("/tests/data/bundles/");
const QFile::Permissions kOwnerFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
const QFile::Permissions kOwnerFolder = kOwnerFile | QFile::ExeOwner | QFile::ExeUser;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The report draws its PDF with a QGuiApplication, which wants a runtime folder
// as a desktop session has; without one it says so on stderr.
QProcessEnvironment desktopEnvironment()
{
    static QTemporaryDir runtime;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    return environment;
}

Run unknot(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(desktopEnvironment());
    process.start(QStringLiteral(UNKNOT_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run unknotIn(const QString &dataDir, QStringList arguments)
{
    return unknot(arguments << QStringLiteral("--data-dir") << dataDir);
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QVERIFY(QFile::setPermissions(path, permissions));
}

// "NAME.unknot: ..." lines of the corpus, as printed for the file at `path`.
QString expectedFor(const QString &corpusFile, const QString &path)
{
    QString expected =
        QString::fromUtf8(contentOf(corpusFile.chopped(7) + QStringLiteral(".expected")));
    return expected.replace(QFileInfo(corpusFile).fileName() + QStringLiteral(": "),
                            path + QStringLiteral(": "));
}

QString day(qint64 offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

const QString kImported = QStringLiteral(
    ": imported \"Neck and upper back, three times a week\" version 3 for Sam Lee from Dana "
    "Reyes: routines 2 added, 0 replaced, 0 removed; it is now the active plan\n");

} // namespace

class TestBundleCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A data folder with the every-field plan imported.
    QString withPlan(const QString &name)
    {
        const QString data = path(name);
        const QString bundle = kCorpus + QStringLiteral("good/every-field.unknot");
        const Run run = unknotIn(data, {QStringLiteral("--import"), bundle});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return run.exitCode == 0 ? data : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpDocumentsTheCommandsAndExitCodes()
    {
        const Run help = unknot({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *text :
             {"--import", "--export-bundle", "--report", "--from", "--to", "--pdf", "--csv",
              "Exit codes:", "  0  success", "  1  refused", "  2  wrong usage",
              "not a day written YYYY-MM-DD", "130  --play was stopped"})
            QVERIFY2(help.out.contains(QLatin1String(text)), text);
    }

    void importRefusesABrokenBundleWithEveryReasonAndTouchesNothing()
    {
        const QString data = path(QStringLiteral("refused"));
        const QString bad = kCorpus + QStringLiteral("bad/bad-routine-invalid.unknot");
        const Run run = unknotIn(data, {QStringLiteral("--import"), bad});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, expectedFor(bad, bad));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 4);
        // Refused before the database is opened, or even created.
        QVERIFY(!QFileInfo::exists(data));

        const Run missing =
            unknotIn(data, {QStringLiteral("--import"), path(QStringLiteral("nowhere.unknot"))});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err, path(QStringLiteral("nowhere.unknot")) +
                                  QStringLiteral(": file cannot be opened: No such file or "
                                                 "directory\n"));
        QCOMPARE(unknot({QStringLiteral("--import")}).exitCode, 2);
    }

    void importAddsThePlanOnceAndThenRefusesIt()
    {
        const QString data = path(QStringLiteral("imported"));
        const QString bundle = kCorpus + QStringLiteral("good/every-field.unknot");
        const Run run = unknotIn(data, {QStringLiteral("--import"), bundle});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, bundle + kImported);
        QCOMPARE(run.exitCode, 0);
        for (const char *file : {"routines/neck-a.json", "routines/neck-b.json"})
            QVERIFY2(QFile::exists(QDir(data).filePath(QLatin1String(file))), file);
        QCOMPARE(QFile::permissions(data), kOwnerFolder);
        QCOMPARE(QFile::permissions(QDir(data).filePath(QStringLiteral("routines"))), kOwnerFolder);
        const QByteArray database = contentOf(QDir(data).filePath(Database::fileName()));

        const Run again = unknotIn(data, {QStringLiteral("--import"), bundle});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.err, bundle + QStringLiteral(": plan.version: version 3 of this plan is "
                                                    "already imported; there is nothing new in "
                                                    "this file\n"));
        QCOMPARE(contentOf(QDir(data).filePath(Database::fileName())), database);

        // The imported routines are there for the other commands.
        const Run list = unknotIn(data, {QStringLiteral("--list")});
        QVERIFY2(list.out.contains(QLatin1String("neck-b")), qPrintable(list.out));
    }

    void exportBundleWritesWhatWasImportedOwnerOnly()
    {
        const QString data = withPlan(QStringLiteral("export"));
        QVERIFY(!data.isEmpty());
        const QString file = path(QStringLiteral("neck-plan.unknot"));
        writeFile(file, "an older file that others could read", QFile::Permissions(0x6644));
        const Run run =
            unknotIn(data, {QStringLiteral("--export-bundle"), QStringLiteral("neck-plan"), file});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("wrote version 3 of the plan \"Neck and upper back, three "
                                         "times a week\" to ") +
                              file + QLatin1Char('\n'));
        QCOMPARE(QFile::permissions(file), kOwnerFile);
        QCOMPARE(contentOf(file), contentOf(kCorpus + QStringLiteral("good/written.unknot")));

        // ... which imports on another device.
        const Run imported =
            unknotIn(path(QStringLiteral("client")), {QStringLiteral("--import"), file});
        QCOMPARE(imported.out, file + kImported);

        const Run unknown = unknotIn(data, {QStringLiteral("--export-bundle"),
                                            QStringLiteral("nope"), path(QStringLiteral("x"))});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err, QStringLiteral("unknot: there is no plan with the id \"nope\"\n"));
        QVERIFY(!QFile::exists(path(QStringLiteral("x"))));
        const Run noFile =
            unknotIn(data, {QStringLiteral("--export-bundle"), QStringLiteral("neck-plan")});
        QCOMPARE(noFile.exitCode, 2);
        QCOMPARE(noFile.err, QStringLiteral("unknot: --export-bundle takes a plan id and one file "
                                            "to write\nTry 'unknot --help'.\n"));
        QCOMPARE(unknotIn(data, {QStringLiteral("--export-bundle"), QStringLiteral("neck-plan"),
                                 file, file})
                     .exitCode,
                 2);
        const Run unwritable =
            unknotIn(data, {QStringLiteral("--export-bundle"), QStringLiteral("neck-plan"),
                            path(QStringLiteral("no/such/folder/x.unknot"))});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(QLatin1String("x.unknot: cannot be written: ")),
                 qPrintable(unwritable.err));
    }

    void reportWritesPdfAndCsvOwnerOnly()
    {
        const QString data = withPlan(QStringLiteral("report"));
        QVERIFY(!data.isEmpty());
        const Run play = unknotIn(data, {QStringLiteral("--play"), QStringLiteral("neck-a"),
                                         QStringLiteral("--speed"), QStringLiteral("1000"),
                                         QStringLiteral("--no-sound")});
        QCOMPARE(play.exitCode, 0);
        const QString pdf = path(QStringLiteral("report.pdf"));
        const QString csv = path(QStringLiteral("report.csv"));
        const Run run =
            unknotIn(data, {QStringLiteral("--report"), QStringLiteral("--from"), day(-7),
                            QStringLiteral("--to"), day(0), QStringLiteral("--pdf"), pdf,
                            QStringLiteral("--csv"), csv});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            run.out,
            QStringLiteral("wrote the report of 1 sessions from %1 to %2\n").arg(day(-7), day(0)));
        QCOMPARE(QFile::permissions(pdf), kOwnerFile);
        QCOMPARE(QFile::permissions(csv), kOwnerFile);
        QVERIFY(contentOf(pdf).startsWith("%PDF-"));
        const QStringList rows =
            QString::fromUtf8(contentOf(csv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.first(), QStringLiteral("record,date,time,routine_id,routine,in_plan,status,"
                                              "minutes,sessions,area_id,area,pain_before,"
                                              "pain_after,pain_change,pain,checkin_soreness,"
                                              "checkin_feeling,stop_reasons,note"));
        QCOMPARE(rows.filter(QRegularExpression(QStringLiteral("^session,%1,..:..,neck-a,Neck A,"
                                                               "no,completed,1\\.7,")
                                                    .arg(day(0))))
                     .size(),
                 1);

        // Without --pdf and --csv the CSV is printed.
        const Run printed = unknotIn(data, {QStringLiteral("--report"), QStringLiteral("--from"),
                                            day(-7), QStringLiteral("--to"), day(0)});
        QCOMPARE(printed.exitCode, 0);
        QCOMPARE(printed.out.toUtf8(), contentOf(csv));
    }

    void reportOfAnEmptyRangeIsTheHeaderAlone()
    {
        const QString data = withPlan(QStringLiteral("empty"));
        const Run run = unknotIn(data, {QStringLiteral("--report"), QStringLiteral("--from"),
                                        QStringLiteral("2001-01-01"), QStringLiteral("--to"),
                                        QStringLiteral("2001-01-31")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QStringLiteral("\r\n")), 1);
        QVERIFY(run.out.startsWith(QLatin1String("record,date,time,")));
        const QString pdf = path(QStringLiteral("empty.pdf"));
        QCOMPARE(unknotIn(data, {QStringLiteral("--report"), QStringLiteral("--from"),
                                 QStringLiteral("2001-01-01"), QStringLiteral("--to"),
                                 QStringLiteral("2001-01-31"), QStringLiteral("--pdf"), pdf})
                     .out,
                 QStringLiteral("wrote the report of 0 sessions from 2001-01-01 to 2001-01-31\n"));
        QVERIFY(contentOf(pdf).startsWith("%PDF-"));
    }

    void reportRefusesBadDates_data()
    {
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<QString>("message");
        const QString format = QStringLiteral(
            "unknot: --report needs --from and --to as days from 2000 to 2099 written YYYY-MM-DD, "
            "such as --from 2024-05-01 --to 2024-05-31\n");
        QTest::newRow("no such month")
            << QStringList{"--from", "2024-13-01", "--to", "2024-12-31"} << format;
        QTest::newRow("no such day")
            << QStringList{"--from", "2023-02-29", "--to", "2023-03-31"} << format;
        QTest::newRow("words") << QStringList{"--from", "yesterday", "--to", "today"} << format;
        QTest::newRow("short") << QStringList{"--from", "2024-5-1", "--to", "2024-05-31"} << format;
        QTest::newRow("no --to") << QStringList{"--from", "2024-05-01"} << format;
        QTest::newRow("no dates") << QStringList{} << format;
        QTest::newRow("from after to")
            << QStringList{"--from", "2024-05-31", "--to", "2024-05-01"}
            << QStringLiteral("unknot: --from 2024-05-31 is after --to 2024-05-01\n");
    }

    void reportRefusesBadDates()
    {
        QFETCH(QStringList, dates);
        QFETCH(QString, message);
        const QString data = path(QStringLiteral("dates"));
        const Run run = unknotIn(data, QStringList{QStringLiteral("--report")} + dates);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, message);
        QCOMPARE(run.out, QString());
        QVERIFY(!QFileInfo::exists(data)); // nothing was opened
    }

    void reportRefusesWhatItCannotReadOrWrite()
    {
        const QString data = withPlan(QStringLiteral("unwritable"));
        const Run unwritable =
            unknotIn(data, {QStringLiteral("--report"), QStringLiteral("--from"), day(-1),
                            QStringLiteral("--to"), day(0), QStringLiteral("--pdf"),
                            path(QStringLiteral("no/such/folder/r.pdf"))});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.startsWith(QStringLiteral("unknot: ") +
                                           path(QStringLiteral("no/such/folder/r.pdf")) +
                                           QStringLiteral(": cannot be written: ")),
                 qPrintable(unwritable.err));

        // A history from a newer Unknot is not read (nor changed).
        const QString newer = path(QStringLiteral("newer"));
        {
            Database database(newer);
            QCOMPARE(database.open(), Database::State::Open);
            QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        const Run refused = unknotIn(newer, {QStringLiteral("--report"), QStringLiteral("--from"),
                                             day(-1), QStringLiteral("--to"), day(0)});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("written by a newer version of Unknot")),
                 qPrintable(refused.err));
        QCOMPARE(refused.out, QString());
    }

    void restoreBringsThePlanAndItsRoutinesBack()
    {
        const QString data = withPlan(QStringLiteral("before"));
        QVERIFY(!data.isEmpty());
        const QString backup = path(QStringLiteral("backup.json"));
        const Run exported = unknotIn(data, {QStringLiteral("--export"), backup});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out,
                 QStringLiteral("exported 0 sessions, 0 pain ratings and 1 plans to ") + backup +
                     QLatin1Char('\n'));
        QCOMPARE(QFile::permissions(backup), kOwnerFile);

        const QString after = path(QStringLiteral("after"));
        const Run restored = unknotIn(after, {QStringLiteral("--restore"), backup});
        QCOMPARE(restored.err, QString());
        QCOMPARE(restored.exitCode, 0);
        QCOMPARE(restored.out, QStringLiteral("restored 0 sessions, 0 steps, 0 check-ins, 0 pain "
                                              "ratings, 1 plans and 2 routine files (what was "
                                              "already there was kept)\n"));
        for (const char *file : {"routines/neck-a.json", "routines/neck-b.json"})
            QCOMPARE(contentOf(QDir(after).filePath(QLatin1String(file))),
                     contentOf(QDir(data).filePath(QLatin1String(file))));
        const QString bundle = path(QStringLiteral("restored.unknot"));
        QCOMPARE(unknotIn(after,
                          {QStringLiteral("--export-bundle"), QStringLiteral("neck-plan"), bundle})
                     .exitCode,
                 0);
        QCOMPARE(contentOf(bundle), contentOf(kCorpus + QStringLiteral("good/written.unknot")));
        QVERIFY(unknotIn(after, {QStringLiteral("--restore"), backup})
                    .out.contains(QLatin1String("0 plans and 0 routine files")));
    }

    void csvExportsMakeOwnerOnlyFolders()
    {
        const QString data = withPlan(QStringLiteral("csv"));
        const QString folder = path(QStringLiteral("exports/csv"));
        const Run run = unknotIn(data, {QStringLiteral("--export-csv"), folder});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QFile::permissions(folder), kOwnerFolder);
        QCOMPARE(QFile::permissions(path(QStringLiteral("exports"))), kOwnerFolder);
        for (const char *name : {"sessions.csv", "steps.csv", "pain.csv"})
            QCOMPARE(QFile::permissions(QDir(folder).filePath(QLatin1String(name))), kOwnerFile);
        // A folder the person chose, already there, is left as it is.
        const QString shared = path(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(shared));
        const QFile::Permissions open =
            kOwnerFolder | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(shared, open));
        QCOMPARE(unknotIn(data, {QStringLiteral("--export-csv"), shared}).exitCode, 0);
        QCOMPARE(QFile::permissions(shared), open);
        QCOMPARE(QFile::permissions(QDir(shared).filePath(QStringLiteral("pain.csv"))), kOwnerFile);
    }

    void anOpenDataFolderIsTightenedByHeadlessCommands()
    {
        const QString data = withPlan(QStringLiteral("loose"));
        const QFile::Permissions loose =
            kOwnerFolder | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(data, loose));
        QCOMPARE(QFile::permissions(data), loose);
        const Run run =
            unknotIn(data, {QStringLiteral("--export"), path(QStringLiteral("l.json"))});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QFile::permissions(data), kOwnerFolder);
    }
};

QTEST_GUILESS_MAIN(TestBundleCommandLine)
#include "tst_bundle_cli.moc"
