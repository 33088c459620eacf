#pragma once

#include "core/routine.h"

#include <QString>

// How routine values read on screen and aloud: plain words, never jargon.
namespace Presentation {
QString stepTypeName(StepType type);        // "Pressure hold"
QString sideName(Side side);                 // "Left", "Right", "Both sides", ""
QString doseText(const Step &step);          // "60 s each side", "30 s × 2"
QString intensityText(int intensity);        // "about 5 out of 10: a good hurt, never sharp"
QString equipmentName(const QString &id);    // "Foam roller"
QString groupName(const QString &group);     // "upper_back" -> "Upper back"
QString durationText(qint64 ms);             // "10 min", "45 s"
QString clockText(qint64 ms);                // "1:05", rounded up to the second
} // namespace Presentation
