pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.Shapes
import Unknot

// One view of the body map, front or back: the figure, and one shape per region
// and side, shaded by the pain it has now. A tap asks the controller what the
// finger may have meant; Tab reaches every region and Enter or Space chooses it.
ColumnLayout {
    id: root

    required property BodyMapController map
    // "front" or "back".
    required property string view
    // Map units to pixels; the figure is mapWidth x mapHeight units.
    property real unit: 1
    // How far around a tap a region still counts, in pixels (how far a fingertip misses).
    property real fingerRadius: 18

    // What a tap or a key press chose: [{key, region, side, label}], best first.
    signal chosen(var targets)

    function fillOf(level: var): color {
        if (!level)
            return Material.theme === Material.Dark ? Qt.rgba(0.55, 0.8, 0.78, 0.10) : Qt.rgba(0.1, 0.45, 0.42, 0.07);
        // Yellow at 1, orange in the middle, deep red at 10; older ratings fade.
        const pain = level.pain / 10;
        const recency = level.weight / pain;
        const hue = 0.14 * (1 - pain);
        return Qt.hsla(hue, 0.85, Material.theme === Material.Dark ? 0.55 : 0.5, 0.35 + 0.6 * recency);
    }

    spacing: 4

    Label {
        Layout.alignment: Qt.AlignHCenter
        text: root.view === "front" ? qsTr("Front") : qsTr("Back")
        font.bold: true
        Accessible.role: Accessible.Heading
    }

    Item {
        id: canvas

        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: root.map.mapWidth * root.unit
        Layout.preferredHeight: root.map.mapHeight * root.unit
        // One multisampled layer smooths every outline.
        layer.enabled: true
        layer.samples: 4
        Accessible.role: Accessible.Graphic
        Accessible.name: root.view === "front" ? qsTr("Body map, front") : qsTr("Body map, back")

        Shape {
            anchors.fill: parent

            ShapePath {
                scale: Qt.size(root.unit, root.unit)
                fillColor: root.Material.theme === Material.Dark ? "#34403f" : "#e4eeec"
                strokeColor: root.Material.theme === Material.Dark ? "#6d8784" : "#a9c2be"
                strokeWidth: 1.5
                joinStyle: ShapePath.RoundJoin

                PathSvg {
                    path: root.view === "front" ? root.map.frontSilhouette : root.map.backSilhouette
                }
            }
        }

        Repeater {
            model: root.map.shapes

            delegate: Shape {
                id: shape

                required property string key
                required property string region
                required property string side
                required property string view
                required property string label
                required property real boxX
                required property real boxY
                required property real boxWidth
                required property real boxHeight
                required property string path
                readonly property var level: root.map.levels[key]

                objectName: "region:" + key
                visible: view === root.view
                x: boxX * root.unit
                y: boxY * root.unit
                width: boxWidth * root.unit
                height: boxHeight * root.unit
                activeFocusOnTab: visible
                Accessible.role: Accessible.Button
                Accessible.name: label
                Accessible.description: level ? qsTr("Pain %1 out of 10").arg(level.pain) : ""
                Accessible.onPressAction: root.chosen([{key: key, region: region, side: side, label: label}])
                Keys.onReturnPressed: root.chosen([{key: key, region: region, side: side, label: label}])
                Keys.onEnterPressed: root.chosen([{key: key, region: region, side: side, label: label}])
                Keys.onSpacePressed: root.chosen([{key: key, region: region, side: side, label: label}])

                ShapePath {
                    scale: Qt.size(root.unit, root.unit)
                    fillColor: root.fillOf(shape.level)
                    strokeColor: shape.activeFocus ? root.Material.accent
                        : root.Material.theme === Material.Dark ? "#7f9c98" : "#8fb0ab"
                    strokeWidth: shape.activeFocus ? 3 : 1
                    joinStyle: ShapePath.RoundJoin

                    PathSvg {
                        path: shape.path
                    }
                }
            }
        }

        TapHandler {
            onTapped: eventPoint => {
                const p = eventPoint.position;
                root.chosen(root.map.tapTargets(root.view, p.x / root.unit, p.y / root.unit,
                                                root.fingerRadius / root.unit));
            }
        }
    }
}
