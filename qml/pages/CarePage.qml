pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.impl
import QtQuick.Layouts
import Unknot

// Shown instead of routines while a health answer calls for care: what to do,
// why, and a way to change an answer given by mistake. No routine starts here.
Page {
    id: root

    readonly property SafetyController safety: AppContext.safety

    header: PageHeader {
        title: root.safety.urgent ? qsTr("Please get medical help") : qsTr("Not today")
    }

    PageScroll {
        anchors.fill: parent
        spacing: 16

        Repeater {
            model: root.safety.blocks

            delegate: Card {
                id: block

                required property var modelData

                Layout.fillWidth: true
                Material.background: modelData.urgent
                    ? (Material.theme === Material.Dark ? "#4a1f1f" : "#fdecea")
                    : (Material.theme === Material.Dark ? "#3d3520" : "#fff6e0")

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 10

                    IconImage {
                        source: "qrc:/media/icons/warning.svg"
                        sourceSize: Qt.size(40, 40)
                        Layout.preferredWidth: 40
                        Layout.preferredHeight: 40
                        color: Material.foreground
                        Accessible.ignored: true
                    }
                    Label {
                        Layout.fillWidth: true
                        text: block.modelData.title
                        font.pixelSize: 24
                        font.bold: true
                        color: block.modelData.urgent
                            ? (Material.theme === Material.Dark ? "#ff8a80" : "#b71c1c") : Material.foreground
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        Layout.fillWidth: true
                        text: block.modelData.advice
                        font.pixelSize: 17
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Because you answered yes to: “%1”").arg(block.modelData.question)
                        font.pixelSize: 13
                        opacity: 0.75
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Unknot shows no routines while an answer calls for care. Self-care "
                       + "guidance is no substitute for a doctor.")
            wrapMode: Text.Wrap
        }

        Card {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Answered yes by mistake, or has it passed?")
                    font.pixelSize: 16
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Change your answers. Only answer no once a doctor has checked it "
                               + "or it is gone.")
                    wrapMode: Text.Wrap
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 52
                    text: qsTr("Change my answers")
                    font.pixelSize: 16
                    Accessible.name: text
                    onClicked: root.safety.edit()
                }
            }
        }
    }
}
