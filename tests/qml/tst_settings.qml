import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// Settings change the app and are kept.
AppTestCase {
    id: root

    name: "Settings"

    function init(): void {
        createApp(390, 844);
        openPage("settings");
    }

    function cleanup(): void {
        AppContext.settings.theme = "system";
        AppContext.settings.voiceEnabled = true;
        AppContext.settings.eyesFree = false;
    }

    function test_themeChoiceIsKept(): void {
        click("Dark");
        compare(AppContext.settings.theme, "dark");
        tryVerify(() => app.color.hslLightness < 0.3, 2000, "the window turns dark");
        click("Light");
        compare(AppContext.settings.theme, "light");
        tryVerify(() => app.color.hslLightness > 0.7, 2000, "the window turns light");
    }

    function test_soundSwitches(): void {
        const voice = Util.findButton(everything(), "Spoken guidance");
        verify(voice.checked);
        mouseClick(voice);
        verify(!AppContext.settings.voiceEnabled);
        const eyesFree = Util.findButton(everything(), "Eyes-free mode");
        mouseClick(eyesFree);
        verify(AppContext.settings.eyesFree);
    }

    function test_showsWhereTheDataIs(): void {
        verify(Util.allItems(everything()).some(item => item.visible && String(item.text).indexOf(AppContext.dataDir) >= 0));
    }

    function test_opensAbout(): void {
        click("About Unknot and safety");
        verify(shows("About and safety"));
    }
}
