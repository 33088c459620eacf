#include "audiostream.h"
#include "audiofeeder.h"

AudioStream::AudioStream(Mixer &mixer, QObject *parent)
    : QObject(parent), m_feeder(new AudioFeeder(mixer))
{
    m_feeder->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_feeder, &QObject::deleteLater);
    connect(m_feeder, &AudioFeeder::failed, this, &AudioStream::failed);
    m_thread.setObjectName(QStringLiteral("audio"));
    m_thread.start();
}

AudioStream::~AudioStream()
{
    close();
    m_thread.quit();
    m_thread.wait();
}

bool AudioStream::open()
{
    bool opened = false;
    QMetaObject::invokeMethod(m_feeder, &AudioFeeder::open, Qt::BlockingQueuedConnection, &opened);
    return opened;
}

void AudioStream::close()
{
    QMetaObject::invokeMethod(m_feeder, &AudioFeeder::close, Qt::BlockingQueuedConnection);
}

bool AudioStream::isOpen() const
{
    return m_feeder->isOpen();
}

QString AudioStream::failure() const
{
    return m_feeder->failure();
}

void AudioStream::feedSoon()
{
    if (!isOpen() || m_feedQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(m_feeder, [this] {
        m_feedQueued = false;
        m_feeder->feed();
    }, Qt::QueuedConnection);
}

qint64 AudioStream::silentMs() const
{
    return m_feeder->silentMs();
}
