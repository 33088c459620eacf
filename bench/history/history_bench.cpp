// The history benchmark's helper, built with the app's own store:
//   history_bench generate FOLDER [--years N]   ten years of daily sessions
//   history_bench progress FOLDER [--runs N]    time to open the store and to
//                                               load the Progress page's data
// run.py calls it and compares against an empty history.

#include "core/bodymodel.h"
#include "core/library.h"
#include "storage/historyexport.h"
#include "storage/historystore.h"
#include "ui/progresscontroller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cstdio>

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

StoredSession sessionOn(const Routine &routine, const QDateTime &start, QRandomGenerator &random)
{
    StoredSession s;
    s.uuid = newUuid();
    s.routineId = routine.id;
    s.routineTitle = routine.title;
    s.routineJson = HistoryExport::snapshotOf(routine);
    s.areas = routine.areas;
    s.startedAt = start;
    s.status = random.bounded(20) == 0 ? SessionStatus::Stopped : SessionStatus::Completed;
    s.painBefore = 3 + int(random.bounded(6));
    s.painAfter = qMax(0, *s.painBefore - int(random.bounded(4)));
    QDateTime at = start;
    int seq = 0;
    for (int step = 0; step < routine.steps.size(); ++step) {
        const Step &st = routine.steps.at(step);
        const QList<Side> sides =
            st.side == Side::Both ? QList<Side>{Side::Left, Side::Right} : QList<Side>{st.side};
        for (Side side : sides) {
            at = at.addSecs(st.seconds * st.reps + 10);
            s.steps.append({seq++,
                            step,
                            side,
                            st.muscle,
                            st.seconds * st.reps,
                            qint64(st.seconds) * st.reps * 1000,
                            Outcome::Done,
                            {},
                            at});
        }
    }
    s.endedAt = at;
    if (random.bounded(2) == 0)
        s.checkIn = CheckIn{int(random.bounded(5)), Feeling::Better, start.addDays(1)};
    return s;
}

int generate(const QString &folder, int years)
{
    BodyModel body;
    QString error;
    if (!body.load(QStringLiteral(":/routines"), &error)) {
        std::fprintf(stderr, "history_bench: %s\n", qPrintable(error));
        return 1;
    }
    Library library;
    library.load(QStringLiteral(":/routines"), {}, body.vocabulary());
    QRandomGenerator random(42);
    HistoryData data;
    const QDate last = QDate::currentDate().addDays(-1);
    const QDate first = last.addYears(-years);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const QDateTime start(day, QTime(7, 30));
        const Routine &routine =
            library.entries().at(int(random.bounded(library.entries().size()))).routine;
        data.sessions.append(sessionOn(routine, start.toUTC(), random));
        data.painLogs.append({newUuid(),
                              QStringLiteral("neck.back"),
                              Side::None,
                              int(random.bounded(11)),
                              {},
                              start.addSecs(-60).toUTC()});
    }
    HistoryStore store(folder);
    if (store.open() != Database::State::Open) {
        std::fprintf(stderr, "history_bench: %s\n", qPrintable(store.notice()));
        return 1;
    }
    HistoryStore::MergeCount added;
    if (!store.merge(data, &added, &error)) {
        std::fprintf(stderr, "history_bench: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d sessions, %d steps, %d pain ratings\n", added.sessions, added.steps,
                added.painLogs);
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Prints "open_ms load_ms" (medians): opening the store as the app does at
// start-up, and ProgressController::load() as the Progress page does.
int progress(const QString &folder, int runs)
{
    BodyModel body;
    QString error;
    body.load(QStringLiteral(":/routines"), &error);
    QList<double> opens;
    QList<double> loads;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        HistoryStore store(folder);
        if (store.open() != Database::State::Open)
            return 1;
        store.lastSession(); // what start-up asks: an interrupted session, a check-in
        opens.append(double(timer.nsecsElapsed()) / 1e6);
        ProgressController controller(&store, body);
        timer.restart();
        controller.load();
        loads.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("%.2f %.2f\n", median(opens), median(loads));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    if (args.size() >= 3 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2), option(QStringLiteral("--years"), 10));
    if (args.size() >= 3 && args.at(1) == QLatin1String("progress"))
        return progress(args.at(2), option(QStringLiteral("--runs"), 9));
    std::fprintf(stderr,
                 "usage: history_bench generate FOLDER [--years N] | progress FOLDER [--runs N]\n");
    return 2;
}
