pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// One month, Monday first: days with a session filled, days in a row joined
// into a streak, today ringed, planned rest days tinted. The days are not
// controls; each one has a name for screen readers.
ColumnLayout {
    id: root

    // Days of the month: date, day, weekday (1 = Monday), sessions, minutes, restDay, today.
    required property RecordListModel days
    required property string title
    property bool canGoBack: true
    property bool canGoForward: true

    readonly property real cellWidth: width / 7
    readonly property real cellHeight: Math.min(46, Math.max(36, cellWidth))
    readonly property real dotSize: Math.min(cellWidth, cellHeight) - 6
    readonly property color restColor: Qt.rgba(Material.accent.r, Material.accent.g, Material.accent.b, 0.22)
    // Columns before the 1st, rows of the month, and whether any planned rest day shows.
    property int offset: 0
    property int rows: 5
    property bool hasRestDays: false

    signal monthShifted(int months)

    function refresh(): void {
        const count = days.count;
        offset = count > 0 ? days.get(0).weekday - 1 : 0;
        rows = Math.ceil((offset + count) / 7);
        let rest = false;
        for (let i = 0; i < count; ++i)
            rest = rest || days.get(i).restDay;
        hasRestDays = rest;
    }

    function keepsStreak(row: var): bool {
        return row.sessions > 0 || row.restDay;
    }

    function dayName(date: string, sessions: int, minutes: int, restDay: bool, today: bool): string {
        const parts = date.split("-");
        const day = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
        let name = day.toLocaleDateString(Qt.locale(), "dddd d MMMM");
        if (today)
            name = qsTr("Today, %1").arg(name);
        if (sessions > 0)
            return qsTr("%1: %n session(s), %2 min", "", sessions).arg(name).arg(minutes);
        return restDay ? qsTr("%1: rest day in your plan").arg(name) : qsTr("%1: no session").arg(name);
    }

    spacing: 4
    Component.onCompleted: refresh()

    Connections {
        target: root.days

        function onModelReset(): void {
            root.refresh();
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 4

        ToolButton {
            icon.source: "qrc:/media/icons/back.svg"
            enabled: root.canGoBack
            Accessible.name: qsTr("Previous month")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: root.monthShifted(-1)
        }
        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: 17
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
        }
        ToolButton {
            // The back arrow turned around: the next month.
            icon.source: "qrc:/media/icons/back.svg"
            rotation: 180
            enabled: root.canGoForward
            Accessible.name: qsTr("Next month")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: root.monthShifted(1)
        }
    }

    Row {
        Layout.fillWidth: true

        Repeater {
            // Locale day numbers: 1 = Monday ... 0 = Sunday.
            model: [1, 2, 3, 4, 5, 6, 0]

            delegate: Label {
                required property int modelData

                width: root.cellWidth
                text: Qt.locale().dayName(modelData, Locale.ShortFormat)
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: 12
                opacity: 0.7
            }
        }
    }

    Item {
        Layout.fillWidth: true
        Layout.preferredHeight: root.rows * root.cellHeight

        // The streak bands between days in a row, under the days.
        Repeater {
            model: root.days

            delegate: Rectangle {
                id: band

                required property int index
                required property int day
                required property int weekday
                required property int sessions
                required property bool restDay

                readonly property int row: Math.floor((root.offset + day - 1) / 7)

                visible: weekday > 1 && index > 0 && root.keepsStreak({sessions: sessions, restDay: restDay})
                         && root.keepsStreak(root.days.get(index - 1))
                x: (weekday - 1.5) * root.cellWidth
                y: row * root.cellHeight + (root.cellHeight - height) / 2
                width: root.cellWidth
                height: root.dotSize * 0.62
                color: root.restColor
            }
        }

        Repeater {
            model: root.days

            delegate: Item {
                id: cell

                required property string date
                required property int day
                required property int weekday
                required property int sessions
                required property int minutes
                required property bool restDay
                required property bool today

                readonly property int row: Math.floor((root.offset + day - 1) / 7)

                x: (weekday - 1) * root.cellWidth
                y: row * root.cellHeight
                width: root.cellWidth
                height: root.cellHeight
                Accessible.role: Accessible.StaticText
                Accessible.name: root.dayName(date, sessions, minutes, restDay, today)

                Rectangle {
                    anchors.centerIn: parent
                    width: root.dotSize
                    height: root.dotSize
                    radius: width / 2
                    color: cell.sessions > 0 ? Material.accent : cell.restDay ? root.restColor : "transparent"
                    border.width: cell.today ? 2 : 0
                    border.color: Material.foreground
                }
                Label {
                    anchors.centerIn: parent
                    text: cell.day
                    font.pixelSize: 14
                    font.bold: cell.sessions > 0 || cell.today
                    color: cell.sessions > 0 ? root.Material.background : Material.foreground
                }
            }
        }
    }

    Flow {
        Layout.fillWidth: true
        Layout.topMargin: 4
        spacing: 16

        Repeater {
            model: [
                {kind: "session", text: qsTr("A day with a session"), shown: true},
                {kind: "today", text: qsTr("Today"), shown: true},
                {kind: "rest", text: qsTr("A rest day in your plan"), shown: root.hasRestDays}
            ]

            delegate: Row {
                id: key

                required property var modelData

                visible: modelData.shown
                spacing: 6

                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 14
                    height: 14
                    radius: 7
                    color: key.modelData.kind === "session" ? Material.accent
                         : key.modelData.kind === "rest" ? root.restColor : "transparent"
                    border.width: key.modelData.kind === "today" ? 2 : 0
                    border.color: Material.foreground
                }
                Label {
                    text: key.modelData.text
                    font.pixelSize: 13
                    opacity: 0.8
                }
            }
        }
    }
}
