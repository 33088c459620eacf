pragma ComponentBehavior: Bound

import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Unknot

// Plans and reports: import a plan from a therapist, the plans on this device
// (follow one, edit or export one written here), write a plan for a client,
// and export the progress report.
Page {
    id: root

    readonly property PlanController plans: AppContext.plans
    readonly property url documents: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
    // The plan being exported through bundleDialog.
    property string exportPlanId
    // Tests choose files in these.
    readonly property alias importDialog: importDialog
    readonly property alias bundleDialog: bundleDialog
    readonly property alias reportDialog: reportDialog

    signal backRequested()
    // Open the plan editor (plans.editor holds the plan).
    signal planEditorRequested()
    signal newRoutineRequested()

    function exportPlan(planId: string): void {
        exportPlanId = planId;
        bundleDialog.selectedFile = documents + "/" + plans.bundleFileName(planId);
        bundleDialog.open();
    }

    Shortcut {
        sequences: [StandardKey.Back, "Escape"]
        enabled: root.visible && root.StackView.status === StackView.Active
        onActivated: root.backRequested()
    }

    header: PageHeader {
        title: qsTr("Plans and reports")
        showBack: true
        onBackRequested: root.backRequested()
    }

    PageScroll {
        anchors.fill: parent
        maxWidth: 760

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.plans.lastResult
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            font.bold: true
        }

        Label {
            text: qsTr("A plan from your therapist")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Open the .unknot file your therapist gave you, or drop it on this window. You see what it adds before anything changes.")
            wrapMode: Text.Wrap
        }
        Button {
            text: qsTr("Open a plan file…")
            icon.source: "qrc:/media/icons/import.svg"
            highlighted: root.plans.plans.count === 0
            onClicked: importDialog.open()
        }

        Label {
            Layout.topMargin: 12
            text: qsTr("Plans on this device")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            visible: root.plans.plans.count === 0
            text: qsTr("No plans yet.")
            opacity: 0.75
        }
        Repeater {
            model: root.plans.plans

            delegate: Card {
                id: planCard

                required property var model
                readonly property string planId: model.id
                required property string title
                required property string client
                required property string therapist
                required property string practice
                required property int version
                required property bool active
                required property string source
                required property string importedAt
                required property string schedule
                readonly property bool authored: source === "authored"

                Layout.fillWidth: true

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4

                    Label {
                        Layout.fillWidth: true
                        text: planCard.title
                        font.pixelSize: 17
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: planCard.active
                        text: qsTr("You are following this plan")
                        font.bold: true
                        font.pixelSize: 13
                        color: Material.accent
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: planCard.practice.length > 0
                            ? qsTr("For %1, by %2, %3").arg(planCard.client).arg(planCard.therapist).arg(planCard.practice)
                            : qsTr("For %1, by %2").arg(planCard.client).arg(planCard.therapist)
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: planCard.schedule
                        wrapMode: Text.Wrap
                        opacity: 0.75
                    }
                    Label {
                        Layout.fillWidth: true
                        text: planCard.authored
                            ? qsTr("Version %1, written on this device, saved %2").arg(planCard.version).arg(planCard.importedAt)
                            : qsTr("Version %1, imported %2").arg(planCard.version).arg(planCard.importedAt)
                        wrapMode: Text.Wrap
                        font.pixelSize: 13
                        opacity: 0.75
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 4

                        Button {
                            text: planCard.active ? qsTr("Stop following") : qsTr("Follow this plan")
                            flat: true
                            Accessible.name: planCard.active ? qsTr("Stop following %1").arg(planCard.title)
                                                             : qsTr("Follow %1").arg(planCard.title)
                            onClicked: root.plans.setActivePlan(planCard.active ? "" : planCard.planId)
                        }
                        Button {
                            visible: planCard.authored
                            text: qsTr("Edit")
                            flat: true
                            icon.source: "qrc:/media/icons/edit.svg"
                            Accessible.name: qsTr("Edit %1").arg(planCard.title)
                            onClicked: {
                                if (root.plans.editor.editPlan(planCard.planId))
                                    root.planEditorRequested();
                            }
                        }
                        Button {
                            visible: planCard.authored
                            text: qsTr("Export…")
                            flat: true
                            icon.source: "qrc:/media/icons/export.svg"
                            Accessible.name: qsTr("Export %1 as a file for %2").arg(planCard.title).arg(planCard.client)
                            onClicked: root.exportPlan(planCard.planId)
                        }
                    }
                }
            }
        }

        Label {
            Layout.topMargin: 12
            text: qsTr("For therapists")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Write a plan for a client from your own routines, then export it as one file to hand over. Nothing is sent anywhere.")
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8

            Button {
                text: qsTr("Write a plan")
                icon.source: "qrc:/media/icons/add.svg"
                onClicked: {
                    root.plans.editor.newPlan();
                    root.planEditorRequested();
                }
            }
            Button {
                text: qsTr("New routine")
                icon.source: "qrc:/media/icons/add.svg"
                flat: true
                onClicked: root.newRoutineRequested()
            }
        }

        Label {
            Layout.topMargin: 12
            text: qsTr("Progress report")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("A PDF and a CSV file of what you did and how your pain changed, to give to your therapist.")
            wrapMode: Text.Wrap
        }
        Button {
            text: qsTr("Export a report…")
            icon.source: "qrc:/media/icons/export.svg"
            onClicked: reportDialog.start()
        }
        Item {
            Layout.preferredHeight: 8
        }
    }

    FileDialog {
        id: importDialog

        title: qsTr("Open a plan")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Unknot plans (*.unknot)"), qsTr("All files (*)")]
        currentFolder: root.documents
        onAccepted: root.plans.previewImport(String(selectedFile))
    }

    FileDialog {
        id: bundleDialog

        title: qsTr("Export the plan")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Export")
        nameFilters: [qsTr("Unknot plans (*.unknot)")]
        defaultSuffix: "unknot"
        currentFolder: root.documents
        onAccepted: root.plans.exportBundle(String(selectedFile), root.exportPlanId)
    }

    ReportDialog {
        id: reportDialog

        parent: Overlay.overlay
    }
}
