#include "bundlecommand.h"
#include "commandline.h"
#include "datadir.h"

#include "core/jsonchecker.h"
#include "storage/historystore.h"
#include "storage/planimport.h"
#include "storage/planstore.h"
#include "storage/privatefile.h"

namespace {

const QString kMediaFolder = QStringLiteral(":/media");

QString countText(int count, const char *what)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(what));
}

QString summaryOf(const PlanImport::Preview &preview)
{
    const CarePlan &plan = *preview.plan;
    int added = 0;
    int replaced = 0;
    int removed = 0;
    for (const PlanImport::RoutineChange &change : preview.routines) {
        added += change.change == PlanImport::Change::Added ? 1 : 0;
        replaced += change.change == PlanImport::Change::Replaced ? 1 : 0;
        removed += change.change == PlanImport::Change::Removed ? 1 : 0;
    }
    QString text = QStringLiteral("imported %1 version %2 for %3 from %4: routines %5, %6, %7")
                       .arg(JsonText::quoted(plan.title))
                       .arg(plan.version)
                       .arg(plan.client, plan.therapist, countText(added, "added"),
                            countText(replaced, "replaced"), countText(removed, "removed"));
    if (preview.replacesVersion > 0)
        text += QStringLiteral("; it replaces version %1").arg(preview.replacesVersion);
    return text + QStringLiteral("; it is now the active plan");
}

} // namespace

BundleCommand::BundleCommand(const QString &dataDir, const BodyModel &body,
                             const Library &library, QTextStream &out, QTextStream &err)
    : m_dataDir(dataDir), m_body(body), m_library(library), m_out(out), m_err(err)
{}

int BundleCommand::importBundle(const QString &file)
{
    const BundleRules rules{m_body.vocabulary(), BundleFormat::imagesIn(kMediaFolder)};
    // A broken file is refused before the database is opened, or even created.
    BundleFormat::Result read = BundleFormat::readFile(file, rules);
    if (!read.ok()) {
        for (const QString &line : read.lines(file))
            m_err << line << '\n';
        return CommandLine::Refused;
    }
    HistoryStore history(m_dataDir);
    history.open();
    PlanStore plans(history.database(), rules);
    PlanImport importer(plans, m_library, DataDir::routinesFolder(m_dataDir));
    const PlanImport::Preview preview = importer.check(std::move(read), file);
    for (const QString &line : preview.lines())
        m_err << line << '\n';
    if (!preview.ok())
        return CommandLine::Refused;
    PlanImport::Preview refused;
    refused.fileName = file;
    if (!importer.commit(preview, QDateTime::currentDateTimeUtc(), &refused.problems)) {
        for (const QString &line : refused.lines())
            m_err << line << '\n';
        return CommandLine::Refused;
    }
    m_out << file << ": " << summaryOf(preview) << '\n';
    return CommandLine::Success;
}

int BundleCommand::exportBundle(const QString &planId, const QString &file)
{
    HistoryStore history(m_dataDir);
    if (history.open() != Database::State::Open) {
        m_err << "unknot: " << history.notice() << '\n';
        return CommandLine::Refused;
    }
    PlanStore plans(history.database(),
                    {m_body.vocabulary(), BundleFormat::imagesIn(kMediaFolder)});
    const std::optional<PlanStore::Entry> entry = plans.find(planId);
    if (!entry) {
        m_err << "unknot: there is no plan with the id " << JsonText::quoted(planId) << '\n';
        return CommandLine::Refused;
    }
    // The same as the app writes: a plan names its client, so owner-only.
    QString error;
    if (!PrivateFile::write(file, BundleFormat::write(entry->plan), &error)) {
        m_err << "unknot: " << error << '\n';
        return CommandLine::Refused;
    }
    m_out << QStringLiteral("wrote version %1 of the plan %2 to %3")
                 .arg(entry->plan.version)
                 .arg(JsonText::quoted(entry->plan.title), file)
          << '\n';
    return CommandLine::Success;
}
