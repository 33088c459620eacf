import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// The player follows the engine's virtual clock: the right step, side, time
// and next step, the keyboard, the safety stop, pain before and after.
AppTestCase {
    id: root

    name: "Player"

    function init(): void {
        createApp(390, 844);
    }

    function test_asksPainBeforeStarting(): void {
        startRoutine("stiff-neck", false);
        compare(player.screen, "pain-before");
        verify(shows("How much does it hurt right now?"));
        verify(!button("Start").enabled, "Start needs a pain rating or Skip");
        click("6");
        verify(button("Start").enabled);
        click("Start");
        compare(player.screen, "get-ready");
        compare(player.painBefore, 6);
        verify(shows("Get ready"));
        verify(shows("0:05"));
        verify(shows("Neck turn check"));
        verify(shows("LEFT"), "the get-ready screen names the side the step starts on");
    }

    function test_followsTheClockThroughStepsSidesAndTransitions(): void {
        startRoutine("stiff-neck", false);
        click("Skip");
        advance(5000);
        compare(player.screen, "active");
        verify(shows("Neck turn check"));
        verify(shows("LEFT"));
        verify(shows("0:20"));
        verify(shows("Step 1 of 5 · Movement · Levator scapulae"));
        verify(shows("Next: Levator scapulae: ball against the wall"));

        advance(12000);
        verify(shows("0:08"));

        advance(8000);
        compare(player.screen, "switch-sides");
        verify(shows("Step 1 of 5 · Switch sides"));
        verify(shows("RIGHT"));
        verify(shows("0:05"));

        advance(5000);
        compare(player.screen, "active");
        verify(shows("RIGHT"));
        verify(!shows("LEFT"));

        advance(20000);
        compare(player.screen, "transition");
        verify(shows("Step 2 of 5 · Next up"));
        verify(shows("Levator scapulae: ball against the wall"));
        verify(shows("0:10"));
    }

    function test_rightSideFirstWhenAsked(): void {
        startRoutine("stiff-neck", true);
        player.begin(-1);
        advance(5000);
        verify(shows("RIGHT"));
        advance(20000);
        compare(player.screen, "switch-sides");
        verify(shows("LEFT"));
    }

    function test_keyboardShortcuts(): void {
        startRoutine("stiff-neck", false);
        player.begin(-1);
        advance(5000);
        keyClick(Qt.Key_Space);
        verify(player.paused);
        verify(shows("Paused"));
        advance(60000);
        verify(shows("0:20"), "nothing moves while paused");
        keyClick(Qt.Key_Space);
        verify(!player.paused);

        keyClick(Qt.Key_Right);
        compare(player.screen, "transition");
        keyClick(Qt.Key_Right);
        compare(player.screen, "active");
        compare(player.stepNumber, 2);
        keyClick(Qt.Key_Left);
        compare(player.stepNumber, 1, "Left in the first seconds goes to the previous step");

        keyClick(Qt.Key_Escape);
        const dialog = Util.findByText(everything(), "Stop the session?");
        verify(dialog !== null, "Escape asks before stopping");
        verify(player.paused, "the session waits while the question is open");
        clickInPopup("Keep going");
        verify(!player.paused);
        compare(player.screen, "active");

        keyClick(Qt.Key_Escape);
        clickInPopup("Stop");
        compare(player.screen, "pain-after");
        verify(!player.completed);
    }

    function test_extendAndItEased(): void {
        startRoutine("stiff-neck", false);
        player.begin(-1);
        advance(5000);
        verify(Util.findButton(everything(), "It eased") === null, "a movement is not a hold");
        click("+15 s");
        verify(shows("0:35"));
        player.skip();
        player.skip();
        compare(player.stepType, "hold");
        click("It eased");
        compare(player.screen, "rep-rest");
    }

    function test_safetyStopRecordsWhyAndAdvises(): void {
        startRoutine("tension-headache", false);
        player.begin(4);
        advance(5000 + 10000);
        click("Stop: sharp, tingling or dizzy");
        verify(shows("What do you feel?"));
        clickInPopup("Tingling or numbness");
        compare(player.screen, "pain-after");
        compare(player.safetyStop, "tingling");
        verify(shows(player.safetyAdvice));
        verify(player.safetyAdvice.indexOf("nerve") >= 0);
        click("Skip");
        compare(player.screen, "summary");
        verify(shows("Session stopped"));
        verify(shows(player.safetyAdvice));
    }

    function test_summaryAfterACompleteSession(): void {
        startRoutine("stiff-neck", false);
        player.begin(5);
        advance(3600 * 1000);
        compare(player.screen, "pain-after");
        verify(player.completed);
        verify(shows("Well done"));
        click("2");
        click("Save");
        compare(player.screen, "summary");
        compare(player.stepsDone, 5);
        compare(player.stepsSkipped, 0);
        verify(shows("Pain 5 → 2: 3 points less. That is a meaningful change."));
        click("Done");
        compare(player.screen, "none");
    }

    function test_announcesEveryStepChange(): void {
        startRoutine("stiff-neck", false);
        player.begin(-1);
        compare(player.announcement, "Get ready. First: Neck turn check, left side.");
        advance(5000);
        compare(player.announcement, "Step 1 of 5, left side: Neck turn check, 0:20.");
        advance(20000);
        compare(player.announcement, "Switch to the right side.");
        const alerts = Util.allItems(everything()).filter(item => item.Accessible.role === Accessible.AlertMessage);
        compare(alerts.length, 1);
        compare(alerts[0].Accessible.name, "Switch to the right side.");
    }
}
