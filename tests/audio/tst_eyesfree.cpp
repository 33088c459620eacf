// What the cue player says, heard through a stand-in voice on a private
// PulseAudio server (so the stream really opens): the side a step starts on,
// and in eyes-free mode the player's own words (pause, "it eased", the safety
// advice, the pain questions, the summary), queued behind the cues of the
// moment and never over them.

#include "audio/cueplayer.h"
#include "pulseserver.h"
#include "ui/settings.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

// Records what it is told to say; the test says when a phrase has been spoken.
class FakeSpeaker : public Speaker
{
public:
    void say(const QString &text) override
    {
        m_speaking = true;
        log.append(QStringLiteral("say ") + text);
    }
    void stop() override
    {
        m_speaking = false;
        log.append(QStringLiteral("stop"));
    }
    void setVoice(double, double) override {}
    bool speaking() const { return m_speaking; }
    void finish()
    {
        QVERIFY(m_speaking);
        m_speaking = false;
        Q_EMIT finished();
    }

    QStringList log;

private:
    bool m_speaking = false;
};

Routine bothSidesHold()
{
    Step hold;
    hold.type = StepType::Hold;
    hold.title = QStringLiteral("Upper trapezius");
    hold.instructions = QStringLiteral("Lean into the ball. Let the arm hang.");
    hold.muscle = QStringLiteral("upper_trapezius");
    hold.side = Side::Both;
    hold.seconds = 30;
    Routine routine;
    routine.title = QStringLiteral("Shoulders");
    routine.steps = {hold};
    return routine;
}

} // namespace

class TestEyesFree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // Before any audio is touched: Qt Multimedia connects to PulseAudio once.
        const QProcessEnvironment environment = m_server.clientEnvironment();
        for (const QString &key : environment.keys())
            qputenv(key.toUtf8().constData(), environment.value(key).toUtf8());
        qunsetenv("PULSE_SINK");
    }

    void init()
    {
        m_dataDir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dataDir->path());
        m_settings->setTonesEnabled(false);
        m_player = std::make_unique<CuePlayer>([this](Mixer &) {
            auto speaker = std::make_unique<FakeSpeaker>();
            m_speaker = speaker.get();
            return speaker;
        });
        m_player->setSettings(m_settings.get());
    }

    void cleanup()
    {
        m_player.reset();
        m_settings.reset();
        m_dataDir.reset();
    }

    void theVoiceNamesTheSideTheStepStartsOn_data()
    {
        QTest::addColumn<bool>("rightFirst");
        QTest::addColumn<QString>("side");
        QTest::newRow("left first") << false << "left";
        QTest::newRow("right first") << true << "right";
    }

    void theVoiceNamesTheSideTheStepStartsOn()
    {
        QFETCH(bool, rightFirst);
        QFETCH(QString, side);
        TimelineOptions options;
        options.firstSide = rightFirst ? Side::Right : Side::Left;
        ManualClock clock;
        SessionEngine engine(bothSidesHold(), clock, options);
        m_player->attach(&engine);
        QVERIFY2(m_player->soundAvailable(), qPrintable(m_player->notice()));
        engine.start();
        const QStringList getReady{QStringLiteral("say Get ready. First: Upper trapezius, %1 side.").arg(side)};
        QCOMPARE(m_speaker->log, getReady);
        clock.advance(5000);
        engine.update();
        finishUntil(QStringLiteral("say Upper trapezius"));
        QCOMPARE(m_speaker->log.last(),
                 QStringLiteral("say Upper trapezius, %1 side. Lean into the ball.").arg(side));
    }

    void plainModeKeepsThePlayersWordsToItself()
    {
        m_player->narrate(QStringLiteral("Paused."));
        QVERIFY(m_speaker->log.isEmpty());
    }

    void eyesFreeModeSaysThemAfterTheCueOfTheMoment()
    {
        m_settings->setEyesFree(true);
        ManualClock clock;
        SessionEngine engine(bothSidesHold(), clock);
        m_player->attach(&engine);
        engine.start();
        clock.advance(5000 + 12000);
        engine.update();
        while (m_speaker->speaking())
            m_speaker->finish();
        m_speaker->log.clear();

        // "It eased" comes first and the switch to the other side waits for it.
        m_player->narrate(QStringLiteral("It eased. Well done, let go."));
        engine.endEarly();
        QCOMPARE(m_speaker->log, QStringList{QStringLiteral("say It eased. Well done, let go.")});
        m_speaker->finish();
        QCOMPARE(m_speaker->log.last(), QStringLiteral("say Switch to the right side."));
        m_speaker->finish();

        // A pause silences the cues; "Paused." is said after it.
        m_speaker->log.clear();
        engine.pause();
        m_player->narrate(QStringLiteral("Paused."));
        QCOMPARE(m_speaker->log.last(), QStringLiteral("say Paused."));
        m_speaker->finish();

        // After the session the pain question follows the word of praise.
        m_speaker->log.clear();
        engine.resume();
        clock.advance(3600 * 1000);
        engine.update();
        QVERIFY(engine.completed());
        m_player->narrate(QStringLiteral("How much does it hurt now?"));
        QVERIFY(!m_speaker->log.contains(QStringLiteral("say How much does it hurt now?")));
        finishUntil(QStringLiteral("say How much"));
        QVERIFY(m_speaker->log.filter(QStringLiteral("Well done. You finished Shoulders.")).size() == 1);
    }

private:
    // Lets the voice finish phrase after phrase until one starting with `start` is said.
    void finishUntil(const QString &start)
    {
        for (int guard = 0; guard < 50 && !m_speaker->log.last().startsWith(start); ++guard)
            m_speaker->finish();
        QVERIFY2(m_speaker->log.last().startsWith(start), qPrintable(m_speaker->log.join(QLatin1String(" | "))));
    }

    PulseServer m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CuePlayer> m_player;
    FakeSpeaker *m_speaker = nullptr;
};

QTEST_GUILESS_MAIN(TestEyesFree)
#include "tst_eyesfree.moc"
