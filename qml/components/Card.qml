import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A raised surface that groups related content. Its edge and soft shadow are
// drawn as plain rectangles: Material's elevation renders every card into a
// texture of its own, which cost tens of MiB on a page of cards.
Pane {
    id: root

    readonly property bool dark: Material.theme === Material.Dark

    padding: 16
    Material.elevation: 0
    Material.background: dark ? "#2b2f31" : "#ffffff"

    background: Item {
        Rectangle {
            // The shadow: the card's outline, a little lower.
            anchors.fill: parent
            anchors.topMargin: 1
            anchors.bottomMargin: -2
            radius: 6
            color: root.dark ? "#66000000" : "#1f000000"
        }
        Rectangle {
            anchors.fill: parent
            radius: 6
            color: root.Material.background
            border.width: 1
            border.color: root.dark ? "#3a3f42" : "#e3e6e8"
        }
    }
}
