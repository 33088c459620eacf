#include "onsets.h"

#include <algorithm>
#include <cstdlib>

namespace Onsets {

int peak(const QList<qint16> &samples, qsizetype from, qsizetype to)
{
    int level = 0;
    for (qsizetype i = qMax<qsizetype>(0, from); i < qMin(to, samples.size()); ++i)
        level = std::max(level, std::abs(int(samples.at(i))));
    return level;
}

QList<qsizetype> detect(const QList<qint16> &samples, const Options &options)
{
    const qsizetype frame = options.rate / 1000;
    QList<int> levels;
    for (qsizetype at = 0; at + frame <= samples.size(); at += frame)
        levels.append(peak(samples, at, at + frame));

    QList<qsizetype> onsets;
    qsizetype last = -options.refractoryMs;
    for (qsizetype ms = 0; ms < levels.size(); ++ms) {
        if (levels.at(ms) < options.threshold || ms - last < options.refractoryMs)
            continue;
        int before = 0;
        for (qsizetype back = qMax<qsizetype>(0, ms - 25); back < qMax<qsizetype>(0, ms - 5); ++back)
            before = std::max(before, levels.at(back));
        if (levels.at(ms) < before * options.rise)
            continue;
        qsizetype first = ms * frame;
        while (first < (ms + 1) * frame && std::abs(int(samples.at(first))) < options.threshold / 4)
            ++first;
        onsets.append(first);
        last = ms;
    }
    return onsets;
}

} // namespace Onsets

namespace Onsets {

Match match(const QList<double> &expectedMs, const QList<double> &heardMs, double earliestMs,
            double latestMs)
{
    Match result;
    QList<bool> used(heardMs.size(), false);
    for (double expected : expectedMs) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < heardMs.size() && found < 0; ++i) {
            const double latency = heardMs.at(i) - expected;
            if (!used.at(i) && latency >= earliestMs && latency <= latestMs)
                found = i;
        }
        if (found < 0) {
            result.missedMs.append(expected);
            continue;
        }
        used[found] = true;
        result.latenciesMs.append(heardMs.at(found) - expected);
    }
    for (qsizetype i = 0; i < heardMs.size(); ++i) {
        if (!used.at(i))
            result.extraMs.append(heardMs.at(i));
    }
    return result;
}

} // namespace Onsets
