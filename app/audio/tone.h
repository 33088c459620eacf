#pragma once

#include <QList>
#include <QString>

// The cue tones in media/sounds/, made by scripts/make-sounds.py (docs/audio.md).
enum class Tone {
    GetReady,
    StepStart,
    Halfway,
    TenSeconds,
    Countdown,
    SwitchSides,
    StepEnd,
    Finished,
    RollTick,
    BreatheIn,
    BreatheOut,
};

namespace Tones {
QList<Tone> all();
QString fileName(Tone tone); // "step-start.wav"
// When two cues fall on the same instant only the stronger tone plays, so that
// "step end" and "switch sides" do not sound as one muddle.
int strength(Tone tone);
} // namespace Tones
