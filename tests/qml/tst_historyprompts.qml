import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// What the history asks over the app: an interrupted session resumed at the
// step where it stopped or kept, the check-in the day after a session, a
// session kept in memory while the history cannot be written and saved with
// "Try again", and a damaged history file restored from an export.
AppTestCase {
    id: root

    name: "HistoryPrompts"

    readonly property HistoryController history: AppContext.history
    readonly property double hour: 3600 * 1000

    function init(): void {
        TestHistory.clear();
    }

    function cleanup(): void {
        player.close();
        TestHistory.setWritable(true);
        TestHistory.setNow(0);
        TestHistory.clear();
    }

    function prompts(): var {
        return Util.allItems(everything()).find(item => item.objectName === "historyPrompts");
    }

    function textContaining(part: string): var {
        return Util.allItems(everything()).find(item => Util.effectivelyShown(item) && item.text !== undefined
                                                && String(item.text).indexOf(part) >= 0) || null;
    }

    function waitForDialog(title: string): void {
        tryVerify(() => Array.from(overlay().children).some(child => child.visible && child.opacity === 1
                                                               && child.title === title),
                  5000, "no dialog \"" + title + "\"");
    }

    function noDialog(): bool {
        return Array.from(overlay().children).every(child => !child.visible);
    }

    function clickInDialog(text: string): void {
        const found = Util.findButton(overlay(), text);
        verify(found !== null, "no button \"" + text + "\" in the open dialog");
        mouseClick(found);
        render();
    }

    // Plays the stiff neck routine through to the summary with pain 5 -> 3.
    function playSession(): void {
        startRoutine("stiff-neck", false);
        player.begin(5);
        advance(hour);
        player.finishWithPain(3);
        click("Done");
        settle();
    }

    function test_resumeAnInterruptedSession(): void {
        // Step 1 on both sides and step 2 on the left were done when the app was killed.
        verify(TestHistory.addSession("stiff-neck", Date.now() - hour, 5, -1, 3, true));
        TestHistory.restart();
        createApp(390, 844);
        waitForDialog("Your last session stopped early");
        verify(textContaining("You can go on from step 2 of 5"));
        clickInPopup("Resume at step 2");
        settle();
        verify(player.active);
        compare(player.screen, "pain-before");
        verify(shows("Before you start"), "the player page is shown");
        player.begin(-1);
        advance(5000);
        compare(player.screen, "active");
        compare(player.stepNumber, 2);
        verify(textContaining("Step 2 of 5 · "));
        verify(!history.resumeOffered);
    }

    function test_keepAnInterruptedSession(): void {
        verify(TestHistory.addSession("stiff-neck", Date.now() - hour, 5, -1, 3, true));
        TestHistory.restart();
        createApp(1280, 800);
        waitForDialog("Your last session stopped early");
        clickInPopup("Keep as it is");
        verify(!history.resumeOffered);
        verify(!player.active);
        TestHistory.restart(); // the next start does not ask again
        verify(!history.resumeOffered);
        render();
        verify(noDialog());
    }

    function test_checkInTheDayAfter(): void {
        createApp(390, 844);
        playSession();
        verify(!history.checkInDue, "not on the day of the session");
        verify(noDialog());
        TestHistory.setNow(Date.now() + 24 * hour);
        waitForDialog("How do you feel today?");
        verify(textContaining("After “Stiff neck” yesterday at"));
        verify(!Util.findButton(overlay(), "Save").enabled, "Save needs both answers");
        clickInDialog("3");
        clickInDialog("Better");
        verify(Util.findButton(overlay(), "Save").enabled);
        clickInPopup("Save");
        verify(!history.checkInDue);
        compare(TestHistory.lastCheckIn().soreness, 3);
        compare(TestHistory.lastCheckIn().feeling, "better");
    }

    function test_checkInCanWait(): void {
        verify(TestHistory.addSession("stiff-neck", Date.now() - 24 * hour, 6, 4));
        TestHistory.restart();
        createApp(390, 844);
        waitForDialog("How do you feel today?");
        clickInPopup("Not now");
        verify(!history.checkInDue);
        compare(Object.keys(TestHistory.lastCheckIn()).length, 0);
    }

    function test_noQuestionOverThePlayer(): void {
        verify(TestHistory.addSession("stiff-neck", Date.now() - 24 * hour, 6, 4));
        TestHistory.restart();
        createApp(390, 844);
        waitForDialog("How do you feel today?");
        startRoutine("low-back", false);
        tryVerify(() => noDialog(), 5000, "the question gives way to the player");
        player.close();
        app.closePlayer();
        waitForDialog("How do you feel today?");
    }

    function test_unsavedSessionIsKeptAndSavedLater(): void {
        createApp(390, 844);
        TestHistory.setWritable(false);
        startRoutine("stiff-neck", false);
        player.begin(5);
        advance(hour);
        verify(history.unsavedChanges > 0);
        verify(!shows("Not saved yet"), "no banner over the player");
        player.finishWithPain(3);
        click("Done");
        settle();
        verify(shows("Not saved yet"));
        verify(textContaining("cannot write to this folder"));
        verify(textContaining("kept in memory. Keep Unknot open until they are saved."));

        click("Try again"); // still read-only
        verify(shows("Still not saved. Unknot tries again by itself every 30 seconds."));
        verify(history.unsavedChanges > 0);

        TestHistory.setWritable(true);
        click("Try again");
        compare(history.unsavedChanges, 0);
        compare(history.notice, "");
        verify(!shows("Not saved yet"));
        AppContext.history.progress.load();
        compare(AppContext.history.progress.totalSessions, 1);
        compare(AppContext.history.progress.helps.get(0).after, 3);
    }

    function test_damagedFileIsRestoredFromAnExport(): void {
        verify(TestHistory.addSession("stiff-neck", Date.now() - 3 * 24 * hour, 6, 3));
        verify(TestHistory.addSession("low-back", Date.now() - 2 * 24 * hour, 5, 4));
        const backup = AppContext.dataDir + "/backup.json";
        verify(history.exportJson(backup));
        TestHistory.damage();
        verify(history.restoreSuggested);
        createApp(390, 844);
        waitForDialog("Your history file was damaged");
        verify(textContaining("was damaged. It was kept as"));
        clickInDialog("Restore from an export…");

        // The file dialog opens; choose the export in it.
        const dialog = prompts().transfer.restoreDialog;
        tryVerify(() => dialog.visible, 5000, "the file dialog did not open");
        chooseFile(dialog, backup);
        waitForDialog("Your history");
        verify(shows("Restored 2 sessions and 0 pain ratings; what was already here was kept."));
        clickInPopup("OK");
        AppContext.history.progress.load();
        compare(AppContext.history.progress.totalSessions, 2);
        verify(noDialog());
    }

    function test_damagedFileCanWait(): void {
        TestHistory.damage();
        createApp(1280, 800);
        waitForDialog("Your history file was damaged");
        clickInPopup("Not now");
        // The banner keeps the offer at hand until hidden.
        verify(shows("Your history file was damaged"));
        verify(Util.findButton(everything(), "Restore from an export…"));
        click("Hide");
        verify(!shows("Your history file was damaged"));
    }
}
