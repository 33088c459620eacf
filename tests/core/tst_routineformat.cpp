// Routine file format 1: the broken-file corpus (tests/data/bad), the valid fixtures
// (tests/data/good), the file-level limits, and write() round trips.

#include "core/bodymodel.h"
#include "core/routineformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kDataDir = QStringLiteral(UNKNOT_SOURCE_DIR "/tests/data");
constexpr int kMinimumBadFiles = 40;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList jsonFilesIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

QStringList expectedLines(const QString &path)
{
    QString text = QString::fromUtf8(readAll(path));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.split(QLatin1Char('\n'));
}

// A routine that sets every optional field, with text that needs escaping and
// characters outside the Basic Multilingual Plane.
Routine everyFieldRoutine()
{
    Routine routine;
    routine.id = QStringLiteral("every-field-in-code");
    routine.title = QStringLiteral("Nacken lösen 🙂 — „sanft“");
    routine.description =
        QStringLiteral("Line one\nline two with a \"quote\", a \\ and a tab\t.") + QChar(0x07);
    routine.author = QStringLiteral("Zoë Ångström");
    routine.areas = {QStringLiteral("neck.back"), QStringLiteral("shoulder.top")};
    routine.equipment = {QStringLiteral("ball"), QStringLiteral("wall")};
    routine.cautions = {QStringLiteral("Stop if you feel tingling or numbness."),
                        QStringLiteral("控えめな圧で")};
    Step hold;
    hold.type = StepType::Hold;
    hold.title = QStringLiteral("Upper trapezius hold");
    hold.instructions = QStringLiteral("Lean into the ball.");
    hold.muscle = QStringLiteral("upper_trapezius");
    hold.side = Side::Both;
    hold.seconds = 90;
    hold.reps = 3;
    hold.intensity = 6;
    hold.cues = {{0, QStringLiteral("Breathe in")}, {45, QStringLiteral("Halfway 🎯")}};
    hold.image = QStringLiteral("images/trapezius-ball-wall.svg");
    Step roll;
    roll.type = StepType::Roll;
    roll.title = QStringLiteral("Roll the upper back");
    roll.instructions = QStringLiteral("Slowly, with your hands behind your head.");
    roll.muscle = QStringLiteral("rhomboids");
    roll.side = Side::None;
    roll.seconds = 60;
    roll.intensity = 0;
    roll.pace = 2.5;
    Step rest;
    rest.type = StepType::Rest;
    rest.title = QStringLiteral("Rest");
    rest.instructions = QStringLiteral("Lie still.");
    rest.side = Side::None;
    rest.seconds = 1800;
    routine.steps = {hold, roll, rest};
    return routine;
}

} // namespace

class TestRoutineFormat : public QObject
{
    Q_OBJECT

private:
    Vocabulary m_vocabulary;

    RoutineFormat::Result parseGood(const QString &name)
    {
        return RoutineFormat::parse(readAll(kDataDir + QStringLiteral("/good/") + name),
                                    m_vocabulary);
    }

private Q_SLOTS:
    void initTestCase()
    {
        BodyModel body;
        QString error;
        QVERIFY2(body.load(QStringLiteral(UNKNOT_SOURCE_DIR "/routines"), &error),
                 qPrintable(error));
        m_vocabulary = body.vocabulary();
        QVERIFY(m_vocabulary.regions.contains(QStringLiteral("neck.back")));
        QVERIFY(m_vocabulary.muscles.contains(QStringLiteral("upper_trapezius")));
    }

