import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// Every page at phone size (390x844) and desktop size (1280x800), and every
// player screen also on a small phone (360x640), a phone on its side (640x360)
// and a large desktop (1920x1080): no text cut off, outside the window or drawn
// over other text or controls, no controls on top of each other, every control
// named for screen readers and at least 48 x 48 px.
AppTestCase {
    id: root

    name: "Layout"

    function sizes(): var {
        return [{tag: "phone", width: 390, height: 844}, {tag: "desktop", width: 1280, height: 800}];
    }

    function playerSizes(): var {
        return sizes().concat([{tag: "small phone", width: 360, height: 640},
                               {tag: "phone on its side", width: 640, height: 360},
                               {tag: "large desktop", width: 1920, height: 1080}]);
    }

    // `within`: only this part of the window (an open dialog), when given.
    function checkScreen(what: string, within: var): void {
        settle();
        const problems = Util.textProblems(app, within).concat(Util.overlapProblems(app, within));
        verify(problems.length === 0, what + ": " + problems.join("; "));
        const small = Util.smallTargets(app, within);
        verify(small.length === 0, what + ": touch targets under 48 px: " + small.join("; "));
        const unnamed = Util.allItems(everything()).filter(item => item.visible
            && item.clicked !== undefined && item.checkable !== undefined
            && Util.effectivelyShown(item)
            && String(item.Accessible.name || item.text || "").length === 0);
        verify(unnamed.length === 0, what + ": " + unnamed.length + " controls have no accessible name");
    }

    function waitForDialog(): void {
        tryVerify(() => Array.from(overlay().children).some(child => child.visible && child.opacity === 1),
                  5000, "no dialog opened");
    }

    function test_pages_data(): var {
        return sizes();
    }

    function test_pages(data): void {
        createApp(data.width, data.height);
        for (const page of ["today", "bodymap", "routines", "routine", "progress", "settings", "about"]) {
            openPage(page);
            checkScreen(page);
        }
    }

    function test_playerScreens_data(): var {
        return playerSizes();
    }

    function test_playerScreens(data): void {
        createApp(data.width, data.height);
        for (const routine of ["tension-headache", "stiff-neck", "low-back"]) {
            startRoutine(routine, false);
            checkScreen(routine + " pain before");
            player.begin(5);
            checkScreen(routine + " get ready");
            // Walk through every segment of the session, checking each screen.
            let guard = 0;
            while (player.running && guard++ < 200) {
                advance(player.segmentRemainingMs);
                checkScreen(routine + " " + player.screen + " step " + player.stepNumber);
            }
            compare(player.screen, "pain-after");
            checkScreen(routine + " pain after");
            player.finishWithPain(3);
            checkScreen(routine + " summary");
            player.close();
        }
    }

    function test_stoppedWithSafetyAdvice_data(): var {
        return playerSizes();
    }

    function test_stoppedWithSafetyAdvice(data): void {
        createApp(data.width, data.height);
        startRoutine("low-back", false);
        player.begin(7);
        advance(8000);
        player.stopForSafety("sharp");
        checkScreen("safety advice with a choice");
        player.continueAfterSafetyStop();
        checkScreen("transition after the advice");
        player.stopForSafety("dizzy");
        checkScreen("dizziness advice");
        player.endAfterSafetyStop();
        checkScreen("pain after a safety stop");
        player.finishWithPain(6);
        checkScreen("summary after a safety stop");
    }

    function test_dialogs_data(): var {
        return playerSizes();
    }

    function test_dialogs(data): void {
        createApp(data.width, data.height);
        startRoutine("stiff-neck", false);
        player.begin(-1);
        advance(6000);
        click("Stop");
        waitForDialog();
        checkScreen("stop question", overlay());
        clickInPopup("Keep going");
        click("Stop: sharp, tingling or dizzy");
        waitForDialog();
        checkScreen("what do you feel", overlay());
        clickInPopup("Cancel");
    }
}
