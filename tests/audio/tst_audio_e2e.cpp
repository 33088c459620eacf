// End to end: unknot --play through a private PulseAudio server with a null
// sink, recorded from the sink's monitor with parec. What is asserted is what
// reached the speaker, not what the app asked for.

#include "monitorrecorder.h"
#include "onsets.h"
#include "playrun.h"
#include "pulseserver.h"

#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QString kToneRoutine = QStringLiteral(UNKNOT_SOURCE_DIR "/tests/audio/data/cue-tones.json");
const QString kVoiceRoutine = QStringLiteral(UNKNOT_SOURCE_DIR "/tests/audio/data/short-voice.json");
constexpr double kToneSpeed = 8;
constexpr double kMaxLatencyMs = 100;

struct Sound
{
    bool tones = true;
    bool voice = false;
};

QString describe(const QList<double> &values)
{
    QStringList parts;
    for (double value : values)
        parts.append(QString::number(value, 'f', 0));
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestAudioEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tonesAreHeardOnTime();
    void nothingIsHeardWhenSoundIsOff_data();
    void nothingIsHeardWhenSoundIsOff();
    void theVoiceIsHeardAndFinishesBeforeExit();
    void playCarriesOnWithoutASoundServer();
    void playCarriesOnWhenTheServerDies();

private:
    QString dataDir(const Sound &sound);
    QStringList playArguments(const QString &routine, double speed, const QString &dataDir) const;
    PlayRun::Result play(const QStringList &arguments, double speed);
    // The recording from the start of a run to its end.
    QList<qint16> recordingOf(const PlayRun::Result &run) const;

    PulseServer m_server;
    MonitorRecorder m_recorder; // one recording for the whole test: parec takes a while to settle
    QList<std::shared_ptr<QTemporaryDir>> m_dirs;
};

void TestAudioEndToEnd::initTestCase()
{
    for (const char *tool : {"pulseaudio", "parec", "pactl"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: scripts/setup.sh installs it").arg(tool)));
    }
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_recorder.start(m_server.clientEnvironment(), m_server.monitor(), &error),
             qPrintable(error));
    QVERIFY2(m_recorder.waitUntilSteady(), "parec records nothing from the null sink's monitor");
}

QString TestAudioEndToEnd::dataDir(const Sound &sound)
{
    auto dir = std::make_shared<QTemporaryDir>();
    m_dirs.append(dir);
    QSettings settings(dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("sound/tones"), sound.tones);
    settings.setValue(QStringLiteral("sound/voice"), sound.voice);
    settings.setValue(QStringLiteral("sound/volume"), 1.0);
    return dir->path();
}

QStringList TestAudioEndToEnd::playArguments(const QString &routine, double speed,
                                             const QString &dataDir) const
{
    return {QStringLiteral("--play"), routine, QStringLiteral("--speed"), QString::number(speed),
            QStringLiteral("--data-dir"), dataDir};
}

PlayRun::Result TestAudioEndToEnd::play(const QStringList &arguments, double speed)
{
    const PlayRun::Result result = PlayRun::run(QStringLiteral(UNKNOT_BINARY), arguments, speed,
                                                m_server.clientEnvironment(), 60000);
    QTest::qWait(300); // the last sound reaches the recording
    return result;
}

QList<qint16> TestAudioEndToEnd::recordingOf(const PlayRun::Result &run) const
{
    const qsizetype from = qMax<qsizetype>(0, m_recorder.sampleAt(run.beganMs));
    return m_recorder.samples().mid(from);
}

void TestAudioEndToEnd::tonesAreHeardOnTime()
{
    QProcess simulate;
    simulate.start(QStringLiteral(UNKNOT_BINARY),
                   {QStringLiteral("--simulate"), kToneRoutine, QStringLiteral("--json")});
    QVERIFY(simulate.waitForFinished(10000));
    const QList<ScheduledTone> scheduled = scheduledTones(simulate.readAllStandardOutput());
    QVERIFY(scheduled.size() > 30);

    const PlayRun::Result run =
        play(playArguments(kToneRoutine, kToneSpeed, dataDir({true, false})), kToneSpeed);
    QVERIFY2(run.finished, "unknot --play did not finish");
    QCOMPARE(run.exitCode, 0);

    QList<double> expected;
    for (const ScheduledTone &tone : scheduled)
        expected.append(run.startMs + double(tone.atMs) / kToneSpeed);
    QList<double> heard;
    const qsizetype first = m_recorder.sampleAt(run.beganMs);
    for (qsizetype sample : Onsets::detect(recordingOf(run)))
        heard.append(m_recorder.timeOfSample(first + sample));

    const Onsets::Match match = Onsets::match(expected, heard, -30, 250);
    QVERIFY2(match.missedMs.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 tones not heard, at session ms %3 (heard %4)")
                            .arg(match.missedMs.size())
                            .arg(expected.size())
                            .arg(describe([&] {
                                QList<double> at;
                                for (double ms : match.missedMs)
                                    at.append((ms - run.startMs) * kToneSpeed);
                                return at;
                            }()))
                            .arg(heard.size())));
    QVERIFY2(match.extraMs.isEmpty(),
             qPrintable(QStringLiteral("sounds nobody asked for at %1 ms after the start")
                            .arg(describe([&] {
                                QList<double> at;
                                for (double ms : match.extraMs)
                                    at.append(ms - run.startMs);
                                return at;
                            }()))));
    QList<double> latencies = match.latenciesMs;
    std::sort(latencies.begin(), latencies.end());
    qInfo("%lld tones heard; onset latency min %.0f, median %.0f, max %.0f ms",
          qint64(latencies.size()), latencies.first(), latencies.at(latencies.size() / 2),
          latencies.last());
    QVERIFY2(latencies.last() <= kMaxLatencyMs,
             qPrintable(QStringLiteral("late tones: %1 ms").arg(describe(match.latenciesMs))));
}

