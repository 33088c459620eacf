pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The bar on top of a page: an optional back button and the page title.
ToolBar {
    id: root

    property string title
    property bool showBack: false
    default property alias actions: actionRow.data

    signal backRequested()

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: root.showBack ? 4 : 16
        anchors.rightMargin: 4
        spacing: 4

        ToolButton {
            visible: root.showBack
            icon.source: "qrc:/media/icons/back.svg"
            Accessible.name: qsTr("Back")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Back")
            onClicked: root.backRequested()
        }
        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: 20
            font.bold: true
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }
        RowLayout {
            id: actionRow
        }
    }
}
