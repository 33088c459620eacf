pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// One yes/no question of the health screen, with why it is asked, and for a
// recent injury the areas where it is.
ColumnLayout {
    id: root

    required property var modelData
    readonly property SafetyController safety: AppContext.safety
    readonly property string answer: safety.draftAnswers[modelData.name] || ""

    spacing: 8

    Label {
        Layout.fillWidth: true
        Layout.topMargin: 12
        visible: root.modelData.heading.length > 0
        text: root.modelData.heading
        font.bold: true
        font.pixelSize: 15
        color: Material.accent
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    Card {
        Layout.fillWidth: true

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 6

            Label {
                Layout.fillWidth: true
                text: root.modelData.question
                font.pixelSize: 16
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: root.modelData.why
                font.pixelSize: 13
                opacity: 0.7
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8

                Repeater {
                    model: [
                        {yes: false, text: qsTr("No")},
                        {yes: true, text: qsTr("Yes")}
                    ]

                    delegate: Button {
                        id: choice

                        required property var modelData
                        readonly property bool chosen: root.answer === (modelData.yes ? "yes" : "no")

                        Layout.fillWidth: true
                        Layout.preferredHeight: 52
                        objectName: (modelData.yes ? "yes-" : "no-") + root.modelData.name
                        text: modelData.text
                        highlighted: chosen
                        Accessible.checkable: true
                        Accessible.checked: chosen
                        Material.accent: modelData.yes && root.modelData.blocks ? Material.Red : Material.Teal
                        font.pixelSize: 16
                        Accessible.name: qsTr("%1: %2").arg(modelData.text).arg(root.modelData.question)
                        onClicked: root.safety.setAnswer(root.modelData.name, modelData.yes)
                    }
                }
            }

            // Where: the regions of a recent injury.
            ColumnLayout {
                Layout.fillWidth: true
                visible: root.modelData.asksWhere && root.answer === "yes"
                spacing: 6

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Where? Add each area; it is left out of your routines.")
                    wrapMode: Text.Wrap
                }
                ComboBox {
                    id: regionBox

                    Layout.fillWidth: true
                    Layout.preferredHeight: 52
                    textRole: "text"
                    valueRole: "value"
                    model: root.safety.regionChoices
                    displayText: qsTr("Add an area…")
                    Accessible.name: qsTr("Add an area of the recent injury")
                    onActivated: root.safety.addInjury(currentValue)
                }
                Repeater {
                    model: root.safety.draftInjuries

                    delegate: RowLayout {
                        id: injury

                        required property string modelData
                        required property int index

                        Layout.fillWidth: true
                        spacing: 8

                        Label {
                            Layout.fillWidth: true
                            text: root.safety.draftInjuryNames[injury.index] || ""
                            font.pixelSize: 15
                            elide: Text.ElideRight
                        }
                        ToolButton {
                            icon.source: "qrc:/media/icons/close.svg"
                            Accessible.name: qsTr("Remove %1").arg(root.safety.draftInjuryNames[injury.index] || "")
                            onClicked: root.safety.removeInjury(injury.modelData)
                        }
                    }
                }
            }
        }
    }
}
