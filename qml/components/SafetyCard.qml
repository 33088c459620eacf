import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Controls.Material
import QtQuick.Layouts

// The advice after a safety stop, on a warm colour that sets it apart.
Pane {
    id: root

    property string title
    property string text
    property int textSize: 16

    padding: 16
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title + ". " + text

    background: Rectangle {
        radius: 12
        color: root.Material.theme === Material.Dark ? "#4a2f22" : "#fff3e8"
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 8

        Label {
            Layout.fillWidth: true
            visible: root.title.length > 0
            text: root.title
            font.pixelSize: root.textSize + 4
            font.bold: true
            wrapMode: Text.Wrap
            leftPadding: 32

            IconImage {
                y: (parent.font.pixelSize * 1.35 - height) / 2
                width: 24
                height: 24
                sourceSize: Qt.size(24, 24)
                source: "qrc:/media/icons/warning.svg"
                color: parent.color
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            font.pixelSize: root.textSize
            wrapMode: Text.Wrap
            lineHeight: 1.1
        }
    }
}
