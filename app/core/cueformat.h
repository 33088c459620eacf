#pragma once

#include "sessionengine.h"

#include <QByteArray>
#include <QString>

// How cue events are printed by --simulate and --play: one line each, with the
// time in milliseconds from the start. Steps and repetitions count from 1.
namespace CueFormat {
QString kindName(CueKind kind);
QString textLine(const Cue &cue);
QByteArray jsonLine(const Cue &cue);
} // namespace CueFormat
