// The parts under the cue player that need no device: the mixer, the tones,
// the conversion of flite's speech, and the breath pacing schedule.

#include "audio/breathpacer.h"
#include "audio/mixer.h"
#include "audio/speechsamples.h"
#include "audio/tonebank.h"

#include "core/clock.h"

#include <QTest>

#include <algorithm>

namespace {

Mixer::Samples constant(qint16 value, qsizetype count)
{
    return Mixer::Samples(count, value);
}

Mixer::Samples render(Mixer &mixer, qsizetype frames)
{
    Mixer::Samples out(frames);
    mixer.render(out.data(), frames);
    return out;
}

QByteArray wav(quint16 channels, quint32 rate, const QByteArray &data)
{
    QByteArray bytes("RIFF....WAVEfmt ");
    const auto u32 = [&](quint32 v) { bytes.append(reinterpret_cast<const char *>(&v), 4); };
    const auto u16 = [&](quint16 v) { bytes.append(reinterpret_cast<const char *>(&v), 2); };
    u32(16);
    u16(1);
    u16(channels);
    u32(rate);
    u32(rate * 2 * channels);
    u16(2 * channels);
    u16(16);
    bytes.append("data");
    u32(quint32(data.size()));
    return bytes + data;
}

Routine holdRoutine(int seconds)
{
    Step hold;
    hold.type = StepType::Hold;
    hold.title = QStringLiteral("Hold");
    hold.seconds = seconds;
    Routine routine;
    routine.steps = {hold};
    return routine;
}

} // namespace

class TestAudioMixing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aToneStartsInTheNextSample();
    void tonesAddUpAndClip();
    void volumeScalesEverything();
    void stoppedToneFadesOut();
    void speechReportsWhenItHasPlayed();
    void builtInTonesLoad();
    void wavFilesOfTheWrongShapeAreRefused();
    void speechIsSplitIntoSentences();
    void speechSilenceIsTrimmedAndRateConverted();
    void breathScheduleFitsTheHold();
    void breathPacingFollowsSessionTime();
};

void TestAudioMixing::aToneStartsInTheNextSample()
{
    Mixer mixer;
    QCOMPARE(render(mixer, 4), constant(0, 4));
    mixer.startTone({100, 200, 300});
    QVERIFY(!mixer.silent());
    QCOMPARE(render(mixer, 5), (Mixer::Samples{100, 200, 300, 0, 0}));
    QVERIFY(mixer.silent());
}

void TestAudioMixing::tonesAddUpAndClip()
{
    Mixer mixer;
    mixer.startTone({30000, 1000, -30000});
    mixer.startTone({30000, 1000, -30000});
    QCOMPARE(render(mixer, 3), (Mixer::Samples{32767, 2000, -32768}));
}

void TestAudioMixing::volumeScalesEverything()
{
    Mixer mixer;
    mixer.setVolume(0.5);
    mixer.startTone({1000});
    mixer.appendSpeech({2000});
    QCOMPARE(render(mixer, 1), Mixer::Samples{qint16((1000 + 2000 * Mixer::kSpeechGain) / 2)});
}

void TestAudioMixing::stoppedToneFadesOut()
{
    Mixer mixer;
    const int id = mixer.startTone(constant(1000, 48000));
    render(mixer, 2);
    mixer.stopTone(id);
    const Mixer::Samples out = render(mixer, Mixer::kFadeSamples + 10);
    QCOMPARE(out.first(), qint16(1000));
    QVERIFY(std::is_sorted(out.rbegin(), out.rend()));
    QCOMPARE(out.at(Mixer::kFadeSamples), qint16(0));
    QVERIFY(mixer.silent());
}

void TestAudioMixing::speechReportsWhenItHasPlayed()
{
    Mixer mixer;
    int drained = 0;
    mixer.setSpeechDrained([&] { ++drained; });
    mixer.appendSpeech(constant(1000, 3));
    mixer.appendSpeech(constant(2000, 2));
    const auto voice = [](int sample) { return qint16(sample * Mixer::kSpeechGain); };
    QCOMPARE(render(mixer, 4), (Mixer::Samples{voice(1000), voice(1000), voice(1000), voice(2000)}));
    QCOMPARE(drained, 0);
    render(mixer, 4);
    QCOMPARE(drained, 1);
    mixer.appendSpeech(constant(9, 4));
    mixer.stopSpeech();
    render(mixer, 4);
    QCOMPARE(drained, 1);
}

