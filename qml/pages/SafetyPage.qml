pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// The health screen: yes/no questions from the domain reference (section 3g),
// on first use and from Settings. Some answers call for care instead of
// routines; the others change what routines hold.
Page {
    id: root

    readonly property SafetyController safety: AppContext.safety
    readonly property bool firstUse: !safety.answered

    Shortcut {
        sequences: [StandardKey.Back, "Escape"]
        enabled: !root.firstUse && root.visible
        onActivated: root.safety.cancelEditing()
    }

    header: PageHeader {
        title: root.firstUse ? qsTr("Before you start") : qsTr("Health questions")
        showBack: !root.firstUse
        onBackRequested: root.safety.cancelEditing()
    }

    PageScroll {
        id: scroll

        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            text: qsTr("A few yes-or-no questions keep your routines safe. Some answers mean "
                       + "seeing a doctor first; others leave out areas or keep pressure gentle.")
            font.pixelSize: 16
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Your answers stay on this device. You can change them any time in Settings.")
            font.pixelSize: 13
            opacity: 0.7
            wrapMode: Text.Wrap
        }

        Repeater {
            model: root.safety.questions

            delegate: SafetyQuestion {
                Layout.fillWidth: true
            }
        }
        Item {
            Layout.preferredHeight: 8
        }
    }

    footer: Pane {
        Material.elevation: 6

        ColumnLayout {
            width: Math.min(parent.width, 720)
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: 6

            Label {
                Layout.fillWidth: true
                text: root.safety.draftProblem.length > 0 ? root.safety.draftProblem
                    : qsTr("Thank you: every question is answered.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                opacity: 0.8
            }
            Button {
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                text: root.firstUse ? qsTr("Continue") : qsTr("Save answers")
                highlighted: true
                enabled: root.safety.draftProblem.length === 0
                font.pixelSize: 17
                Accessible.name: text
                onClicked: root.safety.save()
            }
        }
    }
}
