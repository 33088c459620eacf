#pragma once

#include "mixer.h"

#include <QObject>
#include <QString>

#include <atomic>

struct cst_voice_struct;

// Turns text into samples at the stream's rate with flite, one sentence at a
// time so the first words can play while the rest is made. Lives on a worker
// thread: a long instruction takes flite a few hundred milliseconds, which
// would starve the audio stream if done on the thread that feeds it.
class FliteSynthesizer : public QObject
{
    Q_OBJECT
public:
    // Work for an utterance other than `wanted` is skipped (it was stopped).
    explicit FliteSynthesizer(const std::atomic<quint64> &wanted);

    // -1.0 (slow) to 1.0 (fast), as Settings.voiceRate takes it.
    void synthesize(quint64 utterance, const QString &text, double rate);

Q_SIGNALS:
    void sentenceReady(quint64 utterance, const Mixer::Samples &samples, bool last);

private:
    bool ensureVoice();

    const std::atomic<quint64> &m_wanted;
    cst_voice_struct *m_voice = nullptr;
};
