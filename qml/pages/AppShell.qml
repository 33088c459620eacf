pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// The frame around the sections: a bottom bar on phones, a side rail on wider
// windows, one set of pages for both.
Page {
    id: root

    readonly property list<string> sectionNames: ["today", "bodymap", "routines", "progress", "settings"]
    readonly property list<string> sectionTitles: [qsTr("Today"), qsTr("Body map"), qsTr("Routines"),
        qsTr("Progress"), qsTr("Settings")]
    readonly property list<string> sectionIcons: ["qrc:/media/icons/today.svg", "qrc:/media/icons/body.svg",
        "qrc:/media/icons/routines.svg", "qrc:/media/icons/progress.svg", "qrc:/media/icons/settings.svg"]
    readonly property bool wide: width >= 720
    readonly property bool busy: routinesStack.busy || settingsStack.busy
    readonly property alias routinesStack: routinesStack
    readonly property alias settingsStack: settingsStack
    property int currentIndex: 0

    signal startRequested(string routineId, bool rightFirst)
    // The player is prepared (a planned routine): show it.
    signal playerRequested()
    // The player holds a preview of the editor's draft.
    signal previewRequested()

    // The body map and Progress are made on their first visit, then kept.
    onCurrentIndexChanged: {
        if (currentIndex === sectionNames.indexOf("bodymap"))
            bodyMapLoader.active = true;
        else if (currentIndex === sectionNames.indexOf("progress"))
            progressLoader.active = true;
    }

    function openSection(name: string): bool {
        if (name === "about") {
            currentIndex = sectionNames.indexOf("settings");
            settingsStack.pop(null);
            settingsStack.push(aboutComponent);
            return true;
        }
        if (name === "editor")
            return editRoutine(AppContext.routines.idAt(0), true);
        if (name === "plans" || name === "planeditor" || name === "report") {
            const plans = openPlans();
            if (name === "planeditor") {
                AppContext.plans.editor.newPlan();
                plans.planEditorRequested();
            } else if (name === "report") {
                plans.reportDialog.start();
            }
            return true;
        }
        const index = sectionNames.indexOf(name);
        if (index < 0)
            return false;
        currentIndex = index;
        popRoutines();
        settingsStack.pop(null);
        return true;
    }

    // Back to the Routines list, unless that would lose unsaved edits.
    function popRoutines(): void {
        if (!(AppContext.editor.active && AppContext.editor.dirty))
            routinesStack.pop(null);
    }

    // The routine editor, in the Routines section: a new routine (no id), a
    // copy of a routine, or one of the person's own routines itself.
    function editRoutine(routineId: string, asCopy: bool): bool {
        let opened = true;
        if (routineId.length === 0)
            AppContext.editor.newRoutine();
        else
            opened = asCopy ? AppContext.editor.copyRoutine(routineId) : AppContext.editor.editRoutine(routineId);
        if (!opened)
            return false;
        currentIndex = sectionNames.indexOf("routines");
        if (routinesStack.currentItem.objectName !== "editorPage")
            routinesStack.push(editorComponent);
        return true;
    }

    // Plans and reports, in the Settings section; returns the page.
    function openPlans(): var {
        currentIndex = sectionNames.indexOf("settings");
        settingsStack.pop(null);
        return settingsStack.push(plansComponent);
    }

    function openRoutine(routineId: string): bool {
        if (routineId.length === 0)
            return false;
        currentIndex = sectionNames.indexOf("routines");
        popRoutines();
        routinesStack.push(routineComponent, {routineId: routineId});
        return true;
    }

    Shortcut {
        sequences: ["Ctrl+1"]
        onActivated: root.openSection("today")
    }
    Shortcut {
        sequences: ["Ctrl+2"]
        onActivated: root.openSection("bodymap")
    }
    Shortcut {
        sequences: ["Ctrl+3"]
        onActivated: root.openSection("routines")
    }
    Shortcut {
        sequences: ["Ctrl+4"]
        onActivated: root.openSection("progress")
    }
    Shortcut {
        sequences: ["Ctrl+5"]
        onActivated: root.openSection("settings")
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavRail {
            visible: root.wide
            Layout.fillHeight: true
            titles: root.sectionTitles
            icons: root.sectionIcons
            currentIndex: root.currentIndex
            onActivated: index => root.openSection(root.sectionNames[index])
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.currentIndex

            TodayPage {
                onStartRequested: routineId => root.startRequested(routineId, false)
                onPlayerRequested: root.playerRequested()
                onRoutineChosen: routineId => root.openRoutine(routineId)
                onSectionRequested: name => root.openSection(name)
            }
            // Made on the first visit and kept: start-up draws Today alone. By
            // URL: Qt 6.4 will not load a bound inline component here.
            Loader {
                id: bodyMapLoader

                active: false
                source: "BodyMapPage.qml"

                Connections {
                    target: bodyMapLoader.item
                    ignoreUnknownSignals: true

                    function onSectionRequested(name: string): void {
                        root.openSection(name);
                    }
                }
            }
            StackView {
                id: routinesStack

                initialItem: RoutinesPage {
                    onRoutineChosen: routineId => root.openRoutine(routineId)
                    onNewRoutineRequested: root.editRoutine("", false)
                    onPlansRequested: routinesStack.push(plansComponent)
                }
            }
            Loader {
                id: progressLoader

                active: false
                source: "ProgressPage.qml"
            }
            StackView {
                id: settingsStack

                initialItem: SettingsPage {
                    onAboutRequested: root.openSection("about")
                    onPlansRequested: root.openPlans()
                }
            }
        }
    }

    footer: TabBar {
        visible: !root.wide
        currentIndex: root.currentIndex
        Material.elevation: 8

        Repeater {
            model: root.sectionTitles.length

            delegate: TabButton {
                id: tab

                required property int index

                text: root.sectionTitles[index]
                icon.source: root.sectionIcons[index]
                display: AbstractButton.TextUnderIcon
                font.pixelSize: 12
                font.capitalization: Font.MixedCase
                leftPadding: 2
                rightPadding: 2
                implicitHeight: 64
                Accessible.name: text
                onClicked: root.openSection(root.sectionNames[index])
            }
        }
    }

    Component {
        id: routineComponent

        RoutinePage {
            onBackRequested: routinesStack.pop()
            onStartRequested: (routineId, rightFirst) => root.startRequested(routineId, rightFirst)
            onEditRequested: (routineId, asCopy) => root.editRoutine(routineId, asCopy)
        }
    }

    Component {
        id: editorComponent

        EditorPage {
            objectName: "editorPage"
            onBackRequested: routinesStack.pop()
            onPreviewRequested: root.previewRequested()
        }
    }

    // Plans live in whichever section opened them (Routines or Settings).
    Component {
        id: plansComponent

        PlansPage {
            id: plansPage

            onBackRequested: plansPage.StackView.view.pop()
            onPlanEditorRequested: plansPage.StackView.view.push(planEditorComponent)
            onNewRoutineRequested: root.editRoutine("", false)
        }
    }

    Component {
        id: planEditorComponent

        PlanEditorPage {
            id: planEditorPage

            onBackRequested: planEditorPage.StackView.view.pop()
            onNewRoutineRequested: root.editRoutine("", false)
        }
    }

    Component {
        id: aboutComponent

        AboutPage {
            onBackRequested: settingsStack.pop()
        }
    }
}
