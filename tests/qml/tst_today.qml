import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// The Today page: the suggested routine and the ways onward.
AppTestCase {
    id: root

    name: "Today"

    function init(): void {
        createApp(390, 844);
    }

    function test_offersTheSuggestedRoutine(): void {
        verify(shows("Suggested for you"));
        verify(shows(AppContext.suggestedRoutineId === "low-back" ? "Low back pain" : "Stiff neck"));
        click("Start");
        compare(player.screen, "pain-before");
        compare(player.routineId, AppContext.suggestedRoutineId);
    }

    function test_leadsToTheStepsTheBodyMapAndTheLibrary(): void {
        click("See the steps");
        verify(shows("Steps"));
        openPage("today");
        click("Open the body map");
        verify(shows("Body map"));
        openPage("today");
        click("Browse routines");
        verify(shows("Search routines, areas, muscles"));
    }
}
