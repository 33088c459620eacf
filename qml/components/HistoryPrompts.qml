pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// What the history asks of the person, over the whole window and never during
// a session: a damaged history file to restore from an export, an interrupted
// session to go on with or keep, the next-day check-in, and a banner while
// changes wait in memory to be saved.
Item {
    id: root

    readonly property HistoryController history: AppContext.history
    readonly property bool sessionOpen: AppContext.player.active
    // Nothing is asked while something more important covers the window.
    property bool held: false
    // Answered for this run: the damaged file, a banner the person hid.
    property bool restoreAnswered: false
    property string hiddenNotice: ""
    property bool retryFailed: false
    // The one question shown now, the most urgent first.
    readonly property string question: sessionOpen || held ? ""
        : history.restoreSuggested && !restoreAnswered ? "restore"
        : history.resumeOffered ? "resume"
        : history.checkInDue ? "check-in" : ""
    readonly property bool bannerShown: !sessionOpen && !held && question !== "restore"
        && history.notice.length > 0 && history.notice !== hiddenNotice
    property alias transfer: transfer

    // The player is ready at the step where the interrupted session stopped.
    signal resumed()

    function showQuestion(): void {
        const dialogs = {"restore": restoreQuestion, "resume": resumeQuestion, "check-in": checkInQuestion};
        for (const name in dialogs) {
            const dialog = dialogs[name];
            if (name === question && !dialog.visible)
                dialog.open();
            else if (name !== question && dialog.visible)
                dialog.close();
        }
    }

    function timeText(when: date): string {
        // Hours and minutes: some locales' short format (C's) also shows seconds.
        return when.toLocaleTimeString(Qt.locale(), Qt.locale().timeFormat(Locale.ShortFormat).replace(":ss", ""));
    }

    objectName: "historyPrompts"
    anchors.fill: parent
    onQuestionChanged: showQuestion()
    Component.onCompleted: showQuestion()

    Connections {
        target: root.history

        function onNoticeChanged(): void {
            root.retryFailed = false;
        }
    }

    // A new day may have begun while the app waited in the background.
    Connections {
        target: Qt.application

        function onStateChanged(): void {
            if (Qt.application.state === Qt.ApplicationActive)
                root.history.refreshCheckIn();
        }
    }

    HistoryTransfer {
        id: transfer

        onFinished: resultDialog.open()
    }

    Pane {
        id: banner

        x: (root.width - width) / 2
        y: 8
        width: Math.min(root.width - 16, 640)
        visible: root.bannerShown
        padding: 16
        Material.elevation: 6
        Material.background: Material.theme === Material.Dark ? "#4a2f22" : "#fff3e8"

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 8

            Label {
                Layout.fillWidth: true
                text: root.history.unsavedChanges > 0 ? qsTr("Not saved yet")
                    : root.history.restoreSuggested ? qsTr("Your history file was damaged")
                    : qsTr("Your history cannot be used")
                font.bold: true
                font.pixelSize: 16
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: root.history.notice
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
            Label {
                Layout.fillWidth: true
                visible: root.history.unsavedChanges > 0
                text: qsTr("%n change(s) kept in memory. Keep Unknot open until they are saved.", "",
                           root.history.unsavedChanges)
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: root.retryFailed
                text: qsTr("Still not saved. Unknot tries again by itself every 30 seconds.")
                wrapMode: Text.Wrap
                font.bold: true
            }
            Flow {
                Layout.fillWidth: true
                layoutDirection: Qt.RightToLeft
                spacing: 8

                Button {
                    visible: root.history.unsavedChanges > 0
                    text: qsTr("Try again")
                    highlighted: true
                    Accessible.name: qsTr("Try saving again")
                    onClicked: root.retryFailed = !root.history.retrySaving()
                }
                Button {
                    visible: root.history.restoreSuggested
                    text: qsTr("Restore from an export…")
                    onClicked: root.transfer.restore()
                }
                Button {
                    text: qsTr("Hide")
                    flat: true
                    Accessible.name: qsTr("Hide this message")
                    onClicked: root.hiddenNotice = root.history.notice
                }
            }
        }
    }

    Dialog {
        id: restoreQuestion

        anchors.centerIn: parent
        width: Math.max(0, Math.min(parent.width - 32, 480))
        modal: true
        closePolicy: Popup.NoAutoClose
        title: qsTr("Your history file was damaged")

        // A Label straight in a Dialog makes a binding loop on its height
        // (Qt 6.4); in a layout it does not.
        ColumnLayout {
            width: parent.width

            Label {
                Layout.fillWidth: true
                text: root.history.notice
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
        }

        footer: DialogButtonBox {
            Button {
                text: qsTr("Not now")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: root.restoreAnswered = true
            }
            Button {
                text: qsTr("Restore from an export…")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: {
                    root.restoreAnswered = true;
                    root.transfer.restore();
                }
            }
        }
    }

    Dialog {
        id: resumeQuestion

        anchors.centerIn: parent
        width: Math.max(0, Math.min(parent.width - 32, 480))
        modal: true
        closePolicy: Popup.NoAutoClose
        title: qsTr("Your last session stopped early")

        ColumnLayout {
            width: parent.width

            Label {
                Layout.fillWidth: true
                text: {
                    const at = root.history.interruptedAt;
                    const started = at.toLocaleDateString(Qt.locale(), Locale.ShortFormat) + " " + root.timeText(at);
                    return root.history.canResume
                        ? qsTr("“%1”, started %2, was interrupted. You can go on from step %3 of %4, or keep it in your history as it is.")
                            .arg(root.history.interruptedTitle).arg(started)
                            .arg(root.history.resumeStepNumber).arg(root.history.resumeStepCount)
                        : qsTr("“%1”, started %2, was interrupted. It cannot go on where it stopped, because its routine has changed since or no step was left. It stays in your history as it is.")
                            .arg(root.history.interruptedTitle).arg(started);
                }
                wrapMode: Text.Wrap
            }
        }

        footer: DialogButtonBox {
            Button {
                text: root.history.canResume ? qsTr("Keep as it is") : qsTr("OK")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                Accessible.name: root.history.canResume ? qsTr("Keep it as an interrupted session") : qsTr("OK")
                onClicked: root.history.keepInterrupted()
            }
            Button {
                visible: root.history.canResume
                text: qsTr("Resume at step %1").arg(root.history.resumeStepNumber)
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: {
                    if (root.history.resume())
                        root.resumed();
                }
            }
        }
    }

    Dialog {
        id: checkInQuestion

        property int soreness: -1
        property string feeling

        anchors.centerIn: parent
        width: Math.max(0, Math.min(parent.width - 16, 520))
        height: Math.min(implicitHeight, parent.height - 16)
        modal: true
        closePolicy: Popup.NoAutoClose
        title: qsTr("How do you feel today?")
        onAboutToShow: {
            soreness = -1;
            feeling = "";
        }

        contentItem: Flickable {
            implicitHeight: checkInColumn.implicitHeight
            contentHeight: checkInColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: checkInColumn

                width: parent.width
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    text: qsTr("After “%1” yesterday at %2.").arg(root.history.checkInTitle)
                        .arg(root.timeText(root.history.checkInSessionAt))
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    text: qsTr("How sore are the muscles you worked?")
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: checkInColumn.width >= 6 * 48 + 5 * 4 ? 6 : 4
                    rowSpacing: 4
                    columnSpacing: 4

                    Repeater {
                        model: 11

                        delegate: Button {
                            required property int index

                            Layout.fillWidth: true
                            Layout.preferredHeight: 52
                            text: index
                            checkable: true
                            checked: checkInQuestion.soreness === index
                            highlighted: checked
                            Accessible.name: qsTr("Soreness %1 out of 10").arg(index)
                            onClicked: checkInQuestion.soreness = index
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true

                    Label {
                        text: qsTr("0 none")
                        opacity: 0.7
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("10 worst")
                        opacity: 0.7
                    }
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    text: qsTr("Compared with before the session, your pain is")
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 4

                    Repeater {
                        model: [
                            {value: "better", text: qsTr("Better")},
                            {value: "same", text: qsTr("The same")},
                            {value: "worse", text: qsTr("Worse")}
                        ]

                        delegate: Button {
                            required property var modelData

                            Layout.fillWidth: true
                            Layout.preferredHeight: 52
                            text: modelData.text
                            checkable: true
                            checked: checkInQuestion.feeling === modelData.value
                            highlighted: checked
                            onClicked: checkInQuestion.feeling = modelData.value
                        }
                    }
                }
            }
        }

        footer: DialogButtonBox {
            Button {
                text: qsTr("Not now")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                Accessible.name: qsTr("Not now: skip this check-in")
                onClicked: root.history.dismissCheckIn()
            }
            Button {
                text: qsTr("Save")
                flat: true
                enabled: checkInQuestion.soreness >= 0 && checkInQuestion.feeling.length > 0
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                Accessible.name: qsTr("Save the check-in")
                onClicked: root.history.submitCheckIn(checkInQuestion.soreness, checkInQuestion.feeling)
            }
        }
    }

    Dialog {
        id: resultDialog

        anchors.centerIn: parent
        width: Math.max(0, Math.min(parent.width - 32, 480))
        modal: true
        title: qsTr("Your history")
        standardButtons: Dialog.Ok

        ColumnLayout {
            width: parent.width

            Label {
                Layout.fillWidth: true
                text: root.history.lastResult
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
        }
    }
}
