pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// One line of "What helps you": a routine or a muscle worked, how the
// person's pain changed from before to after its sessions and across weeks,
// with the number of sessions behind each figure and a flag when a change
// reaches 2 points or 30 %. A Column, not a ColumnLayout: on Qt 6.4 a layout
// can keep a wrapped text's old height, and lines then overlap.
Column {
    id: root

    required property string title
    required property int sessions
    required property real before
    required property real after
    required property bool meaningful
    required property bool improved
    required property int weeks
    required property int weekSessions
    required property real weekBefore
    required property real weekAfter
    required property bool weekMeaningful
    required property bool weekImproved

    function pain(value: real): string {
        return Number.isInteger(value) ? String(value) : value.toLocaleString(Qt.locale(), "f", 1);
    }

    spacing: 6

    component Caption: Label {
        width: parent ? parent.width : implicitWidth
        topPadding: 4
        font.pixelSize: 12
        font.bold: true
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 0.6
        opacity: 0.7
        wrapMode: Text.Wrap
    }

    // "A meaningful change", tinted by its direction.
    component Flag: Label {
        id: flag

        property bool better: true

        width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
        text: better ? qsTr("A meaningful change (2 points or 30%)")
                     : qsTr("A meaningful change for the worse (2 points or 30%)")
        wrapMode: Text.Wrap
        font.pixelSize: 13
        font.bold: true
        leftPadding: 10
        rightPadding: 10
        topPadding: 4
        bottomPadding: 4
        color: better ? (Material.theme === Material.Dark ? "#b2dfdb" : "#00564e")
                      : (Material.theme === Material.Dark ? "#ffd0b0" : "#8a3d0b")
        background: Rectangle {
            radius: height / 2
            color: flag.better ? (flag.Material.theme === Material.Dark ? "#1f4541" : "#ddf1ee")
                               : (flag.Material.theme === Material.Dark ? "#4a2f22" : "#fff3e8")
        }
    }

    // The title beside the before -> after figure. Placed by hand: a RowLayout
    // keeps a wrapped title's old height after some resizes (Qt 6.4).
    Item {
        width: parent.width
        implicitHeight: Math.max(title.implicitHeight, figure.implicitHeight)

        Label {
            id: title

            width: parent.width - (figure.visible ? figure.width + 12 : 0)
            anchors.verticalCenter: parent.verticalCenter
            text: root.title
            font.pixelSize: 17
            font.bold: true
            wrapMode: Text.Wrap
        }
        // The figure at a glance; the sentence below says it in words.
        Label {
            id: figure

            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            visible: root.sessions > 0
            text: qsTr("%1 → %2").arg(root.pain(root.before)).arg(root.pain(root.after))
            font.pixelSize: 20
            font.bold: true
            color: root.meaningful && root.improved ? Material.accent : Material.foreground
            Accessible.ignored: true
        }
    }

    Caption {
        text: qsTr("Before and after a session")
    }
    Label {
        width: parent.width
        text: root.sessions > 0
            ? qsTr("Your pain went from %1 to %2 on average over %n session(s).", "", root.sessions)
                .arg(root.pain(root.before)).arg(root.pain(root.after))
            : qsTr("Rate your pain after a session too, to see the change it brings.")
        wrapMode: Text.Wrap
        opacity: root.sessions > 0 ? 1 : 0.75
    }
    Flag {
        visible: root.sessions > 0 && root.meaningful
        better: root.improved
    }

    Caption {
        text: qsTr("Across weeks")
    }
    Label {
        width: parent.width
        text: root.weekSessions > 0
            ? qsTr("Your pain before a session went from %1 in your first week to %2 in your latest week (%n session(s) in those two weeks, %3 weeks with ratings).", "", root.weekSessions)
                .arg(root.pain(root.weekBefore)).arg(root.pain(root.weekAfter)).arg(root.weeks)
            : qsTr("Shown once you have rated sessions in two different weeks.")
        wrapMode: Text.Wrap
        opacity: root.weekSessions > 0 ? 1 : 0.75
    }
    Flag {
        visible: root.weekSessions > 0 && root.weekMeaningful
        better: root.weekImproved
    }
}
