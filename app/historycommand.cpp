#include "historycommand.h"
#include "commandline.h"

#include "storage/historyexport.h"
#include "storage/historystore.h"

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
    out() << QStringLiteral("exported %1 sessions and %2 pain ratings to %3")
                 .arg(data.sessions.size())
                 .arg(data.painLogs.size())
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

int HistoryCommand::restore(const QString &dataDir, const QString &file)
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
    out() << QStringLiteral("restored %1 sessions, %2 steps, %3 check-ins and %4 pain ratings "
                            "(what was already there was kept)")
                 .arg(added.sessions)
                 .arg(added.steps)
                 .arg(added.checkIns)
                 .arg(added.painLogs)
          << Qt::endl;
    return CommandLine::Success;
}
