pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// Rates one region and side: pain from 0 to 10 and an optional note, with the
// region's caution and its earlier ratings (a chart and the latest notes).
Dialog {
    id: root

    required property BodyMapController map
    property string region
    property string side
    property string label
    // The region's ratings, oldest first: [{time, pain, note, when}].
    property var points: []
    readonly property var recent: points.slice(-5).reverse()
    readonly property string caution: region.length > 0 ? map.caution(region) : ""

    function openFor(region: string, side: string): void {
        root.region = region;
        root.side = side;
        root.label = map.label(region, side);
        root.points = map.history(region, side);
        painScale.value = -1;
        note.text = "";
        error.text = "";
        open();
    }

    function save(): void {
        if (map.logPain(region, side, painScale.value, note.text)) {
            accept();
        } else {
            error.text = map.lastError;
        }
    }

    objectName: "painEntry"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.max(0, Math.min(parent.width - 16, 560))
    height: Math.min(implicitHeight, parent.height - 16)
    modal: true
    padding: 20

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
                text: root.label
                font.pixelSize: 20
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: root.caution.length > 0
                text: root.caution
                wrapMode: Text.Wrap
                color: root.Material.theme === Material.Dark ? "#ffb74d" : "#a84300"
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("How much does it hurt now?")
                font.bold: true
                wrapMode: Text.Wrap
            }
            PainScale {
                id: painScale

                Layout.fillWidth: true
            }
            TextArea {
                id: note

                objectName: "painNote"
                Layout.fillWidth: true
                placeholderText: qsTr("Note (optional)")
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Note")
                onTextChanged: {
                    if (length > 500)
                        remove(500, length);
                }
            }
            Label {
                id: error

                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.Wrap
                color: root.Material.theme === Material.Dark ? "#ef9a9a" : "#b71c1c"
            }

            // --- earlier ratings ------------------------------------------------------
            Label {
                Layout.fillWidth: true
                Layout.topMargin: 8
                visible: root.points.length > 0
                text: qsTr("Your ratings here")
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            PainChart {
                Layout.fillWidth: true
                visible: root.points.length > 1
                points: root.points
            }
            Repeater {
                model: root.recent

                delegate: Label {
                    required property var modelData

                    Layout.fillWidth: true
                    text: modelData.note.length > 0
                        ? qsTr("%1: %2 out of 10. %3").arg(modelData.when).arg(modelData.pain).arg(modelData.note)
                        : qsTr("%1: %2 out of 10").arg(modelData.when).arg(modelData.pain)
                    wrapMode: Text.Wrap
                    opacity: 0.85
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Cancel: keep nothing")
        }
        Button {
            text: qsTr("Save")
            flat: true
            enabled: painScale.value >= 0
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            Accessible.name: qsTr("Save the rating")
            onClicked: root.save()
        }
    }
}
