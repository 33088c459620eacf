#include "qtspeaker.h"

QtSpeaker::QtSpeaker(QObject *parent) : Speaker(parent)
{
    connect(&m_engine, &QTextToSpeech::stateChanged, this, &QtSpeaker::onStateChanged);
}

void QtSpeaker::say(const QString &text)
{
    m_speaking = true;
    m_started = false;
    m_engine.say(text);
}

void QtSpeaker::stop()
{
    m_speaking = false;
    m_engine.stop();
}

void QtSpeaker::setVoice(double rate, double volume)
{
    m_engine.setRate(rate);
    m_engine.setVolume(volume);
}

void QtSpeaker::onStateChanged(QTextToSpeech::State state)
{
    if (!m_speaking)
        return;
    if (state == QTextToSpeech::Speaking) {
        m_started = true;
        return;
    }
    // Ready after speaking, or an error: either way the queue moves on.
    if ((state == QTextToSpeech::Ready && m_started) || state == QTextToSpeech::Error) {
        m_speaking = false;
        Q_EMIT finished();
    }
}
