#pragma once

#include <QList>

// Finds where sounds start in a recording: the level (peak of each millisecond)
// crosses a threshold and has risen well above what it was just before, so a
// tone that starts while the last one still rings out is found too.
namespace Onsets {

struct Options
{
    int rate = 48000;
    int threshold = 250;     // peak sample value; about -42 dBFS
    double rise = 4.0;       // times the level of 5 to 25 ms before
    int refractoryMs = 80;   // one tone is one onset
};

QList<qsizetype> detect(const QList<qint16> &samples, const Options &options = {});
// The peak sample value between two sample indexes.
int peak(const QList<qint16> &samples, qsizetype from, qsizetype to);

} // namespace Onsets

namespace Onsets {

// Pairs each expected time with the first unused onset heard within
// [expected + earliestMs, expected + latestMs], in milliseconds.
struct Match
{
    QList<double> latenciesMs; // heard - expected, one per matched expectation
    QList<double> missedMs;    // expected times nothing was heard for
    QList<double> extraMs;     // onsets heard that nothing expected
};
Match match(const QList<double> &expectedMs, const QList<double> &heardMs, double earliestMs,
            double latestMs);

} // namespace Onsets
