// The health screen's answers as the app keeps them: given on the screen (every
// question answered, a recent injury with its areas), kept in settings.ini and
// read back on the next start, answers that call for care, answers that no
// longer read, and a self-test run that stores nothing. Also the planner's
// settings: the equipment at hand and the time budget.

#include "ui/safetycontroller.h"
#include "ui/settings.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kRoutines = QStringLiteral(UNKNOT_SOURCE_DIR "/routines");

// Settings and the screen over one data folder, as the app builds them.
struct App
{
    explicit App(const QString &dataDir, const BodyModel &body)
        : settings(dataDir), safety(&settings, body)
    {}

    Settings settings;
    SafetyController safety;
};

} // namespace

class TestSafetyController : public QObject
{
    Q_OBJECT

private:
    BodyModel m_body;

    static void answerAll(SafetyController &safety, const QStringList &yes)
    {
        for (const SafetyProfile::Question &question : SafetyProfile::questions())
            safety.setAnswer(question.name, yes.contains(question.name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_body.load(kRoutines, &error), qPrintable(error));
    }

    void answersAreKeptBetweenRuns()
    {
        QTemporaryDir dir;
        {
            App app(dir.path(), m_body);
            QVERIFY(!app.safety.answered());
            QVERIFY(!app.settings.safetyAnswered());
            QCOMPARE(app.safety.unansweredCount(), 19);
            QSignalSpy changed(&app.safety, &SafetyController::changed);
            answerAll(app.safety, {"pregnant", "recent-injury", "blood-thinners"});
            app.safety.addInjury(QStringLiteral("calf"));
            app.safety.addInjury(QStringLiteral("knee.front"));
            app.safety.addInjury(QStringLiteral("calf")); // once
            QCOMPARE(app.safety.draftInjuryNames(), (QStringList{"Calf", "Front of the knee"}));
            QCOMPARE(app.safety.draftProblem(), QString());
            QVERIFY(app.safety.save());
            QCOMPARE(changed.size(), 1);
            QVERIFY(app.safety.answered());
        }
        // The next start reads them back, in screen order.
        App app(dir.path(), m_body);
        QVERIFY(app.safety.answered());
        QCOMPARE(app.safety.flags(), (QStringList{"blood-thinners", "pregnant",
                                                  "recent-injury:calf",
                                                  "recent-injury:knee.front"}));
        QVERIFY(app.safety.profile().has(SafetyProfile::Flag::Pregnant));
        QVERIFY(!app.safety.blocked());
        const QVariantList changes = app.safety.changes();
        QCOMPARE(changes.size(), 3);
        QVERIFY(changes.at(2).toMap().value("effect").toString().endsWith(
            QLatin1String("Where: Calf, Front of the knee.")));
        // Changing them starts from what was kept.
        app.safety.edit();
        QVERIFY(app.safety.editing());
        QCOMPARE(app.safety.unansweredCount(), 0);
        QCOMPARE(app.safety.draftAnswers().value("pregnant").toString(), QStringLiteral("yes"));
        QCOMPARE(app.safety.draftAnswers().value("fever").toString(), QStringLiteral("no"));
        QCOMPARE(app.safety.draftInjuries(), (QStringList{"calf", "knee.front"}));
        app.safety.setAnswer(QStringLiteral("pregnant"), false);
        app.safety.cancelEditing(); // nothing changes
        QVERIFY(!app.safety.editing());
        QVERIFY(app.safety.profile().has(SafetyProfile::Flag::Pregnant));
    }

    void anIncompleteScreenIsNotKept()
    {
        QTemporaryDir dir;
        App app(dir.path(), m_body);
        app.safety.setAnswer(QStringLiteral("chest-pain"), false);
        QVERIFY(app.safety.draftProblem().startsWith(QLatin1String("18 question")));
        QVERIFY(!app.safety.save());
        answerAll(app.safety, {"recent-injury"});
        QCOMPARE(app.safety.draftProblem(),
                 QStringLiteral("Choose where the recent injury is, or answer no."));
        QVERIFY(!app.safety.save());
        QVERIFY(!app.settings.safetyAnswered());
        app.safety.addInjury(QStringLiteral("no.such.region"));
        QVERIFY(app.safety.draftInjuries().isEmpty());
        // Answering no drops the areas.
        app.safety.addInjury(QStringLiteral("calf"));
        app.safety.setAnswer(QStringLiteral("recent-injury"), false);
        QVERIFY(app.safety.draftInjuries().isEmpty());
        QVERIFY(app.safety.save());
        QCOMPARE(app.safety.flags(), QStringList());
        QVERIFY(app.safety.answered());
    }

    void anAnswerThatCallsForCareBlocks()
    {
        QTemporaryDir dir;
        App app(dir.path(), m_body);
        answerAll(app.safety, {"stroke-signs", "fever"});
        QVERIFY(app.safety.save());
        QVERIFY(app.safety.blocked());
        QVERIFY(app.safety.urgent());
        const QVariantList blocks = app.safety.blocks();
        QCOMPARE(blocks.size(), 2);
        const QVariantMap first = blocks.first().toMap();
        QCOMPARE(first.value("flag").toString(), QStringLiteral("stroke-signs"));
        QCOMPARE(first.value("title").toString(), QStringLiteral("Please get emergency care now"));
        QVERIFY(first.value("question").toString().startsWith(QLatin1String("Do you have new dizziness")));
        QCOMPARE(blocks.last().toMap().value("urgent").toBool(), false);
        // Changed back: routines again.
        app.safety.edit();
        app.safety.setAnswer(QStringLiteral("stroke-signs"), false);
        app.safety.setAnswer(QStringLiteral("fever"), false);
        QVERIFY(app.safety.save());
        QVERIFY(!app.safety.blocked());
    }

    void answersThatNoLongerReadAreAskedAgain()
    {
        QTemporaryDir dir;
        {
            QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            ini.setValue(QStringLiteral("safety/answered"), true);
            ini.setValue(QStringLiteral("safety/flags"), QStringList{"pregnant", "recent-injury:elbow.back"});
        }
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("safety/flags: recent-injury: "
                                                               "\"elbow.back\" is not a known")));
        App app(dir.path(), m_body);
        QVERIFY(!app.safety.answered());
    }

    void aSelfTestRunStoresNothing()
    {
        QTemporaryDir dir;
        {
            App app(dir.path(), m_body);
            app.safety.assumeNoAnswersForThisRun();
            QVERIFY(app.safety.answered());
            QCOMPARE(app.safety.flags(), QStringList());
            QVERIFY(!app.settings.safetyAnswered());
        }
        App app(dir.path(), m_body);
        QVERIFY(!app.safety.answered());
    }

    void equipmentAndBudgetAreKept()
    {
        QTemporaryDir dir;
        {
            Settings settings(dir.path());
            QCOMPARE(settings.equipment(), QStringList());
            QCOMPARE(settings.planMinutes(), 10);
            settings.setEquipment({"strap", "ball", "rope", "ball"});
            settings.setPlanMinutes(15);
            settings.setPlanMinutes(7); // not a budget
        }
        Settings settings(dir.path());
        QCOMPARE(settings.equipment(), (QStringList{"ball", "strap"}));
        QCOMPARE(settings.planMinutes(), 15);
        QCOMPARE(Settings::equipmentChoices().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSafetyController)
#include "tst_safetycontroller.moc"