void TestAudioMixing::builtInTonesLoad()
{
    ToneBank bank;
    QString error;
    QVERIFY2(bank.load(QStringLiteral(":/media/sounds"), &error), qPrintable(error));
    for (Tone tone : Tones::all()) {
        const Mixer::Samples samples = bank.samples(tone);
        QVERIFY2(samples.size() >= ToneBank::kSampleRate / 50, qPrintable(Tones::fileName(tone)));
        QVERIFY2(samples.size() <= ToneBank::kSampleRate, qPrintable(Tones::fileName(tone)));
        // One strike: it starts at once, and it is loud right at the start.
        QVERIFY(std::abs(samples.at(ToneBank::kSampleRate / 200)) > 0 || tone == Tone::BreatheIn ||
                tone == Tone::BreatheOut);
    }
    QVERIFY(!bank.load(QStringLiteral(":/no/such/folder"), &error));
    QVERIFY2(error.startsWith(QLatin1String("get-ready.wav: cannot be read")), qPrintable(error));
}

void TestAudioMixing::wavFilesOfTheWrongShapeAreRefused()
{
    QString problem;
    QCOMPARE(ToneBank::readWav(wav(1, 48000, QByteArray("\x01\x00\xff\xff", 4)), &problem),
             (Mixer::Samples{1, -1}));
    QVERIFY(ToneBank::readWav(wav(2, 48000, QByteArray(8, 0)), &problem).isEmpty());
    QCOMPARE(problem, QStringLiteral("must be 16-bit mono PCM at 48000 Hz"));
    QVERIFY(ToneBank::readWav(wav(1, 44100, QByteArray(8, 0)), &problem).isEmpty());
    QVERIFY(ToneBank::readWav("not a wave", &problem).isEmpty());
    QCOMPARE(problem, QStringLiteral("not a WAV file"));
}

void TestAudioMixing::speechIsSplitIntoSentences()
{
    QCOMPARE(SpeechSamples::sentences(QStringLiteral("Upper trapezius: ball on the wall. Lean in!  Breathe")),
             (QStringList{QStringLiteral("Upper trapezius:"), QStringLiteral("ball on the wall."),
                          QStringLiteral("Lean in!"), QStringLiteral("Breathe")}));
    QVERIFY(SpeechSamples::sentences(QStringLiteral("   ")).isEmpty());
}

void TestAudioMixing::speechSilenceIsTrimmedAndRateConverted()
{
    // 16 kHz: 100 ms silence, 10 samples of a ramp, 200 ms silence.
    QList<qint16> speech(1600, 0);
    for (int i = 0; i < 10; ++i)
        speech.append(qint16(1000 * (i + 1)));
    speech.append(QList<qint16>(3200, 0));
    const Mixer::Samples out = SpeechSamples::trimmed(speech.constData(), speech.size(), 16000, 48000);
    // 10 ms kept before the speech, 80 ms after, three samples out for one in.
    const qsizetype kept = 160 + 10 + 1280;
    QCOMPARE(out.size(), (kept - 1) * 3 + 1);
    const qsizetype firstRamp = 160 * 3;
    QCOMPARE(out.at(firstRamp), qint16(1000));
    QCOMPARE(out.at(firstRamp + 1), qint16(1333));
    QCOMPARE(out.at(firstRamp + 3), qint16(2000));
    QVERIFY(SpeechSamples::trimmed(speech.constData(), 1600, 16000, 48000).isEmpty());
}

void TestAudioMixing::breathScheduleFitsTheHold()
{
    QVERIFY(BreathPacer::schedule(15000).isEmpty());
    const QList<BreathPacer::Breath> breaths = BreathPacer::schedule(60000);
    QCOMPARE(breaths.size(), 10);
    QCOMPARE(breaths.first(), (BreathPacer::Breath{3000, true}));
    QCOMPARE(breaths.at(1), (BreathPacer::Breath{7000, false}));
    QVERIFY(breaths.last().offsetMs + BreathPacer::kOutMs <= 60000 - BreathPacer::kQuietEndMs);
}

void TestAudioMixing::breathPacingFollowsSessionTime()
{
    ManualClock clock;
    TimelineOptions options;
    options.getReadyMs = 1000;
    SessionEngine engine(holdRoutine(60), clock, options);
    BreathPacer pacer;
    QList<bool> breaths;
    connect(&pacer, &BreathPacer::breathe, this, [&](bool in) { breaths.append(in); });
    engine.start();
    clock.advance(1000);
    engine.update();
    pacer.start(&engine);
    clock.advance(2999);
    pacer.poll();
    QVERIFY(breaths.isEmpty());
    clock.advance(1);
    pacer.poll();
    QCOMPARE(breaths, QList<bool>{true});
    // A pause holds the rhythm; the breath out comes 4 s of hold time later.
    engine.pause();
    clock.advance(10000);
    pacer.poll();
    QCOMPARE(breaths.size(), 1);
    engine.resume();
    clock.advance(4000);
    pacer.poll();
    QCOMPARE(breaths, (QList<bool>{true, false}));
    // Skipping the step ends it.
    engine.skip();
    clock.advance(20000);
    pacer.poll();
    QVERIFY(!pacer.active());
    QCOMPARE(breaths.size(), 2);
}

QTEST_GUILESS_MAIN(TestAudioMixing)
#include "tst_audiomixing.moc"
