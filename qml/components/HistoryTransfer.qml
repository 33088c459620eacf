pragma ComponentBehavior: Bound

import QtCore
import QtQuick
import QtQuick.Dialogs
import Unknot

// Export and restore of the history through the system's file dialogs. The
// outcome, as a sentence, is in AppContext.history.lastResult.
Item {
    id: root

    readonly property url documents: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
    // Tests choose a file in these and accept them.
    property alias jsonDialog: jsonDialog
    property alias csvDialog: csvDialog
    property alias restoreDialog: restoreDialog

    signal finished(bool ok)

    function exportJson(): void {
        jsonDialog.open();
    }

    function exportCsv(): void {
        csvDialog.open();
    }

    function restore(): void {
        restoreDialog.open();
    }

    FileDialog {
        id: jsonDialog

        title: qsTr("Export your history")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Export")
        nameFilters: [qsTr("Unknot history (*.json)")]
        defaultSuffix: "json"
        currentFolder: root.documents
        onAccepted: root.finished(AppContext.history.exportJson(String(selectedFile)))
    }

    FolderDialog {
        id: csvDialog

        title: qsTr("Choose a folder for the CSV files")
        acceptLabel: qsTr("Export here")
        currentFolder: root.documents
        onAccepted: root.finished(AppContext.history.exportCsv(String(selectedFolder)))
    }

    FileDialog {
        id: restoreDialog

        title: qsTr("Restore from an export")
        fileMode: FileDialog.OpenFile
        acceptLabel: qsTr("Restore")
        nameFilters: [qsTr("Unknot history (*.json)")]
        currentFolder: root.documents
        onAccepted: root.finished(AppContext.history.restore(String(selectedFile)))
    }
}
