#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// A private PulseAudio server with one null sink, for tests and benchmarks:
// what reaches the sink can be recorded from its monitor with parec. Nothing
// outside its temporary folder is touched, so it runs beside a desktop's own
// server, and as root.
class PulseServer
{
public:
    static constexpr int kRate = 48000;

    PulseServer();
    ~PulseServer();

    // Starts the server and waits until it answers; false with a reason.
    bool start(QString *error);
    // Ends the server abruptly, as when a sound server crashes.
    void kill();
    bool running() const { return m_process.state() == QProcess::Running; }

    // The environment that points clients (unknot, parec, paplay) at this server.
    QProcessEnvironment clientEnvironment() const;
    // The environment of a machine with no sound server at all.
    QProcessEnvironment absentEnvironment() const;
    QString monitor() const { return QStringLiteral("unknot_test.monitor"); }
    QString log() const;

private:
    QString socketPath() const { return m_dir.filePath(QStringLiteral("native")); }
    QProcessEnvironment baseEnvironment() const;

    QTemporaryDir m_dir;
    QProcess m_process;
};
