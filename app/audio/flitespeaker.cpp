#include "flitespeaker.h"

FliteSpeaker::FliteSpeaker(Mixer &mixer, QObject *parent)
    : Speaker(parent), m_mixer(mixer), m_synthesizer(new FliteSynthesizer(m_utterance))
{
    m_synthesizer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_synthesizer, &QObject::deleteLater);
    connect(m_synthesizer, &FliteSynthesizer::sentenceReady, this, &FliteSpeaker::onSentence,
            Qt::QueuedConnection);
    m_mixer.setSpeechDrained([this] {
        // Not from inside the mixer's render: a listener may start the next phrase.
        QMetaObject::invokeMethod(this, &FliteSpeaker::finishIfDone, Qt::QueuedConnection);
    });
    m_thread.setObjectName(QStringLiteral("flite"));
    m_thread.start();
}

FliteSpeaker::~FliteSpeaker()
{
    ++m_utterance;
    m_mixer.setSpeechDrained({});
    m_thread.quit();
    m_thread.wait();
}

void FliteSpeaker::say(const QString &text)
{
    const quint64 utterance = ++m_utterance;
    m_mixer.stopSpeech();
    m_speaking = true;
    m_allArrived = false;
    const double rate = m_rate;
    QMetaObject::invokeMethod(m_synthesizer, [synthesizer = m_synthesizer, utterance, text, rate] {
        synthesizer->synthesize(utterance, text, rate);
    }, Qt::QueuedConnection);
}

void FliteSpeaker::stop()
{
    ++m_utterance;
    m_speaking = false;
    m_mixer.stopSpeech();
}

void FliteSpeaker::onSentence(quint64 utterance, const Mixer::Samples &samples, bool last)
{
    if (utterance != m_utterance.load() || !m_speaking)
        return;
    m_mixer.appendSpeech(samples);
    m_allArrived = last;
    finishIfDone();
}

void FliteSpeaker::finishIfDone()
{
    if (!m_speaking || !m_allArrived || m_mixer.speechPlaying())
        return;
    m_speaking = false;
    Q_EMIT finished();
}
