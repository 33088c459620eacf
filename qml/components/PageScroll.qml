import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A vertically scrolling page body: one column, centred and at most
// maxWidth wide, so text lines stay readable on wide screens.
Flickable {
    id: root

    default property alias content: column.data
    property real maxWidth: 720
    property alias spacing: column.spacing
    property real margin: 16

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * margin
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column

        width: Math.min(root.width - 2 * root.margin, root.maxWidth)
        x: (root.width - width) / 2
        y: root.margin
        spacing: 12
    }
}
