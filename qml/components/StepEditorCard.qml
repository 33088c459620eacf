pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// One step of the routine editor, as a delegate of its step list: a header
// with the drag handle and a summary, and (expanded) every field of the step
// with its message. The handle drags the step to another place; with the
// keyboard, Alt+Up and Alt+Down (or Ctrl) move the focused step.
FocusScope {
    id: root

    required property int index
    required property int number
    required property string type
    required property string typeName
    required property string title
    required property string instructions
    required property string muscle
    required property string muscleName
    required property string side
    required property var seconds
    required property var reps
    required property var intensity
    required property var pace
    required property var cues
    required property bool valid

    property bool expanded: false
    // Show every message, also of fields not typed in yet (after a save attempt).
    property bool showMessages: false
    // Where a dragged step would land; the card there is marked.
    property bool dropTarget: false
    readonly property EditorController editor: AppContext.editor
    readonly property var messages: editor.messages
    // The page's scroll position, set by the page (see the handle's mouse area).
    property real scrollY: 0
    readonly property bool dragging: handleArea.dragging
    readonly property Item handle: handle

    signal muscleRequested(int row)
    // While a drag runs: the card's centre in the list's content, or -1 when it ends.
    signal dragMoved(real centerY)
    // While a drag runs: the pointer's y in the window, for the page to scroll.
    signal dragPointerMoved(real sceneY)
    signal dragDropped(int from, real centerY)

    function message(field: string): string {
        return messages["steps[" + index + "]" + (field.length > 0 ? "." + field : "")] || "";
    }

    function setField(field: string, value: var): void {
        editor.setStepField(index, field, value);
    }

    function setCue(cueIndex: int, key: string, value: string): void {
        const list = cues.map(cue => ({at: cue.at === undefined ? "" : cue.at, text: cue.text}));
        list[cueIndex][key] = value;
        setField("cues", list);
    }

    function removeCue(cueIndex: int): void {
        setField("cues", cues.filter((cue, i) => i !== cueIndex));
    }

    function addCue(): void {
        setField("cues", cues.concat([{at: "", text: ""}]));
    }

    width: ListView.view ? ListView.view.width : implicitWidth
    // The list's current item is the card with the focus: the list gives its
    // current item the focus when rows move, so the focus stays where it was.
    onActiveFocusChanged: {
        if (activeFocus && ListView.view)
            ListView.view.currentIndex = index;
    }
    implicitHeight: card.implicitHeight + 8
    z: dragging ? 10 : 0

    Rectangle {
        z: 1
        width: card.width
        height: card.height
        color: "transparent"
        border.width: 2
        border.color: Material.accent
        radius: 2
        visible: root.dropTarget
    }

    Card {
        id: card

        width: root.width
        padding: 8
        Material.elevation: root.dragging ? 8 : 2

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 8

            RowLayout {
                Layout.fillWidth: true
                spacing: 4

                // The drag handle; also the keyboard's handle on the step. The
                // button draws the icon in the theme's colour and takes the
                // focus; the mouse area on it drags.
                ToolButton {
                    id: handle

                    Layout.preferredWidth: 48
                    Layout.preferredHeight: 48
                    icon.source: "qrc:/media/icons/drag.svg"
                    focusPolicy: Qt.TabFocus
                    Accessible.name: qsTr("Move step %1: drag it, or press Alt+Up or Alt+Down").arg(root.number)
                    onClicked: root.expanded = !root.expanded
                    Keys.onPressed: event => {
                        const modified = event.modifiers & (Qt.AltModifier | Qt.ControlModifier);
                        if (modified && event.key === Qt.Key_Up) {
                            root.editor.moveStepUp(root.index);
                            event.accepted = true;
                        } else if (modified && event.key === Qt.Key_Down) {
                            root.editor.moveStepDown(root.index);
                            event.accepted = true;
                        }
                    }

                    // Moves the card with the pointer, counting the page's scroll
                    // too, so the card stays under the finger while the page
                    // scrolls beneath it.
                    MouseArea {
                        id: handleArea

                        readonly property real threshold: 4
                        property bool dragging: false
                        property real pressSceneY: 0
                        property real pressScrollY: 0
                        property real sceneY: 0
                        // How far the card may move within the list. Bindings, not
                        // reads inside follow(): Qt 6.4's compiled QML read the
                        // attached ListView.view there stale, and the card lagged.
                        readonly property real highest: -root.y
                        readonly property real lowest: (root.ListView.view ? root.ListView.view.contentHeight : 0) - root.y - card.height

                        function follow(): void {
                            if (!dragging && Math.abs(sceneY - pressSceneY) < threshold)
                                return;
                            dragging = true;
                            const offset = sceneY - pressSceneY + root.scrollY - pressScrollY;
                            card.y = Math.max(highest, Math.min(lowest, offset));
                            root.dragMoved(root.y + card.y + card.height / 2);
                        }

                        function finish(): void {
                            card.y = 0;
                            dragging = false;
                            root.dragMoved(-1);
                        }

                        anchors.fill: parent
                        cursorShape: Qt.SizeVerCursor
                        preventStealing: true
                        onPressed: mouse => {
                            handle.forceActiveFocus();
                            pressSceneY = sceneY = mapToItem(null, mouse.x, mouse.y).y;
                            pressScrollY = root.scrollY;
                        }
                        onPositionChanged: mouse => {
                            sceneY = mapToItem(null, mouse.x, mouse.y).y;
                            follow();
                            if (dragging)
                                root.dragPointerMoved(sceneY);
                        }
                        onReleased: {
                            const center = root.y + card.y + card.height / 2;
                            const moved = dragging;
                            finish();
                            if (moved)
                                root.dragDropped(root.index, center);
                        }
                        onCanceled: finish()

                        Connections {
                            target: root
                            function onScrollYChanged(): void {
                                if (handleArea.dragging)
                                    handleArea.follow();
                            }
                        }
                    }
                }
                Label {
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: 12
                    text: root.number
                    font.pixelSize: 18
                    font.bold: true
                    color: Material.accent
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Label {
                        Layout.fillWidth: true
                        text: root.title.trim().length > 0 ? root.title : qsTr("Untitled step")
                        font.bold: true
                        font.pixelSize: 16
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: [root.typeName, root.muscleName,
                               String(root.seconds).length > 0 ? qsTr("%1 s").arg(root.seconds) : ""]
                            .filter(part => part.length > 0).join(" · ")
                        wrapMode: Text.Wrap
                        opacity: 0.75
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !root.valid
                        text: qsTr("Needs a fix")
                        font.pixelSize: 13
                        font.bold: true
                        color: Material.theme === Material.Dark ? "#ff8a80" : "#b00020"
                    }
                }
                ToolButton {
                    Layout.preferredWidth: 48
                    Layout.preferredHeight: 48
                    icon.source: root.expanded ? "qrc:/media/icons/up.svg" : "qrc:/media/icons/down.svg"
                    Accessible.name: root.expanded ? qsTr("Hide the fields of step %1").arg(root.number)
                                                   : qsTr("Edit step %1").arg(root.number)
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                    onClicked: root.expanded = !root.expanded
                }
            }

            FieldMessage {
                message: root.message("")
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                visible: root.expanded
                spacing: 10

                GridLayout {
                    Layout.fillWidth: true
                    columns: root.width >= 560 ? 2 : 1
                    columnSpacing: 16
                    rowSpacing: 10

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        Label {
                            text: qsTr("Type")
                            font.pixelSize: 13
                            font.bold: true
                            opacity: 0.8
                        }
                        ComboBox {
                            id: typeBox

                            Layout.fillWidth: true
                            textRole: "text"
                            valueRole: "value"
                            model: root.editor.stepTypeChoices
                            Accessible.name: qsTr("Type of step %1").arg(root.number)
                            onActivated: root.setField("type", currentValue)

                            Binding {
                                target: typeBox
                                property: "currentIndex"
                                value: typeBox.count > 0 ? typeBox.indexOfValue(root.type) : -1
                            }
                        }
                        FieldMessage {
                            message: root.message("type")
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        Label {
                            text: qsTr("Side")
                            font.pixelSize: 13
                            font.bold: true
                            opacity: 0.8
                        }
                        ComboBox {
                            id: sideBox

                            Layout.fillWidth: true
                            textRole: "text"
                            valueRole: "value"
                            model: root.editor.sideChoices
                            Accessible.name: qsTr("Side of step %1").arg(root.number)
                            onActivated: root.setField("side", currentValue)

                            Binding {
                                target: sideBox
                                property: "currentIndex"
                                value: sideBox.count > 0 ? sideBox.indexOfValue(root.side) : -1
                            }
                        }
                        FieldMessage {
                            message: root.message("side")
                        }
                    }
                }

                FormField {
                    Layout.fillWidth: true
                    label: qsTr("Title")
                    value: root.title
                    message: root.message("title")
                    showMessage: root.showMessages
                    onEdited: text => root.setField("title", text)
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    visible: root.type !== "rest"
                    spacing: 2

                    Label {
                        text: qsTr("Muscle")
                        font.pixelSize: 13
                        font.bold: true
                        opacity: 0.8
                    }
                    Button {
                        Layout.fillWidth: true
                        text: root.muscle.length > 0 ? root.muscleName : qsTr("Choose a muscle…")
                        icon.source: "qrc:/media/icons/search.svg"
                        font.capitalization: Font.MixedCase
                        Material.elevation: 0
                        Material.background: Material.theme === Material.Dark ? "#2c4a47" : "#d5eeeb"
                        Accessible.name: root.muscle.length > 0
                            ? qsTr("Muscle of step %1: %2. Change it").arg(root.number).arg(root.muscleName)
                            : qsTr("Choose the muscle of step %1").arg(root.number)
                        onClicked: root.muscleRequested(root.index)
                    }
                    FieldMessage {
                        message: root.muscle.length > 0 || root.showMessages ? root.message("muscle") : ""
                    }
                }

                GridLayout {
                    Layout.fillWidth: true
                    columns: root.width >= 560 ? 4 : 2
                    columnSpacing: 12
                    rowSpacing: 10

                    FormField {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        label: qsTr("Seconds")
                        value: String(root.seconds)
                        message: root.message("seconds")
                        showMessage: true
                        inputHints: Qt.ImhFormattedNumbersOnly
                        onEdited: text => root.setField("seconds", text)
                    }
                    FormField {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        label: qsTr("Repetitions")
                        placeholder: qsTr("1")
                        value: String(root.reps)
                        message: root.message("reps")
                        showMessage: true
                        inputHints: Qt.ImhDigitsOnly
                        onEdited: text => root.setField("reps", text)
                    }
                    FormField {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        visible: root.type === "hold" || root.type === "roll"
                        label: qsTr("Intensity 0–10")
                        placeholder: qsTr("none")
                        value: String(root.intensity)
                        message: root.message("intensity")
                        showMessage: true
                        inputHints: Qt.ImhDigitsOnly
                        onEdited: text => root.setField("intensity", text)
                    }
                    FormField {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        visible: root.type === "roll"
                        label: qsTr("Pace (s per pass)")
                        placeholder: qsTr("none")
                        value: String(root.pace)
                        message: root.message("pace")
                        showMessage: true
                        inputHints: Qt.ImhFormattedNumbersOnly
                        onEdited: text => root.setField("pace", text)
                    }
                }

                FormField {
                    Layout.fillWidth: true
                    label: qsTr("Instructions")
                    multiline: true
                    value: root.instructions
                    message: root.message("instructions")
                    showMessage: root.showMessages
                    onEdited: text => root.setField("instructions", text)
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Extra spoken cues")
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.cues.length === 0
                    text: qsTr("The player already says the title, halfway, ten seconds left and a countdown. Add a cue for anything else, such as “breathe out slowly”.")
                    wrapMode: Text.Wrap
                    font.pixelSize: 13
                    opacity: 0.75
                }
                Repeater {
                    model: root.cues.length

                    delegate: ColumnLayout {
                        id: cueRow

                        required property int index
                        readonly property var cue: root.cues[index] || ({})
                        readonly property string path: "cues[" + index + "]"

                        Layout.fillWidth: true
                        spacing: 2

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8

                            FormField {
                                id: atField

                                Layout.preferredWidth: 84
                                Layout.alignment: Qt.AlignBottom
                                label: qsTr("At second")
                                value: cueRow.cue.at === undefined ? "" : String(cueRow.cue.at)
                                inputHints: Qt.ImhDigitsOnly
                                onEdited: text => root.setCue(cueRow.index, "at", text)
                            }
                            FormField {
                                id: sayField

                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignBottom
                                label: qsTr("Say")
                                value: cueRow.cue.text || ""
                                onEdited: text => root.setCue(cueRow.index, "text", text)
                            }
                            ToolButton {
                                Layout.alignment: Qt.AlignBottom
                                icon.source: "qrc:/media/icons/delete.svg"
                                Accessible.name: qsTr("Remove cue %1 of step %2").arg(cueRow.index + 1).arg(root.number)
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Remove this cue")
                                onClicked: root.removeCue(cueRow.index)
                            }
                        }
                        // The cue's messages under the whole row, where they have room.
                        FieldMessage {
                            message: [root.message(cueRow.path),
                                      root.message(cueRow.path + ".at"),
                                      root.showMessages || sayField.touched ? root.message(cueRow.path + ".text") : ""]
                                .filter(line => line.length > 0).join("\n")
                        }
                    }
                }
                FieldMessage {
                    message: root.message("cues")
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: 4

                    Button {
                        text: qsTr("Add cue")
                        flat: true
                        icon.source: "qrc:/media/icons/add.svg"
                        Accessible.name: qsTr("Add a spoken cue to step %1").arg(root.number)
                        onClicked: root.addCue()
                    }
                    Button {
                        text: qsTr("Move up")
                        flat: true
                        enabled: root.index > 0
                        icon.source: "qrc:/media/icons/up.svg"
                        Accessible.name: qsTr("Move step %1 up").arg(root.number)
                        onClicked: root.editor.moveStepUp(root.index)
                    }
                    Button {
                        text: qsTr("Move down")
                        flat: true
                        enabled: root.index < root.editor.steps.count - 1
                        icon.source: "qrc:/media/icons/down.svg"
                        Accessible.name: qsTr("Move step %1 down").arg(root.number)
                        onClicked: root.editor.moveStepDown(root.index)
                    }
                    Button {
                        text: qsTr("Remove step")
                        flat: true
                        icon.source: "qrc:/media/icons/delete.svg"
                        Accessible.name: qsTr("Remove step %1").arg(root.number)
                        onClicked: root.editor.removeStep(root.index)
                    }
                }
            }
        }
    }
}
