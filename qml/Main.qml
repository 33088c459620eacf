pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Unknot

ApplicationWindow {
    id: root

    // The pages --self-test opens; openPage() shows one by name.
    readonly property list<string> pageNames: ["routines", "player"]
    // True while a page transition runs.
    readonly property bool busy: stack.busy

    function openPage(name: string): bool {
        if (name === "routines") {
            stack.pop(null);
            return true;
        }
        if (name === "player") {
            if (stack.depth === 1)
                stack.push(playerPage);
            return true;
        }
        return false;
    }

    width: 390
    height: 844
    visible: true
    title: qsTr("Unknot")
    Material.theme: Material.System
    Material.accent: Material.Teal
    Material.primary: Material.Teal

    StackView {
        id: stack

        anchors.fill: parent
        initialItem: RoutineListPage {
            onRoutineChosen: routineId => {
                if (AppContext.player.start(routineId))
                    stack.push(playerPage);
            }
        }
    }

    Component {
        id: playerPage

        PlayerPage {
            onCloseRequested: {
                AppContext.player.close();
                stack.pop();
            }
        }
    }
}
