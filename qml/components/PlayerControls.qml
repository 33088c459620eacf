pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// The controls of a running session: three rows on phones, two on short
// landscape screens, one on desktops. The safety stop always has room for
// its words.
GridLayout {
    id: root

    readonly property PlayerController player: AppContext.player
    // 1, 2 or 3.
    property int rowCount: 3
    readonly property int buttonHeight: rowCount === 3 ? 56 : 48

    signal stopRequested()
    signal safetyStopRequested()

    columns: rowCount === 1 ? 7 : rowCount === 2 ? 5 : 3
    rowSpacing: 4
    columnSpacing: 8

    Button {
        Layout.fillWidth: true
        Layout.preferredWidth: 100
        Layout.preferredHeight: root.buttonHeight
        icon.source: "qrc:/media/icons/previous.svg"
        text: qsTr("Back")
        focusPolicy: Qt.TabFocus
        Accessible.name: qsTr("Back: restart this step")
        onClicked: root.player.back()
    }
    Button {
        Layout.fillWidth: true
        Layout.preferredWidth: 100
        Layout.preferredHeight: root.buttonHeight
        icon.source: root.player.paused ? "qrc:/media/icons/play.svg" : "qrc:/media/icons/pause.svg"
        text: root.player.paused ? qsTr("Resume") : qsTr("Pause")
        highlighted: true
        focusPolicy: Qt.TabFocus
        onClicked: root.player.togglePause()
    }
    Button {
        Layout.fillWidth: true
        Layout.preferredWidth: 100
        Layout.preferredHeight: root.buttonHeight
        icon.source: "qrc:/media/icons/next.svg"
        text: qsTr("Skip")
        focusPolicy: Qt.TabFocus
        Accessible.name: qsTr("Skip to the next step")
        onClicked: root.player.skip()
    }
    Button {
        Layout.fillWidth: true
        Layout.preferredWidth: 100
        Layout.preferredHeight: 48
        Layout.columnSpan: root.rowCount === 2 && !root.player.canEndEarly ? 2 : 1
        text: qsTr("+15 s")
        focusPolicy: Qt.TabFocus
        Accessible.name: qsTr("Add 15 seconds")
        onClicked: root.player.extend()
    }
    Button {
        Layout.fillWidth: true
        Layout.preferredWidth: 100
        Layout.preferredHeight: 48
        visible: root.player.canEndEarly
        text: qsTr("It eased")
        focusPolicy: Qt.TabFocus
        Accessible.name: qsTr("It eased: end this hold early")
        onClicked: root.player.endEarly()
    }
    Button {
        Layout.fillWidth: true
        Layout.preferredWidth: 100
        Layout.preferredHeight: 48
        Layout.columnSpan: root.rowCount === 2 || (root.rowCount === 3 && !root.player.canEndEarly) ? 2 : 1
        text: qsTr("Stop")
        focusPolicy: Qt.TabFocus
        Accessible.name: qsTr("Stop the session")
        onClicked: root.stopRequested()
    }
    Button {
        Layout.fillWidth: true
        Layout.preferredWidth: 100
        Layout.minimumWidth: implicitWidth
        Layout.preferredHeight: 48
        Layout.columnSpan: root.rowCount === 1 ? 1 : 3
        text: qsTr("Stop: sharp, tingling or dizzy")
        icon.source: "qrc:/media/icons/warning.svg"
        focusPolicy: Qt.TabFocus
        Material.background: Material.theme === Material.Dark ? "#7a3b16" : "#fbe3d3"
        Material.foreground: Material.theme === Material.Dark ? "#ffffff" : "#7a3b16"
        Accessible.name: qsTr("Stop because of sharp or tingling pain or dizziness")
        onClicked: root.safetyStopRequested()
    }
}
