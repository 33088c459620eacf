#pragma once

#include "mixer.h"

#include <QAudioSink>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

// The worker side of AudioStream: owns the QAudioSink on the audio thread and
// tops its buffer up from the Mixer every kFeedMs.
class AudioFeeder : public QObject
{
    Q_OBJECT
public:
    explicit AudioFeeder(Mixer &mixer);
    ~AudioFeeder() override;

    // These run on the audio thread.
    bool open();
    void close();
    void feed();

    // These may be read from any thread.
    bool isOpen() const { return m_open.load(); }
    qint64 silentMs() const;
    // Set before open() returns false or failed() is emitted.
    QString failure() const { return m_failure; }

Q_SIGNALS:
    void failed();

private:
    void checkHealth();
    void fail(const QString &reason);

    Mixer &m_mixer;
    std::unique_ptr<QAudioSink> m_sink;
    QIODevice *m_device = nullptr;
    QTimer *m_timer;
    QString m_failure;
    std::atomic<bool> m_open = false;
    std::atomic<qint64> m_silentFrames = 0;
};
