#include "audiofeeder.h"
#include "audiostream.h"

#include <QAudioDevice>
#include <QMediaDevices>

namespace {

QAudioFormat streamFormat()
{
    QAudioFormat format;
    format.setSampleRate(AudioStream::kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

bool isBroken(QAudio::Error error)
{
    return error == QAudio::OpenError || error == QAudio::IOError || error == QAudio::FatalError;
}

} // namespace

AudioFeeder::AudioFeeder(Mixer &mixer) : m_mixer(mixer), m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &AudioFeeder::feed);
}

AudioFeeder::~AudioFeeder()
{
    close();
}

bool AudioFeeder::open()
{
    if (m_sink)
        return true;
    m_failure.clear();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    const QAudioFormat format = streamFormat();
    if (device.isNull()) {
        m_failure = tr("no audio device");
        return false;
    }
    if (!device.isFormatSupported(format)) {
        m_failure = tr("the audio device does not play 16-bit sound at 48 kHz");
        return false;
    }
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setBufferSize(format.bytesForDuration(qint64(AudioStream::kBufferMs) * 1000));
    m_device = m_sink->start();
    if (!m_device) {
        m_sink.reset();
        m_failure = tr("the audio device could not be opened");
        return false;
    }
    // Queued: the sink reports a lost server from inside its own teardown.
    connect(m_sink.get(), &QAudioSink::stateChanged, this, &AudioFeeder::checkHealth,
            Qt::QueuedConnection);
    m_silentFrames = 0;
    m_open = true;
    m_timer->start(AudioStream::kFeedMs);
    feed();
    return true;
}

void AudioFeeder::close()
{
    m_timer->stop();
    m_open = false;
    m_device = nullptr;
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink.reset();
    }
}

void AudioFeeder::feed()
{
    if (!m_sink)
        return;
    if (isBroken(m_sink->error())) {
        fail(tr("the audio device went away"));
        return;
    }
    const qsizetype bytes = m_sink->bytesFree() & ~qsizetype(1);
    if (bytes <= 0)
        return;
    QByteArray buffer(bytes, Qt::Uninitialized);
    const qsizetype frames = bytes / 2;
    m_mixer.render(reinterpret_cast<qint16 *>(buffer.data()), frames);
    m_silentFrames = m_mixer.silent() ? m_silentFrames + frames : 0;
    if (m_device->write(buffer) < bytes && isBroken(m_sink->error()))
        fail(tr("the audio device went away"));
}

qint64 AudioFeeder::silentMs() const
{
    return m_silentFrames.load() * 1000 / AudioStream::kSampleRate;
}

void AudioFeeder::checkHealth()
{
    if (m_sink && isBroken(m_sink->error()))
        fail(tr("the audio device went away"));
}

void AudioFeeder::fail(const QString &reason)
{
    m_failure = reason;
    close();
    Q_EMIT failed();
}
