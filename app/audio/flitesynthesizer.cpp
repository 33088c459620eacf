#include "flitesynthesizer.h"
#include "speaker.h"
#include "speechsamples.h"
#include "tonebank.h"

#include <cmath>

#include <flite/flite.h>

extern "C" cst_voice *register_cmu_us_slt(const char *voxdir);

namespace {

double durationStretch(double rate)
{
    return 1.0 / speechSpeed(rate);
}

} // namespace

FliteSynthesizer::FliteSynthesizer(const std::atomic<quint64> &wanted) : m_wanted(wanted) {}

bool FliteSynthesizer::ensureVoice()
{
    if (!m_voice) {
        flite_init();
        m_voice = register_cmu_us_slt(nullptr);
    }
    return m_voice != nullptr;
}

void FliteSynthesizer::synthesize(quint64 utterance, const QString &text, double rate)
{
    const QStringList parts = SpeechSamples::sentences(text);
    if (parts.isEmpty() || !ensureVoice()) {
        Q_EMIT sentenceReady(utterance, {}, true);
        return;
    }
    feat_set_float(m_voice->features, "duration_stretch", float(durationStretch(rate)));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (m_wanted.load() != utterance)
            return;
        cst_wave *wave = flite_text_to_wave(parts.at(i).toUtf8().constData(), m_voice);
        Mixer::Samples samples;
        if (wave) {
            samples = SpeechSamples::trimmed(wave->samples, wave->num_samples, wave->sample_rate,
                                             ToneBank::kSampleRate);
            delete_wave(wave);
        }
        Q_EMIT sentenceReady(utterance, samples, i == parts.size() - 1);
    }
}
