pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Shapes

// Pain ratings from 0 to 10 over time: a line with a dot per rating, the
// scale on the left, the first and last dates below.
Item {
    id: root

    // [{time (ms since 1970), pain}], oldest first.
    required property var points
    // A series colour that reads on light and dark cards alike.
    property color color: "#e8743b"

    readonly property real plotLeft: 30
    readonly property real plotTop: 10
    readonly property real plotWidth: width - plotLeft - 10
    readonly property real plotHeight: height - plotTop - 26
    readonly property real firstTime: points.length > 0 ? points[0].time : 0
    readonly property real lastTime: points.length > 0 ? points[points.length - 1].time : 0

    function xOf(time: real): real {
        const span = lastTime - firstTime;
        return plotLeft + (span > 0 ? (time - firstTime) / span * plotWidth : plotWidth / 2);
    }

    function yOf(pain: real): real {
        return plotTop + (10 - pain) / 10 * plotHeight;
    }

    function dateText(time: real): string {
        return new Date(time).toLocaleDateString(Qt.locale(), "d MMM");
    }

    implicitHeight: 160
    Accessible.role: Accessible.Chart
    Accessible.name: points.length === 0 ? ""
        : qsTr("Pain chart: %n rating(s) from %1 to %2, first %3 out of 10, latest %4 out of 10", "", points.length)
            .arg(dateText(firstTime)).arg(dateText(lastTime)).arg(points[0].pain)
            .arg(points[points.length - 1].pain)

    Repeater {
        model: [0, 5, 10]

        delegate: Item {
            id: gridLine

            required property int modelData

            Rectangle {
                x: root.plotLeft
                y: root.yOf(gridLine.modelData)
                width: root.plotWidth
                height: 1
                color: Material.foreground
                opacity: 0.15
            }
            Label {
                x: 0
                y: root.yOf(gridLine.modelData) - height / 2
                width: root.plotLeft - 8
                text: gridLine.modelData
                horizontalAlignment: Text.AlignRight
                font.pixelSize: 11
                opacity: 0.7
            }
        }
    }

    Shape {
        anchors.fill: parent
        visible: root.points.length > 1
        // Multisampling smooths the line.
        layer.enabled: true
        layer.samples: 4

        ShapePath {
            strokeColor: root.color
            strokeWidth: 2.5
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            capStyle: ShapePath.RoundCap

            PathPolyline {
                path: root.points.map(point => Qt.point(root.xOf(point.time), root.yOf(point.pain)))
            }
        }
    }

    Repeater {
        model: root.points

        delegate: Rectangle {
            required property var modelData

            x: root.xOf(modelData.time) - width / 2
            y: root.yOf(modelData.pain) - height / 2
            width: 10
            height: 10
            radius: 5
            color: root.color
            border.width: 2
            border.color: root.Material.background
        }
    }

    Label {
        x: root.lastTime > root.firstTime ? root.plotLeft : root.xOf(root.firstTime) - width / 2
        y: root.height - height
        text: root.dateText(root.firstTime)
        visible: root.points.length > 0
        font.pixelSize: 12
        opacity: 0.75
    }
    Label {
        x: root.plotLeft + root.plotWidth - width
        y: root.height - height
        text: root.dateText(root.lastTime)
        visible: root.dateText(root.lastTime) !== root.dateText(root.firstTime)
        font.pixelSize: 12
        opacity: 0.75
    }
}
