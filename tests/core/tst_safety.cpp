// The health screen: its questions, how answers are kept as flag names, which
// answers call for care instead of a routine, and what the others change.

#include "core/bodymodel.h"
#include "core/safetyprofile.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Flag = SafetyProfile::Flag;

class TestSafety : public QObject
{
    Q_OBJECT

private:
    BodyModel m_body;

    SafetyProfile profile(const QStringList &flags)
    {
        QString error;
        const std::optional<SafetyProfile> result =
            SafetyProfile::fromStrings(flags, m_body, &error);
        if (!result)
            qFatal("%s", qPrintable(error));
        return *result;
    }

    const BodyModel::Muscle &muscle(const char *id) { return *m_body.muscle(QLatin1String(id)); }

    // The first template of a type whose title contains `words`.
    const BodyModel::Technique &technique(const char *id, StepType type, const char *words)
    {
        for (const BodyModel::Technique &technique : muscle(id).techniques) {
            if (technique.type == type &&
                technique.title.contains(QLatin1String(words), Qt::CaseInsensitive))
                return technique;
        }
        qFatal("no such technique: %s %s", id, words);
    }

    bool allowed(const SafetyProfile &safety, const char *id, StepType type, const char *words)
    {
        return safety.excludesTechnique(muscle(id), technique(id, type, words)).isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_body.load(QStringLiteral(":/routines"), &error), qPrintable(error));
    }

    void everyQuestionIsComplete()
    {
        static const QRegularExpression kebab(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-z]+(-[a-z]+)*")));
        QSet<QString> names;
        for (const SafetyProfile::Question &question : SafetyProfile::questions()) {
            QVERIFY2(kebab.match(question.name).hasMatch(), qPrintable(question.name));
            QVERIFY(!names.contains(question.name));
            names.insert(question.name);
            QVERIFY(question.question.endsWith(QLatin1Char('?')));
            QVERIFY(!question.why.isEmpty());
            QVERIFY(!question.effect.isEmpty());
            QCOMPARE(SafetyProfile::question(question.flag).name, question.name);
        }
        QCOMPARE(names.size(), 19);
    }

    // The answers that call for care now come first on the screen.
    void blockingQuestionsComeFirst()
    {
        QStringList blocking;
        bool seenContent = false;
        for (const SafetyProfile::Question &question : SafetyProfile::questions()) {
            if (question.blocks) {
                QVERIFY2(!seenContent, qPrintable(question.name));
                blocking.append(question.name);
            }
            seenContent = seenContent || !question.blocks;
        }
        QCOMPARE(blocking, (QStringList{"chest-pain", "clot-signs", "sudden-headache",
                                        "stroke-signs", "bladder-bowel", "worsening-numbness",
                                        "possible-fracture", "fever"}));
    }

    void blockingAnswersGiveAdvice_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<bool>("urgent");
        QTest::addColumn<QString>("words");
        QTest::newRow("chest-pain") << "chest-pain" << true << "emergency services";
        QTest::newRow("clot-signs") << "clot-signs" << true << "blood clot";
        QTest::newRow("sudden-headache") << "sudden-headache" << true << "emergency";
        QTest::newRow("stroke-signs") << "stroke-signs" << true << "Call emergency services now";
        QTest::newRow("possible-fracture") << "possible-fracture" << true << "today";
        QTest::newRow("bladder-bowel") << "bladder-bowel" << true << "emergency department";
        QTest::newRow("worsening-numbness") << "worsening-numbness" << true << "today";
        QTest::newRow("fever") << "fever" << false << "Rest today";
    }

    void blockingAnswersGiveAdvice()
    {
        QFETCH(QString, flag);
        QFETCH(bool, urgent);
        QFETCH(QString, words);
        const QList<SafetyProfile::Block> blocks = profile({flag, "pregnant"}).blocks();
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().flag, flag);
        QCOMPARE(blocks.first().urgent, urgent);
        QVERIFY(!blocks.first().title.isEmpty());
        QVERIFY2(blocks.first().advice.contains(words), qPrintable(blocks.first().advice));
    }

    void contentAnswersDoNotBlock()
    {
        QStringList all;
        for (const SafetyProfile::Question &question : SafetyProfile::questions()) {
            if (!question.blocks)
                all.append(question.asksWhere ? question.name + QStringLiteral(":calf")
                                              : question.name);
        }
        QVERIFY(profile(all).blocks().isEmpty());
    }

    void flagsRoundTripInScreenOrder()
    {
        const SafetyProfile safety =
            profile({"widespread-pain", "recent-injury:knee.front", "blood-thinners",
                     "recent-injury:calf", "blood-thinners"});
        QCOMPARE(safety.toStrings(), (QStringList{"blood-thinners", "recent-injury:calf",
                                                  "recent-injury:knee.front", "widespread-pain"}));
        QCOMPARE(profile(safety.toStrings()).toStrings(), safety.toStrings());
        QVERIFY(safety.has(Flag::BloodThinners));
        QVERIFY(!safety.has(Flag::Pregnant));
        QCOMPARE(safety.injuredRegions(), (QStringList{"calf", "knee.front"}));
        QVERIFY(profile({}).isEmpty());
    }

    void badFlagsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo") << QStringList{"blod-thinners"}
                              << "\"blod-thinners\" is not a safety flag (did you mean "
                                 "\"blood-thinners\"?); the flags are chest-pain, clot-signs,";
        QTest::newRow("no region") << QStringList{"recent-injury"}
                                   << "recent-injury needs the injured region, such as "
                                      "recent-injury:knee.front";
        QTest::newRow("unknown region") << QStringList{"recent-injury:kne.front"}
                                        << "recent-injury: \"kne.front\" is not a known body "
                                           "region (did you mean \"knee.front\"?)";
        QTest::newRow("region on a plain flag")
            << QStringList{"pregnant:calf"} << "pregnant takes no region; write just pregnant";
    }

    void badFlagsAreRefusedWithAReason()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!SafetyProfile::fromStrings(flags, m_body, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void noAnswersChangeNothing()
    {
        const SafetyProfile safety;
        for (const BodyModel::Muscle &muscle : m_body.muscles()) {
            QCOMPARE(safety.excludesMuscle(muscle), QString());
            QCOMPARE(safety.maxIntensity(muscle), 10);
            for (const BodyModel::Technique &technique : muscle.techniques)
                QCOMPARE(safety.excludesTechnique(muscle, technique), QString());
        }
        QCOMPARE(safety.maxHoldSeconds(), 0);
        QCOMPARE(safety.maxHoldReps(), 0);
        QCOMPARE(safety.maxRollSeconds(), 0);
        QVERIFY(safety.cautions().isEmpty());
        QVERIFY(safety.advice().isEmpty());
    }

    void bloodThinnersKeepItGentle()
    {
        const SafetyProfile safety = profile({"blood-thinners"});
        QCOMPARE(safety.maxIntensity(muscle("gluteus_medius")), 3);
        QCOMPARE(safety.maxHoldSeconds(), 45);
        QVERIFY(safety.cautions().join(' ').contains(QLatin1String("bruise")));
    }

    void osteoporosisKeepsWeightOffRibsAndSpine()
    {
        const SafetyProfile safety = profile({"osteoporosis"});
        QVERIFY(!allowed(safety, "rhomboids", StepType::Roll, "foam roller"));
        QVERIFY(!allowed(safety, "quadratus_lumborum", StepType::Hold, "floor"));
        QVERIFY(allowed(safety, "quadratus_lumborum", StepType::Hold, "wall"));
        QVERIFY(allowed(safety, "rhomboids", StepType::Stretch, "hug"));
        QCOMPARE(safety.maxIntensity(muscle("gluteus_medius")), 4);
        QVERIFY(safety.cautions().join(' ').contains(QLatin1String("stretch gently")));
    }

    void pregnancyProfile()
    {
        const SafetyProfile safety = profile({"pregnant"});
        QVERIFY(!safety.excludesMuscle(muscle("iliopsoas")).isEmpty());
        QVERIFY(!allowed(safety, "gastrocnemius", StepType::Hold, "ball"));
        QVERIFY(!allowed(safety, "gastrocnemius", StepType::Roll, "roll"));
        QVERIFY(allowed(safety, "gastrocnemius", StepType::Stretch, "wall"));
        QVERIFY(!allowed(safety, "suboccipitals", StepType::Hold, "two balls"));
        QVERIFY(allowed(safety, "suboccipitals", StepType::Hold, "fingertips"));
        QVERIFY(!allowed(safety, "quadriceps", StepType::Roll, "front of the thigh"));
        QVERIFY(allowed(safety, "upper_trapezius", StepType::Hold, "wall"));
        QVERIFY(safety.cautions().join(' ').contains(QLatin1String("midwife")));
        QVERIFY(safety.advice().join(' ').contains(QLatin1String("midwife")));
    }

    // The area, not its whole part of the body: the injured region and the muscles
    // lying on it.
    void recentInjuryLeavesTheAreaOut()
    {
        const SafetyProfile safety = profile({"recent-injury:knee.front"});
        QVERIFY(!safety.excludesMuscle(muscle("quadriceps")).isEmpty()); // lies on the knee's front
        QVERIFY(safety.excludesMuscle(muscle("hamstrings")).isEmpty());  // the back of the knee
        QVERIFY(safety.excludesMuscle(muscle("soleus")).isEmpty());
        QVERIFY(!safety.setsAsideArea(*m_body.region("knee.front")).isEmpty());
        QVERIFY(safety.setsAsideArea(*m_body.region("knee.inner")).isEmpty());
        QVERIFY(safety.setsAsideArea(*m_body.region("calf")).isEmpty());
        const SafetyProfile ear = profile({"recent-injury:ear"});
        QVERIFY(!ear.setsAsideArea(*m_body.region("ear")).isEmpty());
        QVERIFY(ear.setsAsideArea(*m_body.region("head.temple")).isEmpty());
    }

    // The cardiac question (table 1a): the chest waits for a "no".
    void theChestWaitsForTheCardiacQuestion()
    {
        const BodyModel::Region &chest = *m_body.region("chest");
        const SafetyProfile notAsked;
        QVERIFY(!notAsked.answered());
        QVERIFY(notAsked.setsAsideArea(chest).contains(QLatin1String("chest pain")));
        QVERIFY(notAsked.setsAsideArea(*m_body.region("shoulder.front")).isEmpty());
        QVERIFY(profile({}).answered());
        QVERIFY(profile({}).setsAsideArea(chest).isEmpty());
        QVERIFY(profile({"pregnant"}).setsAsideArea(chest).isEmpty());
    }

    // Where a step of a routine file puts the body, read from its words, is what the
    // muscle's own templates say of themselves.
    void positionsAreReadFromTheInstructions()
    {
        for (const BodyModel::Muscle &muscle : m_body.muscles()) {
            for (const BodyModel::Technique &technique : muscle.techniques) {
                const QString read = SafetyProfile::positionIn(technique.instructions);
                if (technique.position.startsWith(QLatin1String("lying")) ||
                    read.startsWith(QLatin1String("lying")))
                    QVERIFY2(read == technique.position,
                             qPrintable(technique.title + QStringLiteral(": ") + read));
            }
        }
        QCOMPARE(SafetyProfile::positionIn("Lie face down on your forearms."), QString("lying-front"));
        QCOMPARE(SafetyProfile::positionIn("Come onto your hands and knees."), QString("kneeling"));
        QCOMPARE(SafetyProfile::positionIn("Sit or stand tall."), QString("sitting"));
        QCOMPARE(SafetyProfile::positionIn("Breathe."), QString());
    }

    void aStepIsReadAsItsTemplate()
    {
        Step step;
        step.type = StepType::Hold;
        step.muscle = QStringLiteral("quadratus_lumborum");
        step.title = QStringLiteral("QL: ball on the floor");
        const BodyModel::Technique own = SafetyProfile::techniqueOf(muscle("quadratus_lumborum"), step);
        QCOMPARE(own.position, QStringLiteral("lying-back"));
        QVERIFY(own.onRibsOrSpine);
        // Another title, the same work: lying on a ball beside the spine.
        step.title = QStringLiteral("Low back: ball under the side");
        step.instructions = QStringLiteral("Lie on your back with your knees bent and put the ball "
                                           "in the soft dip below the ribs.");
        const BodyModel::Technique read = SafetyProfile::techniqueOf(muscle("quadratus_lumborum"), step);
        QCOMPARE(read.position, QStringLiteral("lying-back"));
        QCOMPARE(read.equipment, QStringList{"ball"});
        QVERIFY(read.onRibsOrSpine);
        // Standing against a wall with a ball: no body weight on the ribs.
        step.instructions = QStringLiteral("Stand with your back to a wall and put the ball in the "
                                           "soft dip below the ribs.");
        QVERIFY(!SafetyProfile::techniqueOf(muscle("quadratus_lumborum"), step).onRibsOrSpine);
    }

    void routinesAreCheckedAgainstTheAnswers()
    {
        Routine routine;
        routine.areas = {QStringLiteral("head.temple"), QStringLiteral("neck.back")};
        Step hold;
        hold.type = StepType::Hold;
        hold.muscle = QStringLiteral("suboccipitals");
        hold.title = QStringLiteral("Suboccipitals: two balls under the base of the skull");
        Step calf;
        calf.type = StepType::Roll;
        calf.muscle = QStringLiteral("gastrocnemius");
        calf.title = QStringLiteral("Calf roll");
        calf.instructions = QStringLiteral("Sit with the roller under your calf.");
        routine.steps = {hold, calf, hold};
        QVERIFY(profile({}).conflictsOf(routine, m_body).isEmpty());
        QCOMPARE(profile({"pregnant"}).conflictsOf(routine, m_body),
                 (QStringList{"Suboccipitals: two balls under the base of the skull: no lying on "
                              "your back or front in pregnancy",
                              "Calf roll: no ball or roller on the legs in pregnancy"}));
        const QStringList headache = profile({"new-headache"}).conflictsOf(routine, m_body);
        QCOMPARE(headache.size(), 1);
        QVERIFY(headache.first().startsWith(QLatin1String("Made for your temple: A new or changed")));
    }

    void recentClotLeavesTheLegsOut()
    {
        const SafetyProfile safety = profile({"recent-clot"});
        QVERIFY(!safety.excludesMuscle(muscle("gastrocnemius")).isEmpty());
        QVERIFY(!safety.excludesMuscle(muscle("adductors")).isEmpty());
        QVERIFY(safety.excludesMuscle(muscle("gluteus_medius")).isEmpty());
        QVERIFY(!safety.setsAsideArea(*m_body.region("calf")).isEmpty());
    }

    void varicoseVeinsKeepToolsOffTheLegs()
    {
        const SafetyProfile safety = profile({"varicose-veins"});
        QVERIFY(!allowed(safety, "soleus", StepType::Hold, "ball"));
        QVERIFY(!allowed(safety, "hamstrings", StepType::Roll, "roll"));
        QVERIFY(allowed(safety, "soleus", StepType::Stretch, "wall"));
        QVERIFY(allowed(safety, "gluteus_maximus", StepType::Roll, "roll"));
    }

    void newHeadacheSetsHeadAreasAside()
    {
        const SafetyProfile safety = profile({"new-headache"});
        QVERIFY(!safety.setsAsideArea(*m_body.region("head.temple")).isEmpty());
        QVERIFY(safety.setsAsideArea(*m_body.region("neck.back")).isEmpty());
    }

    void numbnessNeuropathyCancerWidespreadPain()
    {
        QCOMPARE(profile({"numbness"}).maxIntensity(muscle("scalenes")), 4);
        QVERIFY(!profile({"numbness"}).advice().isEmpty());
        QCOMPARE(profile({"neuropathy"}).maxIntensity(muscle("plantar_intrinsics")), 3);
        QCOMPARE(profile({"neuropathy"}).maxIntensity(muscle("gastrocnemius")), 10);
        QVERIFY(profile({"neuropathy"}).cautions().join(' ').contains(QLatin1String("skin")));
        QVERIFY(profile({"cancer"}).cautions().join(' ').contains(QLatin1String("radiotherapy")));
        QVERIFY(profile({"cancer"}).advice().join(' ').contains(QLatin1String("doctor")));
        const SafetyProfile widespread = profile({"widespread-pain"});
        QCOMPARE(widespread.maxIntensity(muscle("gluteus_medius")), 3);
        QCOMPARE(widespread.maxHoldSeconds(), 45);
        QCOMPARE(widespread.maxHoldReps(), 1);
        QCOMPARE(widespread.maxRollSeconds(), 45);
    }
};

QTEST_GUILESS_MAIN(TestSafety)
#include "tst_safety.moc"
