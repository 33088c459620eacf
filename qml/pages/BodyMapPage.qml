pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// Where it hurts: the body map (filled in by the planner work).
Page {
    id: root

    header: PageHeader {
        title: qsTr("Body map")
    }

    Label {
        anchors.fill: parent
        anchors.margins: 24
        text: qsTr("Mark where it hurts, and see the muscles that commonly refer pain there.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
