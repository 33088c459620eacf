import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// The frame: a bottom bar on phones, a side rail on desktops, one set of pages,
// and keyboard shortcuts between sections.
AppTestCase {
    id: root

    name: "Shell"

    function test_phoneHasABottomBar(): void {
        createApp(390, 844);
        const tabButton = Util.findButton(everything(), "Routines");
        verify(tabButton !== null);
        verify(tabButton.mapToItem(null, 0, 0).y > 844 - 100, "the sections sit at the bottom on a phone");
        verify(tabButton.height >= 48, "touch targets are at least 48 px high");
        mouseClick(tabButton);
        settle();
        verify(shows("Search routines, areas, muscles"));
    }

    function test_desktopHasASideRail(): void {
        createApp(1280, 800);
        const railButton = Util.findButton(everything(), "Routines");
        verify(railButton !== null);
        const position = railButton.mapToItem(null, 0, 0);
        verify(position.x < 120, "the sections sit on the left on a desktop");
        verify(position.y < 400);
        verify(railButton.height >= 48 && railButton.width >= 48);
    }

    function test_resizingSwitchesBetweenTheTwo(): void {
        createApp(1280, 800);
        verify(Util.findButton(everything(), "Settings").mapToItem(null, 0, 0).x < 120);
        app.width = 390;
        app.height = 844;
        settle();
        verify(Util.findButton(everything(), "Settings").mapToItem(null, 0, 0).y > 700);
    }

    function test_keyboardMovesBetweenSections(): void {
        createApp(1280, 800);
        keyClick(Qt.Key_3, Qt.ControlModifier);
        settle();
        verify(Util.findButton(everything(), "Routines").checked);
        keyClick(Qt.Key_5, Qt.ControlModifier);
        settle();
        verify(Util.findButton(everything(), "Settings").checked);
        verify(shows("Sound and voice"));
        keyClick(Qt.Key_1, Qt.ControlModifier);
        settle();
        verify(shows("What to do now"));
    }

    function test_everySectionOpens(): void {
        createApp(390, 844);
        const headings = {today: "What to do now", bodymap: "Body map", routines: "Routines",
            progress: "Progress", settings: "Settings", about: "About and safety"};
        for (const page in headings) {
            openPage(page);
            verify(shows(headings[page]), page);
        }
    }
}
