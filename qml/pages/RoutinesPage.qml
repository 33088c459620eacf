pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// Every routine, with search and filters by body area, step type, the
// equipment at hand and length.
Page {
    id: root

    readonly property alias filter: filterModel

    signal routineChosen(string routineId)
    signal newRoutineRequested()
    signal plansRequested()

    header: PageHeader {
        title: qsTr("Routines")

        ToolButton {
            icon.source: "qrc:/media/icons/add.svg"
            Accessible.name: qsTr("New routine")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("New routine")
            onClicked: root.newRoutineRequested()
        }
        ToolButton {
            icon.source: "qrc:/media/icons/plans.svg"
            Accessible.name: qsTr("Plans and reports")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Plans and reports")
            onClicked: root.plansRequested()
        }
    }

    RoutineFilterModel {
        id: filterModel

        sourceModel: AppContext.routines
        searchText: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            spacing: 8

            TextField {
                id: search

                Layout.fillWidth: true
                placeholderText: qsTr("Search routines, areas, muscles")
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Search routines")
                leftPadding: 36

                Image {
                    anchors.verticalCenter: parent.verticalCenter
                    x: 8
                    width: 20
                    height: 20
                    source: "qrc:/media/icons/search.svg"
                    sourceSize: Qt.size(20, 20)
                    opacity: 0.6
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: 8

                ComboBox {
                    id: areaBox

                    width: 160
                    textRole: "text"
                    valueRole: "value"
                    model: [{value: "", text: qsTr("Any area")}].concat(AppContext.areaGroupChoices)
                    Accessible.name: qsTr("Body area")
                    onActivated: filterModel.areaGroup = currentValue
                }
                ComboBox {
                    id: typeBox

                    width: 170
                    textRole: "text"
                    valueRole: "value"
                    model: [{value: "", text: qsTr("Any step type")}].concat(AppContext.stepTypeChoices)
                    Accessible.name: qsTr("Step type")
                    onActivated: filterModel.stepType = currentValue
                }
                ComboBox {
                    id: lengthBox

                    width: 150
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        {value: 0, text: qsTr("Any length")},
                        {value: 5, text: qsTr("Up to 5 min")},
                        {value: 10, text: qsTr("Up to 10 min")},
                        {value: 15, text: qsTr("Up to 15 min")},
                        {value: 20, text: qsTr("Up to 20 min")}
                    ]
                    Accessible.name: qsTr("Length")
                    onActivated: filterModel.maxMinutes = currentValue
                }
                Button {
                    id: equipmentButton

                    text: filterModel.ownedEquipment.length === 0 ? qsTr("Any equipment")
                        : qsTr("I have: %1").arg(filterModel.ownedEquipment.length)
                    flat: true
                    Accessible.name: qsTr("Equipment I have")
                    onClicked: equipmentMenu.open()

                    Menu {
                        id: equipmentMenu

                        y: equipmentButton.height

                        Repeater {
                            model: AppContext.equipmentChoices

                            delegate: MenuItem {
                                id: item

                                required property var modelData

                                text: modelData.text
                                checkable: true
                                checked: filterModel.ownedEquipment.indexOf(modelData.value) >= 0
                                onTriggered: {
                                    const owned = filterModel.ownedEquipment.filter(id => id !== item.modelData.value);
                                    if (checked)
                                        owned.push(item.modelData.value);
                                    filterModel.ownedEquipment = owned;
                                }
                            }
                        }
                    }
                }
                Button {
                    visible: filterModel.filtered
                    text: qsTr("Clear")
                    flat: true
                    onClicked: {
                        search.clear();
                        areaBox.currentIndex = 0;
                        typeBox.currentIndex = 0;
                        lengthBox.currentIndex = 0;
                        filterModel.clearFilters();
                    }
                }
            }
        }

        ListView {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: filterModel
            keyNavigationEnabled: true
            activeFocusOnTab: true

            delegate: ItemDelegate {
                id: row

                required property int index
                required property string routineId
                required property string title
                required property string durationText
                required property list<string> areas
                required property list<string> equipmentNames
                required property list<string> conflicts
                required property bool builtIn
                required property string planTitle
                readonly property string origin: builtIn ? ""
                    : planTitle.length > 0 ? qsTr("From your plan “%1”").arg(planTitle)
                    : qsTr("Your routine")
                readonly property string spokenName: origin.length > 0
                    ? qsTr("%1, %2, %3, %4").arg(title).arg(origin).arg(durationText).arg(areas.join(", "))
                    : qsTr("%1, %2, %3").arg(title).arg(durationText).arg(areas.join(", "))

                width: ListView.view.width
                highlighted: ListView.isCurrentItem && list.activeFocus
                Accessible.name: conflicts.length > 0
                    ? qsTr("%1, does not suit your health answers").arg(spokenName)
                    : spokenName
                onClicked: root.routineChosen(routineId)
                Keys.onReturnPressed: root.routineChosen(routineId)

                contentItem: ColumnLayout {
                    spacing: 4

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 12

                        Label {
                            Layout.fillWidth: true
                            text: row.title
                            font.pixelSize: 18
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Label {
                            text: row.durationText
                            opacity: 0.75
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: row.origin.length > 0
                        text: row.origin
                        wrapMode: Text.Wrap
                        font.pixelSize: 13
                        font.bold: true
                        color: Material.accent
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.areas.join(" · ")
                        wrapMode: Text.Wrap
                        opacity: 0.75
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.equipmentNames.join(" · ")
                        wrapMode: Text.Wrap
                        font.pixelSize: 13
                        color: Material.accent
                    }
                    // Why it does not suit the health answers (SafetyProfile::conflictsOf).
                    Label {
                        Layout.fillWidth: true
                        visible: row.conflicts.length > 0
                        text: qsTr("Does not suit your health answers: %1").arg(row.conflicts.join("; "))
                        wrapMode: Text.Wrap
                        font.pixelSize: 13
                        color: Material.theme === Material.Dark ? "#ffab91" : "#b71c1c"
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 48
                visible: list.count === 0
                text: qsTr("No routine matches. Try fewer filters.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
