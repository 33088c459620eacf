// What a person hears for each cue: the tone and the phrase, plain and eyes-free.

#include "audio/cuesounds.h"

#include <QTest>

namespace {

Routine routine()
{
    Routine routine;
    routine.id = QStringLiteral("neck");
    routine.title = QStringLiteral("Stiff neck");
    Step roll;
    roll.type = StepType::Roll;
    roll.title = QStringLiteral("Roll the upper back");
    roll.instructions = QStringLiteral("Lie on the roller. Roll slowly up and down.");
    roll.seconds = 40;
    roll.pace = 4;
    Step hold;
    hold.type = StepType::Hold;
    hold.title = QStringLiteral("Upper trapezius");
    hold.instructions = QStringLiteral("Lean into the ball. Let your arm hang.");
    hold.side = Side::Both;
    hold.seconds = 45;
    hold.reps = 2;
    hold.intensity = 5;
    routine.steps = {roll, hold};
    return routine;
}

Cue cue(CueKind kind, int step = 0, Side side = Side::None, int value = 0, const QString &text = {})
{
    Cue cue;
    cue.kind = kind;
    cue.step = step;
    cue.side = side;
    cue.value = value;
    cue.text = text;
    return cue;
}

} // namespace

class TestCueSounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyToneCueHasItsOwnTone();
    void cuesWithoutATone();
    void plainPhrases_data();
    void plainPhrases();
    void eyesFreeSpeaksWhatTheScreenShows();
    void laterSidesAreOnlySpokenEyesFree();
    void plainVoiceNamesTheStartingSide_data();
    void plainVoiceNamesTheStartingSide();
    void eyesFreeLeadInsNameTheStartingSide();
    void timingPhrasesGoStaleQuickly();
    void firstSentence_data();
    void firstSentence();

private:
    Routine m_routine = routine();
};

void TestCueSounds::everyToneCueHasItsOwnTone()
{
    const QList<CueKind> kinds = {CueKind::GetReady,  CueKind::StepStart,   CueKind::Halfway,
                                  CueKind::TenSecondsLeft, CueKind::Countdown, CueKind::SwitchSides,
                                  CueKind::StepEnd,   CueKind::RollPass,    CueKind::Finished};
    QSet<Tone> tones;
    for (CueKind kind : kinds) {
        const std::optional<Tone> tone = CueSounds::tone(cue(kind));
        QVERIFY(tone);
        tones.insert(*tone);
    }
    QCOMPARE(tones.size(), kinds.size());
}

void TestCueSounds::cuesWithoutATone()
{
    for (CueKind kind : {CueKind::Spoken, CueKind::Transition, CueKind::RepRest, CueKind::Stopped})
        QVERIFY(!CueSounds::tone(cue(kind)));
}

void TestCueSounds::plainPhrases_data()
{
    QTest::addColumn<Cue>("cue");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("priority");
    const auto guidance = int(SpeechPriority::Guidance);
    const auto timing = int(SpeechPriority::Timing);
    QTest::newRow("get ready") << cue(CueKind::GetReady, 0, Side::None, 0, QStringLiteral("Roll the upper back"))
                               << "Get ready. First: Roll the upper back." << guidance;
    QTest::newRow("step start: title and first instruction")
        << cue(CueKind::StepStart, 0) << "Roll the upper back. Lie on the roller." << guidance;
    QTest::newRow("ten seconds") << cue(CueKind::TenSecondsLeft) << "Ten seconds." << timing;
    QTest::newRow("three") << cue(CueKind::Countdown, 0, Side::None, 3) << "Three." << timing;
    QTest::newRow("one") << cue(CueKind::Countdown, 0, Side::None, 1) << "One." << timing;
    QTest::newRow("switch to the right") << cue(CueKind::SwitchSides, 1, Side::Right)
                                         << "Switch to the right side." << timing;
    QTest::newRow("switch to the left") << cue(CueKind::SwitchSides, 1, Side::Left)
                                        << "Switch to the left side." << timing;
    QTest::newRow("next step") << cue(CueKind::Transition, 1, Side::None, 0, QStringLiteral("Upper trapezius"))
                               << "Next: Upper trapezius." << guidance;
    QTest::newRow("routine line") << cue(CueKind::Spoken, 1, Side::Left, 0, QStringLiteral("Breathe out."))
                                  << "Breathe out." << guidance;
    QTest::newRow("praise") << cue(CueKind::Finished) << "Well done. You finished Stiff neck."
                            << int(SpeechPriority::Closing);
}

void TestCueSounds::plainPhrases()
{
    QFETCH(Cue, cue);
    QFETCH(QString, text);
    QFETCH(int, priority);
    const std::optional<Phrase> phrase = CueSounds::phrase(cue, {&m_routine, false, true});
    QVERIFY(phrase);
    QCOMPARE(phrase->text, text);
    QCOMPARE(int(phrase->priority), priority);
}

