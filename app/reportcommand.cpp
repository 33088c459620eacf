#include "reportcommand.h"
#include "commandline.h"

#include "core/bundleformat.h"
#include "storage/historystore.h"
#include "storage/planstore.h"
#include "storage/report.h"
#include "storage/privatefile.h"
#include "storage/reportpdf.h"


ReportCommand::ReportCommand(const QString &dataDir, const BodyModel &body, QTextStream &out,
                             QTextStream &err)
    : m_dataDir(dataDir), m_body(body), m_out(out), m_err(err)
{}

int ReportCommand::run(const Options &options)
{
    const QDate from = BundleFormat::dateFromText(options.from);
    const QDate to = BundleFormat::dateFromText(options.to);
    if (!from.isValid() || !to.isValid()) {
        m_err << "unknot: --report needs --from and --to as days from 2000 to 2099 written "
                 "YYYY-MM-DD, such as --from 2024-05-01 --to 2024-05-31\n";
        return CommandLine::Usage;
    }
    if (from > to) {
        m_err << "unknot: --from " << options.from << " is after --to " << options.to << '\n';
        return CommandLine::Usage;
    }
    HistoryStore history(m_dataDir);
    if (history.open() != Database::State::Open) {
        m_err << "unknot: " << history.notice() << '\n';
        return CommandLine::Refused;
    }
    PlanStore plans(history.database(),
                    {m_body.vocabulary(), BundleFormat::imagesIn(QStringLiteral(":/media"))});
    Report::Input input;
    input.history = history.everything();
    if (const std::optional<PlanStore::Entry> active = plans.active()) {
        input.plan = active->plan;
        input.planRoutineIds = plans.routinesOf(active->plan.id);
    }
    input.from = from;
    input.to = to;
    input.today = QDate::currentDate();
    input.body = &m_body;
    const Report report = Report::build(input);

    QString error;
    if (options.pdf.isEmpty() && options.csv.isEmpty()) {
        m_out << QString::fromUtf8(report.csv());
        return CommandLine::Success;
    }
    if (!options.pdf.isEmpty() && !ReportPdf::write(report, options.pdf, &error)) {
        m_err << "unknot: " << error << '\n';
        return CommandLine::Refused;
    }
    if (!options.csv.isEmpty() && !PrivateFile::write(options.csv, report.csv(), &error)) {
        m_err << "unknot: " << error << '\n';
        return CommandLine::Refused;
    }
    m_out << QStringLiteral("wrote the report of %1 sessions from %2 to %3")
                 .arg(report.sessions().size())
                 .arg(options.from, options.to)
          << '\n';
    return CommandLine::Success;
}
