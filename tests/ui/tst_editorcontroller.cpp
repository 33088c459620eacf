// The routine editor's and the plan pages' controller logic, on a real data
// folder and history file: a preview leaves the history alone, messages follow
// typing by path, built-in and plan routines are copied rather than changed,
// and reports go into a folder without overwriting earlier ones.

#include "core/clock.h"
#include "datadir.h"
#include "ui/appcontext.h"
#include "ui/routinedetails.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestEditorController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<AppContext> m_context;

    // A fresh install in a new data folder.
    void startApp()
    {
        m_context.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_context = std::make_unique<AppContext>(m_dir->path(), m_clock);
        QString error;
        QVERIFY2(m_context->load(&error), qPrintable(error));
    }

    EditorController *editor() const { return m_context->editor(); }
    PlayerController *player() const { return m_context->player(); }
    PlanController *plans() const { return m_context->plans(); }
    HistoryStore *history() const { return m_context->history()->store(); }

    // Plays whatever the player holds to its end.
    void playToTheEnd()
    {
        for (int guard = 0; player()->running() && guard < 500; ++guard) {
            m_clock.advance(player()->segmentRemainingMs() + 1);
            player()->update();
        }
        QVERIFY(!player()->running());
    }

    // One of the person's own routines, saved: a copy of the stiff neck routine.
    QString saveOwnRoutine(const QString &title)
    {
        if (!editor()->copyRoutine(QStringLiteral("stiff-neck")))
            return {};
        editor()->setTitle(title);
        const QString id = editor()->routineId();
        return editor()->save() ? id : QString();
    }

    // A plan with one own routine, exported as a bundle into `folder`.
    QString exportPlan(const QString &folder)
    {
        const QString routineId = saveOwnRoutine(QStringLiteral("Neck for Anna"));
        PlanEditor *plan = plans()->editor();
        plan->newPlan();
        plan->setTitle(QStringLiteral("Neck, weeks 1 to 4"));
        plan->setClient(QStringLiteral("Anna Berg"));
        plan->setTherapist(QStringLiteral("Dana Reyes"));
        plan->setWeeks(4);
        if (routineId.isEmpty() || !plan->addRoutine(routineId) || !plan->save())
            return {};
        const QString path = QDir(folder).filePath(plans()->bundleFileName(plan->planId()));
        return plans()->exportBundle(path, plan->planId()) ? path : QString();
    }

