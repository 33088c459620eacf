import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// The routine editor, through its page: adding steps, reordering them by drag
// and by keyboard, a field's message next to it as typed, saving into the
// Routines list as the person's own, and a preview that the history never sees.
AppTestCase {
    id: root

    name: "Editor"

    readonly property EditorController editor: AppContext.editor
    readonly property double hour: 3600 * 1000

    function init(): void {
        TestFiles.freshInstall();
    }

    function cleanup(): void {
        player.close();
        closeApp();
        TestFiles.freshInstall();
    }

    function shown(item: var): bool {
        return item.visible && Util.effectivelyShown(item);
    }

    function editorPage(): var {
        return Util.allItems(everything()).find(item => item.objectName === "editorPage" && shown(item)) || null;
    }

    // The form field labelled `label` under `within` (the whole window by default).
    function field(label: string, within: var): var {
        const found = Util.allItems(within || everything()).find(item => item.label === label
            && item.input !== undefined && shown(item)) || null;
        verify(found !== null, "no field \"" + label + "\"");
        return found;
    }

    // The visible message label of a form field, or null.
    function messageOf(formField: var): var {
        return Util.allItems(formField).find(item => item.message !== undefined && item.isWarning !== undefined
                                              && shown(item)) || null;
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

    // The step cards in their order on screen.
    function cards(): var {
        return Util.allItems(everything()).filter(item => item.dragDropped !== undefined && item.handle !== undefined
                                                 && shown(item))
            .sort((a, b) => a.index - b.index);
    }

    // Waits until moved steps have slid to their places.
    function settleSteps(): void {
        tryVerify(() => !editorPage().moving, 2000, "the steps kept sliding");
        settle();
    }

    function stepTitles(): var {
        const titles = [];
        for (let row = 0; row < editor.steps.count; ++row)
            titles.push(cards()[row].title);
        return titles;
    }

    function pressOn(name: string): void {
        const found = Util.allItems(everything()).find(item => item.clicked !== undefined && shown(item)
                                                       && item.Accessible.name === name) || null;
        verify(found !== null, "no control named \"" + name + "\"");
        scrollIntoView(found);
        mouseClick(found);
        render();
    }

    function openCopyOf(routineId: string, width: int, height: int): void {
        createApp(width, height);
        verify(app.openPage("routines"));
        settle();
        const row = Util.allItems(everything()).find(item => item.routineId === routineId && item.clicked !== undefined);
        mouseClick(row);
        settle();
        click("Copy and edit");
        settle();
        verify(editorPage() !== null, "the editor opened");
    }

    function test_addAStepAndFillItIn(): void {
        createApp(1280, 800);
        openPage("routines");
        pressOn("New routine");
        settle();
        verify(editorPage() !== null);
        verify(editor.isNew);
        verify(shows("New routine"));
        // Nothing is marked on a form not typed in yet.
        verify(messageOf(field("Title")) === null);

        typeInto(field("Title"), "Desk neck reset");
        compare(editor.title, "Desk neck reset");
        typeInto(field("Title"), "");
        verify(messageOf(field("Title")) !== null, "an emptied title is marked");
        compare(messageOf(field("Title")).text, "must not be empty or only spaces");
        typeInto(field("Title"), "Desk neck reset");
        verify(messageOf(field("Title")) === null, "the message goes once the title is back");

        click("Add step");
        tryVerify(() => Util.findButton(overlay(), "Pressure hold") !== null, 2000, "the step types are offered");
        mouseClick(Util.findButton(overlay(), "Pressure hold"));
        settle();
        compare(editor.steps.count, 1);
        const card = cards()[0];
        verify(card.expanded, "a new step opens for editing");
        compare(card.type, "hold");

        typeInto(field("Title", card), "Upper trapezius against the wall");
        compare(card.title, "Upper trapezius against the wall");

        // The muscle, searched by part of its name.
        pressOn("Choose the muscle of step 1");
        const picker = editorPage().musclePicker;
        tryVerify(() => picker.opened, 2000, "the muscle search opens");
        for (const letter of "upper trap")
            keyClick(letter);
        tryVerify(() => picker.matches.length === 1);
        compare(picker.matches[0].name, "Upper trapezius");
        keyClick(Qt.Key_Return);
        tryVerify(() => !picker.visible);
        compare(card.muscle, "upper_trapezius");
        compare(card.muscleName, "Upper trapezius");

        typeInto(field("Repetitions", card), "2");
        compare(card.reps, 2);
        typeInto(field("Instructions", card), "Lean into the ball.");
        compare(card.instructions, "Lean into the ball.");
        click("Add cue");
        const cueText = field("Say", card);
        typeInto(cueText, "Breathe out slowly");
        typeInto(field("At second", card), "20");
        compare(card.cues.length, 1);
        compare(card.cues[0].at, 20);
        compare(card.cues[0].text, "Breathe out slowly");
        verify(card.valid, "the step is complete: " + editor.messages);
    }

    function test_aFieldsMessageShowsNextToItAsTypedAndClearsWhenFixed(): void {
        openCopyOf("stiff-neck", 390, 844);
        const card = cards()[1];
        card.expanded = true;
        render();
        const seconds = field("Seconds", card);
        verify(messageOf(seconds) === null);
        typeInto(seconds, "6o");
        // Still as typed, and marked at once, under the field.
        compare(seconds.input.text, "6o");
        let message = messageOf(seconds);
        verify(message !== null, "a bad number is marked as it is typed");
        compare(message.text, "must be a whole number from 1 to 1800, not the text \"6o\"");
        const input = seconds.input.mapToItem(null, 0, 0);
        const below = message.mapToItem(null, 0, 0);
        verify(below.y >= input.y + seconds.input.height - 1 && below.y <= input.y + seconds.input.height + 24,
               "the message is right under its field");
        verify(Math.abs(below.x - input.x) < 2, "the message lines up with its field");
        verify(!card.valid);
        verify(!editor.valid);

        typeInto(seconds, "2000");
        compare(messageOf(seconds).text, "must be between 1 and 1800");
        typeInto(seconds, "45");
        verify(messageOf(seconds) === null, "fixed, the message goes");
        verify(card.valid);
        verify(editor.valid);
        compare(editor.steps.data(editor.steps.index(1, 0), EditorStepModel.SecondsRole), 45);

        const intensity = field("Intensity 0–10", card);
        typeInto(intensity, "11");
        compare(messageOf(intensity).text, "must be between 0 and 10");
    }

    function test_reorderByDragging(): void {
        openCopyOf("stiff-neck", 1280, 800);
        const before = stepTitles();
        compare(before.length, 5);
        const first = cards()[0];
        const third = cards()[2];
        const handle = first.handle;
        scrollIntoView(handle);
        const start = handle.mapToItem(null, handle.width / 2, handle.height / 2);
        const target = third.mapToItem(null, 0, third.height / 2 + 4);
        const window = everything();
        mousePress(window, start.x, start.y, Qt.LeftButton);
        const steps = 12;
        for (let i = 1; i <= steps; ++i) {
            mouseMove(window, start.x, start.y + (target.y - start.y) * i / steps, 10, Qt.LeftButton);
            if (i === steps / 2)
                verify(first.dragging, "the step follows the pointer");
        }
        verify(third.dropTarget, "where it will land is marked");
        mouseRelease(window, start.x, target.y, Qt.LeftButton);
        settleSteps();
        compare(stepTitles(), [before[1], before[2], before[0], before[3], before[4]]);
        verify(editor.dirty);
        compare(first.index, 2, "the dragged step's card went with it");
        verify(!first.dragging);
    }

    function test_holdingADraggedStepAtTheEdgeScrollsThePage(): void {
        openCopyOf("stiff-neck", 390, 844);
        for (let i = 0; i < 6; ++i)
            editor.addStep("rest");
        const lastRow = editor.steps.count - 1;
        editor.setStepField(lastRow, "title", "The last step");
        settleSteps();
        const scroll = editorPage().pageScroll;
        const last = cards()[lastRow];
        scrollIntoView(last.handle);
        verify(scroll.contentY > 0, "the page is scrolled down to the last step");
        const start = last.handle.mapToItem(null, last.handle.width / 2, last.handle.height / 2);
        const nearTop = scroll.mapToItem(null, 0, 8);
        const window = everything();
        mousePress(window, start.x, start.y, Qt.LeftButton);
        const steps = 12;
        for (let i = 1; i <= steps; ++i)
            mouseMove(window, start.x, start.y + (nearTop.y - start.y) * i / steps, 10, Qt.LeftButton);
        const scrolledFrom = scroll.contentY;
        tryVerify(() => scroll.contentY < scrolledFrom - 2 * last.height, 5000,
                  "the page scrolls up while the step is held at its top edge");
        const handleAt = last.handle.mapToItem(null, last.handle.width / 2, last.handle.height / 2);
        compare(Math.round(handleAt.y), Math.round(nearTop.y), "the step stays under the pointer as the page scrolls");
        tryVerify(() => scroll.contentY === 0, 5000, "the page scrolls to its top");
        verify(last.dragging, "the step is still held");
        verify(cards()[0].dropTarget, "it would land first");
        mouseRelease(window, start.x, nearTop.y, Qt.LeftButton);
        settleSteps();
        compare(stepTitles()[0], "The last step");
        compare(stepTitles().length, lastRow + 1);
        mouseMove(window, start.x, start.y);
        verify(!last.dragging);
        compare(editorPage().dragSceneY, -1, "the page stops scrolling when the step is dropped");
    }

    function test_reorderByKeyboard(): void {
        openCopyOf("stiff-neck", 1280, 800);
        const before = stepTitles();
        const second = cards()[1];
        second.handle.forceActiveFocus();
        keyClick(Qt.Key_Up, Qt.AltModifier);
        settleSteps();
        compare(stepTitles(), [before[1], before[0], before[2], before[3], before[4]]);
        compare(second.index, 0);
        verify(second.handle.activeFocus, "the moved step keeps the focus");
        // At the top it stays put.
        keyClick(Qt.Key_Up, Qt.AltModifier);
        compare(second.index, 0);
        keyClick(Qt.Key_Down, Qt.ControlModifier);
        keyClick(Qt.Key_Down, Qt.ControlModifier);
        settleSteps();
        compare(stepTitles(), [before[0], before[2], before[1], before[3], before[4]]);
        verify(second.handle.activeFocus);
        // Tab reaches the handles, so no mouse is needed.
        verify(second.handle.activeFocusOnTab);
    }

    function test_removeAndMoveWithTheStepsButtons(): void {
        openCopyOf("low-back", 390, 844);
        const before = stepTitles();
        const count = before.length;
        cards()[0].expanded = true;
        render();
        pressOn("Move step 1 down");
        settleSteps();
        compare(stepTitles()[1], before[0]);
        pressOn("Remove step 2");
        compare(editor.steps.count, count - 1);
        verify(stepTitles().indexOf(before[0]) < 0);
    }

    function test_savedRoutineIsListedAsOwnAndTheBuiltInOneIsUnchanged(): void {
        openCopyOf("low-back", 390, 844);
        compare(editor.title, "Low back pain (copy)");
        compare(editor.routineId, "low-back-copy");
        typeInto(field("Title"), "Low back, evening");
        click("Save");
        compare(editor.lastResult, "Saved “Low back, evening” to your routines.");
        verify(shows("Saved “Low back, evening” to your routines."));
        verify(!editor.dirty);
        compare(TestFiles.ownRoutineFiles(), ["low-back-copy.json"]);

        // Back to the list: the new routine is there, marked as the person's own.
        pressOn("Back");
        settle();
        pressOn("Back");
        settle();
        const row = Util.allItems(everything()).find(item => item.routineId === "low-back-copy" && item.origin !== undefined);
        verify(row, "the saved routine is in the Routines list");
        compare(row.title, "Low back, evening");
        compare(row.origin, "Your routine");
        verify(shows("Your routine"));
        const builtIn = Util.allItems(everything()).find(item => item.routineId === "low-back" && item.origin !== undefined);
        compare(builtIn.title, "Low back pain");
        compare(builtIn.origin, "");

        // Its own page offers to edit it in place.
        mouseClick(row);
        settle();
        click("Edit");
        settle();
        verify(!editor.isNew);
        typeInto(field("Title"), "Low back, late evening");
        click("Save");
        compare(TestFiles.ownRoutineFiles(), ["low-back-copy.json"]);
        verify(TestFiles.read(AppContext.dataDir + "/routines/low-back-copy.json").indexOf("Low back, late evening") > 0);
    }

    function test_leavingWithUnsavedChangesAsksFirst(): void {
        openCopyOf("stiff-neck", 390, 844);
        typeInto(field("Title"), "Neck, changed");
        pressOn("Back");
        tryVerify(() => Util.findButton(overlay(), "Discard changes") !== null, 2000, "it asks before losing changes");
        clickInPopup("Keep editing");
        verify(editorPage() !== null);
        compare(editor.title, "Neck, changed");
        pressOn("Back");
        tryVerify(() => Util.findButton(overlay(), "Discard changes") !== null);
        clickInPopup("Discard changes");
        settle();
        verify(editorPage() === null);
        verify(!editor.active);
        compare(TestFiles.ownRoutineFiles(), []);
    }

    function test_previewLeavesTheHistoryUnchanged(): void {
        verify(TestHistory.addSession("stiff-neck", Date.now() - hour, 6, 2));
        AppContext.history.progress.load();
        compare(AppContext.history.progress.totalSessions, 1);

        openCopyOf("stiff-neck", 390, 844);
        click("Preview");
        settle();
        verify(player.active);
        verify(player.preview);
        compare(player.routineTitle, "Stiff neck (copy)");
        let guard = 0;
        while (player.running && guard++ < 200)
            advance(player.segmentRemainingMs + 1);
        compare(player.screen, "summary", "a preview asks no pain question");
        click("Done");
        settle();
        verify(!player.active);
        verify(editorPage() !== null, "back in the editor");

        AppContext.history.progress.load();
        compare(AppContext.history.progress.totalSessions, 1);
        compare(AppContext.history.progress.helps.get(0).after, 2);
        compare(TestFiles.ownRoutineFiles(), [], "a preview saves nothing");
    }

    function test_layout_data(): var {
        return [{tag: "phone", width: 390, height: 844}, {tag: "desktop", width: 1280, height: 800}];
    }

    function test_layout(data): void {
        openCopyOf("stiff-neck", data.width, data.height);
        // Open every step, with a message or two, and look at the whole page.
        for (const card of cards())
            card.expanded = true;
        editor.setStepField(0, "seconds", "6o");
        editor.setStepField(1, "cues", [{at: 3000, text: "Too late"}]);
        editor.addStep("roll");
        settle();
        const scroll = Util.allItems(editorPage()).find(item => item.contentY !== undefined && item.clip);
        for (let y = 0; y < scroll.contentHeight; y += scroll.height / 2) {
            scroll.contentY = Math.min(y, Math.max(0, scroll.contentHeight - scroll.height));
            settle();
            const problems = Util.textProblems(app);
            verify(problems.length === 0, "at " + y + ": " + problems.join("; "));
        }
        const unnamed = Util.allItems(editorPage()).filter(item => shown(item) && item.clicked !== undefined
            && item.checkable !== undefined && String(item.Accessible.name || item.text || "").length === 0);
        verify(unnamed.length === 0, unnamed.length + " controls have no accessible name");
        const small = Util.allItems(editorPage()).filter(item => shown(item) && item.clicked !== undefined
            && item.checkable !== undefined && (item.height < 40 || item.width < 40));
        verify(small.length === 0, "touch targets too small: " + small.map(item => item.text || item.Accessible.name).join(", "));
    }
}
