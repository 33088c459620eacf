#pragma once

#include "mixer.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

class AudioFeeder;

// One long-lived output stream for a whole session, fed from the Mixer in push
// mode: silence when nothing plays, tones mixed in the moment they start. The
// stream never stops between cues, so PulseAudio never has to start a fresh
// stream for a short sound (a one-shot QSoundEffect on Qt 6.4 can come out
// silent that way), and a tone is late by the buffer alone (kBufferMs).
//
// The stream is fed on a thread of its own, so that a busy GUI thread (a page
// loading, the history being saved) cannot let the buffer run dry.
class AudioStream : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSampleRate = 48000;
    // How much sound the device holds ahead of the speaker: the onset latency.
    static constexpr int kBufferMs = 40;
    // How often the buffer is topped up; well under kBufferMs so it never runs dry.
    static constexpr int kFeedMs = 10;

    explicit AudioStream(Mixer &mixer, QObject *parent = nullptr);
    ~AudioStream() override;

    // Opens the default output; false with failure() when there is none.
    bool open();
    void close();
    bool isOpen() const;
    QString failure() const;
    // Feeds the device as soon as the current cues are handled, so that tones
    // started for cues of the same instant go out together.
    void feedSoon();
    // How long the stream has carried nothing but silence.
    qint64 silentMs() const;

Q_SIGNALS:
    // The device went away while the stream was open (e.g. the sound server quit).
    void failed();

private:
    QThread m_thread;
    AudioFeeder *m_feeder;
    std::atomic<bool> m_feedQueued = false;
};
