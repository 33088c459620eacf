pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Unknot

ApplicationWindow {
    id: root

    // The pages --self-test and the screenshot run open, by name.
    readonly property list<string> pageNames: ["today", "bodymap", "routines", "routine",
        "progress", "settings", "about", "player"]
    // True while a page transition runs.
    readonly property bool busy: stack.busy || shell.busy

    function openPage(name: string): bool {
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
        initialItem: AppShell {
            id: shell

            onStartRequested: (routineId, rightFirst) => {
                if (AppContext.player.prepare(routineId, rightFirst))
                    root.showPlayer();
            }
        }
    }
    HistoryPrompts { onResumed: root.showPlayer() }

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
