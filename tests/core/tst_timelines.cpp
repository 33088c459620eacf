// The cue timelines of the built-in routines, kept as golden files under
// tests/data/golden/. A change to a routine or to the engine's timing shows up
// here as a diff to review. To accept a reviewed change, run the test with
// UNKNOT_UPDATE_GOLDEN=1 and commit the new files.

#include "core/bodymodel.h"
#include "core/cueformat.h"
#include "core/library.h"
#include "core/simulation.h"

#include <QFile>
#include <QTest>

namespace {
const QString kGoldenFolder = QStringLiteral(UNKNOT_SOURCE_DIR "/tests/data/golden/");

QString timelineText(const Routine &routine, const TimelineOptions &options)
{
    QString text;
    for (const Cue &cue : simulateSession(routine, options))
        text += CueFormat::textLine(cue) + QLatin1Char('\n');
    return text;
}
} // namespace

class TestTimelines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_body.load(QStringLiteral(":/routines"), &error), qPrintable(error));
        m_library.load(QStringLiteral(":/routines"), {}, m_body.vocabulary());
        QCOMPARE(m_library.problems(), QStringList());
        QVERIFY(m_library.entries().size() >= 3);
    }

    void builtInRoutinesMatchTheirGoldenTimelines_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("rightFirst");
        for (const Library::Entry &entry : m_library.entries()) {
            const QByteArray id = entry.routine.id.toUtf8();
            QTest::newRow(id.constData()) << entry.routine.id << false;
            QTest::newRow((id + " right first").constData()) << entry.routine.id << true;
        }
    }

    void builtInRoutinesMatchTheirGoldenTimelines()
    {
        QFETCH(QString, id);
        QFETCH(bool, rightFirst);
        TimelineOptions options;
        if (rightFirst)
            options.firstSide = Side::Right;
        const QString actual = timelineText(m_library.find(id)->routine, options);
        QFile file(kGoldenFolder + id + (rightFirst ? QStringLiteral(".right-first") : QString()) +
                   QStringLiteral(".txt"));
        if (qEnvironmentVariableIntValue("UNKNOT_UPDATE_GOLDEN") == 1) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(actual.toUtf8());
            QSKIP("golden file written; review and commit it");
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName() + " is missing"));
        const QStringList expected = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        const QStringList lines = actual.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < qMin(expected.size(), lines.size()); ++i)
            QCOMPARE(lines.at(i), expected.at(i));
        QCOMPARE(lines.size(), expected.size());
    }

private:
    BodyModel m_body;
    Library m_library;
};

QTEST_GUILESS_MAIN(TestTimelines)
#include "tst_timelines.moc"
