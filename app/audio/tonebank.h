#pragma once

#include "mixer.h"
#include "tone.h"

#include <QHash>
#include <QString>

// The cue tones, read once from WAV files (16-bit mono PCM at kSampleRate).
class ToneBank
{
public:
    static constexpr int kSampleRate = 48000;

    // Reads every tone from `folder` (the app uses ":/media/sounds"); false with
    // a sentence naming the file when one is missing or not in the expected format.
    bool load(const QString &folder, QString *errorText);

    Mixer::Samples samples(Tone tone) const { return m_samples.value(tone); }

    // The samples of one WAV file; an empty list and a reason when it cannot be used.
    static Mixer::Samples readWav(const QByteArray &bytes, QString *problem);

private:
    QHash<Tone, Mixer::Samples> m_samples;
};
