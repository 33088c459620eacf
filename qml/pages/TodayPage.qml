pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// What to do now: today's routine of the therapist's plan, else a routine
// planned for where it hurts, else a suggestion; then the last session, and
// the ways onward.
Page {
    id: root

    readonly property TodayController today: AppContext.today
    readonly property PlanController plans: AppContext.plans

    signal startRequested(string routineId)
    signal routineChosen(string routineId)
    signal sectionRequested(string name)
    // The player holds the planned routine: show it.
    signal playerRequested()

    // A new day or a pain rating since it was last shown.
    onVisibleChanged: {
        if (visible)
            today.refresh();
    }

    header: PageHeader {
        title: qsTr("Today")
    }

    RoutineDetails {
        id: planRoutine

        routineId: root.today.planRoutineId
    }
    RoutineDetails {
        id: suggestion

        routineId: root.today.suggestedRoutineId
    }

    component StartButton: Button {
        Layout.fillWidth: true
        Layout.preferredHeight: 64
        text: qsTr("Start")
        highlighted: true
        icon.source: "qrc:/media/icons/play.svg"
        icon.width: 28
        icon.height: 28
        font.pixelSize: 20
        font.bold: true
    }

    component Heading: Label {
        Layout.fillWidth: true
        font.pixelSize: 13
        font.bold: true
        color: Material.accent
        wrapMode: Text.Wrap
    }

    component Small: Label {
        Layout.fillWidth: true
        font.pixelSize: 13
        opacity: 0.75
        wrapMode: Text.Wrap
    }

    PageScroll {
        anchors.fill: parent
        spacing: 16

        Label {
            Layout.fillWidth: true
            text: qsTr("What to do now")
            font.pixelSize: 24
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        // ---- the therapist's plan
        Card {
            Layout.fillWidth: true
            visible: root.plans.hasActivePlan

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8

                Heading {
                    text: qsTr("Your plan: %1").arg(root.plans.activeTitle)
                }
                Label {
                    Layout.fillWidth: true
                    text: root.plans.todayText
                    font.pixelSize: 22
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Small {
                    visible: root.plans.todayDone
                    text: qsTr("Done for today. Well done.")
                }
                Small {
                    visible: root.today.source === "plan"
                    text: qsTr("%1 · %2").arg(planRoutine.durationText).arg(planRoutine.areaNames.join(", "))
                }
                Small {
                    visible: root.plans.adherencePlanned > 0
                    text: qsTr("%1 of %2 planned sessions done (%3%)").arg(root.plans.adherenceDone)
                        .arg(root.plans.adherencePlanned).arg(root.plans.adherencePercent)
                }
                Small {
                    visible: root.plans.streak > 0
                    text: qsTr("%n day(s) in a row", "", root.plans.streak)
                }
                StartButton {
                    visible: root.today.source === "plan"
                    Accessible.name: qsTr("Start %1").arg(planRoutine.title)
                    onClicked: root.startRequested(root.today.planRoutineId)
                }
                Button {
                    visible: root.today.source === "plan"
                    text: qsTr("See the steps")
                    flat: true
                    onClicked: root.routineChosen(root.today.planRoutineId)
                }
            }
        }

        // ---- planned for where it hurts
        Card {
            Layout.fillWidth: true
            visible: root.today.source === "planned"

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8

                Heading {
                    text: qsTr("Planned for where it hurts")
                }
                Label {
                    Layout.fillWidth: true
                    text: root.today.plannedTitle
                    font.pixelSize: 22
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Small {
                    text: root.today.problemAreaTexts.join(" · ")
                }
                Label {
                    Layout.fillWidth: true
                    text: root.today.plannedStepCount === 1
                        ? qsTr("%1, one step").arg(root.today.plannedDurationText)
                        : qsTr("%1, %2 steps").arg(root.today.plannedDurationText).arg(root.today.plannedStepCount)
                    font.pixelSize: 16
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: root.today.sideText
                    font.pixelSize: 16
                    font.bold: true
                    wrapMode: Text.Wrap
                }

                Label {
                    Layout.topMargin: 4
                    text: qsTr("Time")
                    font.bold: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 6

                    Repeater {
                        model: root.today.budgets

                        delegate: Button {
                            id: budget

                            required property int modelData

                            Layout.fillWidth: true
                            Layout.preferredHeight: 48
                            text: qsTr("%1 min").arg(modelData)
                            highlighted: root.today.minutes === modelData
                            flat: !highlighted
                            Accessible.checkable: true
                            Accessible.checked: highlighted
                            Accessible.name: qsTr("%1 minutes").arg(modelData)
                            onClicked: root.today.minutes = modelData
                        }
                    }
                }

                StartButton {
                    Layout.topMargin: 4
                    Accessible.name: qsTr("Start %1").arg(root.today.plannedTitle)
                    onClicked: {
                        if (root.today.startPlanned())
                            root.playerRequested();
                    }
                }

                Label {
                    Layout.topMargin: 4
                    text: qsTr("Muscles that commonly refer pain here")
                    font.bold: true
                }
                Repeater {
                    model: root.today.plannedMuscles

                    delegate: Label {
                        required property var modelData

                        Layout.fillWidth: true
                        text: qsTr("%1: %2").arg(modelData.name).arg(modelData.reason)
                        wrapMode: Text.Wrap
                    }
                }
                Small {
                    text: qsTr("Common patterns, not a diagnosis: notice what helps you.")
                }
                Repeater {
                    model: root.today.plannedNotes

                    delegate: Small {
                        required property string modelData

                        text: "• " + modelData
                    }
                }
                Small {
                    text: qsTr("Planned with %1.").arg(root.today.equipmentText)
                }
                Button {
                    text: qsTr("Change equipment")
                    flat: true
                    onClicked: root.sectionRequested("settings")
                }
            }
        }

        // ---- a suggestion from the library
        Card {
            Layout.fillWidth: true
            visible: root.today.source === "suggested" && suggestion.valid

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8

                Heading {
                    text: qsTr("Suggested for you")
                }
                Label {
                    Layout.fillWidth: true
                    text: suggestion.title
                    font.pixelSize: 22
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Small {
                    text: qsTr("%1 · %2").arg(suggestion.durationText).arg(suggestion.areaNames.join(", "))
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: root.today.suggestionReason
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: suggestion.description
                    wrapMode: Text.Wrap
                }
                StartButton {
                    Accessible.name: qsTr("Start %1").arg(suggestion.title)
                    onClicked: root.startRequested(suggestion.routineId)
                }
                Button {
                    text: qsTr("See the steps")
                    flat: true
                    onClicked: root.routineChosen(suggestion.routineId)
                }
            }
        }

        Card {
            Layout.fillWidth: true
            visible: root.today.source === "none"

            Label {
                anchors.left: parent.left
                anchors.right: parent.right
                text: qsTr("No routine suits your health answers right now. Mark where it hurts, or look through the routines.")
                wrapMode: Text.Wrap
            }
        }

        // ---- the last session
        Card {
            Layout.fillWidth: true
            visible: root.today.hasLastSession

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 4

                Heading {
                    text: qsTr("Last session")
                }
                Label {
                    Layout.fillWidth: true
                    text: root.today.lastTitle
                    font.pixelSize: 18
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Small {
                    text: qsTr("%1 · %2").arg(root.today.lastWhen).arg(root.today.lastOutcome)
                }
                Label {
                    Layout.fillWidth: true
                    text: root.today.lastPainText
                    font.pixelSize: 18
                    wrapMode: Text.Wrap
                }
            }
        }

        Card {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    text: root.today.hasProblemAreas ? qsTr("Has it changed?") : qsTr("Where does it hurt?")
                    font.pixelSize: 18
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: root.today.hasProblemAreas
                        ? qsTr("Rate your pain on the body map; the plan follows it.")
                        : qsTr("Mark it on the body map to see the muscles that commonly refer pain there, and a routine for them.")
                    wrapMode: Text.Wrap
                }
                Button {
                    text: qsTr("Open the body map")
                    flat: true
                    icon.source: "qrc:/media/icons/body.svg"
                    onClicked: root.sectionRequested("bodymap")
                }
            }
        }

        Card {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    text: qsTr("All routines")
                    font.pixelSize: 18
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    text: AppContext.routines.count === 1 ? qsTr("One routine to choose from.")
                        : qsTr("%1 routines for the neck, head, back and more.").arg(AppContext.routines.count)
                    wrapMode: Text.Wrap
                }
                Button {
                    text: qsTr("Browse routines")
                    flat: true
                    icon.source: "qrc:/media/icons/routines.svg"
                    onClicked: root.sectionRequested("routines")
                }
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Self-care guidance, not a diagnosis. Stop on sharp or tingling pain or dizziness.")
            wrapMode: Text.Wrap
            font.pixelSize: 13
            opacity: 0.7
        }
    }
}
