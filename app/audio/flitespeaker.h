#pragma once

#include "flitesynthesizer.h"
#include "mixer.h"
#include "speaker.h"

#include <QThread>

#include <atomic>

// Speaks with flite into the Mixer's voice channel, so speech goes out on the
// same stream as the tones. (Qt 6.4's QTextToSpeech flite plugin opens a
// stream of its own for every phrase and on PulseAudio drops most phrases
// longer than a word with "Audio streaming error"; see docs/audio.md.)
class FliteSpeaker : public Speaker
{
    Q_OBJECT
public:
    explicit FliteSpeaker(Mixer &mixer, QObject *parent = nullptr);
    ~FliteSpeaker() override;

    void say(const QString &text) override;
    void stop() override;
    // The volume is the mixer's, shared with the tones.
    void setVoice(double rate, double) override { m_rate = rate; }

private:
    void onSentence(quint64 utterance, const Mixer::Samples &samples, bool last);
    void finishIfDone();

    Mixer &m_mixer;
    double m_rate = 0.0;
    std::atomic<quint64> m_utterance{0};
    bool m_speaking = false;
    bool m_allArrived = false;
    QThread m_thread;
    FliteSynthesizer *m_synthesizer;
};
