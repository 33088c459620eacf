// The cue player without an audio device: the session carries on, a one-line
// notice says sound is off, and nothing waits for sound that cannot play.

#include "audio/cueplayer.h"
#include "ui/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Routine shortRoutine()
{
    Step hold;
    hold.type = StepType::Hold;
    hold.title = QStringLiteral("Hold");
    hold.instructions = QStringLiteral("Hold still.");
    hold.seconds = 30;
    Routine routine;
    routine.title = QStringLiteral("Short");
    routine.steps = {hold};
    return routine;
}

} // namespace

class TestCuePlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void withoutADeviceTheSessionCarriesOn();
    void soundSwitchedOffNeedsNoDevice();

private:
    QTemporaryDir m_dataDir;
};

void TestCuePlayer::initTestCase()
{
    // No sound server here, whatever the machine has.
    qputenv("PULSE_SERVER", QByteArray("unix:") + m_dataDir.filePath(QStringLiteral("none")).toUtf8());
}

void TestCuePlayer::withoutADeviceTheSessionCarriesOn()
{
    Settings settings(m_dataDir.path());
    CuePlayer player;
    player.setSettings(&settings);
    QSignalSpy finished(&player, &CuePlayer::finishedPlaying);
    ManualClock clock;
    SessionEngine engine(shortRoutine(), clock);

    player.attach(&engine);
    QVERIFY(!player.soundAvailable());
    QCOMPARE(player.notice(), QStringLiteral("Sound is off: no audio device. The routine carries on "
                                             "with on-screen cues."));
    engine.start();
    clock.advance(engine.timeline().totalMs());
    engine.update();
    QVERIFY(engine.completed());
    QCOMPARE(finished.count(), 1);
    QVERIFY(player.playedOut());
}

void TestCuePlayer::soundSwitchedOffNeedsNoDevice()
{
    Settings settings(m_dataDir.path());
    settings.setTonesEnabled(false);
    settings.setVoiceEnabled(false);
    settings.setEyesFree(false);
    CuePlayer player;
    player.setSettings(&settings);
    ManualClock clock;
    SessionEngine engine(shortRoutine(), clock);
    player.attach(&engine);
    QVERIFY(player.soundAvailable());
    QVERIFY(player.notice().isEmpty());
    // Turning the voice on mid-session looks for a device again.
    engine.start();
    settings.setVoiceEnabled(true);
    QVERIFY(!player.soundAvailable());
}

QTEST_GUILESS_MAIN(TestCuePlayer)
#include "tst_cueplayer.moc"
