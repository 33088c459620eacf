#pragma once

#include "phrase.h"
#include "tone.h"

#include "core/sessionengine.h"

#include <optional>

// What a person hears for each engine cue: a tone, a phrase, or both. Plain
// functions of the cue, so the whole mapping is tested without audio.
namespace CueSounds {

std::optional<Tone> tone(const Cue &cue);

struct Context
{
    const Routine *routine = nullptr;
    bool eyesFree = false;   // speak everything on the player screen
    bool firstOfStep = true; // a StepStart that begins its step (not a later side or repetition)
    Side startSide = Side::None; // for get-ready and transition cues: the side the step starts on
};

// The phrase spoken for a cue, if any.
std::optional<Phrase> phrase(const Cue &cue, const Context &context);

// The first sentence of a step's instructions, spoken at step start.
QString firstSentence(const QString &text);

} // namespace CueSounds