private Q_SLOTS:
    void init() { startApp(); }
    void cleanup() { m_context.reset(); }

    void previewIsNotRecorded()
    {
        // A real session first, with pain 6 before and 2 after.
        QVERIFY(player()->prepare(QStringLiteral("stiff-neck")));
        QVERIFY(!player()->preview());
        player()->begin(6);
        playToTheEnd();
        player()->finishWithPain(2);
        player()->close();
        QCOMPARE(history()->summaries().size(), 1);

        editor()->copyRoutine(QStringLiteral("low-back"));
        QVERIFY(editor()->preview());
        QVERIFY(player()->preview());
        // No pain question: it plays at once, and ends on the summary.
        QCOMPARE(player()->screen(), QStringLiteral("get-ready"));
        playToTheEnd();
        QCOMPARE(player()->screen(), QStringLiteral("summary"));
        player()->finishWithPain(9);
        player()->close();
        QVERIFY(!player()->preview());

        const QList<SessionSummary> sessions = history()->summaries();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().routineId, QStringLiteral("stiff-neck"));
        const std::optional<StoredSession> last = history()->lastSession();
        QVERIFY(last.has_value());
        QCOMPARE(last->painBefore, std::optional<int>(6));
        QCOMPARE(last->painAfter, std::optional<int>(2));
    }

    void aDraftThatIsNotValidIsNotPreviewed()
    {
        editor()->newRoutine();
        QVERIFY(!editor()->preview());
        QVERIFY(!player()->active());
        QCOMPARE(editor()->lastResult(), QStringLiteral("Fix the problems marked to play the routine."));
    }

    void messagesFollowTyping()
    {
        editor()->newRoutine();
        QVERIFY(editor()->messages().contains(QStringLiteral("title")));
        editor()->setTitle(QStringLiteral("Desk neck reset"));
        QVERIFY(!editor()->messages().contains(QStringLiteral("title")));

        QCOMPARE(editor()->addStep(QStringLiteral("hold")), 0);
        QVERIFY(editor()->setStepField(0, QStringLiteral("seconds"), QStringLiteral("6o")));
        const QString seconds = QStringLiteral("steps[0].seconds");
        QVERIFY2(editor()->messages().value(seconds).toString().startsWith(
                     QLatin1String("must be a whole number from 1 to 1800")),
                 qPrintable(editor()->messages().value(seconds).toString()));
        const int errors = editor()->errorCount();
        QVERIFY(editor()->setStepField(0, QStringLiteral("seconds"), QStringLiteral("60")));
        QVERIFY(!editor()->messages().contains(seconds));
        QCOMPARE(editor()->errorCount(), errors - 1);
        QCOMPARE(editor()->messageFor(seconds), QString());
    }

    void listItemsShowTheirMessagesUnderTheList()
    {
        editor()->copyRoutine(QStringLiteral("stiff-neck"));
        editor()->setCautions({QStringLiteral("Stop if it tingles."), QString(QChar(' '))});
        const QString cautions = editor()->messages().value(QStringLiteral("cautions")).toString();
        QCOMPARE(cautions, QStringLiteral("cautions[1]: must not be empty or only spaces"));
        // Typed as lines, empty lines are left out.
        editor()->setCautionsText(QStringLiteral("Stop if it tingles.\n\n  Keep the ball off the spine. \n"));
        QCOMPARE(editor()->cautions(), QStringList({QStringLiteral("Stop if it tingles."),
                                                    QStringLiteral("Keep the ball off the spine.")}));
        QVERIFY(editor()->valid());
        editor()->setCautionsText(QString());
        QVERIFY(editor()->cautions().isEmpty());
        QVERIFY(editor()->valid());
    }

    void equipmentNoneStandsAlone()
    {
        editor()->newRoutine();
        QCOMPARE(editor()->equipment(), QStringList{QStringLiteral("none")});
        editor()->setEquipmentChosen(QStringLiteral("ball"), true);
        editor()->setEquipmentChosen(QStringLiteral("wall"), true);
        QCOMPARE(editor()->equipment(), QStringList({QStringLiteral("ball"), QStringLiteral("wall")}));
        editor()->setEquipmentChosen(QStringLiteral("none"), true);
        QCOMPARE(editor()->equipment(), QStringList{QStringLiteral("none")});
        editor()->setEquipmentChosen(QStringLiteral("none"), false);
        QVERIFY(editor()->messages().contains(QStringLiteral("equipment")));
    }

    void areasAreChosenByIdAndShownByName()
    {
        editor()->newRoutine();
        editor()->setAreaChosen(QStringLiteral("neck.back"), true);
        editor()->setAreaChosen(QStringLiteral("neck.back"), true);
        QCOMPARE(editor()->areas(), QStringList{QStringLiteral("neck.back")});
        const QVariantMap item = editor()->areaItems().value(0).toMap();
        QCOMPARE(item.value(QStringLiteral("value")).toString(), QStringLiteral("neck.back"));
        QCOMPARE(item.value(QStringLiteral("text")).toString(),
                 m_context->body().region(QStringLiteral("neck.back"))->name);
        editor()->setAreaChosen(QStringLiteral("neck.back"), false);
        QVERIFY(editor()->areas().isEmpty());
    }

    void builtInRoutinesAreCopiedNotEdited()
    {
        QVERIFY(!editor()->canEditInPlace(QStringLiteral("stiff-neck")));
        QVERIFY(!editor()->editRoutine(QStringLiteral("stiff-neck")));
        QVERIFY(!editor()->active());
        const QString own = saveOwnRoutine(QStringLiteral("My stiff neck"));
        QCOMPARE(own, QStringLiteral("stiff-neck-copy"));
        QVERIFY(editor()->canEditInPlace(own));
        QVERIFY(editor()->editRoutine(own));
        QVERIFY(!editor()->isNew());
        editor()->setTitle(QStringLiteral("My stiff neck, longer"));
        QVERIFY(editor()->save());
        const QDir folder(DataDir::routinesFolder(m_dir->path()));
        QCOMPARE(folder.entryList(QDir::Files), QStringList{QStringLiteral("stiff-neck-copy.json")});
        QCOMPARE(m_context->library().find(own)->routine.title, QStringLiteral("My stiff neck, longer"));
    }

    void planRoutinesAreCopiedNotEdited()
    {
        QTemporaryDir outside;
        const QString bundle = exportPlan(outside.path());
        QVERIFY2(!bundle.isEmpty(), qPrintable(plans()->lastResult()));

        startApp(); // the client's Unknot
        QVERIFY2(plans()->previewImport(bundle), qPrintable(plans()->importProblems().join('\n')));
        QVERIFY(plans()->confirmImport());
        const QString routineId = QStringLiteral("stiff-neck-copy");
        QVERIFY(m_context->library().find(routineId));
        QVERIFY(!editor()->canEditInPlace(routineId));
        QVERIFY(!editor()->editRoutine(routineId));
        QVERIFY(editor()->lastResult().contains(QLatin1String("came with a plan")));
        QVERIFY(editor()->copyRoutine(routineId));
        QCOMPARE(editor()->routineId(), QStringLiteral("stiff-neck-copy-copy"));
        editor()->close();

        // The Routines list and the routine page say where it came from.
        RoutineListModel *list = m_context->routines();
        bool listed = false;
        for (int row = 0; row < list->rowCount(); ++row) {
            const QModelIndex index = list->index(row);
            if (index.data(RoutineListModel::IdRole).toString() != routineId)
                continue;
            listed = true;
            QCOMPARE(index.data(RoutineListModel::PlanTitleRole).toString(),
                     QStringLiteral("Neck, weeks 1 to 4"));
            QVERIFY(!index.data(RoutineListModel::BuiltInRole).toBool());
        }
        QVERIFY(listed);
        RoutineDetails details;
        details.setRoutineId(routineId);
        QCOMPARE(details.planTitle(), QStringLiteral("Neck, weeks 1 to 4"));
        QVERIFY(!details.editable());
        details.setRoutineId(QStringLiteral("stiff-neck"));
        QVERIFY(!details.editable());
    }

    // A client moves to a new device: restoring the full export in the app brings
    // back the plan and writes its routine file back, owner only, ready to play.
    void restoringAnExportBringsBackThePlansRoutines()
    {
        QTemporaryDir outside;
        const QString bundle = exportPlan(outside.path());
        QVERIFY2(!bundle.isEmpty(), qPrintable(plans()->lastResult()));
        startApp(); // the client's Unknot
        QVERIFY(plans()->previewImport(bundle));
        QVERIFY(plans()->confirmImport());
        const QString backup = QDir(outside.path()).filePath(QStringLiteral("history.json"));
        QVERIFY(m_context->history()->exportJson(backup));

        startApp(); // the new device
        const QString routineId = QStringLiteral("stiff-neck-copy");
        QVERIFY(!m_context->library().find(routineId));
        QVERIFY2(m_context->history()->restore(backup), qPrintable(m_context->history()->lastResult()));
        QVERIFY(m_context->library().find(routineId));
        const QString file = QDir(DataDir::routinesFolder(m_dir->path()))
                                 .filePath(routineId + QStringLiteral(".json"));
        QCOMPARE(QFile::permissions(file) & 0x0077, QFile::Permissions()); // no group, no others
        QCOMPARE(plans()->store()->entries().size(), 1);
        QVERIFY(player()->prepare(routineId));
    }

    void ownRoutinesAreMarkedInTheList()
    {
        const QString own = saveOwnRoutine(QStringLiteral("My stiff neck"));
        RoutineDetails details;
        details.setRoutineId(own);
        QVERIFY(details.editable());
        QCOMPARE(details.planTitle(), QString());
    }

    void reportsGoIntoAFolderWithoutOverwriting()
    {
        QVERIFY(player()->prepare(QStringLiteral("stiff-neck")));
        player()->begin(5);
        playToTheEnd();
        player()->finishWithPain(3);
        player()->close();

        QTemporaryDir folder;
        const QString from = plans()->reportFrom();
        const QString to = plans()->reportTo();
        QCOMPARE(plans()->reportRangeProblem(from, to), QString());
        QVERIFY2(plans()->exportReportToFolder(folder.path(), from, to, true, true),
                 qPrintable(plans()->lastResult()));
        const QString stem = QStringLiteral("unknot-report-%1-to-%2").arg(from, to);
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files),
                 QStringList({stem + QStringLiteral(".csv"), stem + QStringLiteral(".pdf")}));
        QFile pdf(QDir(folder.path()).filePath(stem + QStringLiteral(".pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));

        // Again, CSV only: a second file next to the first.
        QVERIFY(plans()->exportReportToFolder(QUrl::fromLocalFile(folder.path()).toString(), from, to,
                                              false, true));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files),
                 QStringList({stem + QStringLiteral("-2.csv"), stem + QStringLiteral(".csv"),
                              stem + QStringLiteral(".pdf")}));
        QVERIFY(plans()->lastResult().contains(stem + QStringLiteral("-2.csv")));
    }

    void reportRangesAreChecked()
    {
        QVERIFY(plans()->reportRangeProblem(QStringLiteral("2024-05-1"), QStringLiteral("2024-05-31"))
                    .startsWith(QLatin1String("The first day must be a date such as")));
        QVERIFY(plans()->reportRangeProblem(QStringLiteral("2024-05-01"), QStringLiteral("May"))
                    .startsWith(QLatin1String("The last day must be a date such as")));
        QCOMPARE(plans()->reportRangeProblem(QStringLiteral("2024-06-01"), QStringLiteral("2024-05-31")),
                 QStringLiteral("The first day must not be after the last day."));
        QTemporaryDir folder;
        QVERIFY(!plans()->exportReportToFolder(folder.path(), QStringLiteral("2024-05-01"),
                                               QStringLiteral("2024-05-31"), false, false));
        QCOMPARE(plans()->lastResult(), QStringLiteral("Choose a PDF, a CSV file or both."));
        QVERIFY(!plans()->exportReportToFolder(folder.filePath(QStringLiteral("gone")),
                                               QStringLiteral("2024-05-01"),
                                               QStringLiteral("2024-05-31"), true, false));
        QVERIFY(QDir(folder.path()).entryList(QDir::Files).isEmpty());
    }

    void bundlesAreNamedForTheClient()
    {
        QTemporaryDir outside;
        const QString bundle = exportPlan(outside.path());
        QVERIFY(!bundle.isEmpty());
        const QString planId = plans()->editor()->planId();
        QCOMPARE(QFileInfo(bundle).fileName(),
                 planId + QStringLiteral("-for-anna-berg-v1.unknot"));
        QCOMPARE(plans()->bundleFileName(QStringLiteral("no-such-plan")), QStringLiteral("plan.unknot"));
    }

    void planEditorListsShowTheirItemsMessages()
    {
        PlanEditor *plan = plans()->editor();
        plan->newPlan();
        plan->setRestDaysText(QStringLiteral("2024-05-15, 2024-5-16\n2024-05-15"));
        QCOMPARE(plan->restDays(), QStringList({QStringLiteral("2024-05-15"), QStringLiteral("2024-5-16"),
                                                QStringLiteral("2024-05-15")}));
        const QString message = plan->messages().value(QStringLiteral("plan.schedule.restDays")).toString();
        QVERIFY2(message.contains(QLatin1String("\"2024-5-16\" is not a date")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("\"2024-05-15\" is already listed")), qPrintable(message));
        QCOMPARE(plan->restDaysText(), QStringLiteral("2024-05-15, 2024-5-16, 2024-05-15"));

        plan->setScheduleKind(QStringLiteral("weekly"));
        QVERIFY(plan->messages().contains(QStringLiteral("plan.schedule.weekdays")));
        plan->setWeekdayChosen(5, true);
        plan->setWeekdayChosen(1, true);
        plan->setWeekdayChosen(3, true);
        plan->setWeekdayChosen(9, true);
        QCOMPARE(plan->weekdays(), QList<int>({1, 3, 5}));
        QVERIFY(!plan->messages().contains(QStringLiteral("plan.schedule.weekdays")));
        plan->setWeekdayChosen(3, false);
        QCOMPARE(plan->weekdays(), QList<int>({1, 5}));
    }
};

QTEST_MAIN(TestEditorController)

#include "tst_editorcontroller.moc"
