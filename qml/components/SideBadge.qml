import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// LEFT or RIGHT in large letters on a colour that tells them apart at a
// glance (blue and orange stay distinct for colour-blind eyes too).
Label {
    id: root

    // "left" or "right"; anything else hides the badge.
    property string side
    property int size: 28

    visible: side === "left" || side === "right"
    text: side === "left" ? qsTr("LEFT") : qsTr("RIGHT")
    color: "white"
    font.pixelSize: size
    font.bold: true
    font.letterSpacing: 2
    leftPadding: size * 0.8
    rightPadding: size * 0.8
    topPadding: size * 0.25
    bottomPadding: size * 0.25
    Accessible.name: side === "left" ? qsTr("Left side") : qsTr("Right side")

    background: Rectangle {
        radius: height / 2
        color: root.side === "left" ? "#1f6fb2" : "#c75b12"
    }
}
