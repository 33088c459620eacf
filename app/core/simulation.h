#pragma once

#include "sessionengine.h"

#include <QList>

// Runs a whole routine on a virtual clock, jumping straight from one due event
// to the next, and returns every cue in order. Used by --simulate and the
// golden timelines under tests/data/golden/.
QList<Cue> simulateSession(const Routine &routine, const TimelineOptions &options = {});
