pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Pain from 0 (none) to 10 (worst imaginable), one large button per number.
ColumnLayout {
    id: root

    property int value: -1

    spacing: 8

    GridLayout {
        Layout.fillWidth: true
        columns: root.width >= 600 ? 11 : 6
        rowSpacing: 6
        columnSpacing: 6

        Repeater {
            model: 11

            delegate: Button {
                id: button

                required property int index

                Layout.fillWidth: true
                Layout.preferredHeight: 56
                text: index
                checkable: true
                checked: root.value === index
                highlighted: checked
                font.pixelSize: 20
                Accessible.name: qsTr("Pain %1 out of 10").arg(index)
                onClicked: root.value = index
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true

        Label {
            text: qsTr("0 no pain")
            opacity: 0.7
        }
        Item {
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("10 worst imaginable")
            opacity: 0.7
        }
    }
}
