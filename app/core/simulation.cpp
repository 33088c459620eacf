#include "simulation.h"

QList<Cue> simulateSession(const Routine &routine, const TimelineOptions &options)
{
    ManualClock clock;
    SessionEngine engine(routine, clock, options);
    QList<Cue> cues;
    QObject::connect(&engine, &SessionEngine::cue, [&cues](const Cue &cue) { cues.append(cue); });
    engine.start();
    while (const std::optional<qint64> due = engine.nextDueMs()) {
        clock.setNow(*due);
        engine.update();
    }
    return cues;
}
