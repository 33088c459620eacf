import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One figure of the session summary: a large value over what it counts.
Pane {
    id: root

    property string value
    property string label
    property bool highlighted: false

    padding: 12
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + value

    background: Rectangle {
        radius: 12
        color: root.highlighted ? (root.Material.theme === Material.Dark ? "#5a3a1c" : "#fde6d4")
                                : (root.Material.theme === Material.Dark ? "#2b3336" : "#eef3f3")
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0

        Label {
            Layout.fillWidth: true
            text: root.value
            font.pixelSize: 30
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: root.label
            font.pixelSize: 15
            wrapMode: Text.Wrap
            opacity: 0.85
        }
    }
}
