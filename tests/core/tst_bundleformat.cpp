// Plan bundles as BundleFormat reads and writes them: every file of the corpus
// in tests/data/bundles with its exact messages (NAME.expected), files over the
// size limits, the pictures a media folder offers, and writing then reading again.

#include "core/bodymodel.h"
#include "core/bundleformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSource = QStringLiteral(UNKNOT_SOURCE_DIR);
const QString kCorpus = kSource + QStringLiteral("/tests/data/bundles/");

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The lines `unknot --validate NAME.unknot` prints, one per problem.
QStringList expectedLines(const QString &bundlePath)
{
    const QString path = bundlePath.chopped(int(qstrlen(".unknot"))) + QStringLiteral(".expected");
    return QString::fromUtf8(contentOf(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The minimal good bundle with one routine made larger than 1 MiB (but the
// file under 2 MiB): 100 steps of 2000 four-byte characters with long cues.
QByteArray bundleWithAHugeRoutine()
{
    QJsonObject bundle =
        QJsonDocument::fromJson(contentOf(kCorpus + "good/minimal.unknot")).object();
    QJsonArray routines = bundle.value(QLatin1String("routines")).toArray();
    QJsonObject routine = routines.first().toObject();
    const QJsonObject model = routine.value(QLatin1String("steps")).toArray().first().toObject();
    const QString smile = QString::fromUcs4(U"\U0001F642");
    QJsonArray cues;
    for (int at = 0; at < 5; ++at)
        cues.append(
            QJsonObject{{QStringLiteral("at"), at}, {QStringLiteral("text"), smile.repeated(200)}});
    QJsonArray steps;
    for (int i = 0; i < 100; ++i) {
        QJsonObject step = model;
        step.insert(QStringLiteral("title"), QStringLiteral("Step %1").arg(i));
        step.insert(QStringLiteral("instructions"), smile.repeated(2000));
        step.insert(QStringLiteral("cues"), cues);
        steps.append(step);
    }
    routine.insert(QStringLiteral("steps"), steps);
    routines.replace(0, routine);
    bundle.insert(QStringLiteral("routines"), routines);
    return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
}

} // namespace

class TestBundleFormat : public QObject
{
    Q_OBJECT

private:
    BundleRules m_rules;

    BundleFormat::Result parseFile(const QString &path) const
    {
        return BundleFormat::readFile(path, m_rules);
    }

private Q_SLOTS:
    void initTestCase()
    {
        BodyModel body;
        QString error;
        QVERIFY2(body.load(kSource + QStringLiteral("/routines"), &error), qPrintable(error));
        // The same as the app: the pictures compiled in from media/.
        m_rules = {body.vocabulary(), BundleFormat::imagesIn(kSource + QStringLiteral("/media"))};
    }

    void everyCorpusFileGivesItsExactMessages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("good");
        for (const char *folder : {"good", "bad"}) {
            const QDir dir(kCorpus + QLatin1String(folder));
            const QStringList names = dir.entryList({QStringLiteral("*.unknot")}, QDir::Files);
            QVERIFY(names.size() >= 5);
            for (const QString &name : names)
                QTest::newRow(qPrintable(name))
                    << dir.filePath(name) << (qstrcmp(folder, "good") == 0);
        }
    }

    void everyCorpusFileGivesItsExactMessages()
    {
        QFETCH(QString, path);
        QFETCH(bool, good);
        const QString name = QFileInfo(path).fileName();
        const BundleFormat::Result result = parseFile(path);
        QCOMPARE(result.ok(), good);
        if (!good)
            QVERIFY2(!expectedLines(path).isEmpty(), "a refused bundle needs its NAME.expected");
        QCOMPARE(result.lines(name), expectedLines(path));
        // A plan is only given with everything it needs, and only then.
        if (good) {
            QVERIFY(!result.plan->rotation.isEmpty());
            for (const QString &id : result.plan->rotation)
                QVERIFY2(result.plan->routine(id), qPrintable(id));
        }
    }

    void theWholeFileIsReadAsThePlanSays()
    {
        const BundleFormat::Result result = parseFile(kCorpus + "good/every-field.unknot");
        QVERIFY(result.ok());
        const CarePlan &plan = *result.plan;
        QCOMPARE(plan.id, QStringLiteral("neck-plan"));
        QCOMPARE(plan.version, 3);
        QCOMPARE(plan.notes, QStringLiteral("Start gently.\nStop if you feel tingling."));
        QCOMPARE(plan.practice, QStringLiteral("Reyes Physio"));
        QCOMPARE(plan.start, QDate(2024, 2, 26));
        QCOMPARE(plan.schedule.kind, ScheduleKind::Weekly);
        QCOMPARE(plan.schedule.weekdays, (QList<int>{1, 3, 5})); // sorted
        QCOMPARE(plan.schedule.weeks, 4);
        QCOMPARE(plan.schedule.restDays,
                 (QList<QDate>{QDate(2024, 2, 28), QDate(2024, 2, 29), QDate(2024, 3, 8)}));
        QCOMPARE(plan.rotation, (QStringList{QStringLiteral("neck-b"), QStringLiteral("neck-a")}));
        QCOMPARE(plan.routines.size(), 2);
        QCOMPARE(plan.routines.at(1).title, QStringLiteral("Neck B"));
        QCOMPARE(plan.routineFor(QDate(2024, 2, 26))->id, QStringLiteral("neck-b"));
        QCOMPARE(plan.routineFor(QDate(2024, 2, 28)), nullptr); // a rest day
    }

    void aPictureTheAppLacksIsLeftOutWithAWarning()
    {
        const BundleFormat::Result result = parseFile(kCorpus + "good/unknown-image.unknot");
        QVERIFY(result.ok());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().warning);
        QVERIFY(result.plan->routines.first().steps.first().image.isEmpty());

        // With the picture in the media folder, it is kept.
        QTemporaryDir media;
        QVERIFY(QDir().mkpath(media.filePath(QStringLiteral("images/sub"))));
        for (const char *name :
             {"images/not-in-this-version.svg", "images/b.png", "images/c.txt"}) {
            QFile file(media.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QSet<QString> images = BundleFormat::imagesIn(media.path());
        QCOMPARE(images, (QSet<QString>{QStringLiteral("images/not-in-this-version.svg"),
                                        QStringLiteral("images/b.png")}));
        const BundleFormat::Result kept = BundleFormat::readFile(
            kCorpus + "good/unknown-image.unknot", {m_rules.vocabulary, images});
        QVERIFY(kept.problems.isEmpty());
        QCOMPARE(kept.plan->routines.first().steps.first().image,
                 QStringLiteral("images/not-in-this-version.svg"));
    }

    void aFileOverTwoMiBIsRefusedWithOneProblem()
    {
        QTemporaryDir dir;
        const QByteArray bundle = contentOf(kCorpus + "good/minimal.unknot");
        const QString atLimit = dir.filePath(QStringLiteral("at-limit.unknot"));
        const QString over = dir.filePath(QStringLiteral("over.unknot"));
        for (const auto &[path, size] : {std::pair{atLimit, BundleFormat::kMaxFileBytes},
                                         std::pair{over, BundleFormat::kMaxFileBytes + 1}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bundle + QByteArray(size - bundle.size(), ' '));
        }
        QVERIFY(parseFile(atLimit).ok());
        QCOMPARE(parseFile(over).lines(QStringLiteral("over.unknot")),
                 QStringList{QStringLiteral(
                     "over.unknot: file is 2.1 MiB; plan bundles are limited to 2 MiB")});
    }

    void aRoutineOverOneMiBIsRefused()
    {
        const QByteArray bytes = bundleWithAHugeRoutine();
        QVERIFY(bytes.size() > RoutineFormat::kMaxFileBytes);
        QVERIFY(bytes.size() < BundleFormat::kMaxFileBytes);
        const BundleFormat::Result result = BundleFormat::parse(bytes, m_rules);
        QVERIFY(!result.ok());
        QCOMPARE(result.lines(QStringLiteral("big.unknot")),
                 QStringList{QStringLiteral("big.unknot: routines[0]: this routine takes 1.2 MiB; "
                                            "a routine is limited to 1 MiB")});
    }

    void writtenBundlesReadBackTheSame_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(kCorpus + QStringLiteral("good"));
        for (const QString &name : dir.entryList({QStringLiteral("*.unknot")}, QDir::Files))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void writtenBundlesReadBackTheSame()
    {
        QFETCH(QString, path);
        const BundleFormat::Result read = parseFile(path);
        QVERIFY(read.ok());
        const QByteArray written = BundleFormat::write(*read.plan);
        const BundleFormat::Result again = BundleFormat::parse(written, m_rules);
        QVERIFY2(again.problems.isEmpty(), qPrintable(again.lines(QStringLiteral("w")).join('\n')));
        QCOMPARE(*again.plan, *read.plan);
        QCOMPARE(BundleFormat::write(*again.plan), written);
    }

    void writingIsCanonical()
    {
        // written.unknot is every-field.unknot as Unknot writes it (unknot
        // --export-bundle): fields in the documented order, two-space indent,
        // sorted days, optional fields left out when empty.
        const QByteArray canonical = contentOf(kCorpus + "good/written.unknot");
        QVERIFY(!canonical.isEmpty());
        QCOMPARE(BundleFormat::write(*parseFile(kCorpus + "good/every-field.unknot").plan),
                 canonical);
        QVERIFY(
            canonical.startsWith("{\n  \"bundle\": 1,\n  \"plan\": {\n    \"id\": \"neck-plan\","));
        QVERIFY(canonical.contains("\"weekdays\": [\"mon\", \"wed\", \"fri\"]"));
        QVERIFY(canonical.endsWith("  ]\n}\n"));
    }

    void onlyPlainIdsCanNameFiles()
    {
        for (const char *id : {"a", "neck-plan", "0-9", "a-"})
            QVERIFY2(BundleFormat::isValidId(QLatin1String(id)), id);
        for (const char *id : {"", "-a", "../a", "a/b", "a.json", ".a", "A", "a b", "a\n", "é"})
            QVERIFY2(!BundleFormat::isValidId(QString::fromUtf8(id)), id);
        QVERIFY(BundleFormat::isValidId(QString(64, QLatin1Char('a'))));
        QVERIFY(!BundleFormat::isValidId(QString(65, QLatin1Char('a'))));
    }

    void datesAreRealDaysOfThisCentury()
    {
        QCOMPARE(BundleFormat::dateFromText(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
        QCOMPARE(BundleFormat::dateFromText(QStringLiteral("2000-02-29")), QDate(2000, 2, 29));
        QCOMPARE(BundleFormat::dateFromText(QStringLiteral("2099-12-31")), QDate(2099, 12, 31));
        for (const char *text : {"2023-02-29", "1999-12-31", "2100-01-01", "2024-5-6",
                                 "2024-05-06\n", " 2024-05-06", "2024-05-06T00:00", "20240506", ""})
            QVERIFY2(!BundleFormat::dateFromText(QLatin1String(text)).isValid(), text);
    }
};

QTEST_GUILESS_MAIN(TestBundleFormat)
#include "tst_bundleformat.moc"
