#pragma once

#include "mixer.h"

#include <QStringList>

// What the voice channel needs from a synthesizer's output, kept apart from
// flite so it is built and tested everywhere.
namespace SpeechSamples {

// Sentences (and clauses ending in ; or :) to synthesize one at a time, so the
// first words can play while the rest is made.
QStringList sentences(const QString &text);
// Drops the silence a synthesizer puts around speech (keeping 10 ms before and
// 80 ms after) and converts the rate by linear interpolation, which is enough
// for speech that has nothing worth keeping above 8 kHz.
Mixer::Samples trimmed(const qint16 *samples, qsizetype count, int fromRate, int toRate);

} // namespace SpeechSamples
