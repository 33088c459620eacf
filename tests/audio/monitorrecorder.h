#pragma once

#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>

// Records a PulseAudio source (a null sink's monitor) with parec, and keeps
// the time on the monotonic clock at which each recorded sample played: the
// time base is the earliest (arrival time - samples before it / rate) over the
// chunks read once the stream is steady, since a chunk can arrive late but
// never before its samples were played.
class MonitorRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRate = 48000;

    ~MonitorRecorder() override;

    bool start(const QProcessEnvironment &environment, const QString &source, QString *error);
    // Waits until samples have flowed steadily for a while; false when they do not.
    bool waitUntilSteady();
    void stop();

    const QList<qint16> &samples() const { return m_samples; }
    // Monotonic milliseconds (steady_clock) at which samples().at(index) played.
    double timeOfSample(qsizetype index) const { return m_originMs + index * 1000.0 / kRate; }
    qsizetype sampleAt(double monotonicMs) const;

    static double nowMs();

private:
    void read();

    QProcess m_process;
    QByteArray m_pending;
    QList<qint16> m_samples;
    bool m_measuring = false;
    double m_originMs = 0;
    bool m_haveOrigin = false;
};
