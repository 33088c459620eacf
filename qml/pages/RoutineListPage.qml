pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

Page {
    id: root

    signal routineChosen(string routineId)

    function durationText(seconds: int): string {
        return qsTr("%1 min").arg(Math.round(seconds / 60));
    }

    title: qsTr("Routines")

    header: ToolBar {
        Label {
            anchors.fill: parent
            leftPadding: 16
            text: root.title
            font.pixelSize: 22
            font.bold: true
            verticalAlignment: Text.AlignVCenter
        }
    }

    ListView {
        id: list

        anchors.fill: parent
        model: AppContext.routines
        clip: true

        delegate: ItemDelegate {
            id: row

            required property string routineId
            required property string title
            required property string description
            required property int seconds
            required property int stepCount
            required property list<string> areas

            width: ListView.view.width
            Accessible.name: qsTr("%1, %2").arg(title).arg(root.durationText(seconds))
            onClicked: root.routineChosen(routineId)

            contentItem: ColumnLayout {
                spacing: 4

                RowLayout {
                    Layout.fillWidth: true

                    Label {
                        Layout.fillWidth: true
                        text: row.title
                        font.pixelSize: 18
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        text: root.durationText(row.seconds)
                        opacity: 0.7
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: row.areas.join(" · ")
                    opacity: 0.7
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%n step(s)", "", row.stepCount)
                    opacity: 0.7
                }
            }
        }
    }
}
