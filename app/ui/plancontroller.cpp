#include "plancontroller.h"
#include "historycontroller.h"
#include "presentation.h"

#include "datadir.h"
#include "core/progress.h"
#include "core/timeline.h"
#include "storage/privatefile.h"
#include "storage/report.h"
#include "storage/reportpdf.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace {

const QString kMediaFolder = QStringLiteral(":/media");

QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

QString changeName(PlanImport::Change change)
{
    switch (change) {
    case PlanImport::Change::Added:
        return QStringLiteral("added");
    case PlanImport::Change::Replaced:
        return QStringLiteral("replaced");
    case PlanImport::Change::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QStringList linesOf(const FormatProblem &problem, const QString &fileName)
{
    BundleFormat::Result one;
    one.problems = {problem};
    return one.lines(fileName);
}

const CarePlan &noPlan()
{
    static const CarePlan plan;
    return plan;
}

} // namespace

PlanController::PlanController(const QString &dataDir, HistoryController *history,
                               const BodyModel &body, const Library &library, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_history(history), m_body(body), m_library(library),
      m_importRoutines(
          new RecordListModel({"id", "title", "durationText", "change"}, this)),
      m_plans(new RecordListModel({"id", "title", "client", "therapist", "practice", "version",
                                   "active", "source", "importedAt", "schedule"},
                                  this)),
      m_editor(new PlanEditor(library, this))
{
    connect(history->store(), &HistoryStore::historyChanged, this, [this] {
        if (m_active)
            refreshActive();
    });
    connect(m_editor, &PlanEditor::saved, this, [this] {
        refreshPlans();
        refreshActive();
    });
}

PlanController::~PlanController() = default;

void PlanController::open()
{
    m_store = std::make_unique<PlanStore>(
        m_history->store()->database(),
        BundleRules{m_body.vocabulary(), BundleFormat::imagesIn(kMediaFolder)});
    m_importer =
        std::make_unique<PlanImport>(*m_store, m_library, DataDir::routinesFolder(m_dataDir));
    m_editor->setStore(m_store.get());
    refreshPlans();
    refreshActive();
}

bool PlanController::restoreRoutineFiles()
{
    refreshPlans();
    refreshActive();
    int written = 0;
    QString error;
    if (!m_importer->restoreRoutineFiles(&written, &error)) {
        setLastResult(tr("A routine of a restored plan could not be written back: %1").arg(error));
        return false;
    }
    if (written > 0)
        Q_EMIT routinesChanged();
    return true;
}

void PlanController::setToday(const Today &today)
{
    m_today = today;
    if (m_store)
        refreshActive();
}

QDate PlanController::today() const
{
    return m_today ? m_today() : QDate::currentDate();
}

void PlanController::setLastResult(const QString &text)
{
    m_lastResult = text;
    Q_EMIT lastResultChanged();
}

// ---- importing -----------------------------------------------------------------------

bool PlanController::previewImport(const QString &fileOrUrl)
{
    const QString path = localPath(fileOrUrl);
    if (!m_importer)
        return false;
    setPreview(m_importer->preview(path, QFileInfo(path).fileName()));
    return m_preview->ok();
}

void PlanController::setPreview(std::optional<PlanImport::Preview> preview)
{
    m_preview = std::move(preview);
    QList<QVariantMap> routines;
    if (m_preview) {
        for (const PlanImport::RoutineChange &change : std::as_const(m_preview->routines))
            routines.append({{QStringLiteral("id"), change.id},
                             {QStringLiteral("title"), change.title},
                             {QStringLiteral("durationText"),
                              Presentation::durationText(change.totalMs)},
                             {QStringLiteral("change"), changeName(change.change)}});
    }
    m_importRoutines->setRecords(routines);
    Q_EMIT importChanged();
}

bool PlanController::confirmImport()
{
    if (!m_preview || !m_preview->ok())
        return false;
    QList<FormatProblem> problems;
    if (!m_importer->commit(*m_preview, QDateTime::currentDateTimeUtc(), &problems)) {
        PlanImport::Preview refused;
        refused.fileName = m_preview->fileName;
        refused.problems = problems;
        setPreview(refused);
        setLastResult(refused.lines().join(QLatin1Char('\n')));
        return false;
    }
    const CarePlan plan = *m_preview->plan;
    setPreview(std::nullopt);
    Q_EMIT routinesChanged();
    refreshPlans();
    refreshActive();
    setLastResult(tr("Imported “%1” from %2. It is now your active plan.")
                      .arg(plan.title, plan.therapist));
    return true;
}

void PlanController::cancelImport()
{
    setPreview(std::nullopt);
}

QString PlanController::importState() const
{
    if (!m_preview)
        return QStringLiteral("none");
    return m_preview->ok() ? QStringLiteral("ready") : QStringLiteral("refused");
}

const CarePlan &PlanController::importPlan() const
{
    return m_preview && m_preview->plan ? *m_preview->plan : noPlan();
}

QString PlanController::importSchedule() const
{
    return m_preview && m_preview->plan ? PlanText::scheduleText(*m_preview->plan, QLocale())
                                        : QString();
}

QString PlanController::importSummary() const
{
    if (!m_preview || !m_preview->ok())
        return {};
    int added = 0;
    int replaced = 0;
    int removed = 0;
    for (const PlanImport::RoutineChange &change : std::as_const(m_preview->routines)) {
        added += change.change == PlanImport::Change::Added ? 1 : 0;
        replaced += change.change == PlanImport::Change::Replaced ? 1 : 0;
        removed += change.change == PlanImport::Change::Removed ? 1 : 0;
    }
    QStringList parts;
    if (added > 0)
        parts.append(added == 1 ? tr("Adds 1 routine.") : tr("Adds %1 routines.").arg(added));
    if (replaced > 0)
        parts.append(replaced == 1 ? tr("Updates 1 routine.")
                                   : tr("Updates %1 routines.").arg(replaced));
    if (removed > 0)
        parts.append(removed == 1 ? tr("Removes 1 routine the plan no longer has.")
                                  : tr("Removes %1 routines the plan no longer has.").arg(removed));
    if (m_preview->replacesVersion > 0)
        parts.append(tr("Replaces version %1 of this plan; your history is kept.")
                         .arg(m_preview->replacesVersion));
    return parts.join(QLatin1Char(' '));
}

QStringList PlanController::importProblems() const
{
    QStringList lines;
    if (!m_preview)
        return lines;
    for (const FormatProblem &problem : m_preview->problems) {
        if (problem.warning)
            continue;
        lines += linesOf(problem, m_preview->fileName);
    }
    return lines;
}

QStringList PlanController::importWarnings() const
{
    QStringList lines;
    if (!m_preview)
        return lines;
    for (const FormatProblem &problem : m_preview->problems) {
        if (!problem.warning)
            continue;
        lines += linesOf(problem, m_preview->fileName);
    }
    return lines;
}

// ---- the active plan -----------------------------------------------------------------

const CarePlan &PlanController::activePlan() const
{
    return m_active ? *m_active : noPlan();
}

void PlanController::refreshActive()
{
    const std::optional<PlanStore::Entry> entry = m_store ? m_store->active() : std::nullopt;
    m_active = entry ? std::optional(entry->plan) : std::nullopt;
    m_adherence = {};
    m_streak = 0;
    m_todayDone = false;
    if (m_active) {
        m_activeRoutineIds = m_store->routinesOf(m_active->id);
        for (const Routine &routine : std::as_const(m_active->routines))
            m_activeRoutineIds.append(routine.id);
        QSet<QDate> allDays;
        QSet<QDate> planDays;
        for (const SessionSummary &session : m_history->store()->summaries()) {
            if (session.activeMs <= 0)
                continue;
            const QDate day = session.startedAt.toLocalTime().date();
            allDays.insert(day);
            if (m_activeRoutineIds.contains(session.routineId) && m_active->inPeriod(day))
                planDays.insert(day);
        }
        const CarePlan plan = *m_active;
        const auto restDay = [plan](const QDate &day) { return plan.isRestDay(day); };
        m_adherence = m_active->adherence(planDays, today());
        m_streak = Progress::streaks(allDays, today(), restDay).current;
        m_todayDone = planDays.contains(today());
        m_history->progress()->setPlannedRestDays(restDay);
    } else {
        m_activeRoutineIds.clear();
        m_history->progress()->setPlannedRestDays({});
    }
    Q_EMIT activeChanged();
}

QString PlanController::activeSchedule() const
{
    return m_active ? PlanText::scheduleText(*m_active, QLocale()) : QString();
}

QString PlanController::todayState() const
{
    if (!m_active)
        return QStringLiteral("none");
    const QDate day = today();
    if (day < m_active->start)
        return QStringLiteral("upcoming");
    if (!m_active->inPeriod(day))
        return QStringLiteral("ended");
    return m_active->isPlannedDay(day) ? QStringLiteral("planned") : QStringLiteral("rest");
}

QString PlanController::todayRoutineId() const
{
    const Routine *routine = m_active ? m_active->routineFor(today()) : nullptr;
    return routine ? routine->id : QString();
}

QString PlanController::todayRoutineTitle() const
{
    const Routine *routine = m_active ? m_active->routineFor(today()) : nullptr;
    return routine ? routine->title : QString();
}

QString PlanController::todayText() const
{
    const QString state = todayState();
    if (state == QLatin1String("planned"))
        return todayRoutineTitle();
    if (state == QLatin1String("rest"))
        return tr("Rest day");
    if (state == QLatin1String("upcoming"))
        return tr("Starts on %1").arg(longDate(m_active->start));
    if (state == QLatin1String("ended"))
        return tr("Ended on %1").arg(longDate(m_active->end()));
    return {};
}

bool PlanController::setActivePlan(const QString &planId)
{
    if (!m_store || !m_store->isOpen() || (!planId.isEmpty() && !m_store->find(planId)))
        return false;
    if (!m_store->database().transaction([&] { return m_store->setActive(planId); })) {
        setLastResult(m_store->database().lastError().databaseText());
        return false;
    }
    refreshPlans();
    refreshActive();
    return true;
}

void PlanController::refreshPlans()
{
    QList<QVariantMap> records;
    const QList<PlanStore::Entry> entries = m_store ? m_store->entries() : QList<PlanStore::Entry>();
    for (const PlanStore::Entry &entry : entries) {
        const CarePlan &plan = entry.plan;
        records.append(
            {{QStringLiteral("id"), plan.id},
             {QStringLiteral("title"), plan.title},
             {QStringLiteral("client"), plan.client},
             {QStringLiteral("therapist"), plan.therapist},
             {QStringLiteral("practice"), plan.practice},
             {QStringLiteral("version"), plan.version},
             {QStringLiteral("active"), entry.active},
             {QStringLiteral("source"), entry.source == PlanStore::Source::Authored
                                            ? QStringLiteral("authored")
                                            : QStringLiteral("imported")},
             {QStringLiteral("importedAt"),
              entry.importedAt.toLocalTime().date().toString(Qt::ISODate)},
             {QStringLiteral("schedule"), PlanText::scheduleText(plan, QLocale())}});
    }
    m_plans->setRecords(records);
}

// ---- exporting -----------------------------------------------------------------------

// A plan written here takes its routines from the library as they are now.
std::optional<CarePlan> PlanController::planToExport(const QString &planId)
{
    const std::optional<PlanStore::Entry> entry = m_store ? m_store->find(planId) : std::nullopt;
    if (!entry) {
        setLastResult(tr("There is no plan with the id “%1”.").arg(planId));
        return std::nullopt;
    }
    if (entry->source == PlanStore::Source::Imported)
        return entry->plan;
    std::optional<CarePlan> current = m_editor->withCurrentRoutines(entry->plan);
    if (!current) {
        setLastResult(m_editor->lastResult());
        return std::nullopt;
    }
    if (*current == entry->plan)
        return current;
    current->version = entry->plan.version + 1;
    const bool saved = m_store->database().transaction([&] {
        return m_store->put(*current, PlanStore::Source::Authored,
                            QDateTime::currentDateTimeUtc());
    });
    if (!saved) {
        setLastResult(m_store->database().lastError().databaseText());
        return std::nullopt;
    }
    refreshPlans();
    return current;
}

bool PlanController::exportBundle(const QString &fileOrUrl, const QString &planId)
{
    const std::optional<CarePlan> plan = planToExport(planId);
    if (!plan)
        return false;
    QString error;
    const QString path = localPath(fileOrUrl);
    if (!PrivateFile::write(path, BundleFormat::write(*plan), &error)) {
        setLastResult(error);
        return false;
    }
    setLastResult(tr("Saved version %1 of “%2” for %3 as %4. Give this file to %3.")
                      .arg(plan->version)
                      .arg(plan->title, plan->client, path));
    return true;
}

QString PlanController::reportRangeProblem(const QString &from, const QString &to) const
{
    const QDate first = BundleFormat::dateFromText(from.trimmed());
    const QDate last = BundleFormat::dateFromText(to.trimmed());
    if (!first.isValid())
        return tr("The first day must be a date such as %1.").arg(today().toString(Qt::ISODate));
    if (!last.isValid())
        return tr("The last day must be a date such as %1.").arg(today().toString(Qt::ISODate));
    if (first > last)
        return tr("The first day must not be after the last day.");
    return {};
}

QString PlanController::reportFrom() const
{
    constexpr int kDefaultDays = 28;
    const QDate fallback = today().addDays(1 - kDefaultDays);
    const QDate start = m_active && m_active->start <= today() ? m_active->start : fallback;
    return start.toString(Qt::ISODate);
}

QString PlanController::reportTo() const
{
    return today().toString(Qt::ISODate);
}

bool PlanController::exportReportToFolder(const QString &folderOrUrl, const QString &from,
                                          const QString &to, bool pdf, bool csv)
{
    const QString problem = reportRangeProblem(from, to);
    if (!problem.isEmpty() || (!pdf && !csv)) {
        setLastResult(problem.isEmpty() ? tr("Choose a PDF, a CSV file or both.") : problem);
        return false;
    }
    const QDir folder(localPath(folderOrUrl));
    if (!folder.exists()) {
        setLastResult(tr("%1: there is no such folder.").arg(folder.path()));
        return false;
    }
    // One stem for both files, free for both, so that they stay a pair.
    const QString base = QStringLiteral("unknot-report-%1-to-%2").arg(from.trimmed(), to.trimmed());
    QString stem = base;
    for (int n = 2; QFile::exists(folder.filePath(stem + QStringLiteral(".pdf"))) ||
                    QFile::exists(folder.filePath(stem + QStringLiteral(".csv")));
         ++n)
        stem = base + QStringLiteral("-%1").arg(n);
    return exportReport(from.trimmed(), to.trimmed(),
                        pdf ? folder.filePath(stem + QStringLiteral(".pdf")) : QString(),
                        csv ? folder.filePath(stem + QStringLiteral(".csv")) : QString());
}

QString PlanController::bundleFileName(const QString &planId) const
{
    const std::optional<PlanStore::Entry> entry = m_store ? m_store->find(planId) : std::nullopt;
    if (!entry)
        return QStringLiteral("plan.") + BundleFormat::fileSuffix();
    // Plan ids are already safe file names (BundleFormat::isValidId).
    QString client = entry->plan.client.toLower();
    client.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    client = client.left(30);
    while (client.endsWith(QLatin1Char('-')))
        client.chop(1);
    while (client.startsWith(QLatin1Char('-')))
        client.remove(0, 1);
    QString name = entry->plan.id;
    if (!client.isEmpty())
        name += QStringLiteral("-for-") + client;
    return name + QStringLiteral("-v%1.").arg(entry->plan.version) + BundleFormat::fileSuffix();
}

QHash<QString, QString> PlanController::routinePlanTitles() const
{
    QHash<QString, QString> titles;
    const QList<PlanStore::Entry> entries = m_store ? m_store->entries() : QList<PlanStore::Entry>();
    for (const PlanStore::Entry &entry : entries) {
        for (const QString &id : m_store->routinesOf(entry.plan.id))
            titles.insert(id, entry.plan.title);
    }
    return titles;
}

bool PlanController::exportReport(const QString &from, const QString &to,
                                  const QString &pdfFileOrUrl, const QString &csvFileOrUrl)
{
    Report::Input input;
    input.from = BundleFormat::dateFromText(from);
    input.to = BundleFormat::dateFromText(to);
    if (!input.from.isValid() || !input.to.isValid() || input.from > input.to) {
        setLastResult(tr("Choose the first and the last day of the report, the first one "
                         "before the last."));
        return false;
    }
    input.history = m_history->store()->everything();
    input.plan = m_active;
    input.planRoutineIds = m_activeRoutineIds;
    input.today = today();
    input.body = &m_body;
    const Report report = Report::build(input);
    QString error;
    QStringList written;
    if (!pdfFileOrUrl.isEmpty()) {
        if (!ReportPdf::write(report, localPath(pdfFileOrUrl), &error)) {
            setLastResult(error);
            return false;
        }
        written.append(localPath(pdfFileOrUrl));
    }
    if (!csvFileOrUrl.isEmpty()) {
        if (!PrivateFile::write(localPath(csvFileOrUrl), report.csv(), &error)) {
            setLastResult(error);
            return false;
        }
        written.append(localPath(csvFileOrUrl));
    }
    setLastResult(tr("Saved your report as %1.").arg(written.join(tr(" and "))));
    return !written.isEmpty();
}
