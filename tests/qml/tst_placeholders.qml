import QtQuick
import QtTest
import Unknot
import UnknotTest

// The Body map and Progress sections open and say what they are for.
AppTestCase {
    id: root

    name: "Sections"

    function test_bodyMapAndProgressOpen(): void {
        createApp(390, 844);
        openPage("bodymap");
        verify(shows("Mark where it hurts, and see the muscles that commonly refer pain there."));
        openPage("progress");
        verify(shows(AppContext.history.progress.totalSessions > 0 ? "What helps you"
                                                                   : "Your progress starts with your first session"));
    }
}
