pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// The health answers, the equipment at hand, appearance, sound and voice, and
// where the data is kept.
Page {
    id: root

    readonly property Settings settings: AppContext.settings
    readonly property SafetyController safety: AppContext.safety

    signal aboutRequested()
    signal plansRequested()

    header: PageHeader {
        title: qsTr("Settings")
    }

    PageScroll {
        anchors.fill: parent
        spacing: 4

        Label {
            Layout.topMargin: 16
            text: qsTr("Health questions")
            font.bold: true
            color: Material.accent
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: root.safety.changes.length === 0
                ? qsTr("You answered no to every question: routines use the usual doses.")
                : qsTr("Your answers change your routines:")
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.safety.changes

            delegate: Label {
                required property var modelData

                Layout.fillWidth: true
                Layout.leftMargin: 8
                text: "• " + modelData.effect
                wrapMode: Text.Wrap
                font.pixelSize: 14
            }
        }
        Button {
            text: qsTr("Change health answers")
            flat: true
            Accessible.name: text
            onClicked: root.safety.edit()
        }

        Label {
            Layout.topMargin: 16
            text: qsTr("Your equipment")
            font.bold: true
            color: Material.accent
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Routines planned for you use what you have. Your hands, a wall, a doorframe and a chair are taken as given.")
            wrapMode: Text.Wrap
            font.pixelSize: 13
            opacity: 0.75
        }
        Flow {
            Layout.fillWidth: true
            spacing: 4

            Repeater {
                model: root.settings.equipmentChoices

                delegate: CheckBox {
                    id: owned

                    required property var modelData

                    text: modelData.text
                    checked: root.settings.equipment.indexOf(modelData.value) >= 0
                    Accessible.name: qsTr("I have: %1").arg(modelData.text)
                    onToggled: {
                        const items = root.settings.equipment.filter(item => item !== owned.modelData.value);
                        if (checked)
                            items.push(owned.modelData.value);
                        root.settings.equipment = items;
                    }
                }
            }
        }

        Label {
            Layout.topMargin: 16
            text: qsTr("Appearance")
            font.bold: true
            color: Material.accent
            Accessible.role: Accessible.Heading
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 0

            Repeater {
                model: [
                    {value: "system", text: qsTr("System")},
                    {value: "light", text: qsTr("Light")},
                    {value: "dark", text: qsTr("Dark")}
                ]

                delegate: RadioButton {
                    required property var modelData

                    text: modelData.text
                    checked: root.settings.theme === modelData.value
                    Accessible.name: qsTr("%1 theme").arg(modelData.text)
                    onClicked: root.settings.theme = modelData.value
                }
            }
        }

        Label {
            Layout.topMargin: 16
            text: qsTr("Sound and voice")
            font.bold: true
            color: Material.accent
            Accessible.role: Accessible.Heading
        }
        Switch {
            Layout.fillWidth: true
            text: qsTr("Tones for every cue")
            checked: root.settings.tonesEnabled
            onToggled: root.settings.tonesEnabled = checked
        }
        Switch {
            Layout.fillWidth: true
            text: qsTr("Spoken guidance")
            checked: root.settings.voiceEnabled
            onToggled: root.settings.voiceEnabled = checked
        }
        Switch {
            Layout.fillWidth: true
            text: qsTr("Eyes-free mode")
            Accessible.description: qsTr("Reads out everything on the player screen")
            checked: root.settings.eyesFree
            onToggled: root.settings.eyesFree = checked
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 60
            text: qsTr("Reads out everything on the player, so you can follow with your eyes closed.")
            wrapMode: Text.Wrap
            font.pixelSize: 13
            opacity: 0.75
        }
        Switch {
            Layout.fillWidth: true
            text: qsTr("Breathing rhythm during holds")
            checked: root.settings.breathPacing
            onToggled: root.settings.breathPacing = checked
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8

            Label {
                Layout.fillWidth: true
                text: qsTr("Volume")
            }
            Label {
                text: root.settings.volumeText
                font.bold: true
            }
        }
        Slider {
            Layout.fillWidth: true
            from: 0
            to: 1
            stepSize: 0.05
            value: root.settings.volume
            Accessible.name: qsTr("Volume")
            Accessible.description: root.settings.volumeText
            onMoved: root.settings.volume = value
        }
        RowLayout {
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                text: qsTr("Voice speed")
            }
            Label {
                text: root.settings.voiceRateText
                font.bold: true
            }
        }
        Slider {
            Layout.fillWidth: true
            from: -1
            to: 1
            stepSize: 0.1
            value: root.settings.voiceRate
            Accessible.name: qsTr("Voice speed")
            Accessible.description: root.settings.voiceRateText
            onMoved: root.settings.voiceRate = value
        }
        Button {
            text: qsTr("Try the sound")
            icon.source: "qrc:/media/icons/play.svg"
            Accessible.description: qsTr("Plays a tone and a phrase at this volume and voice speed")
            onClicked: AppContext.sound.playSample()
        }
        SoundNotice {
            Layout.fillWidth: true
        }

        Label {
            Layout.topMargin: 16
            text: qsTr("Your data")
            font.bold: true
            color: Material.accent
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Kept on this device only, readable by you alone, in %1").arg(AppContext.dataDir)
            wrapMode: Text.WrapAnywhere
            opacity: 0.8
        }
        ItemDelegate {
            Layout.fillWidth: true
            text: qsTr("Export everything (JSON)…")
            Accessible.description: qsTr("A file you can restore from later")
            onClicked: transfer.exportJson()
        }
        ItemDelegate {
            Layout.fillWidth: true
            text: qsTr("Export for a spreadsheet (CSV)…")
            Accessible.description: qsTr("Three CSV files in a folder you choose")
            onClicked: transfer.exportCsv()
        }
        ItemDelegate {
            Layout.fillWidth: true
            text: qsTr("Restore from an export…")
            Accessible.description: qsTr("Adds what is missing from a JSON export and keeps what is here")
            onClicked: transfer.restore()
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: AppContext.history.lastResult
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Only a JSON export can be restored. Restoring adds what is missing and keeps everything already here.")
            wrapMode: Text.Wrap
            font.pixelSize: 13
            opacity: 0.75
        }

        ItemDelegate {
            Layout.fillWidth: true
            Layout.topMargin: 16
            text: qsTr("Plans and reports")
            icon.source: "qrc:/media/icons/plans.svg"
            Accessible.description: qsTr("Import a plan from your therapist, write plans for clients, export a progress report")
            onClicked: root.plansRequested()
        }
        ItemDelegate {
            Layout.fillWidth: true
            text: qsTr("About Unknot and safety")
            icon.source: "qrc:/media/icons/info.svg"
            onClicked: root.aboutRequested()
        }
        Item {
            Layout.preferredHeight: 16
        }
    }

    HistoryTransfer {
        id: transfer
    }
}
