pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// Importing a plan, over the whole window: a .unknot file dropped on the
// window (or opened from the Plans page, or given on the command line) shows
// what it would add and asks before adding; a refused file shows why, and
// nothing changes. Never during a session.
Item {
    id: root

    readonly property PlanController plans: AppContext.plans
    readonly property bool sessionOpen: AppContext.player.active
    readonly property bool asking: plans.importState !== "none" && !sessionOpen
    // The sentence of the import just done, shown in resultDialog.
    property string importedText
    readonly property alias previewDialog: previewDialog
    readonly property alias resultDialog: resultDialog

    function follow(): void {
        // open() also brings back a dialog that is still fading out.
        if (asking)
            previewDialog.open();
        else if (previewDialog.visible)
            previewDialog.close();
    }

    function confirm(): void {
        if (plans.confirmImport()) {
            importedText = plans.lastResult;
            resultDialog.open();
        }
    }

    objectName: "importPrompt"
    anchors.fill: parent
    onAskingChanged: follow()
    Component.onCompleted: follow()

    DropArea {
        id: drop

        anchors.fill: parent
        keys: ["text/uri-list"]
        onEntered: drag => drag.accepted = drag.hasUrls
        onDropped: drop => {
            if (drop.hasUrls && drop.urls.length > 0) {
                root.plans.previewImport(String(drop.urls[0]));
                drop.acceptProposedAction();
            }
        }
    }
    Rectangle {
        anchors.fill: parent
        visible: drop.containsDrag
        color: Qt.rgba(Material.accent.r, Material.accent.g, Material.accent.b, 0.15)
        border.color: Material.accent
        border.width: 4

        Label {
            anchors.centerIn: parent
            width: Math.min(parent.width - 48, 400)
            text: qsTr("Drop a plan file here to see what it adds")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: 20
            font.bold: true
        }
    }

    Dialog {
        id: previewDialog

        readonly property bool ready: root.plans.importState === "ready"

        anchors.centerIn: parent
        width: Math.max(0, Math.min(parent.width - 16, 560))
        height: Math.min(implicitHeight, parent.height - 16)
        modal: true
        closePolicy: Popup.NoAutoClose
        title: ready ? qsTr("Import this plan?") : qsTr("This plan cannot be imported")

        contentItem: Flickable {
            implicitHeight: previewColumn.implicitHeight
            contentHeight: previewColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: previewColumn

                width: parent.width
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    text: root.plans.importFileName
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    font.pixelSize: 13
                    opacity: 0.75
                }

                // ---- refused: why, and that nothing changed
                Label {
                    Layout.fillWidth: true
                    visible: !previewDialog.ready
                    text: qsTr("Nothing was changed. Ask your therapist for a corrected file and tell them:")
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: previewDialog.ready ? [] : root.plans.importProblems

                    delegate: Label {
                        required property string modelData

                        Layout.fillWidth: true
                        text: "• " + modelData
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        color: Material.theme === Material.Dark ? "#ff8a80" : "#b00020"
                    }
                }

                // ---- ready: what it is and what it adds
                Label {
                    Layout.fillWidth: true
                    visible: previewDialog.ready
                    text: root.plans.importTitle
                    font.pixelSize: 18
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: previewDialog.ready
                    text: root.plans.importPractice.length > 0
                        ? qsTr("From %1, %2, for %3").arg(root.plans.importTherapist).arg(root.plans.importPractice).arg(root.plans.importClient)
                        : qsTr("From %1, for %2").arg(root.plans.importTherapist).arg(root.plans.importClient)
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: previewDialog.ready
                    text: root.plans.importSchedule
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: previewDialog.ready && root.plans.importNotes.length > 0
                    text: root.plans.importNotes
                    wrapMode: Text.Wrap
                    font.italic: true
                }
                Label {
                    Layout.fillWidth: true
                    visible: previewDialog.ready
                    text: qsTr("Version %1. %2").arg(root.plans.importVersion).arg(root.plans.importSummary)
                    wrapMode: Text.Wrap
                    font.bold: true
                }
                Repeater {
                    model: previewDialog.ready ? root.plans.importRoutines : null

                    delegate: RowLayout {
                        id: changeRow

                        required property string title
                        required property string durationText
                        required property string change

                        Layout.fillWidth: true
                        spacing: 8

                        Label {
                            Layout.fillWidth: true
                            text: changeRow.title
                            wrapMode: Text.Wrap
                        }
                        Label {
                            text: changeRow.change === "added" ? qsTr("new, %1").arg(changeRow.durationText)
                                : changeRow.change === "replaced" ? qsTr("updated, %1").arg(changeRow.durationText)
                                : qsTr("removed")
                            opacity: 0.75
                        }
                    }
                }
                Repeater {
                    model: previewDialog.ready ? root.plans.importWarnings : []

                    delegate: Label {
                        required property string modelData

                        Layout.fillWidth: true
                        text: "• " + modelData
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        font.pixelSize: 13
                        color: Material.theme === Material.Dark ? "#ffcc80" : "#a15c00"
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: previewDialog.ready
                    text: qsTr("It becomes the plan you follow on the Today page.")
                    wrapMode: Text.Wrap
                    font.pixelSize: 13
                    opacity: 0.75
                }
            }
        }

        footer: DialogButtonBox {
            Button {
                text: previewDialog.ready ? qsTr("Cancel") : qsTr("Close")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                Accessible.name: previewDialog.ready ? qsTr("Cancel: do not import") : qsTr("Close")
                onClicked: root.plans.cancelImport()
            }
            Button {
                visible: previewDialog.ready
                text: qsTr("Import")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                Accessible.name: qsTr("Import the plan")
                onClicked: root.confirm()
            }
        }
    }

    Dialog {
        id: resultDialog

        anchors.centerIn: parent
        width: Math.max(0, Math.min(parent.width - 32, 480))
        modal: true
        title: qsTr("Plan imported")
        standardButtons: Dialog.Ok

        ColumnLayout {
            width: parent.width

            Label {
                Layout.fillWidth: true
                text: root.importedText
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
        }
    }
}