void TestAudioEndToEnd::nothingIsHeardWhenSoundIsOff_data()
{
    QTest::addColumn<bool>("noSoundFlag");
    QTest::addColumn<bool>("tones");
    QTest::newRow("tones and voice off in settings") << false << false;
    QTest::newRow("--no-sound") << true << true;
}

void TestAudioEndToEnd::nothingIsHeardWhenSoundIsOff()
{
    QFETCH(bool, noSoundFlag);
    QFETCH(bool, tones);
    constexpr double speed = 40;
    QStringList arguments = playArguments(kToneRoutine, speed, dataDir({tones, false}));
    if (noSoundFlag)
        arguments.append(QStringLiteral("--no-sound"));
    const PlayRun::Result run = play(arguments, speed);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.lines.last().endsWith(QLatin1String("finished")));
    const QList<qint16> recording = recordingOf(run);
    QVERIFY(recording.size() > MonitorRecorder::kRate * 2);
    QCOMPARE(Onsets::peak(recording, 0, recording.size()), 0);
    QVERIFY2(!run.errors.contains(QLatin1String("Sound is off")), qPrintable(run.errors));
}

void TestAudioEndToEnd::theVoiceIsHeardAndFinishesBeforeExit()
{
    constexpr double speed = 3;
    const PlayRun::Result run = play(playArguments(kVoiceRoutine, speed, dataDir({false, true})), speed);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);

    const QList<qint16> &samples = m_recorder.samples();
    const auto voicedMs = [&](double fromMs, double toMs) {
        int voiced = 0;
        for (double ms = fromMs; ms < toMs; ms += 10) {
            const qsizetype at = m_recorder.sampleAt(ms);
            voiced += Onsets::peak(samples, at, at + MonitorRecorder::kRate / 100) > 500 ? 10 : 0;
        }
        return voiced;
    };
    // "Get ready." starts at once, before the countdown interrupts the rest of it.
    QVERIFY2(voicedMs(run.startMs, run.startMs + 600) >= 150, "the first phrase was not heard");
    // The word of praise at the end plays out before the program exits.
    const double finishedMs = run.startMs + 13000 / speed;
    const int praiseMs = voicedMs(finishedMs, finishedMs + 4000);
    QVERIFY2(praiseMs >= 1000, qPrintable(QStringLiteral("praise heard for %1 ms").arg(praiseMs)));
    QVERIFY(voicedMs(run.startMs, finishedMs) >= 2000);
}

void TestAudioEndToEnd::playCarriesOnWithoutASoundServer()
{
    const PlayRun::Result run =
        PlayRun::run(QStringLiteral(UNKNOT_BINARY), playArguments(kToneRoutine, 50, dataDir({true, true})),
                     50, m_server.absentEnvironment(), 30000);
    QVERIFY2(run.finished, "unknot --play hung without a sound server");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.lines.last().endsWith(QLatin1String("finished")));
    QVERIFY2(run.errors.contains(QLatin1String(
                 "unknot: Sound is off: no audio device. The routine carries on with on-screen cues.")),
             qPrintable(run.errors));
}

void TestAudioEndToEnd::playCarriesOnWhenTheServerDies()
{
    PulseServer dying;
    QString error;
    QVERIFY2(dying.start(&error), qPrintable(error));
    constexpr double speed = 20;
    const PlayRun::Result run = PlayRun::run(
        QStringLiteral(UNKNOT_BINARY), playArguments(kToneRoutine, speed, dataDir({true, true})),
        speed, dying.clientEnvironment(), 30000, [&dying](double elapsedMs) {
            if (elapsedMs > 1500 && dying.running())
                dying.kill();
        });
    QVERIFY2(run.finished, "unknot --play hung when the sound server died");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.lines.last().endsWith(QLatin1String("finished")));
    QVERIFY2(run.errors.contains(QLatin1String("unknot: Sound is off: the audio device went away.")),
             qPrintable(run.errors));
    QVERIFY2(run.wallMs < 84000 / speed + 5000, qPrintable(QString::number(run.wallMs)));
}

QTEST_GUILESS_MAIN(TestAudioEndToEnd)
#include "tst_audio_e2e.moc"
