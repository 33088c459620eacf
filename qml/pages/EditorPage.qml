pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// The routine editor: the draft in AppContext.editor (a new routine, a copy,
// or one of the person's own). Every field is checked as it is typed, by the
// rules of `unknot --validate`, and its message shows next to it. Steps are
// added, removed, reordered by dragging their handle or with Alt+Up/Alt+Down,
// and previewed in the player without being recorded.
Page {
    id: root

    readonly property EditorController editor: AppContext.editor
    // After a save or preview attempt every message shows, typed in or not.
    property bool showAllMessages: false
    // Where a dragged step would land, or -1.
    property int dropIndex: -1
    // The pointer dragging a step, in window coordinates, or -1.
    property real dragSceneY: -1
    readonly property alias pageScroll: scroll
    readonly property alias stepList: stepList
    // Steps are sliding to their new places.
    readonly property bool moving: moveTransition.running || displacedTransition.running
    readonly property alias musclePicker: musclePicker

    signal backRequested()
    // The player holds the draft as a preview: show it.
    signal previewRequested()

    function leave(): void {
        if (editor.dirty)
            discardDialog.open();
        else
            discardAndLeave();
    }

    function discardAndLeave(): void {
        editor.close();
        backRequested();
    }

    function addStep(type: string): void {
        const row = editor.addStep(type);
        stepList.forceLayout();
        const card = stepList.itemAtIndex(row);
        if (card) {
            card.expanded = true;
            card.handle.forceActiveFocus();
        }
    }

    function rowAt(centerY: real): int {
        if (centerY < 0)
            return -1;
        const row = stepList.indexAt(8, centerY);
        if (row >= 0)
            return row;
        return centerY <= 0 ? 0 : stepList.count - 1;
    }

    function save(): void {
        showAllMessages = true;
        editor.save();
    }

    function preview(): void {
        showAllMessages = true;
        if (editor.preview())
            previewRequested();
    }

    // Scrolls the page while a dragged step is held near its top or bottom
    // edge, faster the closer it is, so a step can go past what the screen shows.
    Timer {
        readonly property real edge: 64
        readonly property real fastest: 16 // pixels a tick

        interval: 16
        repeat: true
        running: root.dragSceneY >= 0
        onTriggered: {
            const y = scroll.mapFromItem(null, 0, root.dragSceneY).y;
            const depth = y < edge ? y - edge : y > scroll.height - edge ? y - scroll.height + edge : 0;
            const step = fastest * Math.max(-1, Math.min(1, depth / edge));
            const bottom = Math.max(0, scroll.contentHeight - scroll.height);
            scroll.contentY = Math.max(0, Math.min(bottom, scroll.contentY + step));
        }
    }

    Shortcut {
        sequences: [StandardKey.Back, "Escape"]
        enabled: root.visible && root.StackView.status === StackView.Active && !discardDialog.visible
                 && !musclePicker.visible
        onActivated: root.leave()
    }
    Shortcut {
        sequences: [StandardKey.Save]
        enabled: root.visible && root.StackView.status === StackView.Active
        onActivated: root.save()
    }

    header: PageHeader {
        title: root.editor.isNew ? qsTr("New routine") : qsTr("Edit routine")
        showBack: true
        onBackRequested: root.leave()
    }

    PageScroll {
        id: scroll

        anchors.fill: parent
        maxWidth: 820
        spacing: 14

        FormField {
            Layout.fillWidth: true
            label: qsTr("Title")
            placeholder: qsTr("For example: Neck and upper back")
            value: root.editor.title
            message: root.editor.messages["title"] || ""
            showMessage: root.showAllMessages
            onEdited: text => root.editor.title = text
        }
        FormField {
            Layout.fillWidth: true
            visible: root.editor.isNew
            label: qsTr("Id (the file name; lowercase letters, digits and dashes)")
            value: root.editor.routineId
            message: root.editor.messages["id"] || ""
            showMessage: true
            inputHints: Qt.ImhNoPredictiveText | Qt.ImhLowercaseOnly
            onEdited: text => root.editor.routineId = text
        }
        FormField {
            Layout.fillWidth: true
            label: qsTr("Description")
            placeholder: qsTr("What the routine is for and what it does")
            multiline: true
            value: root.editor.description
            message: root.editor.messages["description"] || ""
            showMessage: root.showAllMessages
            onEdited: text => root.editor.description = text
        }
        FormField {
            Layout.fillWidth: true
            label: qsTr("Author (optional)")
            placeholder: qsTr("Your name and practice")
            value: root.editor.author
            message: root.editor.messages["author"] || ""
            showMessage: true
            onEdited: text => root.editor.author = text
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4

            Label {
                text: qsTr("Areas it helps")
                font.pixelSize: 13
                font.bold: true
                opacity: 0.8
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6

                Repeater {
                    model: root.editor.areaItems

                    delegate: Button {
                        required property var modelData

                        text: modelData.text
                        icon.source: "qrc:/media/icons/close.svg"
                        icon.width: 16
                        icon.height: 16
                        LayoutMirroring.enabled: true
                        font.capitalization: Font.MixedCase
                        Material.elevation: 0
                        Material.background: Material.theme === Material.Dark ? "#2c4a47" : "#d5eeeb"
                        Accessible.name: qsTr("Remove the area %1").arg(modelData.text)
                        onClicked: root.editor.setAreaChosen(modelData.value, false)
                    }
                }
                ComboBox {
                    id: areaBox

                    width: 220
                    model: root.editor.regionChoices
                    textRole: "text"
                    valueRole: "value"
                    displayText: qsTr("Add an area…")
                    Accessible.name: qsTr("Add an area the routine helps")
                    onActivated: root.editor.setAreaChosen(currentValue, true)
                }
            }
            FieldMessage {
                message: root.showAllMessages || root.editor.areas.length > 0 || root.editor.dirty
                         ? (root.editor.messages["areas"] || "") : ""
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                text: qsTr("Equipment needed")
                font.pixelSize: 13
                font.bold: true
                opacity: 0.8
            }
            Flow {
                Layout.fillWidth: true
                spacing: 0

                Repeater {
                    model: root.editor.equipmentChoices

                    delegate: CheckBox {
                        required property var modelData

                        text: modelData.text
                        checked: root.editor.equipment.indexOf(modelData.value) >= 0
                        onToggled: root.editor.setEquipmentChosen(modelData.value, checked)
                    }
                }
            }
            FieldMessage {
                message: root.editor.messages["equipment"] || ""
            }
        }

        FormField {
            Layout.fillWidth: true
            label: qsTr("Cautions shown before it starts (optional, one a line)")
            placeholder: qsTr("For example: Keep the ball off your spine.")
            multiline: true
            value: root.editor.cautionsText
            message: root.editor.messages["cautions"] || ""
            showMessage: true
            onEdited: text => root.editor.cautionsText = text
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8

            Label {
                Layout.fillWidth: true
                text: qsTr("Steps")
                font.pixelSize: 18
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("%n step(s)", "", root.editor.steps.count)
                opacity: 0.75
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.editor.steps.count > 1
            text: qsTr("Drag a step by its handle to move it, or focus the handle and press Alt+Up or Alt+Down.")
            wrapMode: Text.Wrap
            font.pixelSize: 13
            opacity: 0.75
        }
        FieldMessage {
            message: root.showAllMessages || root.editor.steps.count > 0 ? (root.editor.messages["steps"] || "") : ""
        }

        ListView {
            id: stepList

            Layout.fillWidth: true
            Layout.preferredHeight: contentHeight
            interactive: false
            model: root.editor.steps
            spacing: 0

            move: Transition {
                id: moveTransition

                NumberAnimation {
                    properties: "y"
                    duration: 150
                }
            }
            moveDisplaced: Transition {
                id: displacedTransition

                NumberAnimation {
                    properties: "y"
                    duration: 150
                }
            }

            delegate: StepEditorCard {
                showMessages: root.showAllMessages
                dropTarget: root.dropIndex === index && !dragging
                onMuscleRequested: row => musclePicker.openFor(row)
                scrollY: scroll.contentY
                onDragMoved: centerY => {
                    root.dropIndex = root.rowAt(centerY);
                    if (centerY < 0)
                        root.dragSceneY = -1;
                }
                onDragPointerMoved: sceneY => root.dragSceneY = sceneY
                onDragDropped: (from, centerY) => {
                    root.dropIndex = -1;
                    const to = root.rowAt(centerY);
                    if (to >= 0 && to !== from)
                        root.editor.moveStep(from, to);
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 8

            Button {
                id: addButton

                text: qsTr("Add step")
                icon.source: "qrc:/media/icons/add.svg"
                highlighted: root.editor.steps.count === 0
                Accessible.name: qsTr("Add a step")
                onClicked: addMenu.open()

                Menu {
                    id: addMenu

                    y: addButton.height

                    Repeater {
                        model: root.editor.stepTypeChoices

                        delegate: MenuItem {
                            required property var modelData

                            text: modelData.text
                            onTriggered: root.addStep(modelData.value)
                        }
                    }
                }
            }
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
                text: root.editor.lastResult.length > 0 ? root.editor.lastResult
                    : root.editor.errorCount > 0 && root.showAllMessages
                      ? qsTr("%n problem(s) to fix, marked in red.", "", root.editor.errorCount)
                    : root.editor.dirty ? qsTr("Not saved yet") : ""
                wrapMode: Text.Wrap
                font.pixelSize: 13
            }
            Button {
                text: qsTr("Preview")
                icon.source: "qrc:/media/icons/play.svg"
                flat: true
                Accessible.name: qsTr("Preview: play the routine without recording it")
                onClicked: root.preview()
            }
            Button {
                text: qsTr("Save")
                highlighted: true
                Accessible.name: qsTr("Save the routine")
                onClicked: root.save()
            }
        }
    }

    MusclePicker {
        id: musclePicker

        parent: Overlay.overlay
        onChosen: (row, muscleId) => root.editor.setStepField(row, "muscle", muscleId)
    }

    Dialog {
        id: discardDialog

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.max(0, Math.min(parent.width - 32, 440))
        modal: true
        title: qsTr("Leave without saving?")

        ColumnLayout {
            width: parent.width

            Label {
                Layout.fillWidth: true
                text: qsTr("Your changes to this routine are not saved.")
                wrapMode: Text.Wrap
            }
        }

        footer: DialogButtonBox {
            Button {
                text: qsTr("Keep editing")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                text: qsTr("Discard changes")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: root.discardAndLeave()
    }
}
