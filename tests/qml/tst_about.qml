import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// The About page carries the safety note and the red flags.
AppTestCase {
    id: root

    name: "About"

    function test_safetyNoteAndRedFlags(): void {
        createApp(390, 844);
        openPage("about");
        verify(shows("This is self-care guidance, not a diagnosis. It cannot tell what causes your pain. If pain does not improve after two to three weeks of regular use, see a professional."));
        verify(shows("Call emergency services now for"));
        verify(Util.allItems(everything()).some(item => String(item.text).indexOf("Chest pain") >= 0));
        verify(Util.allItems(everything()).some(item => String(item.text).indexOf("one calf") >= 0));
        verify(shows("Unknot " + AppContext.version));
        keyClick(Qt.Key_Escape);
        settle();
        verify(shows("Sound and voice"), "Escape goes back to Settings");
    }
}
