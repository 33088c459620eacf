#include "speechsamples.h"

#include <QRegularExpression>

#include <cmath>
#include <cstdlib>

namespace {
constexpr int kSilence = 200;     // below this a sample counts as silence
constexpr int kKeepBeforeMs = 10; // so the first consonant is not clipped
constexpr int kKeepAfterMs = 80;  // a short breath between sentences
} // namespace

namespace SpeechSamples {

QStringList sentences(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?;:])\\s+"));
    return text.simplified().split(boundary, Qt::SkipEmptyParts);
}

Mixer::Samples trimmed(const qint16 *samples, qsizetype count, int fromRate, int toRate)
{
    qsizetype first = 0;
    while (first < count && std::abs(samples[first]) < kSilence)
        ++first;
    qsizetype last = count;
    while (last > first && std::abs(samples[last - 1]) < kSilence)
        --last;
    if (first >= last)
        return {};
    first = qMax<qsizetype>(0, first - qsizetype(fromRate) * kKeepBeforeMs / 1000);
    last = qMin(count, last + qsizetype(fromRate) * kKeepAfterMs / 1000);

    const qsizetype outCount = (last - first - 1) * toRate / fromRate + 1;
    Mixer::Samples out(outCount);
    for (qsizetype i = 0; i < outCount; ++i) {
        const qsizetype index = first + i * fromRate / toRate;
        const double fraction = double(i * fromRate % toRate) / toRate;
        const double next = index + 1 < last ? samples[index + 1] : samples[index];
        out[i] = qint16(std::lround(samples[index] + (next - samples[index]) * fraction));
    }
    return out;
}

} // namespace SpeechSamples
