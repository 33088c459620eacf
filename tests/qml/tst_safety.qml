import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// The health screen: first use asks the questions before anything else; an
// answer that calls for care shows what to do instead of routines, with no
// Start anywhere, and a way to change the answer; the answers are changed
// from Settings and change the routines.
AppTestCase {
    id: root

    name: "Safety"

    readonly property SafetyController safety: AppContext.safety

    function init(): void {
        TestSafety.firstUse();
    }

    function cleanup(): void {
        player.close();
        TestSafety.reset();
    }

    // The Yes or No button of a question, as shown.
    function answerButton(flag: string, yes: bool): var {
        const name = (yes ? "yes-" : "no-") + flag;
        const found = Util.allItems(everything()).find(item => item.objectName === name && item.visible) || null;
        verify(found !== null, "no visible answer button " + name);
        return found;
    }

    function answer(flag: string, yes: bool): void {
        const found = answerButton(flag, yes);
        scrollIntoView(found);
        mouseClick(found);
        render();
    }

    // Answers every question on the screen, yes to those in `yes`.
    function answerAll(yes: list<string>): void {
        for (const question of safety.questions)
            answer(question.name, yes.indexOf(question.name) >= 0);
    }

    function noStartAnywhere(): void {
        for (const text of ["Start", "START"])
            verify(Util.findButton(everything(), text) === null, "a visible \"" + text + "\" button");
        const starts = Util.allItems(everything()).filter(item => item.visible && item.clicked !== undefined
            && String(item.Accessible.name || "").startsWith("Start"));
        compare(starts.length, 0, "a visible Start button");
    }

    function layoutIsClean(what: string): void {
        settle();
        const problems = Util.textProblems(app);
        verify(problems.length === 0, what + ": " + problems.join("; "));
    }

    function test_firstUseAsksBeforeAnythingElse(): void {
        createApp(390, 844);
        verify(!safety.answered);
        verify(shows("Before you start"));
        verify(shows("Right now"));
        verify(!shows("What to do now"), "the Today page shows behind the questions");
        noStartAnywhere();
        compare(safety.unansweredCount, safety.questions.length);
        const next = button("Continue");
        verify(!next.enabled, "Continue before any answer");
        answerAll([]);
        compare(safety.unansweredCount, 0);
        verify(shows("Thank you: every question is answered."));
        click("Continue");
        verify(safety.answered);
        verify(!safety.blocked);
        compare(safety.flags.length, 0);
        verify(shows("What to do now"));
        verify(button("Start").visible);
    }

    function test_anUrgentAnswerShowsCareInsteadOfRoutines(): void {
        createApp(390, 844);
        answerAll(["chest-pain"]);
        click("Continue");
        verify(safety.blocked);
        verify(safety.urgent);
        verify(shows("Please get medical help first"));
        verify(Util.allItems(everything()).some(item => item.visible
            && String(item.text).indexOf("call emergency services") >= 0), "no advice on what to do");
        verify(Util.allItems(everything()).some(item => item.visible
            && String(item.text).startsWith("Because you answered yes to: “Do you have chest pain")), "no reason");
        noStartAnywhere();
        // No page opens onto a routine meanwhile.
        for (const page of ["today", "routines", "routine", "bodymap"]) {
            openPage(page);
            verify(shows("Please get medical help first"), page);
            noStartAnywhere();
        }
        layoutIsClean("care screen");

        // Given by mistake: change it back.
        click("Change my answers");
        verify(shows("Health questions"));
        compare(safety.draftAnswers["chest-pain"], "yes");
        compare(safety.draftAnswers["pregnant"], "no");
        answer("chest-pain", false);
        click("Save answers");
        verify(!safety.blocked);
        openPage("today");
        verify(shows("What to do now"));
        verify(button("Start").visible);
    }

    function test_everyUrgentAnswerBlocks_data(): var {
        return safety.questions.filter(question => question.blocks).map(question => ({tag: question.name}));
    }

    function test_everyUrgentAnswerBlocks(data): void {
        TestSafety.answer([data.tag]);
        createApp(390, 844);
        verify(safety.blocked);
        compare(safety.blocks.length, 1);
        compare(safety.blocks[0].flag, data.tag);
        verify(shows(safety.blocks[0].title));
        verify(shows(safety.blocks[0].advice));
        noStartAnywhere();
    }

    function test_feverMeansNotToday(): void {
        TestSafety.answer(["fever"]);
        createApp(360, 640);
        verify(safety.blocked);
        verify(!safety.urgent);
        verify(shows("Not today"));
        noStartAnywhere();
        layoutIsClean("not today at 360x640");
    }

    function test_noPromptOverTheQuestions(): void {
        verify(TestHistory.addSession("stiff-neck", Date.now() - 3600000, 5, -1, 3, true));
        TestHistory.restart();
        createApp(390, 844);
        verify(AppContext.history.canResume);
        render();
        verify(Util.findButton(overlay(), "Resume at step 2") === null, "a resume prompt over the questions");
        answerAll([]);
        click("Continue");
        tryVerify(() => Util.findButton(overlay(), "Resume at step 2") !== null, 5000,
                  "the resume prompt did not come after the questions");
        clickInPopup("Keep as it is");
        TestHistory.clear();
    }

    function test_aRecentInjuryNamesWhere(): void {
        createApp(390, 844);
        answerAll(["recent-injury"]);
        verify(shows("Choose where the recent injury is, or answer no."));
        verify(!button("Continue").enabled);
        const box = Util.allItems(everything()).find(item => item.visible
            && item.Accessible.name === "Add an area of the recent injury");
        verify(box, "no area picker");
        const knee = safety.regionChoices.findIndex(choice => choice.value === "knee.front");
        box.currentIndex = knee;
        box.activated(knee);
        render();
        compare(safety.draftInjuries, ["knee.front"]);
        verify(shows("Front of the knee"));
        click("Continue");
        compare(safety.flags, ["recent-injury:knee.front"]);
        verify(!safety.blocked);
        openPage("settings");
        verify(Util.allItems(everything()).some(item => item.visible
            && String(item.text).indexOf("Where: Front of the knee.") >= 0));
    }

    function test_changedFromSettings(): void {
        TestSafety.answer([]);
        createApp(390, 844);
        openPage("settings");
        verify(shows("You answered no to every question: routines use the usual doses."));
        click("Change health answers");
        verify(shows("Health questions"));
        compare(safety.unansweredCount, 0);
        answer("pregnant", true);
        click("Save answers");
        compare(safety.flags, ["pregnant"]);
        verify(shows("Your answers change your routines:"));
        // The routine list says which routines do not suit, and why.
        openPage("routines");
        verify(Util.allItems(everything()).some(item => item.visible
            && String(item.text).startsWith("Does not suit your health answers: Quadratus lumborum: ball")
            && String(item.text).indexOf("Hip flexors: kneeling stretch: left out in pregnancy") > 0),
               "low back pain is not marked");
        // The routine page explains.
        const row = Util.allItems(everything()).find(item => item.routineId === "low-back" && item.clicked !== undefined);
        mouseClick(row);
        settle();
        verify(shows("Does not suit your health answers"));
        verify(shows("• Quadratus lumborum: ball beside the spine: no lying on your back or front in pregnancy"));

        // Back without saving changes nothing.
        openPage("settings");
        click("Change health answers");
        answer("pregnant", false);
        keyClick(Qt.Key_Escape);
        render();
        verify(!safety.editing);
        compare(safety.flags, ["pregnant"]);
        verify(shows("Your answers change your routines:"));
    }

    function test_layout_data(): var {
        return [{tag: "360x640", width: 360, height: 640}, {tag: "390x844", width: 390, height: 844},
                {tag: "1280x800", width: 1280, height: 800}];
    }

    function test_layout(data): void {
        createApp(data.width, data.height);
        layoutIsClean("questions");
        answerAll(["clot-signs", "recent-injury"]);
        safety.addInjury("calf");
        layoutIsClean("questions with an injury");
        click("Continue");
        layoutIsClean("care");
    }
}
