pragma ComponentBehavior: Bound

import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Unknot

// The progress report for a therapist: a range of days, a PDF to read and/or
// a CSV for a spreadsheet, saved into a folder the person chooses.
Dialog {
    id: root

    readonly property PlanController plans: AppContext.plans
    readonly property string rangeProblem: plans.reportRangeProblem(fromField.value, toField.value)
    readonly property bool canSave: rangeProblem.length === 0 && (pdfBox.checked || csvBox.checked)
    // The outcome of the last save, shown until the dialog opens again.
    property string outcome
    property bool saved: false
    // Tests choose the folder in this dialog.
    readonly property alias folderDialog: folderDialog

    function start(): void {
        fromField.value = plans.reportFrom;
        toField.value = plans.reportTo;
        outcome = "";
        saved = false;
        open();
    }

    anchors.centerIn: parent
    width: Math.max(0, Math.min(parent.width - 32, 480))
    height: Math.min(implicitHeight, parent.height - 32)
    modal: true
    title: qsTr("Progress report")

    contentItem: Flickable {
        implicitHeight: column.implicitHeight
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            width: parent.width
            spacing: 10

            Label {
                Layout.fillWidth: true
                text: qsTr("For your therapist: the sessions you did against your plan, minutes per area, your pain before and after, and your notes.")
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12

                FormField {
                    id: fromField

                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // equal halves, whatever is typed
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("First day")
                    placeholder: "2024-05-01"
                    inputHints: Qt.ImhDate
                    onEdited: text => fromField.value = text
                }
                FormField {
                    id: toField

                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // equal halves, whatever is typed
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Last day")
                    placeholder: "2024-05-31"
                    inputHints: Qt.ImhDate
                    onEdited: text => toField.value = text
                }
            }
            FieldMessage {
                message: root.rangeProblem
            }
            CheckBox {
                id: pdfBox

                Layout.fillWidth: true
                text: qsTr("PDF to read, with charts")
                checked: true
            }
            CheckBox {
                id: csvBox

                Layout.fillWidth: true
                text: qsTr("CSV for a spreadsheet")
                checked: true
            }
            Label {
                Layout.fillWidth: true
                visible: root.outcome.length > 0
                text: root.outcome
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                font.bold: true
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: root.saved ? qsTr("Close") : qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            text: qsTr("Save to a folder…")
            flat: true
            enabled: root.canSave
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: folderDialog.open()
        }
    }

    FolderDialog {
        id: folderDialog

        title: qsTr("Choose a folder for the report")
        acceptLabel: qsTr("Save here")
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        onAccepted: {
            root.saved = root.plans.exportReportToFolder(String(selectedFolder), fromField.value,
                                                         toField.value, pdfBox.checked, csvBox.checked);
            root.outcome = root.plans.lastResult;
        }
    }
}
