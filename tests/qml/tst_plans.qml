import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// Plans and reports, through their pages: a therapist writes a plan and
// exports its bundle; a client imports it on a fresh install through the
// preview and confirms; a newer version replaces the older one and keeps the
// history; hostile bundles show their message and change nothing; the report
// dialog writes its files.
AppTestCase {
    id: root

    name: "Plans"

    readonly property PlanController plans: AppContext.plans
    readonly property EditorController editor: AppContext.editor
    readonly property double hour: 3600 * 1000

    function init(): void {
        TestFiles.freshInstall();
    }

    function cleanup(): void {
        player.close();
        closeApp();
        plans.cancelImport();
        TestFiles.freshInstall();
    }

    function shown(item: var): bool {
        return item.visible && Util.effectivelyShown(item);
    }

    function page(objectKey: string): var {
        return Util.allItems(everything()).find(item => item[objectKey] !== undefined && shown(item)) || null;
    }

    function plansPage(): var {
        return page("importDialog");
    }

    function field(label: string): var {
        const found = Util.allItems(everything()).find(item => item.label === label && item.input !== undefined
                                                       && shown(item)) || null;
        verify(found !== null, "no field \"" + label + "\"");
        return found;
    }

    function messageOf(formField: var): string {
        const label = Util.allItems(formField).find(item => item.isWarning !== undefined && shown(item));
        return label ? label.text : "";
    }

    function typeInto(formField: var, text: string): void {
        const input = formField.input;
        scrollIntoView(input);
        input.forceActiveFocus();
        input.selectAll();
        keyClick(Qt.Key_Backspace);
        for (const letter of text)
            keyClick(letter);
        render();
    }

    function pressOn(name: string): void {
        const found = Util.allItems(everything()).find(item => item.clicked !== undefined && shown(item)
                                                       && item.Accessible.name === name) || null;
        verify(found !== null, "no control named \"" + name + "\"");
        scrollIntoView(found);
        mouseClick(found);
        render();
    }

    function textContaining(part: string): var {
        return Util.allItems(everything()).find(item => shown(item) && item.text !== undefined
                                                && String(item.text).indexOf(part) >= 0) || null;
    }

    function previewDialog(): var {
        return page("previewDialog").previewDialog;
    }

    function waitForPreview(title: string): void {
        tryVerify(() => previewDialog().opened && previewDialog().title === title, 5000,
                  "no import dialog \"" + title + "\"");
        render();
    }

    // A therapist's own routine and a plan that carries it, made through the
    // controllers (the pages are tested on their own); returns the bundle.
    function exportedBundle(folder: string): string {
        verify(editor.copyRoutine("stiff-neck"));
        editor.title = "Neck for Anna";
        verify(editor.save(), editor.lastResult);
        const routineId = editor.routineId;
        editor.close();
        const plan = plans.editor;
        plan.newPlan();
        plan.title = "Neck, weeks 1 to 4";
        plan.client = "Anna Berg";
        plan.therapist = "Dana Reyes";
        plan.practice = "Reyes Physio";
        plan.scheduleKind = "weekly";
        plan.weekdays = [1, 3, 5];
        plan.weeks = 4;
        verify(plan.addRoutine(routineId), plan.lastResult);
        verify(plan.save(), plan.lastResult);
        const path = folder + "/neck.unknot";
        verify(plans.exportBundle(path, plan.planId), plans.lastResult);
        return path;
    }

    // What a refused import must leave alone.
    function snapshot(): var {
        AppContext.history.progress.load();
        const files = TestFiles.ownRoutineFiles();
        return {
            plans: plans.plans.count,
            active: plans.activeTitle,
            version: plans.activeVersion,
            files: files,
            contents: files.map(name => TestFiles.read(AppContext.dataDir + "/routines/" + name)),
            sessions: AppContext.history.progress.totalSessions,
            routines: AppContext.routines.count
        };
    }

    function importThroughTheDialog(path: string): void {
        openPage("plans");
        click("Open a plan file…");
        const dialog = plansPage().importDialog;
        tryVerify(() => dialog.visible, 5000, "the file dialog did not open");
        chooseFile(dialog, path);
    }

    function confirmImport(): void {
        const importButton = Util.findButton(overlay(), "Import");
        verify(importButton !== null);
        mouseClick(importButton);
        const done = page("previewDialog").resultDialog;
        tryVerify(() => done.opened, 5000, "no word that the plan was imported");
        render();
        clickInPopup("OK");
    }

    // The item a popup shows itself in, to check its text alone: a modal
    // dialog hides the page under it.
    function popupItem(popup: var): var {
        return popup.contentItem.parent;
    }

    function test_writeAPlanAndExportIt(): void {
        verify(editor.copyRoutine("stiff-neck"));
        editor.title = "Neck for Anna";
        verify(editor.save());
        editor.close();
        createApp(1280, 800);
        openPage("plans");
        click("Write a plan");
        settle();
        verify(shows("New plan"));

        typeInto(field("Title"), "Neck, weeks 1 to 4");
        typeInto(field("Client"), "Anna Berg");
        typeInto(field("Therapist"), "Dana Reyes");
        typeInto(field("Practice (optional)"), "Reyes Physio");
        // A day that is not one: the message is next to the field, then goes.
        const start = field("First day (YYYY-MM-DD)");
        const today = start.input.text;
        typeInto(start, "2024-13-01");
        verify(messageOf(start).indexOf("\"2024-13-01\" is not a date") === 0, messageOf(start));
        typeInto(start, today);
        compare(messageOf(start), "");

        // The routine, from the person's own.
        const box = Util.allItems(everything()).find(item => item.displayText === "Add a routine…" && shown(item));
        verify(box, "routines can be added");
        scrollIntoView(box);
        mouseClick(box);
        tryVerify(() => Util.findButton(overlay(), "Neck for Anna") !== null, 2000, "the own routine is offered");
        mouseClick(Util.findButton(overlay(), "Neck for Anna"));
        settle();
        compare(plans.editor.routines.count, 1);
        verify(shows("Neck for Anna"));

        // Three times a week, for four weeks.
        click("On chosen days of the week");
        compare(plans.editor.scheduleKind, "weekly");
        for (const day of ["Monday", "Wednesday", "Friday"])
            pressOn(day);
        compare(plans.editor.weekdays, [1, 3, 5]);
        const weeks = Util.allItems(everything()).find(item => item.Accessible.name === "Weeks the plan runs; 0 for no end");
        scrollIntoView(weeks);
        for (let i = 0; i < 4; ++i)
            mouseClick(weeks.up.indicator);
        compare(plans.editor.weeks, 4);
        typeInto(field("Days off (optional; YYYY-MM-DD, separated by commas)"), "someday");
        verify(messageOf(field("Days off (optional; YYYY-MM-DD, separated by commas)")).indexOf("\"someday\" is not a date") === 0);
        typeInto(field("Days off (optional; YYYY-MM-DD, separated by commas)"), "");
        verify(plans.editor.valid, plans.editor.problems.join("; "));

        // Export: saved first, then a file dialog.
        click("Export…");
        const planEditorPage = page("bundleDialog");
        const dialog = planEditorPage.bundleDialog;
        tryVerify(() => dialog.visible, 5000, "the file dialog did not open");
        const folder = TestFiles.newFolder();
        saveAs(dialog, folder + "/anna.unknot");
        tryVerify(() => TestFiles.list(folder).length === 1, 5000, "the bundle was written");
        compare(TestFiles.list(folder), ["anna.unknot"]);
        const bundle = TestFiles.read(folder + "/anna.unknot");
        verify(bundle.indexOf("\"bundle\": 1") >= 0);
        verify(bundle.indexOf("\"client\": \"Anna Berg\"") >= 0);
        verify(bundle.indexOf("\"title\": \"Neck for Anna\"") >= 0, "it carries the routine");
        verify(textContaining("Saved version 1 of “Neck, weeks 1 to 4” for Anna Berg as "), "it says where it went");

        // Back on the Plans page the plan is listed, written here.
        pressOn("Back");
        settle();
        verify(shows("Neck, weeks 1 to 4"));
        verify(textContaining("written on this device"));
        verify(shows("For Anna Berg, by Dana Reyes, Reyes Physio"));
    }

    function test_importIntoAFreshInstallThroughThePreview(): void {
        const path = exportedBundle(TestFiles.newFolder());
        TestFiles.freshInstall(); // the client's Unknot
        compare(plans.plans.count, 0);
        createApp(390, 844);
        importThroughTheDialog(path);
        waitForPreview("Import this plan?");
        verify(shows("Neck, weeks 1 to 4"));
        verify(shows("From Dana Reyes, Reyes Physio, for Anna Berg"));
        verify(shows("Neck for Anna"));
        verify(textContaining("Version 1. Adds 1 routine."));
        // Nothing is added before the person says so.
        compare(plans.plans.count, 0);
        compare(TestFiles.ownRoutineFiles(), []);

        confirmImport();
        compare(plans.plans.count, 1);
        verify(plans.hasActivePlan);
        compare(plans.activeTitle, "Neck, weeks 1 to 4");
        compare(TestFiles.ownRoutineFiles(), ["stiff-neck-copy.json"]);

        // Its routine is listed as the plan's and offered as a copy to edit.
        openPage("routines");
        const row = Util.allItems(everything()).find(item => item.routineId === "stiff-neck-copy" && item.origin !== undefined);
        verify(row, "the plan's routine is in the Routines list");
        compare(row.origin, "From your plan “Neck, weeks 1 to 4”");
        mouseClick(row);
        settle();
        verify(Util.findButton(everything(), "Copy and edit") !== null);
        verify(Util.findButton(everything(), "Edit") === null);
    }

    function test_cancelAddsNothing(): void {
        const path = exportedBundle(TestFiles.newFolder());
        TestFiles.freshInstall();
        // As `unknot FILE` does before the window opens.
        verify(plans.previewImport(path));
        createApp(390, 844);
        waitForPreview("Import this plan?");
        clickInPopup("Cancel");
        compare(plans.importState, "none");
        compare(plans.plans.count, 0);
        compare(TestFiles.ownRoutineFiles(), []);
    }

    function test_aNewerVersionReplacesTheOlderAndKeepsTheHistory(): void {
        const folder = TestFiles.newFolder();
        const path = exportedBundle(folder);
        const newer = folder + "/neck-v2.unknot";
        verify(TestFiles.write(newer, TestFiles.read(path).replace("\"version\": 1", "\"version\": 2")
                                   .replace("\"title\": \"Neck for Anna\"", "\"title\": \"Neck for Anna, longer holds\"")));
        TestFiles.freshInstall();
        verify(plans.previewImport(path));
        verify(plans.confirmImport());
        verify(TestHistory.addSession("stiff-neck-copy", Date.now() - hour, 6, 3));
        const before = snapshot();
        compare(before.sessions, 1);

        createApp(1280, 800);
        importThroughTheDialog(newer);
        waitForPreview("Import this plan?");
        verify(textContaining("Version 2. Updates 1 routine. Replaces version 1 of this plan; your history is kept."));
        verify(shows("Neck for Anna, longer holds"));
        confirmImport();
        compare(plans.activeVersion, 2);
        compare(plans.plans.count, 1);
        const after = snapshot();
        compare(after.sessions, 1, "the history is kept");
        compare(after.files, ["stiff-neck-copy.json"]);
        verify(after.contents[0].indexOf("Neck for Anna, longer holds") > 0);

        // The same file again is refused: nothing new in it.
        importThroughTheDialog(newer);
        waitForPreview("This plan cannot be imported");
        verify(textContaining("version 2 of this plan is already imported"));
        clickInPopup("Close");
        compare(snapshot().version, 2);
    }

    function test_hostileBundles_data(): var {
        return [
            {tag: "wrong type", edit: text => text.replace("\"version\": 1", "\"version\": \"1\""),
             expect: "neck-hostile.unknot: plan.version: must be a whole number"},
            {tag: "newer format", edit: text => text.replace("\"bundle\": 1", "\"bundle\": 2"),
             expect: "neck-hostile.unknot: bundle: this plan bundle uses format 2, but this version of Unknot reads format 1; update Unknot to open it"},
            {tag: "reference outside", edit: text => text.replace("\"routines\": [\"stiff-neck-copy\"]",
                                                                   "\"routines\": [\"../../.ssh/id_rsa\"]"),
             expect: "\"../../.ssh/id_rsa\" is not one of the routines in this bundle"},
            {tag: "path as an id", edit: text => text.split("\"stiff-neck-copy\"").join("\"../escape\""),
             expect: "neck-hostile.unknot: routines[0].id: "},
            {tag: "deeply nested", edit: text => "{\"bundle\": 1, \"plan\": " + "[".repeat(200) + "]".repeat(200) + "}",
             expect: "nested more than"},
            {tag: "huge", edit: text => " ".repeat(3 * 1024 * 1024) + text,
             expect: "neck-hostile.unknot: file is 3.1 MiB; plan bundles are limited to 2 MiB"},
            {tag: "not UTF-8", latin1: true, edit: text => text.replace("Anna Berg", "Anna B\u00e9rg"),
             expect: "not valid UTF-8 text"}
        ];
    }

    function test_hostileBundles(data): void {
        const folder = TestFiles.newFolder();
        const path = exportedBundle(folder);
        const hostile = folder + "/neck-hostile.unknot";
        verify(TestFiles.write(hostile, data.edit(TestFiles.read(path)), data.latin1 === true));
        // The client already follows version 1 and has done a session.
        TestFiles.freshInstall();
        verify(plans.previewImport(path));
        verify(plans.confirmImport());
        verify(TestHistory.addSession("stiff-neck-copy", Date.now() - hour, 6, 3));
        const before = snapshot();

        createApp(390, 844);
        importThroughTheDialog(hostile);
        waitForPreview("This plan cannot be imported");
        compare(plans.importState, "refused");
        verify(plans.importProblems.length > 0);
        verify(plans.importProblems.some(line => line.indexOf(data.expect) >= 0),
               "expected \"" + data.expect + "\" in " + plans.importProblems.join(" | "));
        // Each reason is on screen, and so is the promise.
        for (const line of plans.importProblems)
            verify(shows("• " + line), "shown: " + line);
        verify(shows("Nothing was changed. Ask your therapist for a corrected file and tell them:"));
        verify(Util.findButton(overlay(), "Import") === null, "a refused plan cannot be imported");
        const problems = Util.textProblems(app, popupItem(previewDialog()));
        verify(problems.length === 0, problems.join("; "));
        clickInPopup("Close");
        compare(plans.importState, "none");
        compare(snapshot(), before);
    }

    function test_reportDialogWritesTheFiles(): void {
        verify(TestHistory.addSession("stiff-neck", Date.now() - 2 * hour, 6, 3));
        verify(TestHistory.addSession("low-back", Date.now() - hour, 5, 4));
        createApp(390, 844);
        openPage("plans");
        click("Export a report…");
        const dialog = plansPage().reportDialog;
        tryVerify(() => dialog.opened, 5000, "the report dialog opens");
        const first = field("First day");
        const last = field("Last day");
        compare(first.input.text, plans.reportFrom);
        compare(last.input.text, plans.reportTo);
        const save = Util.findButton(overlay(), "Save to a folder…");
        verify(save.enabled);

        typeInto(first, "2024-13-01");
        verify(shows("The first day must be a date such as " + plans.reportTo + "."));
        verify(!save.enabled, "no report for days that are not days");
        typeInto(first, plans.reportFrom);
        verify(save.enabled);

        const folder = TestFiles.newFolder();
        dialog.folderDialog.currentFolder = "file://" + folder.slice(0, folder.lastIndexOf("/"));
        mouseClick(save);
        tryVerify(() => dialog.folderDialog.visible, 5000, "the folder dialog did not open");
        chooseFolder(dialog.folderDialog, folder);
        const stem = "unknot-report-" + plans.reportFrom + "-to-" + plans.reportTo;
        tryVerify(() => TestFiles.list(folder).length === 2, 5000, "the report was written");
        compare(TestFiles.list(folder), [stem + ".csv", stem + ".pdf"]);
        verify(TestFiles.read(folder + "/" + stem + ".pdf").startsWith("%PDF-"));
        const csv = TestFiles.read(folder + "/" + stem + ".csv").split("\n").filter(line => line.length > 0);
        verify(csv[0].startsWith("record,date,time,routine_id,routine,in_plan,status,minutes"), csv[0]);
        compare(csv.filter(line => line.startsWith("session,")).length, 2);
        verify(csv.some(line => line.startsWith("session,") && line.indexOf(",stiff-neck,") > 0));
        verify(textContaining("Saved your report as " + folder + "/" + stem + ".pdf and "));
        clickInPopup("Close");
    }

    function test_layout_data(): var {
        return [{tag: "phone", width: 390, height: 844}, {tag: "desktop", width: 1280, height: 800}];
    }

    function checkScreen(what: string, popup: var): void {
        settle();
        const within = popup ? popupItem(popup) : everything();
        const problems = Util.textProblems(app, within);
        verify(problems.length === 0, what + ": " + problems.join("; "));
        const unnamed = Util.allItems(within).filter(item => item.clicked !== undefined
            && item.checkable !== undefined && shown(item)
            && String(item.Accessible.name || item.text || "").length === 0);
        verify(unnamed.length === 0, what + ": " + unnamed.length + " controls have no accessible name");
    }

    // Scrolls a page's body from top to bottom, checking each screenful.
    function checkScrolling(what: string): void {
        const scroll = Util.allItems(everything()).find(item => item.contentY !== undefined && item.clip
                                                        && item.maxWidth !== undefined && shown(item));
        for (let y = 0; y < scroll.contentHeight; y += scroll.height / 2) {
            scroll.contentY = Math.min(y, Math.max(0, scroll.contentHeight - scroll.height));
            checkScreen(what + " at " + Math.round(y));
        }
        scroll.contentY = 0;
    }

    function test_layout(data): void {
        const folder = TestFiles.newFolder();
        const path = exportedBundle(folder);
        const refused = folder + "/refused.unknot";
        verify(TestFiles.write(refused, TestFiles.read(path).replace("\"version\": 1", "\"version\": \"1\"")));
        createApp(data.width, data.height);

        openPage("plans");
        checkScrolling("plans");
        openPage("planeditor");
        plans.editor.title = "Neck, weeks 1 to 4";
        plans.editor.scheduleKind = "weekly";
        plans.editor.restDaysText = "2024-02-30";
        checkScrolling("plan editor");
        openPage("report");
        const report = plansPage().reportDialog;
        tryVerify(() => report.opened);
        checkScreen("report", report);
        report.close();

        TestFiles.freshInstall();
        verify(plans.previewImport(path));
        waitForPreview("Import this plan?");
        checkScreen("import preview", previewDialog());
        plans.cancelImport();
        verify(!plans.previewImport(refused));
        waitForPreview("This plan cannot be imported");
        checkScreen("refused import", previewDialog());
        plans.cancelImport();
    }
}
