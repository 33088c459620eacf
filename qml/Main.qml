pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Unknot

ApplicationWindow {
    id: root

    // The pages --self-test and the screenshot run open, by name.
    // The player comes before the report: its dialog would stay over the player.
    readonly property list<string> pageNames: ["today", "bodymap", "routines", "routine",
        "progress", "settings", "safety", "about", "player", "editor", "plans", "planeditor", "report"]
    // True while a page transition runs.
    readonly property bool busy: stack.busy || shell.busy
    // The health questions (first use, or changing them from Settings), or the care
    // an answer calls for, cover everything else: no routine can start meanwhile.
    readonly property bool askingSafety: !AppContext.safety.answered || AppContext.safety.editing
    readonly property bool careShown: !askingSafety && AppContext.safety.blocked

    function openPage(name: string): bool {
        if (name === "safety") {
            closePlayer();
            AppContext.safety.edit();
            return true;
        }
        AppContext.safety.cancelEditing();
        if (name === "player") {
            if (!AppContext.player.active)
                return false;
            showPlayer();
            return true;
        }
        closePlayer();
        if (name === "routine")
            return shell.openRoutine(AppContext.routines.idAt(0));
        return shell.openSection(name);
    }

    function showPlayer(): void {
        if (stack.depth === 1)
            stack.push(playerComponent);
    }

    function closePlayer(): void {
        if (stack.depth > 1)
            stack.pop(null);
    }

    width: 390
    height: 844
    minimumWidth: 360
    minimumHeight: 360 // a phone on its side
    visible: true
    title: qsTr("Unknot")

    Material.theme: AppContext.settings.theme === "dark" ? Material.Dark
                  : AppContext.settings.theme === "light" ? Material.Light : Material.System
    Material.primary: Material.Teal
    Material.accent: Material.Teal

    StackView {
        id: stack

        anchors.fill: parent
        visible: !root.askingSafety && !root.careShown
        initialItem: AppShell {
            id: shell

            onStartRequested: (routineId, rightFirst) => {
                if (AppContext.player.prepare(routineId, rightFirst))
                    root.showPlayer();
            }
            onPlayerRequested: root.showPlayer()
            onPreviewRequested: root.showPlayer()
        }
    }
    // Made only while shown (by URL: Qt 6.4 will not load a bound inline component).
    Loader {
        anchors.fill: parent
        active: root.askingSafety
        source: "pages/SafetyPage.qml"
    }
    Loader {
        anchors.fill: parent
        active: root.careShown
        source: "pages/CarePage.qml"
    }
    // Never over the health questions or the care screen.
    HistoryPrompts {
        held: root.askingSafety || root.careShown
        onResumed: root.showPlayer()
    }
    ImportPrompt {}

    Component {
        id: playerComponent

        PlayerPage {
            onCloseRequested: {
                AppContext.player.close();
                root.closePlayer();
            }
        }
    }
}
