pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// Where it hurts: a front and a back view to tap, the pain per area now, and the
// muscles that commonly refer pain to those areas, with the reason for each.
Page {
    id: root

    objectName: "bodyMapPage"
    readonly property BodyMapController map: AppContext.bodyMap
    readonly property bool twoColumns: width >= 900
    readonly property bool hasAreas: map.areas.count > 0
    readonly property alias painEntry: entry
    readonly property alias areaChooser: chooser

    signal sectionRequested(string name)

    // A tap or key press chose these regions: rate the one, or ask which.
    function choose(targets: var): void {
        if (targets.length === 1)
            entry.openFor(targets[0].region, targets[0].side);
        else if (targets.length > 1)
            chooser.openWith(targets);
    }

    header: PageHeader {
        title: qsTr("Body map")
    }

    component SectionCard: Card {
        id: card

        property string title
        property string subtitle
        default property alias content: body.data

        Layout.fillWidth: true

        ColumnLayout {
            id: body

            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 10

            Label {
                Layout.fillWidth: true
                text: card.title
                font.pixelSize: 18
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: card.subtitle
                wrapMode: Text.Wrap
                opacity: 0.75
            }
        }
    }

    PageScroll {
        id: scroll

        objectName: "bodyMapScroll"
        anchors.fill: parent
        maxWidth: root.twoColumns ? 1200 : 720
        spacing: 16

        Label {
            Layout.fillWidth: true
            text: qsTr("Tap where it hurts and rate it from 0 to 10.")
            font.pixelSize: 18
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: -8
            text: qsTr("The front view faces you: your right side is on its left.")
            wrapMode: Text.Wrap
            opacity: 0.75
        }

        GridLayout {
            Layout.fillWidth: true
            columns: root.twoColumns ? 2 : 1
            columnSpacing: 16
            rowSpacing: 16

            // --- the map ------------------------------------------------------------------
            Card {
                id: mapCard

                // Map units to pixels: both views side by side, never taller than the window.
                readonly property real unit: Math.max(0.5, Math.min((width - leftPadding - rightPadding - 12) / (2 * root.map.mapWidth),
                                                                   (root.height - 140) / root.map.mapHeight, 1.5))

                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                padding: 12

                RowLayout {
                    anchors.horizontalCenter: parent.horizontalCenter
                    spacing: 12

                    BodyFigure {
                        map: root.map
                        view: "front"
                        unit: mapCard.unit
                        onChosen: targets => root.choose(targets)
                    }
                    BodyFigure {
                        map: root.map
                        view: "back"
                        unit: mapCard.unit
                        onChosen: targets => root.choose(targets)
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: 16

                // --- where it hurts now ---------------------------------------------------
                SectionCard {
                    title: qsTr("Where it hurts now")
                    subtitle: root.hasAreas ? qsTr("Your latest rating of each area from the last 4 weeks. Tap one to rate it again.")
                                            : qsTr("Nothing marked yet. Tap the body map where it hurts.")

                    Repeater {
                        model: root.map.areas

                        delegate: ItemDelegate {
                            id: area

                            required property string region
                            required property string side
                            required property string label
                            required property int pain
                            required property string when
                            required property string note

                            Layout.fillWidth: true
                            implicitHeight: Math.max(56, areaRow.implicitHeight + 16)
                            padding: 8
                            Accessible.name: qsTr("%1: pain %2 out of 10, %3").arg(label).arg(pain).arg(when)
                            onClicked: entry.openFor(region, side)

                            contentItem: RowLayout {
                                id: areaRow

                                spacing: 12

                                Rectangle {
                                    Layout.preferredWidth: 40
                                    Layout.preferredHeight: 40
                                    radius: 20
                                    color: Qt.hsla(0.14 * (1 - area.pain / 10), 0.85, 0.5, 1)

                                    Label {
                                        anchors.centerIn: parent
                                        text: area.pain
                                        font.bold: true
                                        font.pixelSize: 17
                                        color: "#1b1b1b"
                                    }
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2

                                    Label {
                                        Layout.fillWidth: true
                                        text: area.label
                                        font.bold: true
                                        wrapMode: Text.Wrap
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: area.note.length > 0 ? qsTr("%1 · %2").arg(area.when).arg(area.note) : area.when
                                        wrapMode: Text.Wrap
                                        opacity: 0.75
                                    }
                                }
                            }
                        }
                    }
                }

                // --- things to know ---------------------------------------------------------
                SectionCard {
                    visible: root.map.notes.length > 0 || root.map.careTitle.length > 0
                    title: root.map.careTitle.length > 0 ? root.map.careTitle : qsTr("Good to know")
                    Material.background: Material.theme === Material.Dark ? "#4a2f22" : "#fff3e8"

                    Label {
                        Layout.fillWidth: true
                        visible: root.map.careAdvice.length > 0
                        text: root.map.careAdvice
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: root.map.notes

                        delegate: Label {
                            required property string modelData

                            Layout.fillWidth: true
                            text: modelData
                            wrapMode: Text.Wrap
                        }
                    }
                }

                // --- the ranking --------------------------------------------------------------
                SectionCard {
                    visible: root.hasAreas && root.map.careTitle.length === 0
                    title: qsTr("Muscles that commonly refer pain here")
                    subtitle: qsTr("Many people find it helps to work on these. They are common sources of pain in these areas, not a diagnosis.")

                    Repeater {
                        model: root.map.ranking

                        delegate: ColumnLayout {
                            id: muscle

                            required property int index
                            required property string name
                            required property string reason
                            required property bool excluded

                            Layout.fillWidth: true
                            spacing: 2
                            opacity: excluded ? 0.7 : 1
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("%1: %2").arg(name).arg(reason)

                            Label {
                                Layout.fillWidth: true
                                text: muscle.excluded ? qsTr("%1 (left out)").arg(muscle.name)
                                                      : qsTr("%1. %2").arg(muscle.index + 1).arg(muscle.name)
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: muscle.reason
                                wrapMode: Text.Wrap
                                opacity: 0.8
                            }
                        }
                    }

                    Button {
                        Layout.fillWidth: true
                        Layout.topMargin: 4
                        text: qsTr("Plan a routine on the Today page")
                        highlighted: true
                        Accessible.name: text
                        onClicked: root.sectionRequested("today")
                    }
                }
            }
        }
    }

    PainEntryDialog {
        id: entry

        map: root.map
    }

    // Several regions lie under the finger: which one?
    Dialog {
        id: chooser

        property var targets: []

        function openWith(targets: var): void {
            chooser.targets = targets;
            open();
        }

        objectName: "areaChooser"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.max(0, Math.min(parent.width - 16, 420))
        height: Math.min(implicitHeight, parent.height - 16)
        modal: true
        padding: 16

        contentItem: Flickable {
            implicitHeight: choices.implicitHeight
            contentHeight: choices.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: choices

                width: parent.width
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    Layout.bottomMargin: 8
                    text: qsTr("Which area?")
                    font.pixelSize: 20
                    font.bold: true
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                Repeater {
                    model: chooser.targets

                    delegate: ItemDelegate {
                        required property var modelData

                        Layout.fillWidth: true
                        implicitHeight: 52
                        text: modelData.label
                        Accessible.name: modelData.label
                        onClicked: {
                            chooser.close();
                            entry.openFor(modelData.region, modelData.side);
                        }
                    }
                }
            }
        }

        footer: DialogButtonBox {
            Button {
                text: qsTr("Cancel")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
    }
}