    // Every broken file gives exactly the lines in its .expected file.
    void badFile_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : jsonFilesIn(kDataDir + QStringLiteral("/bad")))
            QTest::newRow(qPrintable(name)) << name;
    }

    void badFile()
    {
        QFETCH(QString, name);
        const QString path = kDataDir + QStringLiteral("/bad/") + name;
        const QString expected = path.chopped(5) + QStringLiteral(".expected");
        QVERIFY2(QFile::exists(expected), qPrintable(expected));
        const RoutineFormat::Result result = RoutineFormat::readFile(path, m_vocabulary);
        QVERIFY(!result.ok());
        QCOMPARE(result.lines(name), expectedLines(expected));
    }

    // The corpus cannot silently vanish, and no file lacks its expectation.
    void badCorpusIsComplete()
    {
        const QDir folder(kDataDir + QStringLiteral("/bad"));
        const QStringList json = jsonFilesIn(folder.path());
        QVERIFY2(json.size() >= kMinimumBadFiles, qPrintable(QString::number(json.size())));
        QStringList expected =
            folder.entryList({QStringLiteral("*.expected")}, QDir::Files, QDir::Name);
        for (QString &name : expected)
            name.replace(QStringLiteral(".expected"), QStringLiteral(".json"));
        QCOMPARE(expected, json);
    }

    void fileOverTheLimitIsRefusedBeforeParsing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Valid JSON padded with spaces: only the size can be the reason.
        const QByteArray routine = readAll(kDataDir + QStringLiteral("/good/minimal.json"));
        constexpr qint64 kSize = 1468006; // 1.4 MiB
        QCOMPARE(file.write(routine + QByteArray(kSize - routine.size(), ' ')), kSize);
        file.close();
        // 1.4 MiB, not the 1.1 MiB that reading up to the limit would find: the file was
        // judged by its size, not by what was read.
        const RoutineFormat::Result result = RoutineFormat::readFile(path, m_vocabulary);
        QVERIFY(!result.ok());
        QCOMPARE(result.lines(QStringLiteral("big.json")),
                 QStringList{QStringLiteral(
                     "big.json: file is 1.4 MiB; routine files are limited to 1 MiB")});
    }

    void fileJustOverTheLimitDoesNotLookUnderIt()
    {
        const QByteArray routine = readAll(kDataDir + QStringLiteral("/good/minimal.json"));
        const QByteArray atLimit =
            routine + QByteArray(RoutineFormat::kMaxFileBytes - routine.size(), ' ');
        QVERIFY(RoutineFormat::parse(atLimit, m_vocabulary).ok());
        const RoutineFormat::Result over = RoutineFormat::parse(atLimit + ' ', m_vocabulary);
        QVERIFY(!over.ok());
        QCOMPARE(over.problems.constFirst().message,
                 QStringLiteral("file is 1.1 MiB; routine files are limited to 1 MiB"));
    }

    void missingFileGivesTheReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.json"));
        QFile missing(path);
        QVERIFY(!missing.open(QIODevice::ReadOnly));
        const RoutineFormat::Result result = RoutineFormat::readFile(path, m_vocabulary);
        QVERIFY(!result.ok());
        // The system's own words, in whatever language it speaks.
        QCOMPARE(result.lines(QStringLiteral("gone.json")),
                 QStringList{QStringLiteral("gone.json: file cannot be opened: ") +
                             missing.errorString()});
    }

    void goodFile_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : jsonFilesIn(kDataDir + QStringLiteral("/good")))
            QTest::newRow(qPrintable(name)) << name;
    }

    // Valid files load, and survive write() and a second parse unchanged.
    void goodFile()
    {
        QFETCH(QString, name);
        const RoutineFormat::Result result = parseGood(name);
        QVERIFY2(result.ok(), qPrintable(result.lines(name).join(QLatin1Char('\n'))));
        const QByteArray written = RoutineFormat::write(*result.routine);
        const RoutineFormat::Result again = RoutineFormat::parse(written, m_vocabulary);
        QVERIFY2(again.ok(), written.constData());
        QCOMPARE(*again.routine, *result.routine);
        QCOMPARE(RoutineFormat::write(*again.routine), written);
    }

    void goodCorpusIsThere()
    {
        QVERIFY(jsonFilesIn(kDataDir + QStringLiteral("/good")).size() >= 4);
    }

    // The fixture that uses every optional field is written in the canonical form.
    void canonicalFileIsWrittenBackByteForByte()
    {
        const QByteArray original = readAll(kDataDir + QStringLiteral("/good/every-field.json"));
        const RoutineFormat::Result result = RoutineFormat::parse(original, m_vocabulary);
        QVERIFY(result.ok());
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(RoutineFormat::write(*result.routine), original);
    }

    void everyOptionalFieldIsRead()
    {
        const RoutineFormat::Result result = parseGood(QStringLiteral("every-field.json"));
        QVERIFY(result.ok());
        const Routine &routine = *result.routine;
        QCOMPARE(routine.author, QStringLiteral("Dana Reyes, PT"));
        QCOMPARE(routine.cautions.size(), 2);
        const Step &hold = routine.steps.at(0);
        QCOMPARE(hold.reps, 2);
        QCOMPARE(hold.intensity, std::optional<int>(6));
        QCOMPARE(hold.cues,
                 (QList<SpokenCue>{{10, QStringLiteral("Let your shoulder sink into the ball")},
                                   {50, QStringLiteral("Ten seconds left")}}));
        QCOMPARE(hold.image, QStringLiteral("images/trapezius-ball-wall.svg"));
        const Step &roll = routine.steps.at(2);
        QCOMPARE(roll.pace, std::optional<double>(2.5));
        const Step &rest = routine.steps.at(3);
        QCOMPARE(rest.type, StepType::Rest);
        QVERIFY(rest.muscle.isEmpty());
    }

    void wholeNumbersMayBeWrittenWithADecimalPoint()
    {
        const RoutineFormat::Result result = parseGood(QStringLiteral("whole-floats.json"));
        QVERIFY(result.ok());
        QCOMPARE(result.routine->steps.at(0).seconds, 60);
        QCOMPARE(result.routine->steps.at(0).reps, 2);
        QCOMPARE(result.routine->steps.at(0).intensity, std::optional<int>(5));
    }

    void cuePastTheEndIsOnlyAWarning()
    {
        const RoutineFormat::Result result = parseGood(QStringLiteral("cue-past-end.json"));
        QVERIFY(result.ok());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.constFirst().warning);
        QCOMPARE(
            result.lines(QStringLiteral("cue-past-end.json")),
            QStringList{QStringLiteral("cue-past-end.json: steps[1].cues[0].at: warning: 90 s is "
                                       "at or past the end of this 60 s step, so it will never "
                                       "be spoken")});
    }

    void lengthsCountCharactersNotUtf16Units()
    {
        const RoutineFormat::Result result = parseGood(QStringLiteral("unicode-bom.json"));
        QVERIFY(result.ok());
        QCOMPARE(result.routine->title.size(), 240); // 120 emoji, two UTF-16 units each
        Routine longer = *result.routine;
        longer.title += QStringLiteral("🙂");
        const RoutineFormat::Result refused =
            RoutineFormat::parse(RoutineFormat::write(longer), m_vocabulary);
        QCOMPARE(refused.problems,
                 (QList<FormatProblem>{
                     {QStringLiteral("title"),
                      QStringLiteral("must be at most 120 characters long (it has 121)")}}));
    }

    void writeRoundTripsEveryField()
    {
        const Routine routine = everyFieldRoutine();
        const QByteArray written = RoutineFormat::write(routine);
        const RoutineFormat::Result result = RoutineFormat::parse(written, m_vocabulary);
        QVERIFY2(result.ok(),
                 qPrintable(result.lines(QStringLiteral("written")).join(QLatin1Char('\n'))));
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(*result.routine, routine);
        QVERIFY(written.contains("\"title\": \"Nacken lösen 🙂 — „sanft“\""));
        QVERIFY(written.contains(
            "\"Line one\\nline two with a \\\"quote\\\", a \\\\ and a tab\\t.\\u0007\""));
    }

    // The documented field order, two-space indent, defaults left out, a final newline.
    void writeIsCanonical()
    {
        Routine routine;
        routine.id = QStringLiteral("short");
        routine.title = QStringLiteral("Short");
        routine.description = QStringLiteral("One stretch.");
        routine.areas = {QStringLiteral("calf")};
        routine.equipment = {QStringLiteral("none")};
        Step step;
        step.type = StepType::Stretch;
        step.title = QStringLiteral("Calf stretch");
        step.instructions = QStringLiteral("Lean on the wall.");
        step.muscle = QStringLiteral("gastrocnemius");
        step.side = Side::Left;
        step.seconds = 30;
        step.cues = {{15, QStringLiteral("Halfway")}};
        routine.steps = {step};
        const QByteArray expected = "{\n"
                                    "  \"format\": 1,\n"
                                    "  \"id\": \"short\",\n"
                                    "  \"title\": \"Short\",\n"
                                    "  \"description\": \"One stretch.\",\n"
                                    "  \"areas\": [\"calf\"],\n"
                                    "  \"equipment\": [\"none\"],\n"
                                    "  \"steps\": [\n"
                                    "    {\n"
                                    "      \"type\": \"stretch\",\n"
                                    "      \"title\": \"Calf stretch\",\n"
                                    "      \"instructions\": \"Lean on the wall.\",\n"
                                    "      \"muscle\": \"gastrocnemius\",\n"
                                    "      \"side\": \"left\",\n"
                                    "      \"seconds\": 30,\n"
                                    "      \"cues\": [\n"
                                    "        {\"at\": 15, \"text\": \"Halfway\"}\n"
                                    "      ]\n"
                                    "    }\n"
                                    "  ]\n"
                                    "}\n";
        QCOMPARE(RoutineFormat::write(routine), expected);
    }

    void problemsWithoutAPlaceNameOnlyTheFile()
    {
        const RoutineFormat::Result result = RoutineFormat::parse("[]", m_vocabulary);
        QCOMPARE(result.problems.constFirst().where, QString());
        QCOMPARE(
            result.lines(QStringLiteral("x.json")),
            QStringList{QStringLiteral("x.json: file must hold one JSON object { ... } with the "
                                       "routine's fields, not a list")});
    }

    // Every problem is reported, errors and warnings alike, and one error is enough to refuse.
    void warningsAreKeptAlongsideErrors()
    {
        QJsonObject routine =
            QJsonDocument::fromJson(readAll(kDataDir + QStringLiteral("/good/cue-past-end.json")))
                .object();
        routine.insert(QStringLiteral("id"), QStringLiteral("Bad Id"));
        const RoutineFormat::Result result =
            RoutineFormat::parse(QJsonDocument(routine).toJson(), m_vocabulary);
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.size(), 2);
        QVERIFY(!result.problems.at(0).warning);
        QVERIFY(result.problems.at(1).warning);
    }
};

QTEST_GUILESS_MAIN(TestRoutineFormat)
#include "tst_routineformat.moc"
