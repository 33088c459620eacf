import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// What comes after this step, large enough to read from the floor. Compact:
// one line (two at most) for phones; otherwise a heading over title and time.
Pane {
    id: root

    property string title
    property string dose
    property real scale: 1
    property bool compact: false

    function escaped(text: string): string {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }

    padding: (compact ? 8 : 12) * scale
    leftPadding: 12 * scale
    rightPadding: 12 * scale
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Next: %1, %2").arg(title).arg(dose)

    background: Rectangle {
        radius: 12
        color: root.Material.theme === Material.Dark ? "#22373a" : "#e6f2f0"
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 2

        Label {
            Layout.fillWidth: true
            visible: root.compact
            textFormat: Text.StyledText
            text: '<font color="' + root.Material.accent + '"><b>' + qsTr("NEXT") + "</b></font>&nbsp;&nbsp;<b>"
                + root.escaped(root.title) + "</b>" + (root.dose.length > 0 ? " · " + root.escaped(root.dose) : "")
            font.pixelSize: 17 * root.scale
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: !root.compact
            text: qsTr("Next")
            font.pixelSize: 14 * root.scale
            font.bold: true
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 1
            color: root.Material.accent
        }
        Label {
            Layout.fillWidth: true
            visible: !root.compact
            text: root.title
            font.pixelSize: 21 * root.scale
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: !root.compact && root.dose.length > 0
            text: root.dose
            font.pixelSize: 17 * root.scale
            wrapMode: Text.Wrap
            opacity: 0.8
        }
    }
}