void TestCueSounds::eyesFreeSpeaksWhatTheScreenShows()
{
    const CueSounds::Context eyesFree{&m_routine, true, true};
    const Phrase start = *CueSounds::phrase(cue(CueKind::StepStart, 1, Side::Left), eyesFree);
    QCOMPARE(start.text, QStringLiteral(
        "Step 2 of 2: Upper trapezius. Hold for 45 seconds, each side, 2 times. Start on the left "
        "side. Lean into the ball. Let your arm hang. Aim for about 5 out of 10."));
    QVERIFY(CueSounds::phrase(cue(CueKind::Halfway), eyesFree));
    QVERIFY(!CueSounds::phrase(cue(CueKind::Halfway), {&m_routine, false, true}));
    QCOMPARE(CueSounds::phrase(cue(CueKind::Transition, 1, Side::Left, 0, QStringLiteral("x")), eyesFree)->text,
             QStringLiteral("Next. Step 2 of 2: Upper trapezius. Hold for 45 seconds, each side, "
                            "2 times. Get into position."));
    Cue rest = cue(CueKind::RepRest, 1, Side::Left);
    rest.rep = 2;
    QCOMPARE(CueSounds::phrase(rest, eyesFree)->text, QStringLiteral("Rest. Repetition 2 of 2 is next."));
    const QString getReady =
        CueSounds::phrase(cue(CueKind::GetReady, 0, Side::None, 0, QStringLiteral("x")), eyesFree)->text;
    QVERIFY2(getReady.startsWith(QLatin1String("Stiff neck. 2 steps, about 4 minutes. Get ready. Step 1 of 2")),
             qPrintable(getReady));
}

void TestCueSounds::laterSidesAreOnlySpokenEyesFree()
{
    const Cue right = cue(CueKind::StepStart, 1, Side::Right);
    QVERIFY(!CueSounds::phrase(right, {&m_routine, false, false}));
    QCOMPARE(CueSounds::phrase(right, {&m_routine, true, false})->text, QStringLiteral("Right side. Go."));
    const Cue left = cue(CueKind::StepStart, 1, Side::Left);
    QCOMPARE(CueSounds::phrase(left, {&m_routine, true, false})->text, QStringLiteral("Left side. Go."));
    Cue secondRep = cue(CueKind::StepStart, 1, Side::Left);
    secondRep.rep = 2;
    QCOMPARE(CueSounds::phrase(secondRep, {&m_routine, true, false})->text,
             QStringLiteral("Repetition 2 of 2. Go."));
}

// Without eyes-free mode the voice still says which side to start on: at get
// ready, in the transition, and when the step starts.
void TestCueSounds::plainVoiceNamesTheStartingSide_data()
{
    QTest::addColumn<Cue>("cue");
    QTest::addColumn<Side>("startSide");
    QTest::addColumn<QString>("text");
    const QString title = QStringLiteral("Upper trapezius");
    QTest::newRow("get ready, left") << cue(CueKind::GetReady, 1, Side::None, 0, title) << Side::Left
                                     << "Get ready. First: Upper trapezius, left side.";
    QTest::newRow("get ready, right") << cue(CueKind::GetReady, 1, Side::None, 0, title) << Side::Right
                                      << "Get ready. First: Upper trapezius, right side.";
    QTest::newRow("transition, right") << cue(CueKind::Transition, 1, Side::None, 0, title) << Side::Right
                                       << "Next: Upper trapezius, right side.";
    QTest::newRow("step start, left") << cue(CueKind::StepStart, 1, Side::Left) << Side::Left
                                      << "Upper trapezius, left side. Lean into the ball.";
    QTest::newRow("step start, right first") << cue(CueKind::StepStart, 1, Side::Right) << Side::Right
                                             << "Upper trapezius, right side. Lean into the ball.";
    QTest::newRow("no side") << cue(CueKind::StepStart, 0) << Side::None
                             << "Roll the upper back. Lie on the roller.";
}

void TestCueSounds::plainVoiceNamesTheStartingSide()
{
    QFETCH(Cue, cue);
    QFETCH(Side, startSide);
    QFETCH(QString, text);
    CueSounds::Context plain{&m_routine, false, true};
    plain.startSide = startSide;
    QCOMPARE(CueSounds::phrase(cue, plain)->text, text);
}

void TestCueSounds::eyesFreeLeadInsNameTheStartingSide()
{
    CueSounds::Context eyesFree{&m_routine, true, true};
    eyesFree.startSide = Side::Right;
    QCOMPARE(CueSounds::phrase(cue(CueKind::Transition, 1, Side::None, 0, QStringLiteral("x")), eyesFree)->text,
             QStringLiteral("Next. Step 2 of 2: Upper trapezius. Hold for 45 seconds, each side, "
                            "2 times. Start on the right side. Get into position."));
    const QString getReady =
        CueSounds::phrase(cue(CueKind::GetReady, 1, Side::None, 0, QStringLiteral("x")), eyesFree)->text;
    QVERIFY2(getReady.endsWith(QLatin1String("2 times. Start on the right side.")), qPrintable(getReady));
}

void TestCueSounds::timingPhrasesGoStaleQuickly()
{
    const CueSounds::Context plain{&m_routine, false, true};
    const Phrase three = *CueSounds::phrase(cue(CueKind::Countdown, 0, Side::None, 3), plain);
    const Phrase start = *CueSounds::phrase(cue(CueKind::StepStart), plain);
    const Phrase praise = *CueSounds::phrase(cue(CueKind::Finished), plain);
    QVERIFY(three.staleAfterMs > 0 && three.staleAfterMs <= 1000);
    QVERIFY(start.staleAfterMs > three.staleAfterMs);
    QCOMPARE(praise.staleAfterMs, 0);
}

void TestCueSounds::firstSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::newRow("two sentences") << "Lean in. Breathe." << "Lean in.";
    QTest::newRow("one sentence") << "Lean in until it is 5 out of 10" << "Lean in until it is 5 out of 10";
    QTest::newRow("decimal") << "Use a 6.5 cm ball. Lean in." << "Use a 6.5 cm ball.";
    QTest::newRow("question") << "Feel it? Stay there." << "Feel it?";
}

void TestCueSounds::firstSentence()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QCOMPARE(CueSounds::firstSentence(text), first);
}

QTEST_GUILESS_MAIN(TestCueSounds)
#include "tst_cuesounds.moc"
