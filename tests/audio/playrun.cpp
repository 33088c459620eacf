#include "playrun.h"
#include "audio/cuesounds.h"
#include "monitorrecorder.h"

#include "core/cueformat.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

PlayRun::Result PlayRun::run(const QString &binary, const QStringList &arguments, double speed,
                             const QProcessEnvironment &environment, int timeoutMs,
                             const std::function<void(double)> &whileRunning)
{
    Result result;
    QProcess process;
    process.setProcessEnvironment(environment);
    bool haveStart = false;
    QByteArray pending;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, [&] {
        const double arrived = MonitorRecorder::nowMs();
        pending += process.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            result.lines.append(line);
            bool ok = false;
            const qint64 atMs = line.section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
            const double start = arrived - double(atMs) / speed;
            if (ok && (!haveStart || start < result.startMs)) {
                result.startMs = start;
                haveStart = true;
            }
        }
    });
    const double began = MonitorRecorder::nowMs();
    result.beganMs = began;
    process.start(binary, arguments);
    const QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QTest::qWait(10);
        if (whileRunning)
            whileRunning(MonitorRecorder::nowMs() - began);
    }
    result.finished = process.state() == QProcess::NotRunning;
    if (!result.finished) {
        process.kill();
        process.waitForFinished(3000);
    }
    result.wallMs = MonitorRecorder::nowMs() - began;
    result.exitCode = process.exitCode();
    result.errors = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QList<ScheduledTone> scheduledTones(const QByteArray &simulateJson)
{
    QHash<QString, CueKind> kinds;
    for (int kind = int(CueKind::GetReady); kind <= int(CueKind::Stopped); ++kind)
        kinds.insert(CueFormat::kindName(CueKind(kind)), CueKind(kind));
    QList<ScheduledTone> tones;
    for (const QByteArray &line : simulateJson.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty())
            continue;
        Cue cue;
        cue.kind = kinds.value(object.value(QStringLiteral("kind")).toString());
        cue.atMs = object.value(QStringLiteral("at")).toInteger();
        const std::optional<Tone> tone = CueSounds::tone(cue);
        if (!tone)
            continue;
        if (!tones.isEmpty() && tones.last().atMs == cue.atMs) {
            if (Tones::strength(*tone) > Tones::strength(tones.last().tone))
                tones.last().tone = *tone;
            continue;
        }
        tones.append({cue.atMs, *tone});
    }
    return tones;
}
