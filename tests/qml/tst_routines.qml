import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// The Routines list with its search and filters, and the routine page.
AppTestCase {
    id: root

    name: "Routines"

    function listed(): var {
        return Util.allItems(everything()).filter(item => item.routineId !== undefined
            && item.visible && item.title !== undefined).map(item => item.title);
    }

    function init(): void {
        createApp(390, 844);
        openPage("routines");
    }

    function test_listsEveryRoutineWithItsDetails(): void {
        compare(listed().sort(), ["Low back pain", "Stiff neck", "Tension-type headache"]);
        verify(shows("Ball · Two balls · Wall"));
        verify(shows("10 min"));
    }

    function test_searchMatchesTitlesAreasAndMuscles(): void {
        const search = Util.allItems(everything()).find(item => item.placeholderText === "Search routines, areas, muscles");
        verify(search);
        search.forceActiveFocus();
        for (const letter of "temple")
            keyClick(letter);
        tryVerify(() => listed().length === 1, 2000, "typing filters the list");
        compare(listed(), ["Tension-type headache"]);
        search.text = "gluteus";
        tryVerify(() => listed().length === 1 && listed()[0] === "Low back pain");
        search.text = "zzz";
        tryVerify(() => listed().length === 0);
        verify(shows("No routine matches. Try fewer filters."));
        click("Clear");
        tryVerify(() => listed().length === 3);
    }

    function test_filtersNarrowTheList(): void {
        const filter = Util.allItems(everything()).find(item => item.filter !== undefined && item.filter.count !== undefined).filter;
        filter.areaGroup = "low_back";
        tryVerify(() => listed().length === 1 && listed()[0] === "Low back pain");
        filter.clearFilters();
        filter.stepType = "move";
        tryVerify(() => listed().length === 3);
        filter.ownedEquipment = ["ball", "wall"];
        tryVerify(() => listed().length === 2, 2000, "the headache routine also needs two balls");
        filter.ownedEquipment = [];
        filter.maxMinutes = 5;
        tryVerify(() => listed().length === 0);
        filter.clearFilters();
    }

    function test_aRoutinePageShowsEveryStep(): void {
        const row = Util.allItems(everything()).find(item => item.routineId === "stiff-neck" && item.clicked !== undefined);
        mouseClick(row);
        settle();
        verify(shows("Steps"));
        verify(shows("Neck turn check"));
        verify(shows("Movement · Levator scapulae · Both sides"));
        verify(shows("20 s each side"));
        verify(shows("Levator scapulae: ball against the wall"));
        verify(shows("60 s × 2 each side · about 5 out of 10: a good hurt, never sharp"));
        verify(shows("Before you start"));
        verify(shows("Right side first"));
        click("Start");
        compare(player.screen, "pain-before");
        compare(player.routineId, "stiff-neck");
    }

    function test_escapeLeavesTheRoutinePage(): void {
        verify(app.openPage("routine"));
        settle();
        verify(shows("Steps"));
        keyClick(Qt.Key_Escape);
        settle();
        verify(!shows("Steps"));
    }
}
