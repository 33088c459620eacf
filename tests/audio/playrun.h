#pragma once

#include "audio/tone.h"

#include <functional>

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs `unknot --play` and notes when each cue line arrived, so the moment
// the session started is known on the monotonic clock: a line can be printed
// late but never before its cue was due, so the start is the earliest
// (arrival - scheduled time / speed) over all lines.
class PlayRun
{
public:
    struct Result
    {
        int exitCode = -1;
        bool finished = false; // false: killed at the timeout
        double startMs = 0;     // monotonic milliseconds at session time 0
        QStringList lines;
        QString errors;
        double beganMs = 0;     // monotonic milliseconds when the process was started
        double wallMs = 0;
    };

    static Result run(const QString &binary, const QStringList &arguments, double speed,
                      const QProcessEnvironment &environment, int timeoutMs,
                      const std::function<void(double elapsedMs)> &whileRunning = {});
};

// The tones a routine's cues call for, from `unknot --simulate --json` output:
// one per instant (cues of the same instant sound their strongest tone only).
struct ScheduledTone
{
    qint64 atMs;
    Tone tone;
};
QList<ScheduledTone> scheduledTones(const QByteArray &simulateJson);
