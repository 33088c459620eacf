pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A labelled text field with its message underneath. The field shows `value`
// but is not rebound while the person types in it (a half-typed "2." must not
// turn into "2"); `edited` reports every change. The message shows once the
// field was typed in, or when `showMessage` says so (after a save attempt).
// A Column, not a layout: in Qt 6.4 a wrapped label in a layout nested in the
// page's layout keeps a stale height when the page gets its width.
Column {
    id: root

    property string label
    property string value
    property string message
    property string placeholder
    property bool multiline: false
    property bool showMessage: false
    property int inputHints: Qt.ImhNone
    property bool touched: false
    readonly property Item input: multiline ? area : field
    readonly property string shownMessage: touched || showMessage ? message : ""

    signal edited(string text)

    spacing: 2

    Label {
        width: root.width
        text: root.label
        font.pixelSize: 13
        font.bold: true
        opacity: 0.8
        wrapMode: Text.Wrap
        visible: text.length > 0
    }
    TextField {
        id: field

        width: root.width
        visible: !root.multiline
        placeholderText: root.placeholder
        inputMethodHints: root.inputHints
        selectByMouse: true
        Accessible.name: root.label
        Accessible.description: root.shownMessage
        // Set from the model, a long text shows from its start.
        onTextChanged: {
            if (!activeFocus)
                cursorPosition = 0;
        }
        onTextEdited: {
            root.touched = true;
            root.edited(text);
        }
    }
    TextArea {
        id: area

        width: root.width
        visible: root.multiline
        placeholderText: root.placeholder
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        Accessible.name: root.label
        Accessible.description: root.shownMessage
        onTextChanged: {
            if (activeFocus && text !== root.value) {
                root.touched = true;
                root.edited(text);
            }
        }
    }
    // The value follows the model unless the person is typing in it.
    Binding {
        target: field
        property: "text"
        value: root.value
        when: !root.multiline && !field.activeFocus
        restoreMode: Binding.RestoreNone
    }
    Binding {
        target: area
        property: "text"
        value: root.value
        when: root.multiline && !area.activeFocus
        restoreMode: Binding.RestoreNone
    }
    FieldMessage {
        width: root.width
        message: root.shownMessage
    }
}
