pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// What to do now: the suggested routine, a way to say where it hurts, the
// library.
Page {
    id: root

    signal startRequested(string routineId)
    signal routineChosen(string routineId)
    signal sectionRequested(string name)

    header: PageHeader {
        title: qsTr("Today")
    }

    RoutineDetails {
        id: suggestion

        routineId: AppContext.suggestedRoutineId
    }

    PageScroll {
        anchors.fill: parent
        spacing: 16

        Label {
            Layout.fillWidth: true
            text: qsTr("How is your body today?")
            font.pixelSize: 24
            font.bold: true
            wrapMode: Text.Wrap
        }

        Card {
            Layout.fillWidth: true
            visible: suggestion.valid

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8

                Label {
                    text: qsTr("Suggested for you")
                    font.pixelSize: 13
                    font.bold: true
                    color: Material.accent
                }
                Label {
                    Layout.fillWidth: true
                    text: suggestion.title
                    font.pixelSize: 22
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2").arg(suggestion.durationText).arg(suggestion.areaNames.join(", "))
                    opacity: 0.75
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: suggestion.description
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8

                    Button {
                        text: qsTr("Start")
                        highlighted: true
                        icon.source: "qrc:/media/icons/play.svg"
                        Accessible.name: qsTr("Start %1").arg(suggestion.title)
                        onClicked: root.startRequested(suggestion.routineId)
                    }
                    Button {
                        text: qsTr("See the steps")
                        flat: true
                        onClicked: root.routineChosen(suggestion.routineId)
                    }
                }
            }
        }

        Card {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Where does it hurt?")
                    font.pixelSize: 18
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Mark it on the body map to see the muscles that commonly refer pain there, and a routine for them.")
                    wrapMode: Text.Wrap
                }
                Button {
                    text: qsTr("Open the body map")
                    flat: true
                    icon.source: "qrc:/media/icons/body.svg"
                    onClicked: root.sectionRequested("bodymap")
                }
            }
        }

        Card {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    text: qsTr("All routines")
                    font.pixelSize: 18
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    text: AppContext.routines.count === 1 ? qsTr("One routine to choose from.")
                        : qsTr("%1 routines for the neck, head, back and more.").arg(AppContext.routines.count)
                    wrapMode: Text.Wrap
                }
                Button {
                    text: qsTr("Browse routines")
                    flat: true
                    icon.source: "qrc:/media/icons/routines.svg"
                    onClicked: root.sectionRequested("routines")
                }
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Self-care guidance, not a diagnosis. Stop on sharp or tingling pain or dizziness.")
            wrapMode: Text.Wrap
            font.pixelSize: 13
            opacity: 0.7
        }
    }
}
