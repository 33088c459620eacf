pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// One routine: every step with its type, muscle, side and time, the total
// time, the equipment, the cautions, and Start.
Page {
    id: root

    property alias routineId: details.routineId

    signal backRequested()
    signal startRequested(string routineId, bool rightFirst)
    // Edit the routine itself (the person's own) or a copy of it (built-in, or a plan's).
    signal editRequested(string routineId, bool asCopy)

    Shortcut {
        sequences: [StandardKey.Back, "Escape"]
        enabled: root.visible && root.StackView.status === StackView.Active
        onActivated: root.backRequested()
    }

    header: PageHeader {
        title: details.title
        showBack: true
        onBackRequested: root.backRequested()

        ToolButton {
            icon.source: details.editable ? "qrc:/media/icons/edit.svg" : "qrc:/media/icons/copy.svg"
            text: details.editable ? qsTr("Edit") : qsTr("Copy and edit")
            display: root.width >= 600 ? AbstractButton.TextBesideIcon : AbstractButton.IconOnly
            Accessible.name: text
            ToolTip.visible: hovered && display === AbstractButton.IconOnly
            ToolTip.text: text
            onClicked: root.editRequested(details.routineId, !details.editable)
        }
    }

    RoutineDetails {
        id: details
    }

    PageScroll {
        anchors.fill: parent
        maxWidth: 760

        Label {
            Layout.fillWidth: true
            visible: !details.builtIn
            text: details.planTitle.length > 0
                ? qsTr("From your plan “%1”. A newer version of the plan replaces it, so change a copy of it.").arg(details.planTitle)
                : qsTr("Your routine")
            wrapMode: Text.Wrap
            font.bold: true
            color: Material.accent
        }
        Label {
            Layout.fillWidth: true
            text: details.description
            wrapMode: Text.Wrap
            font.pixelSize: 16
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 4

            Label {
                text: qsTr("Time")
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: details.stepCount === 1 ? qsTr("%1, one step").arg(details.durationText)
                    : qsTr("%1, %2 steps").arg(details.durationText).arg(details.stepCount)
                wrapMode: Text.Wrap
            }
            Label {
                text: qsTr("You need")
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: details.equipmentNames.join(", ")
                wrapMode: Text.Wrap
            }
            Label {
                text: qsTr("Areas")
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: details.areaNames.join(", ")
                wrapMode: Text.Wrap
            }
        }

        // Why parts of it do not suit the health answers.
        Card {
            Layout.fillWidth: true
            visible: details.conflicts.length > 0
            Material.background: Material.theme === Material.Dark ? "#4a1f1f" : "#fdecea"

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 6

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Does not suit your health answers")
                    font.bold: true
                    font.pixelSize: 16
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: details.conflicts

                    delegate: Label {
                        required property string modelData

                        Layout.fillWidth: true
                        text: "• " + modelData
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Skip those steps, or choose another routine.")
                    wrapMode: Text.Wrap
                    opacity: 0.8
                }
            }
        }

        Card {
            Layout.fillWidth: true
            visible: details.cautions.length > 0

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 6

                Label {
                    text: qsTr("Before you start")
                    font.bold: true
                    font.pixelSize: 16
                }
                Repeater {
                    model: details.cautions

                    delegate: Label {
                        required property string modelData

                        Layout.fillWidth: true
                        text: "• " + modelData
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        Label {
            text: qsTr("Steps")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Repeater {
            model: details.steps

            delegate: Pane {
                id: stepRow

                required property int number
                required property string typeName
                required property string title
                required property string muscleName
                required property string sideName
                required property string doseText
                required property string intensityText

                Layout.fillWidth: true
                padding: 0
                Accessible.name: qsTr("Step %1: %2, %3").arg(number).arg(title).arg(doseText)

                RowLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 12

                    Label {
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 28
                        text: stepRow.number
                        font.pixelSize: 20
                        font.bold: true
                        color: Material.accent
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        Label {
                            Layout.fillWidth: true
                            text: stepRow.title
                            font.pixelSize: 16
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: [stepRow.typeName, stepRow.muscleName, stepRow.sideName]
                                .filter(part => part.length > 0).join(" · ")
                            wrapMode: Text.Wrap
                            opacity: 0.75
                        }
                        Label {
                            Layout.fillWidth: true
                            text: stepRow.intensityText.length > 0
                                ? qsTr("%1 · %2").arg(stepRow.doseText).arg(stepRow.intensityText)
                                : stepRow.doseText
                            wrapMode: Text.Wrap
                            opacity: 0.75
                        }
                    }
                }
            }
        }
    }

    footer: Pane {
        Material.elevation: 6

        RowLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 12

            Switch {
                id: rightFirst

                visible: details.hasBothSides
                text: qsTr("Right side first")
                Accessible.name: qsTr("Start two-sided steps on the right side")
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Start")
                highlighted: true
                icon.source: "qrc:/media/icons/play.svg"
                font.pixelSize: 16
                Accessible.name: qsTr("Start %1").arg(details.title)
                onClicked: root.startRequested(details.routineId, rightFirst.checked)
            }
        }
    }
}
