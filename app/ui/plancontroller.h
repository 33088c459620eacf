#pragma once

#include "planeditor.h"
#include "recordlistmodel.h"

#include "core/bodymodel.h"
#include "core/library.h"
#include "storage/planimport.h"
#include "storage/planstore.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class HistoryController;

// What QML sees of therapists' plans (docs/plan-bundle.md): importing a bundle
// (a preview first, then confirm), the active plan for the Today page (today's
// routine or a rest day, adherence, the streak that rest days keep going), the
// list of plans, exporting a bundle, the progress report, and the plan editor.
class PlanController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.plans")

    // ---- importing: previewImport(file) fills these, then confirmImport() or cancelImport()
    // "none", "ready" (it can be imported) or "refused" (importProblems says why).
    Q_PROPERTY(QString importState READ importState NOTIFY importChanged)
    Q_PROPERTY(QString importFileName READ importFileName NOTIFY importChanged)
    Q_PROPERTY(QString importTitle READ importTitle NOTIFY importChanged)
    Q_PROPERTY(QString importTherapist READ importTherapist NOTIFY importChanged)
    Q_PROPERTY(QString importPractice READ importPractice NOTIFY importChanged)
    Q_PROPERTY(QString importClient READ importClient NOTIFY importChanged)
    Q_PROPERTY(QString importNotes READ importNotes NOTIFY importChanged)
    Q_PROPERTY(QString importSchedule READ importSchedule NOTIFY importChanged)
    Q_PROPERTY(int importVersion READ importVersion NOTIFY importChanged)
    // The version of this plan already here that the import replaces; 0 for a new plan.
    Q_PROPERTY(int importReplacesVersion READ importReplacesVersion NOTIFY importChanged)
    // One sentence: "Adds 2 routines. Replaces version 1 of this plan; your history is kept."
    Q_PROPERTY(QString importSummary READ importSummary NOTIFY importChanged)
    // The routines it adds, replaces or removes: id, title, durationText,
    // change ("added", "replaced" or "removed").
    Q_PROPERTY(RecordListModel *importRoutines READ importRoutines CONSTANT)
    // Why it is refused: "FILE: WHERE: message" lines.
    Q_PROPERTY(QStringList importProblems READ importProblems NOTIFY importChanged)
    // What is imported anyway, with a remark: "FILE: WHERE: warning: message" lines.
    Q_PROPERTY(QStringList importWarnings READ importWarnings NOTIFY importChanged)

    // ---- the active plan, for the Today page
    Q_PROPERTY(bool hasActivePlan READ hasActivePlan NOTIFY activeChanged)
    Q_PROPERTY(QString activePlanId READ activePlanId NOTIFY activeChanged)
    Q_PROPERTY(QString activeTitle READ activeTitle NOTIFY activeChanged)
    Q_PROPERTY(int activeVersion READ activeVersion NOTIFY activeChanged)
    Q_PROPERTY(QString activeTherapist READ activeTherapist NOTIFY activeChanged)
    Q_PROPERTY(QString activePractice READ activePractice NOTIFY activeChanged)
    Q_PROPERTY(QString activeClient READ activeClient NOTIFY activeChanged)
    Q_PROPERTY(QString activeNotes READ activeNotes NOTIFY activeChanged)
    Q_PROPERTY(QString activeSchedule READ activeSchedule NOTIFY activeChanged)
    // "none" (no active plan), "upcoming" (it starts later), "planned" (a
    // session today), "rest" (a rest day) or "ended".
    Q_PROPERTY(QString todayState READ todayState NOTIFY activeChanged)
    // Today's routine when todayState is "planned", else empty.
    Q_PROPERTY(QString todayRoutineId READ todayRoutineId NOTIFY activeChanged)
    Q_PROPERTY(QString todayRoutineTitle READ todayRoutineTitle NOTIFY activeChanged)
    // The routine's title, "Rest day", "Starts on 6 May 2024" or "Ended on 2 June 2024".
    Q_PROPERTY(QString todayText READ todayText NOTIFY activeChanged)
    // A session of the plan's routines was done today.
    Q_PROPERTY(bool todayDone READ todayDone NOTIFY activeChanged)
    // Sessions done against sessions planned, from the start to today (CarePlan::adherence).
    Q_PROPERTY(int adherenceDone READ adherenceDone NOTIFY activeChanged)
    Q_PROPERTY(int adherencePlanned READ adherencePlanned NOTIFY activeChanged)
    Q_PROPERTY(int adherencePercent READ adherencePercent NOTIFY activeChanged)
    // Days in a row with a session, the plan's rest days keeping it going.
    Q_PROPERTY(int streak READ streak NOTIFY activeChanged)

    // ---- every plan: id, title, client, therapist, practice, version, active,
    // source ("imported" or "authored"), importedAt ("2024-05-06"), schedule (in words)
    Q_PROPERTY(RecordListModel *plans READ plans CONSTANT)
    Q_PROPERTY(PlanEditor *editor READ editor CONSTANT)
    // The report's suggested days ("2024-05-06"): from the active plan's start
    // (or four weeks ago) to today.
    Q_PROPERTY(QString reportFrom READ reportFrom NOTIFY activeChanged)
    Q_PROPERTY(QString reportTo READ reportTo NOTIFY activeChanged)
    // The outcome of the last import, export or report, as a sentence.
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY lastResultChanged)

