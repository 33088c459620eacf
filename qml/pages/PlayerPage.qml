pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// The guided session: readable from two metres, usable with eyes on the
// ceiling. Pain before, the timed steps, pain after, a summary.
Page {
    id: root

    readonly property PlayerController player: AppContext.player
    readonly property string screen: player.screen
    readonly property bool timed: ["get-ready", "active", "switch-sides", "rep-rest", "transition"]
        .indexOf(screen) >= 0
    readonly property bool wide: width >= 720 && width > height
    readonly property bool dialogOpen: stopDialog.visible || safetyDialog.visible
    readonly property bool keysEnabled: timed && !dialogOpen && StackView.status === StackView.Active

    signal closeRequested()

    function headline(): string {
        switch (screen) {
        case "get-ready": return qsTr("Get ready");
        case "transition": return qsTr("Next up");
        case "switch-sides": return qsTr("Switch sides");
        case "rep-rest": return qsTr("Rest");
        default: return [player.stepTypeName, player.muscleName].filter(part => part.length > 0).join(" · ");
        }
    }

    // The word above the countdown in the ring.
    function ringLabel(): string {
        switch (screen) {
        case "get-ready": return qsTr("Get ready");
        case "transition": return qsTr("Next");
        case "switch-sides": return qsTr("Switch");
        case "rep-rest": return qsTr("Rest");
        default: return player.repCount > 1 ? qsTr("%1 of %2").arg(player.rep).arg(player.repCount) : "";
        }
    }

    function askToStop(): void {
        stopDialog.wasPaused = player.paused;
        if (!player.paused)
            player.togglePause();
        stopDialog.open();
    }

    function askWhySafetyStop(): void {
        safetyDialog.wasPaused = player.paused;
        if (!player.paused)
            player.togglePause();
        safetyDialog.open();
    }

    Shortcut {
        sequence: "Space"
        enabled: root.keysEnabled
        onActivated: root.player.togglePause()
    }
    Shortcut {
        sequence: "Right"
        enabled: root.keysEnabled
        onActivated: root.player.skip()
    }
    Shortcut {
        sequence: "Left"
        enabled: root.keysEnabled
        onActivated: root.player.back()
    }
    Shortcut {
        sequence: "Escape"
        enabled: root.keysEnabled
        onActivated: root.askToStop()
    }
    Shortcut {
        sequence: "+"
        enabled: root.keysEnabled
        onActivated: root.player.extend()
    }
    Shortcut {
        sequence: "E"
        enabled: root.keysEnabled && root.player.canEndEarly
        onActivated: root.player.endEarly()
    }

    // Screen readers hear every step change.
    Item {
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.player.announcement
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            spacing: 4

            ToolButton {
                icon.source: "qrc:/media/icons/close.svg"
                focusPolicy: Qt.TabFocus
                Accessible.name: root.timed ? qsTr("Stop the session") : qsTr("Close the player")
                onClicked: root.timed ? root.askToStop() : root.closeRequested()
            }
            Label {
                Layout.fillWidth: true
                text: root.player.routineTitle
                elide: Text.ElideRight
                font.pixelSize: 18
                font.bold: true
            }
        }
    }

    ProgressBar {
        id: sessionProgress

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        visible: root.timed
        value: root.player.progress
        Accessible.name: qsTr("Session progress")
    }

    // --- pain before and after ---------------------------------------------------
    PageScroll {
        id: painView

        anchors.fill: parent
        visible: root.screen === "pain-before" || root.screen === "pain-after"
        maxWidth: 640
        spacing: 16

        Card {
            Layout.fillWidth: true
            visible: root.screen === "pain-after" && root.player.safetyAdvice.length > 0
            Material.background: Material.theme === Material.Dark ? "#4a2f22" : "#fff3e8"

            Label {
                anchors.left: parent.left
                anchors.right: parent.right
                text: root.player.safetyAdvice
                wrapMode: Text.Wrap
                font.pixelSize: 16
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.screen === "pain-before" ? qsTr("Before you start")
                : root.player.completed ? qsTr("Well done") : qsTr("Session stopped")
            font.pixelSize: 28
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: root.screen === "pain-before" ? qsTr("How much does it hurt right now?")
                : qsTr("And how much does it hurt now?")
            font.pixelSize: 20
            wrapMode: Text.Wrap
        }
        PainScale {
            id: painScale

            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Button {
                text: qsTr("Skip")
                flat: true
                Accessible.name: qsTr("Skip the pain question")
                onClicked: {
                    if (root.screen === "pain-before")
                        root.player.begin(-1);
                    else
                        root.player.finishWithPain(-1);
                    painScale.value = -1;
                }
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                text: root.screen === "pain-before" ? qsTr("Start") : qsTr("Save")
                highlighted: true
                enabled: painScale.value >= 0
                font.pixelSize: 16
                onClicked: {
                    if (root.screen === "pain-before")
                        root.player.begin(painScale.value);
                    else
                        root.player.finishWithPain(painScale.value);
                    painScale.value = -1;
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.screen === "pain-before"
            text: qsTr("Stop at once on sharp, electric or tingling pain, or if you feel dizzy.")
            wrapMode: Text.Wrap
            opacity: 0.75
        }
        
    }

    // --- the timed steps ------------------------------------------------------------
    GridLayout {
        id: timedView

        anchors.fill: parent
        anchors.topMargin: sessionProgress.height + 8
        anchors.leftMargin: 16
        anchors.rightMargin: 16
        anchors.bottomMargin: 8
        visible: root.timed
        columns: root.wide ? 2 : 1
        columnSpacing: 32
        rowSpacing: 8

        Item {
            id: ringArea

            readonly property real ringSize: root.wide
                ? Math.min(timedView.height, timedView.width * 0.45)
                : Math.min(timedView.width * 0.7, timedView.height * 0.4)

            Layout.fillWidth: !root.wide
            Layout.preferredWidth: ringSize
            Layout.preferredHeight: ringSize
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter

            ProgressRing {
                anchors.centerIn: parent
                width: ringArea.ringSize
                height: ringArea.ringSize
                value: root.player.segmentProgress
                color: root.player.side === "left" ? "#1f6fb2"
                     : root.player.side === "right" ? "#c75b12" : Material.accent
            }
            ColumnLayout {
                anchors.centerIn: parent
                spacing: 0

                Label {
                    Layout.alignment: Qt.AlignHCenter
                    visible: text.length > 0
                    text: root.player.paused ? qsTr("Paused") : root.ringLabel()
                    font.pixelSize: Math.max(16, ringArea.ringSize * 0.07)
                    opacity: 0.8
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: root.player.remainingText
                    font.pixelSize: ringArea.ringSize * 0.27
                    font.bold: true
                    Accessible.name: qsTr("%1 seconds left").arg(Math.ceil(root.player.segmentRemainingMs / 1000))
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            Label {
                Layout.fillWidth: true
                text: qsTr("Step %1 of %2 · %3").arg(root.player.stepNumber).arg(root.player.stepCount)
                    .arg(root.headline())
                font.pixelSize: root.wide ? 18 : 15
                color: Material.accent
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: root.screen === "switch-sides" ? qsTr("Now the %1 side").arg(root.player.side)
                    : root.screen === "rep-rest" ? qsTr("Repetition %1 of %2 next").arg(root.player.rep).arg(root.player.repCount)
                    : root.player.stepTitle
                font.pixelSize: root.wide ? 32 : 24
                font.bold: true
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12

                SideBadge {
                    side: root.player.side
                    size: root.wide ? 32 : 24
                }

            }
            Label {
                Layout.fillWidth: true
                visible: root.player.intensityText.length > 0 && root.screen !== "rep-rest"
                text: qsTr("Press to %1").arg(root.player.intensityText)
                font.pixelSize: root.wide ? 22 : 18
                wrapMode: Text.Wrap
            }
            Flickable {
                id: instructionsScroll

                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 48
                visible: root.screen !== "rep-rest" && root.screen !== "switch-sides"
                contentHeight: instructionsText.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}

                Label {
                    id: instructionsText

                    width: instructionsScroll.width
                    text: root.player.instructions
                    wrapMode: Text.Wrap
                    font.pixelSize: root.wide ? 20 : 17
                    lineHeight: 1.15
                }
            }
            Item {
                Layout.fillHeight: true
                visible: !instructionsScroll.visible
            }
            Label {
                Layout.fillWidth: true
                visible: root.screen === "active" && root.player.nextTitle.length > 0
                text: qsTr("Next: %1").arg(root.player.nextTitle)
                wrapMode: Text.Wrap
                opacity: 0.75
            }
        }
    }

    // --- the summary -------------------------------------------------------------------
    PageScroll {
        id: summaryView

        anchors.fill: parent
        visible: root.screen === "summary"
        maxWidth: 640
        spacing: 16

        Label {
            Layout.fillWidth: true
            text: root.player.completed ? qsTr("Well done") : qsTr("Session stopped")
            font.pixelSize: 32
            font.bold: true
            wrapMode: Text.Wrap
        }
        Card {
            Layout.fillWidth: true
            visible: root.player.safetyAdvice.length > 0
            Material.background: Material.theme === Material.Dark ? "#4a2f22" : "#fff3e8"

            Label {
                anchors.left: parent.left
                anchors.right: parent.right
                text: root.player.safetyAdvice
                wrapMode: Text.Wrap
                font.pixelSize: 16
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 24
            rowSpacing: 8

            Label {
                text: qsTr("Time")
                font.pixelSize: 18
            }
            Label {
                text: root.player.summaryTime
                font.pixelSize: 18
                font.bold: true
            }
            Label {
                text: qsTr("Steps done")
                font.pixelSize: 18
            }
            Label {
                text: root.player.stepsDone
                font.pixelSize: 18
                font.bold: true
            }
            Label {
                text: qsTr("Ended early (it eased)")
                font.pixelSize: 18
            }
            Label {
                text: root.player.stepsEndedEarly
                font.pixelSize: 18
                font.bold: true
            }
            Label {
                text: qsTr("Skipped")
                font.pixelSize: 18
            }
            Label {
                text: root.player.stepsSkipped
                font.pixelSize: 18
                font.bold: true
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.player.painChangeText
            font.pixelSize: 18
            wrapMode: Text.Wrap
            color: root.player.meaningfulChange ? Material.accent : Material.foreground
        }
        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Done")
            highlighted: true
            font.pixelSize: 16
            onClicked: root.closeRequested()
        }
        
    }

    footer: Pane {
        visible: root.timed
        Material.elevation: 6
        padding: 8

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 4

            RowLayout {
                Layout.fillWidth: true
                spacing: 8

                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    icon.source: "qrc:/media/icons/previous.svg"
                    text: qsTr("Back")
                    focusPolicy: Qt.TabFocus
                    Accessible.name: qsTr("Back: restart this step")
                    onClicked: root.player.back()
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    icon.source: root.player.paused ? "qrc:/media/icons/play.svg" : "qrc:/media/icons/pause.svg"
                    text: root.player.paused ? qsTr("Resume") : qsTr("Pause")
                    highlighted: true
                    focusPolicy: Qt.TabFocus
                    onClicked: root.player.togglePause()
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    icon.source: "qrc:/media/icons/next.svg"
                    text: qsTr("Skip")
                    focusPolicy: Qt.TabFocus
                    Accessible.name: qsTr("Skip to the next step")
                    onClicked: root.player.skip()
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8

                Button {
                    Layout.fillWidth: true
                    text: qsTr("+15 s")
                    focusPolicy: Qt.TabFocus
                    Accessible.name: qsTr("Add 15 seconds")
                    onClicked: root.player.extend()
                }
                Button {
                    Layout.fillWidth: true
                    visible: root.player.canEndEarly
                    text: qsTr("It eased")
                    focusPolicy: Qt.TabFocus
                    Accessible.name: qsTr("It eased: end this hold early")
                    onClicked: root.player.endEarly()
                }
                Button {
                    Layout.fillWidth: true
                    text: qsTr("Stop")
                    focusPolicy: Qt.TabFocus
                    Accessible.name: qsTr("Stop the session")
                    onClicked: root.askToStop()
                }
            }
            Button {
                Layout.fillWidth: true
                text: qsTr("Stop: sharp, tingling or dizzy")
                icon.source: "qrc:/media/icons/warning.svg"
                focusPolicy: Qt.TabFocus
                Material.background: Material.theme === Material.Dark ? "#7a3b16" : "#fbe3d3"
                Material.foreground: Material.theme === Material.Dark ? "#ffffff" : "#7a3b16"
                Accessible.name: qsTr("Stop because of sharp or tingling pain or dizziness")
                onClicked: root.askWhySafetyStop()
            }
        }
    }

    Dialog {
        id: stopDialog

        property bool wasPaused: false

        anchors.centerIn: parent
        width: Math.max(0, Math.min(parent.width - 32, 420))
        modal: true
        title: qsTr("Stop the session?")
        onAccepted: root.player.stop()
        onRejected: {
            if (!wasPaused)
                root.player.togglePause();
        }

        Label {
            width: parent.width
            text: qsTr("What you have done so far is kept.")
            wrapMode: Text.Wrap
        }

        footer: DialogButtonBox {
            Button {
                text: qsTr("Keep going")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                text: qsTr("Stop")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
    }

    Dialog {
        id: safetyDialog

        property bool wasPaused: false

        anchors.centerIn: parent
        width: Math.max(0, Math.min(parent.width - 32, 460))
        modal: true
        title: qsTr("What do you feel?")
        onRejected: {
            if (!wasPaused)
                root.player.togglePause();
        }

        ColumnLayout {
            width: parent.width
            spacing: 8

            Repeater {
                model: [
                    {reason: "sharp", text: qsTr("Sharp, electric or burning pain")},
                    {reason: "tingling", text: qsTr("Tingling or numbness")},
                    {reason: "dizzy", text: qsTr("Dizzy, sick or faint")}
                ]

                delegate: Button {
                    required property var modelData

                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    text: modelData.text
                    onClicked: {
                        safetyDialog.close();
                        root.player.stopForSafety(modelData.reason);
                    }
                }
            }
        }

        footer: DialogButtonBox {
            Button {
                text: qsTr("Cancel")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
    }
}
