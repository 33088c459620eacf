pragma ComponentBehavior: Bound

import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Unknot

// A therapist writes a plan for a client: who it is for and from whom, the
// routines, the schedule (every day, chosen weekdays or every few days, for
// some weeks, with days off), notes; then saves it and exports the bundle.
// Every field is checked as typed by the rules the client's Unknot applies.
Page {
    id: root

    readonly property PlanEditor editor: AppContext.plans.editor
    readonly property url documents: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
    property bool showAllMessages: false
    // The width of the page's column (PageScroll: at most 760, 16 margins).
    readonly property real columnWidth: Math.min(width - 32, 760)
    // The outcome of the last save or export.
    property string result
    readonly property alias bundleDialog: bundleDialog

    signal backRequested()
    signal newRoutineRequested()

    function message(path: string): string {
        return editor.messages[path] || "";
    }

    function save(): bool {
        showAllMessages = true;
        const saved = editor.save();
        result = editor.lastResult;
        return saved;
    }

    function exportBundle(): void {
        if (!save())
            return;
        bundleDialog.selectedFile = documents + "/" + AppContext.plans.bundleFileName(editor.planId);
        bundleDialog.open();
    }

    Shortcut {
        sequences: [StandardKey.Back, "Escape"]
        enabled: root.visible && root.StackView.status === StackView.Active
        onActivated: root.backRequested()
    }

    header: PageHeader {
        title: root.editor.planId.length > 0 ? qsTr("Edit plan") : qsTr("New plan")
        showBack: true
        onBackRequested: root.backRequested()
    }

    PageScroll {
        anchors.fill: parent
        maxWidth: 760
        spacing: 14

        FormField {
            Layout.fillWidth: true
            label: qsTr("Title")
            placeholder: qsTr("For example: Neck and shoulders, weeks 1 to 4")
            value: root.editor.title
            message: root.message("plan.title")
            showMessage: root.showAllMessages
            onEdited: text => root.editor.title = text
        }
        GridLayout {
            Layout.fillWidth: true
            columns: root.width >= 600 ? 2 : 1
            columnSpacing: 16
            rowSpacing: 14

            FormField {
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns, whatever is typed
                Layout.alignment: Qt.AlignTop
                label: qsTr("Client")
                placeholder: qsTr("Who the plan is for")
                value: root.editor.client
                message: root.message("plan.client")
                showMessage: root.showAllMessages
                onEdited: text => root.editor.client = text
            }
            FormField {
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns, whatever is typed
                Layout.alignment: Qt.AlignTop
                label: qsTr("Therapist")
                placeholder: qsTr("Your name")
                value: root.editor.therapist
                message: root.message("plan.therapist")
                showMessage: root.showAllMessages
                onEdited: text => root.editor.therapist = text
            }
            FormField {
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns, whatever is typed
                Layout.alignment: Qt.AlignTop
                label: qsTr("Practice (optional)")
                value: root.editor.practice
                message: root.message("plan.practice")
                showMessage: true
                onEdited: text => root.editor.practice = text
            }
            FormField {
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns, whatever is typed
                Layout.alignment: Qt.AlignTop
                label: qsTr("First day (YYYY-MM-DD)")
                value: root.editor.start
                message: root.message("plan.start")
                showMessage: true
                inputHints: Qt.ImhDate
                onEdited: text => root.editor.start = text
            }
        }

        Label {
            Layout.topMargin: 8
            text: qsTr("Routines")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: root.editor.routines.count > 1
                ? qsTr("Planned days take the routines in this order, then start again from the first.")
                : qsTr("Only your own routines go into a plan: write one, or copy a built-in routine and change it.")
            wrapMode: Text.Wrap
            font.pixelSize: 13
            opacity: 0.75
        }
        Repeater {
            model: root.editor.routines

            delegate: RowLayout {
                id: routineRow

                required property int index
                required property string title
                required property string durationText

                Layout.fillWidth: true
                spacing: 4

                Label {
                    Layout.preferredWidth: 24
                    text: routineRow.index + 1
                    font.bold: true
                    color: Material.accent
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Label {
                        Layout.fillWidth: true
                        text: routineRow.title
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: routineRow.durationText
                        opacity: 0.75
                    }
                }
                ToolButton {
                    icon.source: "qrc:/media/icons/up.svg"
                    enabled: routineRow.index > 0
                    Accessible.name: qsTr("Move %1 up").arg(routineRow.title)
                    onClicked: root.editor.moveRoutine(routineRow.index, routineRow.index - 1)
                }
                ToolButton {
                    icon.source: "qrc:/media/icons/down.svg"
                    enabled: routineRow.index < root.editor.routines.count - 1
                    Accessible.name: qsTr("Move %1 down").arg(routineRow.title)
                    onClicked: root.editor.moveRoutine(routineRow.index, routineRow.index + 1)
                }
                ToolButton {
                    icon.source: "qrc:/media/icons/delete.svg"
                    Accessible.name: qsTr("Take %1 out of the plan").arg(routineRow.title)
                    onClicked: root.editor.removeRoutine(routineRow.index)
                }
            }
        }
        FieldMessage {
            message: root.showAllMessages || root.editor.routines.count > 0
                     ? root.message("plan.routines") || root.message("routines") : ""
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8

            ComboBox {
                id: routineBox

                width: 280
                visible: root.editor.routineChoices.count > 0
                model: root.editor.routineChoices
                textRole: "title"
                valueRole: "id"
                displayText: qsTr("Add a routine…")
                Accessible.name: qsTr("Add one of your routines to the plan")
                onActivated: {
                    root.editor.addRoutine(currentValue);
                    root.result = root.editor.lastResult;
                }
            }
            Button {
                text: qsTr("New routine")
                icon.source: "qrc:/media/icons/add.svg"
                flat: true
                Accessible.name: qsTr("Write a new routine")
                onClicked: root.newRoutineRequested()
            }
        }

        Label {
            Layout.topMargin: 8
            text: qsTr("Schedule")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Repeater {
                model: [
                    {value: "daily", text: qsTr("Every day")},
                    {value: "weekly", text: qsTr("On chosen days of the week")},
                    {value: "interval", text: qsTr("Every few days")}
                ]

                delegate: RadioButton {
                    required property var modelData

                    Layout.fillWidth: true
                    text: modelData.text
                    checked: root.editor.scheduleKind === modelData.value
                    onClicked: root.editor.scheduleKind = modelData.value
                }
            }
            FieldMessage {
                message: root.message("plan.schedule.kind")
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.editor.scheduleKind === "weekly"
            spacing: 2

            Flow {
                id: weekdayRow

                Layout.fillWidth: true
                spacing: 2

                Repeater {
                    model: 7

                    delegate: Button {
                        id: dayButton

                        required property int index
                        readonly property int weekday: dayButton.index + 1
                        readonly property bool chosen: root.editor.weekdays.indexOf(dayButton.weekday) >= 0

                        // Seven in a row on the narrowest phone, at least 48 px each. From
                        // the page's width: the row's own width would make a polish loop.
                        width: Math.max(48, Math.min(64, Math.floor((root.columnWidth - 6 * weekdayRow.spacing) / 7)))
                        leftPadding: 2
                        rightPadding: 2
                        text: Qt.locale().dayName(dayButton.weekday % 7, Locale.ShortFormat)
                        font.capitalization: Font.MixedCase
                        highlighted: dayButton.chosen
                        Accessible.name: Qt.locale().dayName(dayButton.weekday % 7, Locale.LongFormat)
                        Accessible.checkable: true
                        Accessible.checked: dayButton.chosen
                        onClicked: root.editor.setWeekdayChosen(dayButton.weekday, !dayButton.chosen)
                    }
                }
            }
            FieldMessage {
                message: root.message("plan.schedule.weekdays")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.editor.scheduleKind === "interval"
            spacing: 12

            Label {
                text: qsTr("A session every")
            }
            SpinBox {
                from: 2
                to: 30
                value: root.editor.everyDays
                editable: true
                Accessible.name: qsTr("Days between sessions")
                onValueModified: root.editor.everyDays = value
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("days")
            }
        }
        FieldMessage {
            message: root.message("plan.schedule.everyDays")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Label {
                text: qsTr("For")
            }
            SpinBox {
                id: weeksBox

                from: 0
                to: 104
                value: root.editor.weeks
                editable: true
                textFromValue: (value, locale) => value === 0 ? qsTr("no end") : Number(value).toLocaleString(locale, "f", 0)
                valueFromText: (text, locale) => text === qsTr("no end") ? 0 : Number.fromLocaleString(locale, text)
                Accessible.name: qsTr("Weeks the plan runs; 0 for no end")
                onValueModified: root.editor.weeks = value
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("weeks")
            }
        }
        FieldMessage {
            message: root.message("plan.schedule.weeks")
        }
        FormField {
            Layout.fillWidth: true
            label: qsTr("Days off (optional; YYYY-MM-DD, separated by commas)")
            placeholder: qsTr("For example: 2024-05-15, 2024-05-16")
            value: root.editor.restDaysText
            message: root.message("plan.schedule.restDays")
            showMessage: true
            inputHints: Qt.ImhNoPredictiveText
            onEdited: text => root.editor.restDaysText = text
        }
        FormField {
            Layout.fillWidth: true
            label: qsTr("Notes for the client (optional)")
            multiline: true
            value: root.editor.notes
            message: root.message("plan.notes")
            showMessage: true
            onEdited: text => root.editor.notes = text
        }
        Item {
            Layout.preferredHeight: 8
        }
    }

    footer: Pane {
        Material.elevation: 6
        padding: 8

        RowLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 8

            Label {
                Layout.fillWidth: true
                text: root.result.length > 0 ? root.result
                    : root.showAllMessages && !root.editor.valid ? qsTr("Fix the problems marked in red.") : ""
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                font.pixelSize: 13
            }
            Button {
                text: qsTr("Save")
                flat: true
                Accessible.name: qsTr("Save the plan")
                onClicked: root.save()
            }
            Button {
                text: qsTr("Export…")
                highlighted: true
                icon.source: "qrc:/media/icons/export.svg"
                Accessible.name: qsTr("Save the plan and export it as a file for the client")
                onClicked: root.exportBundle()
            }
        }
    }

    Connections {
        target: root.editor

        function onChanged(): void {
            root.result = "";
        }
    }

    FileDialog {
        id: bundleDialog

        title: qsTr("Export the plan")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Export")
        nameFilters: [qsTr("Unknot plans (*.unknot)")]
        defaultSuffix: "unknot"
        currentFolder: root.documents
        onAccepted: {
            AppContext.plans.exportBundle(String(selectedFile), root.editor.planId);
            root.result = AppContext.plans.lastResult;
        }
    }
}
