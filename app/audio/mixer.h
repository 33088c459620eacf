#pragma once

#include <QList>
#include <QMutex>
#include <QtGlobal>

#include <functional>

// Mixes the cue tones and the spoken voice into one stream of 16-bit mono
// samples. It knows nothing of devices: AudioStream asks it for the next
// samples whenever the device has room, so a tone started now is in the very
// next samples the device receives (see docs/audio.md). Cues start sounds on
// the GUI thread while the audio thread renders: every call takes a lock.
class Mixer
{
public:
    using Samples = QList<qint16>;

    // Stopping fades out over 5 ms at 48 kHz instead of cutting: no click.
    static constexpr qsizetype kFadeSamples = 240;
    // flite peaks around -3 dBFS: the voice is lowered a little so that a tone
    // on top of it does not clip.
    static constexpr double kSpeechGain = 0.8;

    void setVolume(double volume); // 0.0 to 1.0, applied to everything

    // Starts a tone with the next rendered sample; returns an id for stopTone().
    int startTone(const Samples &samples);
    // Fades the tone out.
    void stopTone(int id);

    // The voice channel: one utterance, fed in pieces as it is synthesized.
    void appendSpeech(const Samples &samples);
    // Fades out what is playing and forgets the rest.
    void stopSpeech();
    bool speechPlaying() const;
    // Called from render() when the voice channel has played everything it was given.
    void setSpeechDrained(std::function<void()> callback);

    bool silent() const;

    void render(qint16 *out, qsizetype frames);

private:
    struct Playing
    {
        int id;
        Samples samples;
        qsizetype position = 0;
        qsizetype fadeLeft = -1; // samples until silence once stopped; -1 while playing on

        bool done() const { return position >= samples.size() || fadeLeft == 0; }
    };

    void fadeOut(Playing &playing);
    bool speechLeft() const { return m_speechPosition < m_speech.size(); }

    mutable QMutex m_mutex;
    double m_volume = 1.0;
    QList<Playing> m_tones;
    int m_nextId = 1;
    Samples m_speech;
    qsizetype m_speechPosition = 0;
    std::function<void()> m_speechDrained;
};
