// Speech never talks over itself: a new phrase waits or interrupts by priority.

#include "audio/speechqueue.h"

#include <QTest>

namespace {

// Records what it was told; the test says when a phrase has been spoken.
class FakeSpeaker : public Speaker
{
public:
    void say(const QString &text) override
    {
        QVERIFY2(!m_speaking, "said while still speaking");
        m_speaking = true;
        m_log.append(QStringLiteral("say ") + text);
    }
    void stop() override
    {
        m_speaking = false;
        m_log.append(QStringLiteral("stop"));
    }
    void setVoice(double, double) override {}
    void finish()
    {
        QVERIFY(m_speaking);
        m_speaking = false;
        Q_EMIT finished();
    }
    QStringList takeLog() { return std::exchange(m_log, {}); }

private:
    bool m_speaking = false;
    QStringList m_log;
};

Phrase phrase(const QString &text, SpeechPriority priority, qint64 staleAfterMs = 0)
{
    return {text, priority, staleAfterMs};
}

} // namespace

class TestSpeechQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void speaksAtOnceWhenSilent();
    void equalPriorityWaitsItsTurn();
    void higherPriorityInterrupts();
    void lowerPriorityWaitsBehindHigher();
    void stalePhrasesAreDropped();
    void clearFallsSilent();
    void emptyPhrasesAreIgnored();

private:
    std::unique_ptr<FakeSpeaker> m_speaker;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SpeechQueue> m_queue;
};

void TestSpeechQueue::init()
{
    m_speaker = std::make_unique<FakeSpeaker>();
    m_clock = std::make_unique<ManualClock>();
    m_queue = std::make_unique<SpeechQueue>(m_speaker.get(), *m_clock);
}

void TestSpeechQueue::speaksAtOnceWhenSilent()
{
    m_queue->enqueue(phrase(QStringLiteral("Get ready."), SpeechPriority::Guidance));
    QCOMPARE(m_speaker->takeLog(), QStringList{QStringLiteral("say Get ready.")});
    QVERIFY(m_queue->speaking());
    m_speaker->finish();
    QVERIFY(m_queue->idle());
}

void TestSpeechQueue::equalPriorityWaitsItsTurn()
{
    m_queue->enqueue(phrase(QStringLiteral("Roll slowly."), SpeechPriority::Guidance));
    m_queue->enqueue(phrase(QStringLiteral("Breathe out."), SpeechPriority::Guidance));
    m_queue->enqueue(phrase(QStringLiteral("Relax."), SpeechPriority::Guidance));
    QCOMPARE(m_speaker->takeLog(), QStringList{QStringLiteral("say Roll slowly.")});
    m_speaker->finish();
    QCOMPARE(m_speaker->takeLog(), QStringList{QStringLiteral("say Breathe out.")});
    m_speaker->finish();
    QCOMPARE(m_speaker->takeLog(), QStringList{QStringLiteral("say Relax.")});
}

void TestSpeechQueue::higherPriorityInterrupts()
{
    m_queue->enqueue(phrase(QStringLiteral("A long instruction."), SpeechPriority::Guidance));
    m_queue->enqueue(phrase(QStringLiteral("Ten seconds."), SpeechPriority::Timing));
    QCOMPARE(m_speaker->takeLog(), (QStringList{QStringLiteral("say A long instruction."),
                                                QStringLiteral("stop"),
                                                QStringLiteral("say Ten seconds.")}));
    QCOMPARE(m_queue->current()->text, QStringLiteral("Ten seconds."));
    m_speaker->finish();
    QVERIFY2(m_queue->idle(), "the interrupted phrase is not repeated");
}

void TestSpeechQueue::lowerPriorityWaitsBehindHigher()
{
    m_queue->enqueue(phrase(QStringLiteral("Three."), SpeechPriority::Timing));
    m_queue->enqueue(phrase(QStringLiteral("Halfway."), SpeechPriority::Detail));
    m_queue->enqueue(phrase(QStringLiteral("Next: calves."), SpeechPriority::Guidance));
    m_queue->enqueue(phrase(QStringLiteral("Two."), SpeechPriority::Timing));
    QCOMPARE(m_queue->waitingCount(), 3);
    QStringList spoken;
    for (int i = 0; i < 4; ++i) {
        spoken += m_speaker->takeLog();
        m_speaker->finish();
    }
    QCOMPARE(spoken, (QStringList{QStringLiteral("say Three."), QStringLiteral("say Two."),
                                  QStringLiteral("say Next: calves."), QStringLiteral("say Halfway.")}));
}

void TestSpeechQueue::stalePhrasesAreDropped()
{
    m_queue->enqueue(phrase(QStringLiteral("A long instruction."), SpeechPriority::Timing));
    m_queue->enqueue(phrase(QStringLiteral("Three."), SpeechPriority::Timing, 1000));
    m_queue->enqueue(phrase(QStringLiteral("Keep going."), SpeechPriority::Guidance, 20000));
    m_speaker->takeLog();
    m_clock->advance(1500);
    m_speaker->finish();
    QCOMPARE(m_speaker->takeLog(), QStringList{QStringLiteral("say Keep going.")});
}

void TestSpeechQueue::clearFallsSilent()
{
    m_queue->enqueue(phrase(QStringLiteral("One."), SpeechPriority::Timing));
    m_queue->enqueue(phrase(QStringLiteral("Next."), SpeechPriority::Guidance));
    m_speaker->takeLog();
    m_queue->clear();
    QCOMPARE(m_speaker->takeLog(), QStringList{QStringLiteral("stop")});
    QVERIFY(m_queue->idle());
}

void TestSpeechQueue::emptyPhrasesAreIgnored()
{
    m_queue->enqueue(phrase(QStringLiteral("  "), SpeechPriority::Closing));
    QVERIFY(m_queue->idle());
    QVERIFY(m_speaker->takeLog().isEmpty());
}

QTEST_GUILESS_MAIN(TestSpeechQueue)
#include "tst_speechqueue.moc"
