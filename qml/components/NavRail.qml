pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Section navigation down the left edge, for desktop and tablet widths.
Pane {
    id: root

    required property list<string> titles
    required property list<string> icons
    property int currentIndex: 0

    signal activated(int index)

    padding: 8
    Material.elevation: 2
    implicitWidth: 104

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Repeater {
            model: root.titles.length

            delegate: ToolButton {
                id: button

                required property int index

                Layout.fillWidth: true
                Layout.preferredHeight: 72
                display: AbstractButton.TextUnderIcon
                text: root.titles[index]
                icon.source: root.icons[index]
                checkable: true
                checked: root.currentIndex === index
                font.pixelSize: 13
                font.capitalization: Font.MixedCase
                Accessible.name: text
                onClicked: root.activated(index)
            }
        }
    }
}
