pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Unknot

// Sessions per week as bars: the latest weeks that fit, each with its number
// of sessions above and the week's Monday below.
Item {
    id: root

    // monday, label, sessions, minutes; every week from the first session's to this one.
    required property RecordListModel weeks
    property real slotWidth: 56
    property color color: Material.accent

    readonly property int shown: Math.max(1, Math.min(weeks.count, Math.floor(width / slotWidth)))
    readonly property real barArea: height - 44
    property int most: 1

    function refresh(): void {
        let most = 1;
        for (let i = Math.max(0, weeks.count - shown); i < weeks.count; ++i)
            most = Math.max(most, weeks.get(i).sessions);
        root.most = most;
    }

    implicitHeight: 180
    onShownChanged: refresh()
    Component.onCompleted: refresh()

    Connections {
        target: root.weeks

        function onModelReset(): void {
            root.refresh();
        }
    }

    // The baseline.
    Rectangle {
        x: 0
        y: root.height - 22
        width: root.width
        height: 1
        color: Material.foreground
        opacity: 0.25
    }

    Row {
        anchors.fill: parent

        Repeater {
            model: root.weeks

            delegate: Item {
                id: week

                required property int index
                required property string label
                required property int sessions
                required property int minutes

                visible: index >= root.weeks.count - root.shown
                width: root.width / root.shown
                height: root.height
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Week of %1: %n session(s), %2 min", "", sessions).arg(label).arg(minutes)

                Rectangle {
                    id: bar

                    anchors.horizontalCenter: parent.horizontalCenter
                    y: root.height - 22 - height
                    width: Math.min(32, parent.width * 0.6)
                    height: week.sessions > 0 ? Math.max(4, root.barArea * week.sessions / root.most) : 0
                    radius: 4
                    color: root.color
                }
                Label {
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: bar.y - height - 2
                    visible: week.sessions > 0
                    text: week.sessions
                    font.pixelSize: 13
                    font.bold: true
                }
                Label {
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: root.height - 18
                    text: week.label
                    font.pixelSize: 12
                    opacity: 0.75
                }
            }
        }
    }
}
