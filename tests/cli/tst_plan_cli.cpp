// `unknot --plan` through the real binary: the text and JSON output, a planned
// routine that --validate accepts, usage errors (exit 2) and safety answers that
// call for care (exit 1).

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

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

QStringList planArguments(const QStringList &more)
{
    return QStringList{QStringLiteral("--plan")} + more;
}

} // namespace

class TestPlanCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Writes a routine to a file and runs --validate on it.
    void validates(const QByteArray &routine, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(routine);
        file.close();
        const Run run = unknot({QStringLiteral("--validate"), path});
        QCOMPARE(run.out, QString());
        QCOMPARE(run.exitCode, 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpNamesTheOptions()
    {
        const Run help = unknot({QStringLiteral("--help")});
        for (const char *option : {"--plan", "--minutes", "--equipment", "--safety"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }

    void textPlanEndsWithAValidRoutine()
    {
        const Run run = unknot(planArguments({QStringLiteral("head.temple:6:left,neck.back:4"),
                                              QStringLiteral("--minutes"), QStringLiteral("10")}));
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QLatin1String("Muscles that commonly refer pain to the areas "
                                                 "you marked")));
        QVERIFY(run.out.contains(QLatin1String(
            "1. Upper trapezius: Commonly refers pain to your temple and the back of your neck.")));
        QVERIFY(run.out.contains(QLatin1String("Routines that match:\n  tension-headache")));
        const qsizetype start = run.out.indexOf(QLatin1String("\n{\n"));
        QVERIFY(start > 0);
        validates(run.out.mid(start + 1).toUtf8(), QStringLiteral("text-plan.json"));
    }

    void jsonPlanHasEverything()
    {
        const Run run = unknot(planArguments(
            {QStringLiteral("low_back:7,buttock:5:right"), QStringLiteral("--minutes"),
             QStringLiteral("15"), QStringLiteral("--equipment"),
             QStringLiteral("ball,foam-roller"), QStringLiteral("--safety"),
             QStringLiteral("blood-thinners"), QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray candidates = plan.value(QLatin1String("candidates")).toArray();
        QVERIFY(!candidates.isEmpty());
        QCOMPARE(candidates.first().toObject().value(QLatin1String("muscle")).toString(),
                 QStringLiteral("quadratus_lumborum"));
        QVERIFY(plan.value(QLatin1String("routines"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("id")) == QLatin1String("low-back"));
        QVERIFY(plan.value(QLatin1String("rightFirst")).toBool());
        const double seconds = plan.value(QLatin1String("seconds")).toDouble();
        QVERIFY2(seconds >= 810 && seconds <= 990, qPrintable(QString::number(seconds)));
        const QJsonObject routine = plan.value(QLatin1String("routine")).toObject();
        for (const QJsonValue &step : routine.value(QLatin1String("steps")).toArray()) {
            const QJsonValue intensity = step.toObject().value(QLatin1String("intensity"));
            QVERIFY(intensity.isUndefined() || intensity.toInt() <= 3);
        }
        validates(QJsonDocument(routine).toJson(), QStringLiteral("json-plan.json"));
    }

    void sameCommandSameOutput()
    {
        const QStringList arguments =
            planArguments({QStringLiteral("calf:6:right,heel:4:right"), QStringLiteral("--minutes"),
                           QStringLiteral("20"), QStringLiteral("--equipment"),
                           QStringLiteral("ball,foam-roller"), QStringLiteral("--json")});
        const Run first = unknot(arguments);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(unknot(arguments).out, first.out);
    }

    void wrongUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown region") << planArguments({"nek.back:5"})
                                        << "unknot: --plan: \"nek.back\" is not a known body "
                                           "region (did you mean \"neck.back\"?)";
        QTest::newRow("pain too high") << planArguments({"neck.back:11"})
                                       << "unknot: --plan: neck.back: pain must be a whole number "
                                          "from 1 to 10, not \"11\"";
        QTest::newRow("pain zero")
            << planArguments({"neck.back:0"}) << "pain must be a whole number";
        QTest::newRow("bad side") << planArguments({"neck.back:5:up"})
                                  << "unknot: --plan: neck.back: the side must be left, right or "
                                     "both, not \"up\"";
        QTest::newRow("side on a middle region")
            << planArguments({"head.forehead:5:left"})
            << "unknot: --plan: head.forehead has no left and right side; leave the side out";
        QTest::newRow("twice") << planArguments({"calf:5:left,calf:6:left"})
                               << "unknot: --plan: \"calf:6:left\" is given twice";
        QTest::newRow("no area") << planArguments({","})
                                 << "unknot: --plan needs at least one area";
        QTest::newRow("minutes") << planArguments({"calf:5", "--minutes", "7"})
                                 << "unknot: --minutes must be 5, 10, 15 or 20, not \"7\"";
        QTest::newRow("equipment")
            << planArguments({"calf:5", "--equipment", "foam-rolle"})
            << "unknot: --equipment: \"foam-rolle\" is not a kind of equipment (did you mean "
               "\"foam-roller\"?)";
        QTest::newRow("flag") << planArguments({"calf:5", "--safety", "pregnnt"})
                              << "unknot: --safety: \"pregnnt\" is not a safety flag (did you mean "
                                 "\"pregnant\"?)";
        QTest::newRow("injury without region")
            << planArguments({"calf:5", "--safety", "recent-injury"})
            << "unknot: --safety: recent-injury needs the injured region";
    }

    void wrongUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = unknot(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void careFirstExitsWithOne()
    {
        const Run run =
            unknot(planArguments({QStringLiteral("chest:6:left"), QStringLiteral("--safety"),
                                  QStringLiteral("chest-pain")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.startsWith(QLatin1String("Please get medical help first")));
        QVERIFY(run.out.contains(QLatin1String("call emergency services")));
        QVERIFY(!run.out.contains(QLatin1String("\"steps\"")));

        const Run json =
            unknot(planArguments({QStringLiteral("low_back:6"), QStringLiteral("--safety"),
                                  QStringLiteral("bladder-bowel"), QStringLiteral("--json")}));
        QCOMPARE(json.exitCode, 1);
        const QJsonObject block = QJsonDocument::fromJson(json.out.toUtf8())
                                      .object()
                                      .value(QLatin1String("block"))
                                      .toObject();
        QCOMPARE(block.value(QLatin1String("flag")).toString(), QStringLiteral("bladder-bowel"));
        QVERIFY(block.value(QLatin1String("urgent")).toBool());
    }

    void nothingToPlanExitsWithOne()
    {
        const Run run =
            unknot(planArguments({QStringLiteral("head.temple:5"), QStringLiteral("--safety"),
                                  QStringLiteral("new-headache")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QLatin1String("Your temple is left out of the plan.")));
        QVERIFY(!run.out.contains(QLatin1String("Your routine")));
    }

    // Every area set aside: the notes say why, and not "mark an area".
    void everyAreaSetAsideSaysSo()
    {
        const Run run = unknot(planArguments({QStringLiteral("knee.front:6,calf:5"), QStringLiteral("--safety"),
                                              QStringLiteral("recent-injury:knee.front,recent-clot")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("Every area you marked is set aside for now")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("mark at least one area")));
        QVERIFY(!run.out.contains(QLatin1String("Muscles that commonly refer pain")));
    }

    // Without --safety the screen is not answered: the chest waits for the cardiac
    // question; "--safety none" answers no to everything.
    void theChestNeedsTheCardiacQuestion()
    {
        const Run unanswered = unknot(planArguments({QStringLiteral("chest:5:left")}));
        QCOMPARE(unanswered.exitCode, 1);
        QVERIFY(unanswered.out.contains(QLatin1String("Your chest is left out of the plan.")));
        const Run answered = unknot(planArguments({QStringLiteral("chest:5:left"),
                                                   QStringLiteral("--safety"), QStringLiteral("none")}));
        QCOMPARE(answered.exitCode, 0);
        QVERIFY(answered.out.contains(QLatin1String("1. Pectoralis major")));
        const Run mixed = unknot(planArguments({QStringLiteral("chest:5"), QStringLiteral("--safety"),
                                                QStringLiteral("none,pregnant")}));
        QCOMPARE(mixed.exitCode, 2);
        QVERIFY(mixed.err.contains(QLatin1String("--safety: none means no to every question")));
    }

    // The routine file cannot carry the worse side: the text says how to play it.
    void worseSideFirstIsCarried()
    {
        const Run right = unknot(planArguments({QStringLiteral("calf:7:right,calf:3:left")}));
        QCOMPARE(right.exitCode, 0);
        QVERIFY(right.out.contains(QLatin1String("Play it right side first: unknot --play FILE --right-first")));
        const Run left = unknot(planArguments({QStringLiteral("calf:7:left")}));
        QVERIFY(!left.out.contains(QLatin1String("--right-first")));
    }

    // The body files are checked as body files, not read as routines.
    void validateKnowsTheBodyFiles()
    {
        const Run good = unknot({QStringLiteral("--validate"),
                                 QStringLiteral(UNKNOT_SOURCE_DIR "/routines/regions.json"),
                                 QStringLiteral(UNKNOT_SOURCE_DIR "/routines/muscles.json")});
        QCOMPARE(good.out, QString());
        QCOMPARE(good.exitCode, 0);
        const QString bad = QStringLiteral(UNKNOT_SOURCE_DIR "/tests/data/body/bad/muscles-bad-weights.json");
        const Run run = unknot({QStringLiteral("--validate"), bad});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.first().startsWith(bad + QStringLiteral(": muscles[0].referral[0].weight: must be 2")),
                 qPrintable(lines.first()));
        QVERIFY(!run.out.contains(QLatin1String("steps")));
    }
};

QTEST_GUILESS_MAIN(TestPlanCommandLine)
#include "tst_plan_cli.moc"
