#pragma once

#include "phrase.h"
#include "speaker.h"

#include "core/clock.h"

#include <QList>
#include <QObject>

#include <optional>

// Speaks phrases one at a time so that speech never talks over itself: a new
// phrase interrupts the current one only if it matters more; otherwise it waits,
// behind the phrases that matter more and after those that came before it.
class SpeechQueue : public QObject
{
    Q_OBJECT
public:
    // `clock` measures how long phrases wait (real time, not session time).
    SpeechQueue(Speaker *speaker, const Clock &clock, QObject *parent = nullptr);

    void enqueue(const Phrase &phrase);
    // Falls silent and forgets every waiting phrase.
    void clear();

    bool speaking() const { return m_current.has_value(); }
    bool idle() const { return !m_current && m_waiting.isEmpty(); }
    std::optional<Phrase> current() const { return m_current; }
    int waitingCount() const { return int(m_waiting.size()); }

Q_SIGNALS:
    void idleChanged();

private:
    struct Waiting
    {
        Phrase phrase;
        qint64 sinceMs;
    };

    void speak(const Phrase &phrase);
    void speakNext();
    void onFinished();

    Speaker *m_speaker;
    const Clock &m_clock;
    std::optional<Phrase> m_current;
    QList<Waiting> m_waiting; // highest priority first, then oldest first
};
