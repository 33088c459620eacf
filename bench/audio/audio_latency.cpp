// Cue onset latency: `unknot --play` runs a 2.5-minute routine in real time
// through a private PulseAudio server; parec records the null sink's monitor;
// every scheduled tone's onset is found and compared with its scheduled time.
// The baseline, in the same run, is paplay playing the step-start tone at
// known times before and after (a fresh stream per sound, as a one-shot sound
// effect gets). Prints p50, p95 and max, and the ratios to the baseline.

#include "monitorrecorder.h"
#include "onsets.h"
#include "playrun.h"
#include "pulseserver.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

const QString kRoutine = QStringLiteral(UNKNOT_SOURCE_DIR "/bench/audio/two-and-a-half-minutes.json");
const QString kTone = QStringLiteral(UNKNOT_SOURCE_DIR "/media/sounds/step-start.wav");
constexpr int kBaselineTones = 10; // before and again after the session
constexpr int kBaselineGapMs = 1200;

struct Stats
{
    qsizetype heard = 0;
    qsizetype expected = 0;
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

double percentile(const QList<double> &sorted, double fraction)
{
    const qsizetype rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted.at(qBound<qsizetype>(0, rank - 1, sorted.size() - 1));
}

Stats stats(const QList<double> &expected, const MonitorRecorder &recorder, double fromMs)
{
    const qsizetype first = recorder.sampleAt(fromMs);
    QList<double> heard;
    for (qsizetype sample : Onsets::detect(recorder.samples().mid(first)))
        heard.append(recorder.timeOfSample(first + sample));
    QList<double> latencies = Onsets::match(expected, heard, -30, 500).latenciesMs;
    std::sort(latencies.begin(), latencies.end());
    Stats result;
    result.expected = expected.size();
    result.heard = latencies.size();
    if (!latencies.isEmpty())
        result = {latencies.size(), expected.size(), percentile(latencies, 0.5),
                  percentile(latencies, 0.95), latencies.last()};
    return result;
}

QList<double> playBaseline(const PulseServer &server)
{
    QList<double> launched;
    for (int i = 0; i < kBaselineTones; ++i) {
        QProcess paplay;
        paplay.setProcessEnvironment(server.clientEnvironment());
        launched.append(MonitorRecorder::nowMs());
        paplay.start(QStringLiteral("paplay"), {kTone});
        QTest::qWait(kBaselineGapMs);
        paplay.waitForFinished(3000);
    }
    return launched;
}

void report(const char *what, const Stats &stats)
{
    std::printf("%-44s %3lld of %3lld heard   p50 %5.1f   p95 %5.1f   max %5.1f ms\n", what,
                qint64(stats.heard), qint64(stats.expected), stats.p50, stats.p95, stats.max);
}

int fail(const char *message)
{
    std::fprintf(stderr, "bench/audio: %s\n", message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool voice = app.arguments().contains(QStringLiteral("--voice"));

    PulseServer server;
    MonitorRecorder recorder;
    QString error;
    if (!server.start(&error) || !recorder.start(server.clientEnvironment(), server.monitor(), &error))
        return fail(qPrintable(error));
    if (!recorder.waitUntilSteady())
        return fail("parec records nothing");

    QTemporaryDir dataDir;
    QSettings settings(dataDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("sound/tones"), true);
    settings.setValue(QStringLiteral("sound/voice"), voice);
    settings.setValue(QStringLiteral("sound/volume"), 1.0);
    settings.sync();

    QProcess simulate;
    simulate.start(QStringLiteral(UNKNOT_BINARY), {QStringLiteral("--simulate"), kRoutine,
                                                   QStringLiteral("--json")});
    simulate.waitForFinished(10000);
    const QList<ScheduledTone> scheduled = scheduledTones(simulate.readAllStandardOutput());

    std::printf("baseline: paplay, %d tones ...\n", kBaselineTones);
    std::fflush(stdout);
    const double baselineFrom = MonitorRecorder::nowMs();
    const QList<double> baselineBefore = playBaseline(server);

    std::printf("unknot --play, %.0f s in real time%s ...\n", double(scheduled.last().atMs) / 1000,
                voice ? " with the voice on" : "");
    std::fflush(stdout);
    const PlayRun::Result run = PlayRun::run(
        QStringLiteral(UNKNOT_BINARY),
        {QStringLiteral("--play"), kRoutine, QStringLiteral("--speed"), QStringLiteral("1"),
         QStringLiteral("--data-dir"), dataDir.path()},
        1, server.clientEnvironment(), 400000);
    QTest::qWait(500);
    const double afterFrom = MonitorRecorder::nowMs();
    const QList<double> baselineAfter = playBaseline(server);
    QTest::qWait(500);
    recorder.stop();
    if (!run.finished || run.exitCode != 0)
        return fail("unknot --play failed");

    QList<double> expected;
    for (const ScheduledTone &tone : scheduled)
        expected.append(run.startMs + double(tone.atMs));
    const Stats unknot = stats(expected, recorder, run.beganMs);
    const Stats before = stats(baselineBefore, recorder, baselineFrom);
    const Stats after = stats(baselineAfter, recorder, afterFrom);

    std::printf("\n");
    report("unknot --play (one stream for the session)", unknot);
    report("baseline before: paplay (a stream per tone)", before);
    report("baseline after:  paplay (a stream per tone)", after);
    const double baselineP50 = (before.p50 + after.p50) / 2;
    const double baselineP95 = (before.p95 + after.p95) / 2;
    std::printf("\nratio unknot / paplay: p50 %.2f, p95 %.2f (below 1: unknot is faster)\n",
                unknot.p50 / baselineP50, unknot.p95 / baselineP95);
    return unknot.heard == unknot.expected ? 0 : 1;
}
