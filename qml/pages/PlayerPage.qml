pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

Page {
    id: root

    readonly property PlayerController player: AppContext.player

    signal closeRequested()

    function seconds(ms: int): string {
        const total = Math.ceil(ms / 1000);
        return Math.floor(total / 60) + ":" + String(total % 60).padStart(2, "0");
    }

    function headline(): string {
        switch (player.phase) {
        case "get-ready": return qsTr("Get ready");
        case "transition": return qsTr("Next");
        case "switch-sides": return qsTr("Switch sides");
        case "rep-rest": return qsTr("Rest");
        case "finished": return player.completed ? qsTr("Well done") : qsTr("Stopped");
        default: return player.stepTitle;
        }
    }

    title: player.routineTitle
    focus: true
    Keys.onSpacePressed: player.togglePause()
    Keys.onRightPressed: player.skip()
    Keys.onLeftPressed: player.back()
    Keys.onEscapePressed: root.closeRequested()

    header: ToolBar {
        RowLayout {
            anchors.fill: parent

            ToolButton {
                text: qsTr("Close")
                Accessible.name: qsTr("Close the player")
                onClicked: root.closeRequested()
            }
            Label {
                Layout.fillWidth: true
                text: root.player.routineTitle
                elide: Text.ElideRight
                font.bold: true
            }
            Label {
                rightPadding: 12
                text: qsTr("Step %1 of %2").arg(root.player.stepNumber).arg(root.player.stepCount)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        Label {
            Layout.fillWidth: true
            text: root.headline()
            font.pixelSize: 28
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            Layout.fillWidth: true
            visible: root.player.phase !== "active" && root.player.phase !== "finished"
            text: root.player.stepTitle
            font.pixelSize: 20
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            visible: root.player.side === "left" || root.player.side === "right"
            text: root.player.side === "left" ? qsTr("LEFT") : qsTr("RIGHT")
            font.pixelSize: 24
            font.bold: true
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            visible: root.player.phase !== "finished"
            text: root.seconds(root.player.segmentRemainingMs)
            font.pixelSize: 96
            font.bold: true
            Accessible.name: qsTr("%1 seconds left").arg(Math.ceil(root.player.segmentRemainingMs / 1000))
        }
        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.player.phase === "active"
            text: root.player.instructions
            wrapMode: Text.Wrap
            font.pixelSize: 16
            verticalAlignment: Text.AlignTop
        }
        Item {
            Layout.fillHeight: true
            visible: root.player.phase !== "active"
        }
        Label {
            Layout.fillWidth: true
            visible: root.player.nextTitle.length > 0 && root.player.phase === "active"
            text: qsTr("Next: %1").arg(root.player.nextTitle)
            elide: Text.ElideRight
            opacity: 0.7
        }
        ProgressBar {
            Layout.fillWidth: true
            value: root.player.progress
            Accessible.name: qsTr("Session progress")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.player.phase !== "finished"

            Button {
                Layout.fillWidth: true
                text: qsTr("Back")
                onClicked: root.player.back()
            }
            Button {
                Layout.fillWidth: true
                text: root.player.state === "paused" ? qsTr("Resume") : qsTr("Pause")
                highlighted: true
                onClicked: root.player.togglePause()
            }
            Button {
                Layout.fillWidth: true
                text: qsTr("Skip")
                onClicked: root.player.skip()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.player.phase !== "finished"

            Button {
                Layout.fillWidth: true
                text: qsTr("+15 s")
                Accessible.name: qsTr("Add 15 seconds")
                onClicked: root.player.extend()
            }
            Button {
                Layout.fillWidth: true
                visible: root.player.canEndEarly
                text: qsTr("It eased")
                onClicked: root.player.endEarly()
            }
            Button {
                Layout.fillWidth: true
                text: qsTr("Stop")
                onClicked: root.player.stop()
            }
        }
        Button {
            Layout.fillWidth: true
            visible: root.player.phase === "finished"
            text: qsTr("Done")
            highlighted: true
            onClicked: root.closeRequested()
        }
    }
}
