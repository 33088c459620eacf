#include "mixer.h"

#include <algorithm>
#include <cmath>
#include <vector>

void Mixer::setVolume(double volume)
{
    const QMutexLocker lock(&m_mutex);
    m_volume = qBound(0.0, volume, 1.0);
}

int Mixer::startTone(const Samples &samples)
{
    const QMutexLocker lock(&m_mutex);
    const int id = m_nextId++;
    m_tones.append({id, samples});
    return id;
}

void Mixer::stopTone(int id)
{
    const QMutexLocker lock(&m_mutex);
    for (Playing &tone : m_tones) {
        if (tone.id == id)
            fadeOut(tone);
    }
}

void Mixer::fadeOut(Playing &playing)
{
    if (playing.fadeLeft < 0)
        playing.fadeLeft = qMin(kFadeSamples, playing.samples.size() - playing.position);
}

void Mixer::appendSpeech(const Samples &samples)
{
    const QMutexLocker lock(&m_mutex);
    if (!speechLeft()) {
        m_speech.clear();
        m_speechPosition = 0;
    }
    for (qint16 sample : samples)
        m_speech.append(qint16(std::lround(sample * kSpeechGain)));
}

void Mixer::stopSpeech()
{
    const QMutexLocker lock(&m_mutex);
    if (speechLeft()) {
        Playing rest{0, m_speech.mid(m_speechPosition, kFadeSamples)};
        fadeOut(rest);
        m_tones.append(rest);
    }
    m_speech.clear();
    m_speechPosition = 0;
}

bool Mixer::speechPlaying() const
{
    const QMutexLocker lock(&m_mutex);
    return speechLeft();
}

bool Mixer::silent() const
{
    const QMutexLocker lock(&m_mutex);
    return m_tones.isEmpty() && !speechLeft();
}

void Mixer::setSpeechDrained(std::function<void()> callback)
{
    const QMutexLocker lock(&m_mutex);
    m_speechDrained = std::move(callback);
}

void Mixer::render(qint16 *out, qsizetype frames)
{
    QMutexLocker lock(&m_mutex);
    std::vector<int> sum(size_t(frames), 0);
    for (Playing &tone : m_tones) {
        for (size_t i = 0; i < size_t(frames) && !tone.done(); ++i, ++tone.position) {
            int value = tone.samples.at(tone.position);
            if (tone.fadeLeft > 0)
                value = value * int(tone.fadeLeft--) / int(kFadeSamples);
            sum[i] += value;
        }
    }
    m_tones.removeIf([](const Playing &tone) { return tone.done(); });

    const bool hadSpeech = speechLeft();
    const qsizetype speechCount = qMin(frames, m_speech.size() - m_speechPosition);
    for (qsizetype i = 0; i < speechCount; ++i)
        sum[size_t(i)] += m_speech.at(m_speechPosition + i);
    m_speechPosition += speechCount;

    for (qsizetype i = 0; i < frames; ++i)
        out[i] = qint16(std::clamp(int(sum[size_t(i)] * m_volume), -32768, 32767));

    if (hadSpeech && !speechLeft() && m_speechDrained) {
        const std::function<void()> drained = m_speechDrained;
        lock.unlock();
        drained();
    }
}
