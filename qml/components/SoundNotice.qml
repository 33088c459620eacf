import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Controls.Material
import Unknot

// One line that says the cues will not be heard: tones and voice switched off
// in Settings, no audio device, or the device went away mid-session. Hidden
// while sound works.
Label {
    id: root

    readonly property CuePlayer sound: AppContext.sound

    visible: text.length > 0
    text: !sound.soundWanted ? qsTr("Sound is off in Settings: follow the cues on screen.") : sound.notice
    wrapMode: Text.Wrap
    font.pixelSize: 14
    leftPadding: 40
    rightPadding: 12
    topPadding: 8
    bottomPadding: 8
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    background: Rectangle {
        radius: 8
        color: root.Material.theme === Material.Dark ? "#4a3b16" : "#fff1cc"
    }

    IconImage {
        x: 12
        anchors.verticalCenter: parent.verticalCenter
        width: 20
        height: 20
        sourceSize: Qt.size(20, 20)
        source: "qrc:/media/icons/sound-off.svg"
        color: root.color
    }
}
