#include "pulseserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

PulseServer::PulseServer()
{
    // Dies with the test even when the test crashes.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")));
}

PulseServer::~PulseServer()
{
    kill();
}

QProcessEnvironment PulseServer::baseEnvironment() const
{
    // Its own runtime and home folders: no clash with another server, no cookie
    // needed (anonymous auth on a socket only this user can reach), and clients
    // never autospawn a server of their own.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *folder : {"runtime", "home", "xdg"})
        QDir(m_dir.path()).mkpath(QLatin1String(folder));
    environment.insert(QStringLiteral("PULSE_RUNTIME_PATH"), m_dir.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("xdg")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home")));
    const QString clientConfig = m_dir.filePath(QStringLiteral("client.conf"));
    QFile file(clientConfig);
    if (file.open(QIODevice::WriteOnly))
        file.write("autospawn = no\n");
    environment.insert(QStringLiteral("PULSE_CLIENTCONFIG"), clientConfig);
    environment.remove(QStringLiteral("PULSE_SERVER"));
    environment.remove(QStringLiteral("PULSE_SINK"));
    return environment;
}

QProcessEnvironment PulseServer::clientEnvironment() const
{
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + socketPath());
    return environment;
}

QProcessEnvironment PulseServer::absentEnvironment() const
{
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("PULSE_SERVER"),
                       QStringLiteral("unix:") + m_dir.filePath(QStringLiteral("no-server-here")));
    return environment;
}

bool PulseServer::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder for the sound server");
        return false;
    }
    m_process.setProcessEnvironment(baseEnvironment());
    m_process.start(QStringLiteral("pulseaudio"),
                    {QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
                     QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
                     QStringLiteral("--log-target=stderr"),
                     QStringLiteral("--load=module-null-sink sink_name=unknot_test rate=%1 channels=1")
                         .arg(kRate),
                     QStringLiteral("--load=module-native-protocol-unix auth-anonymous=1 socket=") +
                         socketPath()});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("pulseaudio did not start: ") + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QProcess info;
        info.setProcessEnvironment(clientEnvironment());
        info.start(QStringLiteral("pactl"), {QStringLiteral("info")});
        if (info.waitForFinished(3000) && info.exitCode() == 0)
            return true;
        QThread::msleep(50);
    }
    *error = QStringLiteral("pulseaudio did not answer: ") + log();
    kill();
    return false;
}

void PulseServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString PulseServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll().right(2000)) : QString();
}
