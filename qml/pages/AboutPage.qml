pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// What Unknot is and is not, and when to stop and seek care.
Page {
    id: root

    signal backRequested()

    Shortcut {
        sequences: [StandardKey.Back, "Escape"]
        enabled: root.visible && root.StackView.status === StackView.Active
        onActivated: root.backRequested()
    }

    header: PageHeader {
        title: qsTr("About and safety")
        showBack: true
        onBackRequested: root.backRequested()
    }

    PageScroll {
        anchors.fill: parent
        spacing: 12


        Label {
            Layout.fillWidth: true
            text: qsTr("Unknot %1").arg(AppContext.version)
            font.pixelSize: 22
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Unknot guides you through foam rolling, pressure holds and stretches for the muscles that commonly refer pain to where you hurt, and keeps a private record of what helps you.")
            wrapMode: Text.Wrap
        }
        Card {
            Layout.fillWidth: true
            Material.background: Material.theme === Material.Dark ? "#4a2f22" : "#fff3e8"

            Label {
                anchors.left: parent.left
                anchors.right: parent.right
                text: qsTr("This is self-care guidance, not a diagnosis. It cannot tell what causes your pain. If pain does not improve after two to three weeks of regular use, see a professional.")
                wrapMode: Text.Wrap
                font.pixelSize: 16
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Call emergency services now for")
            font.bold: true
            font.pixelSize: 18
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Repeater {
            model: [
                qsTr("Chest pain or pressure, especially with breathlessness, sweating, or pain spreading to the arm or jaw."),
                qsTr("Sudden breathlessness, chest pain when breathing in, or coughing blood."),
                qsTr("A sudden, severe headache (the worst ever), or a headache with weakness, confusion, or changes in speech or vision, with fever and a stiff neck, or after a head injury."),
                qsTr("Numbness in the saddle area, new bladder or bowel problems, or weakness in both legs."),
                qsTr("Dizziness, double vision, slurred speech or trouble swallowing during neck work.")
            ]

            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                text: "• " + modelData
                wrapMode: Text.Wrap
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Get care the same day, and do not treat the area, for")
            font.bold: true
            font.pixelSize: 18
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Repeater {
            model: [
                qsTr("Swelling, warmth or redness of one calf or thigh (a possible blood clot)."),
                qsTr("A recent fall or injury that may have broken a bone."),
                qsTr("Fever or feeling generally unwell."),
                qsTr("Numbness, tingling or weakness that is quickly getting worse.")
            ]

            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                text: "• " + modelData
                wrapMode: Text.Wrap
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Stop a step at once if you feel")
            font.bold: true
            font.pixelSize: 18
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Repeater {
            model: [
                qsTr("Pain above 7 out of 10, or sharp, electric, burning or shooting pain."),
                qsTr("New numbness or tingling while pressing: move off the spot."),
                qsTr("A pulse under the ball or your fingers: move off."),
                qsTr("Dizziness, nausea, changes in vision or feeling faint.")
            ]

            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                text: "• " + modelData
                wrapMode: Text.Wrap
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.bottomMargin: 24
            text: qsTr("Unknot makes no network connections. Your history stays on this device.")
            wrapMode: Text.Wrap
            opacity: 0.8
        }
    }
}
