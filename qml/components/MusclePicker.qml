pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// Chooses a step's muscle: type part of its name (or id) and pick it from
// the matches. Up/Down and Return work from the search field.
Dialog {
    id: root

    property int row: -1
    readonly property var matches: AppContext.editor.muscleChoices(search.text)

    signal chosen(int row, string muscleId)

    function openFor(stepRow: int): void {
        row = stepRow;
        search.text = "";
        list.currentIndex = 0;
        open();
        search.forceActiveFocus();
    }

    function choose(index: int): void {
        if (index < 0 || index >= matches.length)
            return;
        chosen(row, matches[index].id);
        close();
    }

    anchors.centerIn: parent
    width: Math.max(0, Math.min(parent.width - 32, 440))
    height: Math.max(0, Math.min(parent.height - 32, 560))
    modal: true
    title: qsTr("Choose a muscle")
    standardButtons: Dialog.Cancel

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        TextField {
            id: search

            Layout.fillWidth: true
            placeholderText: qsTr("Search muscles")
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search muscles")
            onTextEdited: list.currentIndex = 0
            Keys.onDownPressed: list.incrementCurrentIndex()
            Keys.onUpPressed: list.decrementCurrentIndex()
            Keys.onReturnPressed: root.choose(list.currentIndex)
            Keys.onEnterPressed: root.choose(list.currentIndex)
        }
        ListView {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.matches
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                required property var modelData
                required property int index

                width: ListView.view.width
                text: modelData.name
                highlighted: ListView.isCurrentItem
                Accessible.name: modelData.name
                onClicked: root.choose(index)
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 32
                visible: list.count === 0
                text: qsTr("No muscle matches “%1”.").arg(search.text)
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
