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
        verify(shows("Tap where it hurts and rate it from 0 to 10."));
        openPage("progress");
        verify(shows(AppContext.history.progress.totalSessions > 0 ? "What helps you"
                                                                   : "Your progress starts with your first session"));
    }
}
