#include "monitorrecorder.h"

#include <QDeadlineTimer>
#include <QTest>

#include <chrono>
#include <csignal>
#include <sys/prctl.h>

double MonitorRecorder::nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

MonitorRecorder::~MonitorRecorder()
{
    stop();
}

bool MonitorRecorder::start(const QProcessEnvironment &environment, const QString &source,
                            QString *error)
{
    m_process.setProcessEnvironment(environment);
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &MonitorRecorder::read);
    m_process.start(QStringLiteral("parec"),
                    {QStringLiteral("--device=") + source, QStringLiteral("--raw"),
                     QStringLiteral("--format=s16le"), QStringLiteral("--channels=1"),
                     QStringLiteral("--rate=%1").arg(kRate), QStringLiteral("--latency-msec=5")});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("parec did not start: ") + m_process.errorString();
        return false;
    }
    return true;
}

bool MonitorRecorder::waitUntilSteady()
{
    // Until a low-latency reader is connected the null sink renders in large
    // blocks ahead of time; only the chunks after that give a true time base.
    const QDeadlineTimer deadline(10000);
    while (m_samples.size() < kRate / 5 && !deadline.hasExpired())
        QTest::qWait(20);
    QTest::qWait(300);
    m_measuring = true;
    const qsizetype before = m_samples.size();
    QTest::qWait(300);
    return m_haveOrigin && m_samples.size() > before;
}

void MonitorRecorder::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    read();
    m_process.disconnect(this);
    m_process.terminate();
    m_process.waitForFinished(3000);
}

qsizetype MonitorRecorder::sampleAt(double monotonicMs) const
{
    return qsizetype((monotonicMs - m_originMs) * kRate / 1000.0);
}

void MonitorRecorder::read()
{
    const double arrived = nowMs();
    m_pending += m_process.readAllStandardOutput();
    const qsizetype count = m_pending.size() / 2;
    const auto *data = reinterpret_cast<const qint16 *>(m_pending.constData());
    m_samples.append(QList<qint16>(data, data + count));
    m_pending.remove(0, count * 2);
    if (!m_measuring || count == 0)
        return;
    const double origin = arrived - m_samples.size() * 1000.0 / kRate;
    if (!m_haveOrigin || origin < m_originMs)
        m_originMs = origin;
    m_haveOrigin = true;
}
