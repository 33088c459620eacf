#include "planimport.h"
#include "routinefilechange.h"

#include "core/jsonchecker.h"
#include "core/timeline.h"

#include <QFile>
#include <QFileInfo>

namespace {

bool samePath(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

QStringList PlanImport::Preview::lines() const
{
    BundleFormat::Result result;
    result.problems = problems;
    return result.lines(fileName);
}

PlanImport::PlanImport(PlanStore &store, const Library &library, const QString &routinesFolder)
    : m_store(store), m_library(library), m_folder(routinesFolder)
{}

PlanImport::Preview PlanImport::preview(const QString &path, const QString &fileName) const
{
    return check(BundleFormat::readFile(path, m_store.rules()), fileName);
}

PlanImport::Preview PlanImport::previewBytes(const QByteArray &bytes, const QString &fileName) const
{
    return check(BundleFormat::parse(bytes, m_store.rules()), fileName);
}

PlanImport::Preview PlanImport::check(BundleFormat::Result read, const QString &fileName) const
{
    Preview preview;
    preview.fileName = fileName;
    preview.problems = read.problems;
    if (!read.ok())
        return preview;
    if (!m_store.isOpen()) {
        preview.problems.append(
            {{},
             QStringLiteral("cannot be imported while the history cannot be written: %1")
                 .arg(m_store.database().errorText())});
        return preview;
    }
    preview.plan = std::move(read.plan);
    checkPlan(preview);
    checkRoutines(preview);
    if (hasErrors(preview.problems)) {
        preview.plan.reset();
        preview.routines.clear();
    }
    return preview;
}

// A plan id already here: only a newer version of an imported plan replaces it.
void PlanImport::checkPlan(Preview &preview) const
{
    const CarePlan &plan = *preview.plan;
    const std::optional<PlanStore::Entry> stored = m_store.find(plan.id);
    if (!stored)
        return;
    const int storedVersion = stored->plan.version;
    if (stored->source == PlanStore::Source::Authored)
        preview.problems.append(
            {QStringLiteral("plan.id"),
             QStringLiteral("%1 is a plan written on this device; it cannot be replaced by an "
                            "imported one")
                 .arg(JsonText::quoted(plan.id))});
    else if (plan.version == storedVersion)
        preview.problems.append(
            {QStringLiteral("plan.version"),
             QStringLiteral("version %1 of this plan is already imported; there is nothing new "
                            "in this file")
                 .arg(storedVersion)});
    else if (plan.version < storedVersion)
        preview.problems.append(
            {QStringLiteral("plan.version"),
             QStringLiteral("this is version %1 of this plan, and version %2 is already "
                            "imported; ask your therapist for the newest file")
                 .arg(plan.version)
                 .arg(storedVersion)});
    else
        preview.replacesVersion = storedVersion;
}

// Each routine becomes "<id>.json" in the routines folder. It may only replace
// a file that an earlier version of the same plan brought; built-in routines,
// the person's own routines and other plans' routines are never touched.
void PlanImport::checkRoutines(Preview &preview) const
{
    const CarePlan &plan = *preview.plan;
    for (qsizetype i = 0; i < plan.routines.size(); ++i) {
        const Routine &routine = plan.routines.at(i);
        const QString quotedId = JsonText::quoted(routine.id);
        const QString target = RoutineFileChange::pathFor(m_folder, routine.id);
        const QString owner = m_store.ownerOf(routine.id);
        const bool ours = owner == plan.id;
        const Library::Entry *entry = m_library.find(routine.id);
        QString problem;
        if (!owner.isEmpty() && !ours) {
            const std::optional<PlanStore::Entry> other = m_store.find(owner);
            problem = QStringLiteral("%1 already came with the plan %2; a routine belongs to one "
                                     "plan only, so ask your therapist for a plan that names it "
                                     "differently")
                          .arg(quotedId, JsonText::quoted(other ? other->plan.title : owner));
        } else if (entry && entry->builtIn) {
            problem = QStringLiteral("%1 is the id of a built-in routine; ask your therapist for "
                                     "a plan that gives this routine an id of its own")
                          .arg(quotedId);
        } else if (entry && !(ours && samePath(entry->path, target))) {
            problem = QStringLiteral("%1 is already the id of your own routine in %2; remove or "
                                     "rename that routine to import this plan")
                          .arg(quotedId, entry->path);
        } else if (!ours && QFile::exists(target)) {
            problem = QStringLiteral("%1 is already in your routines folder; move it away to "
                                     "import this plan")
                          .arg(target);
        }
        if (!problem.isEmpty()) {
            preview.problems.append({QStringLiteral("routines[%1].id").arg(i), problem});
            continue;
        }
        preview.routines.append({routine.id, routine.title, Timeline(routine, {}).totalMs(),
                                 QFile::exists(target) ? Change::Replaced : Change::Added});
    }
    // The routine files of an older version that this one no longer carries.
    for (const QString &id : m_store.routinesOf(plan.id)) {
        if (plan.routine(id) || !QFile::exists(RoutineFileChange::pathFor(m_folder, id)))
            continue;
        const Library::Entry *entry = m_library.find(id);
        preview.routines.append({id, entry ? entry->routine.title : id,
                                 entry ? Timeline(entry->routine, {}).totalMs() : 0,
                                 Change::Removed});
    }
}

bool PlanImport::restoreRoutineFiles(int *written, QString *error)
{
    RoutineFileChange files(m_folder);
    int count = 0;
    for (const PlanStore::Entry &entry : m_store.entries()) {
        if (entry.source != PlanStore::Source::Imported)
            continue;
        for (const Routine &routine : entry.plan.routines) {
            const QString target = RoutineFileChange::pathFor(m_folder, routine.id);
            if (target.isEmpty() || QFile::exists(target) || m_library.find(routine.id) ||
                m_store.ownerOf(routine.id) != entry.plan.id)
                continue;
            if (!files.write(routine.id, RoutineFormat::write(routine), error))
                return false;
            ++count;
        }
    }
    if (!files.apply(error))
        return false;
    files.finish();
    *written = count;
    return true;
}

bool PlanImport::commit(const Preview &accepted, const QDateTime &now,
                        QList<FormatProblem> *problems)
{
    if (!accepted.ok()) {
        *problems = accepted.problems;
        return false;
    }
    Preview again;
    again.fileName = accepted.fileName;
    again.plan = accepted.plan;
    checkPlan(again);
    checkRoutines(again);
    if (hasErrors(again.problems)) {
        *problems = again.problems;
        return false;
    }
    const CarePlan &plan = *again.plan;
    const auto refuse = [&](const QString &reason) {
        *problems = {
            {{}, QStringLiteral("cannot be imported: %1; nothing was changed").arg(reason)}};
        return false;
    };
    if (!m_store.isOpen())
        return refuse(m_store.database().errorText());
    RoutineFileChange files(m_folder);
    QString error;
    QStringList ids;
    for (const Routine &routine : plan.routines) {
        if (!files.write(routine.id, RoutineFormat::write(routine), &error))
            return refuse(error);
        ids.append(routine.id);
    }
    for (const RoutineChange &change : std::as_const(again.routines)) {
        if (change.change == Change::Removed)
            files.remove(change.id);
    }
    Database &database = m_store.database();
    const bool saved = database.transaction([&] {
        return m_store.put(plan, PlanStore::Source::Imported, now) &&
               m_store.claimRoutines(plan.id, ids) && m_store.setActive(plan.id) &&
               files.apply(&error);
    });
    if (!saved) {
        files.rollback();
        return refuse(error.isEmpty() ? database.lastError().databaseText() : error);
    }
    files.finish();
    return true;
}
