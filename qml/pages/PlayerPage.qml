pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// The guided session: readable from two metres, usable with eyes on the
// ceiling. Pain before, the timed steps, safety advice after a safety stop,
// pain after, a summary.
Page {
    id: root

    readonly property PlayerController player: AppContext.player
    readonly property string screen: player.screen
    readonly property bool timed: ["get-ready", "active", "switch-sides", "rep-rest", "transition"]
        .indexOf(screen) >= 0
    readonly property bool dialogOpen: stopDialog.visible || safetyDialog.visible
    readonly property bool keysEnabled: timed && !dialogOpen && StackView.status === StackView.Active
    // A control reached with Tab takes Space itself, as keyboard users expect.
    readonly property var focusedItem: Window.activeFocusItem
    readonly property bool controlFocused: focusedItem !== null && focusedItem.checkable !== undefined
        && focusedItem.pressed !== undefined

    // How the timed screens are laid out: "wide" puts the ring beside the
    // text, "tall" above it; "compact" (a short phone) puts a smaller ring
    // beside the step line and leaves the next step out. The controls always
    // keep their room.
    readonly property bool landscape: width >= 600 && width > height
    readonly property bool shortScreen: height < 480
    readonly property string arrangement: landscape ? "wide" : timedBody.height < 470 ? "compact" : "tall"
    // Large windows get larger type, up to one and a half times.
    readonly property real scale: width >= 1000 && height >= 700
        ? Math.max(1, Math.min(width / 1280, height / 800, 1.5)) : 1

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

    function stepHeading(): string {
        if (screen === "switch-sides")
            return player.side === "left" ? qsTr("Now the left side") : qsTr("Now the right side");
        if (screen === "rep-rest")
            return qsTr("Repetition %1 of %2 next").arg(player.rep).arg(player.repCount);
        return player.stepTitle;
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
        enabled: root.keysEnabled && !root.controlFocused
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

    // On a short landscape phone the controls and the clock need the room;
    // Stop in the controls closes the session as the header would.
    header: ToolBar {
        visible: !(root.timed && root.shortScreen)

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
                wrapMode: Text.Wrap
                maximumLineCount: 2
                font.pixelSize: 18
                font.bold: true
            }
        }
    }

    // --- pain before and after ---------------------------------------------------
    PageScroll {
        id: painView

        anchors.fill: parent
        visible: root.screen === "pain-before" || root.screen === "pain-after"
        maxWidth: 640
        spacing: 16

        SafetyCard {
            Layout.fillWidth: true
            visible: root.screen === "pain-after" && root.player.safetyAdvice.length > 0
            title: root.player.safetyTitle
            text: root.player.safetyAdvice
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
    // Anchored, not a layout: the room the steps get is known before they are
    // laid out, so their layout never feeds back into itself.
    Item {
        id: timedView

        readonly property real spacing: root.shortScreen ? 6 : 10

        anchors.fill: parent
        anchors.margins: root.shortScreen ? 8 : 16
        visible: root.timed

        // The whole session: a bar and the time left, readable across the room.
        RowLayout {
            id: sessionRow

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            spacing: 12

            Rectangle {
                id: sessionBar

                Layout.fillWidth: true
                Layout.preferredHeight: 10 * root.scale
                radius: height / 2
                color: root.Material.theme === Material.Dark ? "#3a4042" : "#dfe6e6"
                Accessible.role: Accessible.ProgressBar
                Accessible.name: qsTr("Session progress: %1").arg(root.player.sessionRemainingText)

                Rectangle {
                    width: parent.width * Math.max(0, Math.min(1, root.player.progress))
                    height: parent.height
                    radius: parent.radius
                    color: root.Material.accent
                }
            }
            Label {
                text: root.player.sessionRemainingText
                font.pixelSize: 17 * root.scale
                font.bold: true
            }
        }

        SoundNotice {
            id: soundNotice

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: sessionRow.bottom
            anchors.topMargin: timedView.spacing
            font.pixelSize: (root.shortScreen ? 13 : 14) * root.scale
        }

        // The ring gets the room the words leave; the next step shows only
        // where the ring keeps a readable size.
        GridLayout {
            id: timedBody

            readonly property bool wide: root.arrangement === "wide"
            readonly property bool tall: root.arrangement === "tall"
            readonly property bool compact: root.arrangement === "compact"
            // On a phone on its side the side badge goes under the ring, to leave
            // the words their room.
            readonly property bool badgeUnderRing: wide && root.shortScreen
            // The words of the step, with three lines of instructions.
            readonly property real wordsHeight: stepWords.implicitHeight + rowSpacing
                + instructionsText.font.pixelSize * 3.6
            readonly property real nextHeight: nextUp.implicitHeight + rowSpacing
            readonly property bool nextWanted: root.player.nextTitle.length > 0
                && ["active", "switch-sides", "rep-rest"].indexOf(root.screen) >= 0
            readonly property bool nextFits: wide ? height - wordsHeight >= nextHeight
                : tall && height - wordsHeight - rowSpacing - nextHeight >= 160
            readonly property real ringSize: {
                if (wide)
                    return Math.min(height - (badgeUnderRing ? ringBadge.height + 4 : 0), width * 0.42);
                if (compact)
                    return Math.max(96, Math.min(width * 0.4, height * 0.36));
                const room = height - wordsHeight - rowSpacing - (nextUp.visible ? nextHeight : 0);
                return Math.max(120, Math.min(width * 0.7, room));
            }

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: soundNotice.visible ? soundNotice.bottom : sessionRow.bottom
            anchors.bottom: parent.bottom
            anchors.topMargin: timedView.spacing
            columns: 2
            columnSpacing: wide ? 32 * root.scale : 16
            rowSpacing: root.shortScreen ? 4 : 8

            // Beside the words it takes the whole height it is given, so that
            // it never stretches the rows of the words.
            Item {
                id: ringArea

                Layout.row: 0
                Layout.column: 0
                Layout.rowSpan: timedBody.wide ? 3 : 1
                Layout.columnSpan: timedBody.tall ? 2 : 1
                Layout.preferredWidth: timedBody.ringSize
                Layout.preferredHeight: timedBody.wide ? 0 : timedBody.ringSize
                Layout.fillHeight: timedBody.wide
                Layout.alignment: timedBody.compact ? Qt.AlignLeft | Qt.AlignTop : Qt.AlignCenter

                Item {
                    id: ring

                    readonly property real badgeRoom: ringBadge.visible ? ringBadge.height + 4 : 0
                    readonly property real size: Math.min(ringArea.width, ringArea.height - badgeRoom)

                    anchors.horizontalCenter: parent.horizontalCenter
                    y: (ringArea.height - size - badgeRoom) / 2
                    width: size
                    height: size

                    ProgressRing {
                        anchors.fill: parent
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
                            font.pixelSize: Math.max(14, ring.size * 0.075)
                            opacity: 0.8
                        }
                        Label {
                            Layout.alignment: Qt.AlignHCenter
                            text: root.player.remainingText
                            font.pixelSize: Math.max(24, ring.size * 0.27)
                            font.bold: true
                            Accessible.name: qsTr("%1 seconds left").arg(Math.ceil(root.player.segmentRemainingMs / 1000))
                        }
                    }
                }
                SideBadge {
                    id: ringBadge

                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.top: ring.bottom
                    anchors.topMargin: 4
                    visible: timedBody.badgeUnderRing && (side === "left" || side === "right")
                    side: root.player.side
                    size: 20
                }
            }

            ColumnLayout {
                id: stepWords

                Layout.row: timedBody.tall ? 1 : 0
                Layout.column: timedBody.tall ? 0 : 1
                Layout.columnSpan: timedBody.tall ? 2 : 1
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: timedBody.rowSpacing

                Label {
                    id: stepLine

                    Layout.fillWidth: true
                    text: qsTr("Step %1 of %2 · %3").arg(root.player.stepNumber).arg(root.player.stepCount)
                        .arg(root.headline())
                    font.pixelSize: (timedBody.wide && !root.shortScreen ? 18 : 15) * root.scale
                    color: Material.accent
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    id: titleLabel

                    Layout.fillWidth: true
                    text: root.stepHeading()
                    font.pixelSize: timedBody.compact || root.shortScreen ? 20 : (timedBody.wide ? 32 : 24) * root.scale
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                SideBadge {
                    visible: !timedBody.badgeUnderRing && (side === "left" || side === "right")
                    side: root.player.side
                    size: (timedBody.wide && !root.shortScreen ? 30 : 22) * root.scale
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.player.intensityText.length > 0 && root.screen !== "rep-rest"
                        && root.screen !== "switch-sides"
                    text: qsTr("Press to %1").arg(root.player.intensityText)
                    font.pixelSize: timedBody.compact || root.shortScreen ? 16 : (timedBody.wide ? 22 : 18) * root.scale
                    wrapMode: Text.Wrap
                }
            }
            // The instructions scroll when they do not fit; a fade at the
            // bottom edge and the scroll bar say that more follows.
            Item {
                Layout.row: timedBody.tall ? 2 : 1
                Layout.column: timedBody.wide ? 1 : 0
                Layout.columnSpan: timedBody.wide ? 1 : 2
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 48

                Flickable {
                    id: instructionsScroll

                    readonly property bool overflows: contentHeight > height + 1

                    anchors.fill: parent
                    contentHeight: instructionsText.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    Accessible.role: Accessible.StaticText
                    Accessible.name: instructionsText.text
                    ScrollBar.vertical: ScrollBar {
                        policy: instructionsScroll.overflows ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                    }

                    Label {
                        id: instructionsText

                        width: instructionsScroll.width - 14
                        // Between sides and repetitions the step is known: the room stays empty.
                        text: root.screen === "rep-rest" || root.screen === "switch-sides" ? ""
                            : root.player.instructions
                        wrapMode: Text.Wrap
                        font.pixelSize: root.shortScreen ? 16 : (timedBody.wide ? 22 : 17) * root.scale
                        lineHeight: 1.15
                    }
                }
                Rectangle {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.rightMargin: 14
                    anchors.bottom: parent.bottom
                    height: Math.min(36, parent.height / 2)
                    visible: instructionsScroll.overflows && !instructionsScroll.atYEnd
                    gradient: Gradient {
                        GradientStop { position: 0; color: "transparent" }
                        GradientStop { position: 1; color: root.Material.backgroundColor }
                    }
                }
            }
            NextUp {
                id: nextUp

                Layout.row: timedBody.tall ? 3 : 2
                Layout.column: timedBody.wide ? 1 : 0
                Layout.columnSpan: timedBody.wide ? 1 : 2
                Layout.fillWidth: true
                visible: timedBody.nextWanted && timedBody.nextFits
                compact: !timedBody.wide
                title: root.player.nextTitle
                dose: root.player.nextDoseText
                scale: root.scale
            }
        }
    }

    // --- after a safety stop: the advice, then continue or end -----------------------
    PageScroll {
        id: safetyView

        anchors.fill: parent
        visible: root.screen === "safety"
        maxWidth: 720
        spacing: 16

        SafetyCard {
            Layout.fillWidth: true
            title: root.player.safetyTitle
            text: root.player.safetyAdvice
            textSize: 18
        }
        Label {
            Layout.fillWidth: true
            visible: root.player.safetyRecommendsEnding
            text: qsTr("Ending the session now is the safer choice.")
            font.pixelSize: 18
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.player.safetyLeftOutText
            font.pixelSize: 17
            wrapMode: Text.Wrap
        }
        NextUp {
            Layout.fillWidth: true
            visible: root.player.canContinueAfterSafetyStop
            title: root.player.safetyNextTitle
        }
        SoundNotice {
            Layout.fillWidth: true
        }
    }

    // --- the summary -------------------------------------------------------------------
    PageScroll {
        id: summaryView

        anchors.fill: parent
        visible: root.screen === "summary"
        maxWidth: 720
        spacing: 16

        Label {
            Layout.fillWidth: true
            text: root.player.completed ? qsTr("Well done") : qsTr("Session stopped")
            font.pixelSize: 32
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.player.endedText
            font.pixelSize: 18
            wrapMode: Text.Wrap
        }
        SafetyCard {
            Layout.fillWidth: true
            visible: root.player.safetyAdvice.length > 0
            title: root.player.safetyTitle
            text: root.player.safetyAdvice
        }
        GridLayout {
            Layout.fillWidth: true
            columns: width >= 520 ? 3 : 2
            columnSpacing: 12
            rowSpacing: 12

            StatTile {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 100
                value: root.player.summaryTime
                label: qsTr("Time spent")
            }
            StatTile {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 100
                value: qsTr("%1 of %2").arg(root.player.stepsDone).arg(root.player.stepCount)
                label: qsTr("Steps done")
            }
            StatTile {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 100
                value: root.player.stepsEndedEarly
                label: qsTr("Ended early (it eased)")
            }
            StatTile {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 100
                value: root.player.stepsSkipped
                label: qsTr("Skipped")
            }
            StatTile {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 100
                visible: root.player.stepsStopped > 0
                value: root.player.stepsStopped
                label: root.player.safetyStop.length > 0 ? qsTr("Stopped for safety") : qsTr("Stopped")
                highlighted: root.player.safetyStop.length > 0
            }
            StatTile {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 100
                visible: root.player.stepsNotReached > 0
                value: root.player.stepsNotReached
                label: qsTr("Not reached")
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
    }

    footer: Pane {
        visible: root.timed || root.screen === "safety" || root.screen === "summary"
        Material.elevation: 6
        padding: 8

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 0

            PlayerControls {
                Layout.fillWidth: true
                visible: root.timed
                rowCount: root.width >= 1000 ? 1 : root.landscape ? 2 : 3
                onStopRequested: root.askToStop()
                onSafetyStopRequested: root.askWhySafetyStop()
            }
            // After a safety stop: the recommended choice first, and highlighted.
            GridLayout {
                id: safetyChoices

                readonly property bool endFirst: root.player.safetyRecommendsEnding

                Layout.fillWidth: true
                visible: root.screen === "safety"
                columns: root.landscape ? 2 : 1
                rowSpacing: 4
                columnSpacing: 8

                Button {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    Layout.preferredHeight: 56
                    Layout.row: !root.landscape && safetyChoices.endFirst ? 1 : 0
                    Layout.column: root.landscape && safetyChoices.endFirst ? 1 : 0
                    visible: root.player.canContinueAfterSafetyStop
                    text: qsTr("Continue with the next step")
                    highlighted: !safetyChoices.endFirst
                    focusPolicy: Qt.TabFocus
                    onClicked: root.player.continueAfterSafetyStop()
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    Layout.preferredHeight: 56
                    Layout.row: !root.landscape && !safetyChoices.endFirst ? 1 : 0
                    Layout.column: root.landscape && !safetyChoices.endFirst ? 1 : 0
                    text: root.player.canContinueAfterSafetyStop ? qsTr("End the session") : qsTr("Finish")
                    highlighted: safetyChoices.endFirst || !root.player.canContinueAfterSafetyStop
                    focusPolicy: Qt.TabFocus
                    onClicked: root.player.endAfterSafetyStop()
                }
            }
            Button {
                Layout.fillWidth: true
                Layout.maximumWidth: 720
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredHeight: 56
                visible: root.screen === "summary"
                text: qsTr("Done")
                highlighted: true
                font.pixelSize: 17
                focusPolicy: Qt.TabFocus
                onClicked: root.closeRequested()
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

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right

            Label {
                Layout.fillWidth: true
                text: qsTr("What you have done so far is kept.")
                wrapMode: Text.Wrap
            }
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
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: root.shortScreen ? 4 : 8

            Repeater {
                model: [
                    {reason: "sharp", text: qsTr("Sharp, electric or burning pain")},
                    {reason: "tingling", text: qsTr("Tingling or numbness")},
                    {reason: "dizzy", text: qsTr("Dizzy, sick or faint")}
                ]

                delegate: Button {
                    required property var modelData

                    Layout.fillWidth: true
                    Layout.preferredHeight: root.shortScreen ? 48 : 56
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
