import QtQuick
import QtQuick.Controls.Material
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// Settings change the app and are kept; the theme follows the system unless
// the person chose one.
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
        AppContext.settings.tonesEnabled = true;
        AppContext.settings.eyesFree = false;
        AppContext.settings.volume = 0.8;
        AppContext.settings.voiceRate = 0;
    }

    SystemPalette {
        id: systemPalette

        colorGroup: SystemPalette.Active
    }

    function test_themeChoiceIsKept(): void {
        click("Dark");
        compare(AppContext.settings.theme, "dark");
        tryVerify(() => app.color.hslLightness < 0.3, 2000, "the window turns dark");
        click("Light");
        compare(AppContext.settings.theme, "light");
        tryVerify(() => app.color.hslLightness > 0.7, 2000, "the window turns light");
    }

    function test_themeFollowsTheSystem(): void {
        // What the platform uses: light or dark windows.
        const systemIsDark = systemPalette.window.hslLightness < 0.5;
        compare(AppContext.settings.theme, "system");
        compare(app.Material.theme, systemIsDark ? Material.Dark : Material.Light);
        click(systemIsDark ? "Light" : "Dark");
        compare(app.Material.theme, systemIsDark ? Material.Light : Material.Dark);
        click("System");
        compare(AppContext.settings.theme, "system");
        compare(app.Material.theme, systemIsDark ? Material.Dark : Material.Light);
        tryVerify(() => (app.color.hslLightness < 0.5) === systemIsDark, 2000, "the window follows the system again");
    }

    function test_slidersShowTheirValue(): void {
        verify(shows("80%"));
        verify(shows("Normal"));
        const volume = Util.allItems(everything()).find(item => item.visible && item.Accessible.name === "Volume"
                                                        && item.value !== undefined);
        scrollIntoView(volume);
        mouseClick(volume, volume.width * 0.25, volume.height / 2);
        verify(Math.abs(AppContext.settings.volume - 0.25) < 0.06, "volume " + AppContext.settings.volume);
        verify(shows(AppContext.settings.volumeText));
        compare(AppContext.settings.volumeText, Math.round(AppContext.settings.volume * 100) + "%");
        const speed = Util.allItems(everything()).find(item => item.visible && item.Accessible.name === "Voice speed"
                                                       && item.value !== undefined);
        scrollIntoView(speed);
        mouseClick(speed, speed.width * 0.95, speed.height / 2);
        verify(AppContext.settings.voiceRate > 0.8);
        verify(shows("1.6 × normal") || shows("1.5 × normal"), AppContext.settings.voiceRateText);
    }

    function test_tryTheSoundSaysWhenNothingCanPlay(): void {
        // No sound server in the tests: the sample cannot play, and the page says so.
        click("Try the sound");
        verify(AppContext.sound.notice.indexOf("Sound is off") === 0);
        verify(shows(AppContext.sound.notice));
        AppContext.settings.tonesEnabled = false;
        AppContext.settings.voiceEnabled = false;
        verify(shows("Sound is off in Settings: follow the cues on screen."));
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