public:
    using Today = std::function<QDate()>;

    PlanController(const QString &dataDir, HistoryController *history, const BodyModel &body,
                   const Library &library, QObject *parent = nullptr);
    ~PlanController() override;

    // After the history is open (start-up): reads the plans and the active one.
    void open();
    // After a restore: reads the plans again and writes back the routine files
    // of restored plans that this device lacks. False with lastResult set.
    bool restoreRoutineFiles();
    // Tests fix the date; by default it is the local date.
    void setToday(const Today &today);
    PlanStore *store() const { return m_store.get(); }

    // Paths or file: URLs.
    Q_INVOKABLE bool previewImport(const QString &fileOrUrl);
    Q_INVOKABLE bool confirmImport();
    Q_INVOKABLE void cancelImport();
    // An empty id leaves no plan active.
    Q_INVOKABLE bool setActivePlan(const QString &planId);
    // A plan written here carries its routines as they are in the library now,
    // and gets a new version when they changed since it was saved.
    Q_INVOKABLE bool exportBundle(const QString &fileOrUrl, const QString &planId);
    // Days as "2024-05-01"; either file may be empty to skip it.
    Q_INVOKABLE bool exportReport(const QString &from, const QString &to,
                                  const QString &pdfFileOrUrl, const QString &csvFileOrUrl);
    // The same into a folder, as "unknot-report-FROM-to-TO.pdf" and ".csv"; a
    // file already there is kept and the new one gets a number ("...-2.pdf").
    Q_INVOKABLE bool exportReportToFolder(const QString &folderOrUrl, const QString &from,
                                          const QString &to, bool pdf, bool csv);
    // What is wrong with a report's days, as a sentence; empty when they are fine.
    Q_INVOKABLE QString reportRangeProblem(const QString &from, const QString &to) const;
    // A file name for a plan's bundle: "neck-plan-for-anna-v2.unknot".
    Q_INVOKABLE QString bundleFileName(const QString &planId) const;
    // Routine id -> title of the plan that brought it, for every routine a plan brought.
    QHash<QString, QString> routinePlanTitles() const;

    QString importState() const;
    QString importFileName() const { return m_preview ? m_preview->fileName : QString(); }
    QString importTitle() const { return importPlan().title; }
    QString importTherapist() const { return importPlan().therapist; }
    QString importPractice() const { return importPlan().practice; }
    QString importClient() const { return importPlan().client; }
    QString importNotes() const { return importPlan().notes; }
    QString importSchedule() const;
    int importVersion() const { return importPlan().version; }
    int importReplacesVersion() const { return m_preview ? m_preview->replacesVersion : 0; }
    QString importSummary() const;
    RecordListModel *importRoutines() const { return m_importRoutines; }
    QStringList importProblems() const;
    QStringList importWarnings() const;

    bool hasActivePlan() const { return m_active.has_value(); }
    QString activePlanId() const { return activePlan().id; }
    QString activeTitle() const { return activePlan().title; }
    int activeVersion() const { return m_active ? m_active->version : 0; }
    QString activeTherapist() const { return activePlan().therapist; }
    QString activePractice() const { return activePlan().practice; }
    QString activeClient() const { return activePlan().client; }
    QString activeNotes() const { return activePlan().notes; }
    QString activeSchedule() const;
    QString todayState() const;
    QString todayRoutineId() const;
    QString todayRoutineTitle() const;
    QString todayText() const;
    bool todayDone() const { return m_todayDone; }
    int adherenceDone() const { return m_adherence.done; }
    int adherencePlanned() const { return m_adherence.planned; }
    int adherencePercent() const { return m_adherence.percent(); }
    int streak() const { return m_streak; }
    RecordListModel *plans() const { return m_plans; }
    PlanEditor *editor() const { return m_editor; }
    QString reportFrom() const;
    QString reportTo() const;
    QString lastResult() const { return m_lastResult; }

Q_SIGNALS:
    void importChanged();
    void activeChanged();
    void lastResultChanged();
    // Routine files in the data folder changed: the library is to be read again.
    void routinesChanged();

private:
    const CarePlan &importPlan() const;
    const CarePlan &activePlan() const;
    QDate today() const;
    void refreshActive();
    void refreshPlans();
    void setPreview(std::optional<PlanImport::Preview> preview);
    void setLastResult(const QString &text);
    std::optional<CarePlan> planToExport(const QString &planId);

    QString m_dataDir;
    HistoryController *m_history;
    const BodyModel &m_body;
    const Library &m_library;
    std::unique_ptr<PlanStore> m_store;
    std::unique_ptr<PlanImport> m_importer;
    std::optional<PlanImport::Preview> m_preview;
    std::optional<CarePlan> m_active;
    QStringList m_activeRoutineIds; // every routine the active plan brought
    Adherence m_adherence;
    int m_streak = 0;
    bool m_todayDone = false;
    Today m_today;
    RecordListModel *m_importRoutines;
    RecordListModel *m_plans;
    PlanEditor *m_editor;
    QString m_lastResult;
};
