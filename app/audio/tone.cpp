#include "tone.h"

namespace Tones {

QList<Tone> all()
{
    return {Tone::GetReady,  Tone::StepStart,   Tone::Halfway, Tone::TenSeconds,
            Tone::Countdown, Tone::SwitchSides, Tone::StepEnd, Tone::Finished,
            Tone::RollTick,  Tone::BreatheIn,   Tone::BreatheOut};
}

QString fileName(Tone tone)
{
    switch (tone) {
    case Tone::GetReady: return QStringLiteral("get-ready.wav");
    case Tone::StepStart: return QStringLiteral("step-start.wav");
    case Tone::Halfway: return QStringLiteral("halfway.wav");
    case Tone::TenSeconds: return QStringLiteral("ten-seconds.wav");
    case Tone::Countdown: return QStringLiteral("countdown.wav");
    case Tone::SwitchSides: return QStringLiteral("switch-sides.wav");
    case Tone::StepEnd: return QStringLiteral("step-end.wav");
    case Tone::Finished: return QStringLiteral("finished.wav");
    case Tone::RollTick: return QStringLiteral("roll-tick.wav");
    case Tone::BreatheIn: return QStringLiteral("breathe-in.wav");
    case Tone::BreatheOut: return QStringLiteral("breathe-out.wav");
    }
    return {};
}

int strength(Tone tone)
{
    switch (tone) {
    case Tone::Finished: return 10;
    case Tone::SwitchSides: return 9;
    case Tone::StepStart: return 8;
    case Tone::StepEnd: return 7;
    case Tone::GetReady: return 6;
    case Tone::TenSeconds: return 5;
    case Tone::Halfway: return 4;
    case Tone::Countdown: return 3;
    case Tone::RollTick: return 2;
    case Tone::BreatheIn:
    case Tone::BreatheOut: return 1;
    }
    return 0;
}

} // namespace Tones
