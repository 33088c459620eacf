#include "historycommand.h"
#include "commandline.h"
#include "datadir.h"

#include "storage/historyexport.h"
#include "storage/historystore.h"
#include "storage/planimport.h"
#include "storage/planstore.h"

#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Opens the history; a damaged file set aside is told but not a reason to stop.
bool openStore(HistoryStore &store)
{
    const Database::State state = store.open();
    if (!store.notice().isEmpty())
        err() << "unknot: " << store.notice() << Qt::endl;
    return state == Database::State::Open;
}

} // namespace

int HistoryCommand::exportJson(const QString &dataDir, const QString &file)
{
    HistoryStore store(dataDir);
    if (!openStore(store))
        return CommandLine::Refused;
    const HistoryData data = store.everything();
    QString error;
    if (!HistoryExport::writeJson(file, data, &error)) {
        err() << "unknot: " << error << Qt::endl;
        return CommandLine::Refused;
    }
    out() << QStringLiteral("exported %1 sessions, %2 pain ratings and %3 plans to %4")
                 .arg(data.sessions.size())
                 .arg(data.painLogs.size())
                 .arg(data.plans.size())
                 .arg(file)
          << Qt::endl;
    return CommandLine::Success;
}

int HistoryCommand::exportCsv(const QString &dataDir, const QString &folder)
{
    HistoryStore store(dataDir);
    if (!openStore(store))
        return CommandLine::Refused;
    QString error;
    if (!HistoryExport::writeCsv(folder, store.everything(), &error)) {
        err() << "unknot: " << error << Qt::endl;
        return CommandLine::Refused;
    }
    out() << QStringLiteral("wrote sessions.csv, steps.csv and pain.csv in %1").arg(folder)
          << Qt::endl;
    return CommandLine::Success;
}

int HistoryCommand::restore(const QString &dataDir, const QString &file, const BodyModel &body,
                            const Library &library)
{
    const HistoryExport::Result read = HistoryExport::readJson(file);
    if (!read.data) {
        err() << read.error << Qt::endl;
        return CommandLine::Refused;
    }
    HistoryStore store(dataDir);
    if (!openStore(store))
        return CommandLine::Refused;
    HistoryStore::MergeCount added;
    QString error;
    if (!store.merge(*read.data, &added, &error)) {
        err() << "unknot: " << error << Qt::endl;
        return CommandLine::Refused;
    }
    PlanStore plans(store.database(),
                    {body.vocabulary(), BundleFormat::imagesIn(QStringLiteral(":/media"))});
    PlanImport files(plans, library, DataDir::routinesFolder(dataDir));
    int routineFiles = 0;
    if (!files.restoreRoutineFiles(&routineFiles, &error)) {
        err() << "unknot: the history was restored, but a routine of a plan was not: " << error
              << Qt::endl;
        return CommandLine::Refused;
    }
    out() << QStringLiteral("restored %1 sessions, %2 steps, %3 check-ins, %4 pain ratings, %5 "
                            "plans and %6 routine files (what was already there was kept)")
                 .arg(added.sessions)
                 .arg(added.steps)
                 .arg(added.checkIns)
                 .arg(added.painLogs)
                 .arg(added.plans)
                 .arg(routineFiles)
          << Qt::endl;
    return CommandLine::Success;
}
