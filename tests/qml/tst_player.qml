import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// The player follows the engine's virtual clock: the right step, side, time
// and next step, the keyboard, the safety stop and its advice, pain before and
// after, the summary, and the notice when sound is off.
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
        verify(Util.allItems(everything()).some(item => item.visible && String(item.text).indexOf("NEXT") >= 0
            && String(item.text).indexOf("Levator scapulae: ball against the wall") >= 0
            && String(item.text).indexOf("60 s × 2 each side") >= 0), "the next step and its time show");
        verify(shows(player.sessionRemainingText), "the time left in the whole session shows");
        const left = player.remainingMs;

        advance(12000);
        verify(shows("0:08"));
        compare(player.remainingMs, left - 12000);
        verify(shows(player.sessionRemainingText));

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

    function test_safetyStopEndsTheStepAndOffersToContinue(): void {
        startRoutine("tension-headache", false);
        player.begin(4);
        advance(5000 + 10000);
        click("Stop: sharp, tingling or dizzy");
        verify(shows("What do you feel?"));
        clickInPopup("Tingling or numbness");
        compare(player.screen, "safety");
        compare(player.safetyStop, "tingling");
        verify(shows("Step 1 stopped: tingling or numbness"));
        verify(shows(player.safetyAdvice));
        verify(player.safetyAdvice.indexOf("nerve") >= 0);
        verify(shows(player.safetyNextTitle), "the advice names the step that would come next");
        advance(60000);
        compare(player.screen, "safety", "the session waits for a choice");
        click("Continue with the next step");
        compare(player.screen, "transition");
        compare(player.stepNumber, 2);
        verify(!player.paused);
        advance(10000);
        compare(player.screen, "active");
    }

    function test_safetyStopThenEndTheSession(): void {
        startRoutine("stiff-neck", false);
        player.begin(4);
        advance(5000 + 3000);
        click("Stop: sharp, tingling or dizzy");
        clickInPopup("Dizzy, sick or faint");
        compare(player.screen, "safety");
        verify(shows("Ending the session now is the safer choice."));
        verify(shows("Left out for today: 4 more neck steps."));
        verify(Util.findButton(everything(), "Continue with the next step") === null,
               "a neck routine does not go on after dizziness");
        click("Finish");
        compare(player.screen, "pain-after");
        verify(shows("Session stopped"));
        verify(shows(player.safetyAdvice));
        click("Skip");
        compare(player.screen, "summary");
        verify(shows("Stopped before step 2 of 5: Levator scapulae: ball against the wall."));
        verify(shows(player.safetyAdvice));
        verify(shows("Stopped for safety"));
        verify(shows("Not reached"));
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
        verify(shows("5 of 5"));
        verify(shows("Steps done"));
        verify(shows("Time spent"));
        verify(shows(player.summaryTime));
        verify(!shows("Not reached"));
        verify(shows("Pain 5 → 2: 3 points less. That is a meaningful change."));
        const done = button("Done");
        verify(done.width >= app.width - 32 || done.width >= 700, "Done spans the summary");
        verify(done.height >= 48);
        click("Done");
        compare(player.screen, "none");
    }

    function test_noticeSaysWhenSoundIsOff(): void {
        // The tests run without a sound server: the cues cannot be heard.
        startRoutine("stiff-neck", false);
        player.begin(-1);
        verify(AppContext.sound.notice.length > 0);
        verify(shows(AppContext.sound.notice), "the player says that sound is off");
        AppContext.settings.tonesEnabled = false;
        AppContext.settings.voiceEnabled = false;
        verify(shows("Sound is off in Settings: follow the cues on screen."));
        AppContext.settings.tonesEnabled = true;
        AppContext.settings.voiceEnabled = true;
        verify(shows(AppContext.sound.notice));
    }

    function test_tabReachesThePlayerControls(): void {
        app.width = 1280;
        app.height = 800;
        startRoutine("stiff-neck", false);
        player.begin(-1);
        advance(5000 + 1000);
        player.skip();
        player.skip(); // a hold: "It eased" is there too
        const reached = [];
        for (let i = 0; i < 12; ++i) {
            keyClick(Qt.Key_Tab);
            const focused = app.activeFocusItem;
            if (focused && focused.text !== undefined)
                reached.push(String(focused.text));
        }
        for (const name of ["Back", "Pause", "Skip", "+15 s", "It eased", "Stop", "Stop: sharp, tingling or dizzy"])
            verify(reached.indexOf(name) >= 0, name + " is reached with Tab; reached: " + reached.join(", "));

        // A focused control answers to the keyboard.
        while (String(app.activeFocusItem.text) !== "Stop: sharp, tingling or dizzy")
            keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Space);
        tryVerify(() => shows("What do you feel?"), 2000, "Space presses the focused button");
        clickInPopup("Cancel");
        verify(!player.paused);
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
        verify(alerts.some(item => item.Accessible.name === "Switch to the right side."));
    }
}
