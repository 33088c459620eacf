import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// Every page at phone size (390x844) and desktop size (1280x800): no text cut
// off, outside the window or drawn over other text, and every control named
// for screen readers.
AppTestCase {
    id: root

    name: "Layout"

    function sizes(): var {
        return [{tag: "phone", width: 390, height: 844}, {tag: "desktop", width: 1280, height: 800}];
    }

    function checkScreen(what: string): void {
        settle();
        const problems = Util.textProblems(app);
        verify(problems.length === 0, what + ": " + problems.join("; "));
        const unnamed = Util.allItems(everything()).filter(item => item.visible
            && item.clicked !== undefined && item.checkable !== undefined
            && Util.effectivelyShown(item)
            && String(item.Accessible.name || item.text || "").length === 0);
        verify(unnamed.length === 0, what + ": " + unnamed.length + " controls have no accessible name");
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
        return sizes();
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
            player.stopForSafety("dizzy");
            checkScreen(routine + " pain after");
            player.finishWithPain(3);
            checkScreen(routine + " summary");
            player.close();
        }
    }

    function test_stoppedWithSafetyAdvice_data(): var {
        return sizes();
    }

    function test_stoppedWithSafetyAdvice(data): void {
        createApp(data.width, data.height);
        startRoutine("low-back", false);
        player.begin(7);
        advance(8000);
        player.stopForSafety("sharp");
        checkScreen("pain after a safety stop");
        player.finishWithPain(6);
        checkScreen("summary after a safety stop");
    }
}
