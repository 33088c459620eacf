#pragma once

#include <QString>

// How much a phrase matters: a new phrase interrupts one of lower priority and
// waits behind one of equal or higher priority.
enum class SpeechPriority {
    Detail,   // eyes-free extras: halfway, step details
    Guidance, // what to do: step start, next step, routine lines
    Timing,   // "ten seconds", "three", "switch to the right side"
    Closing,  // the word of praise at the end
};

struct Phrase
{
    QString text;
    SpeechPriority priority = SpeechPriority::Guidance;
    // A phrase that could not start within this many milliseconds is dropped
    // (a late "three" is worse than none); 0 keeps it however long it waits.
    qint64 staleAfterMs = 0;

    friend bool operator==(const Phrase &, const Phrase &) = default;
};
