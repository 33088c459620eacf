#include "speechqueue.h"

#include <algorithm>

SpeechQueue::SpeechQueue(Speaker *speaker, const Clock &clock, QObject *parent)
    : QObject(parent), m_speaker(speaker), m_clock(clock)
{
    connect(m_speaker, &Speaker::finished, this, &SpeechQueue::onFinished);
}

void SpeechQueue::enqueue(const Phrase &phrase)
{
    if (phrase.text.trimmed().isEmpty())
        return;
    if (!m_current) {
        speak(phrase);
        Q_EMIT idleChanged();
        return;
    }
    if (phrase.priority > m_current->priority) {
        m_speaker->stop();
        speak(phrase);
        return;
    }
    auto before = std::find_if(m_waiting.begin(), m_waiting.end(), [&](const Waiting &waiting) {
        return waiting.phrase.priority < phrase.priority;
    });
    m_waiting.insert(before, {phrase, m_clock.nowMs()});
}

void SpeechQueue::clear()
{
    const bool wasIdle = idle();
    m_waiting.clear();
    if (m_current) {
        m_current.reset();
        m_speaker->stop();
    }
    if (!wasIdle)
        Q_EMIT idleChanged();
}

void SpeechQueue::speak(const Phrase &phrase)
{
    m_current = phrase;
    m_speaker->say(phrase.text);
}

void SpeechQueue::speakNext()
{
    const qint64 now = m_clock.nowMs();
    while (!m_waiting.isEmpty()) {
        const Waiting next = m_waiting.takeFirst();
        const bool stale = next.phrase.staleAfterMs > 0 && now - next.sinceMs > next.phrase.staleAfterMs;
        if (!stale) {
            speak(next.phrase);
            return;
        }
    }
    Q_EMIT idleChanged();
}

void SpeechQueue::onFinished()
{
    if (!m_current)
        return;
    m_current.reset();
    speakNext();
}
