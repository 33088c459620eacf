pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The message next to a form field, as the format's rules give it: red for an
// error, amber for a warning ("warning: ..."), hidden when the field is fine.
Label {
    id: root

    property string message

    readonly property bool isWarning: message.startsWith("warning: ")

    Layout.fillWidth: true
    visible: message.length > 0
    text: message
    wrapMode: Text.Wrap
    font.pixelSize: 13
    color: isWarning ? (Material.theme === Material.Dark ? "#ffcc80" : "#a15c00")
                     : (Material.theme === Material.Dark ? "#ff8a80" : "#b00020")
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
