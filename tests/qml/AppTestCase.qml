import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// A test case that runs the real app window (qml/Main.qml) at a given size.
TestCase {
    id: root

    property var app: null
    readonly property PlayerController player: AppContext.player

    function createApp(width: int, height: int): var {
        const component = Qt.createComponent("qrc:/qt/qml/Unknot/qml/Main.qml");
        verify(component.status === Component.Ready, component.errorString());
        app = createTemporaryObject(component, root, {width: width, height: height});
        verify(app !== null, "the main window was not created");
        app.requestActivate();
        tryVerify(() => app.active, 5000, "the main window never became active");
        settle();
        return app;
    }

    // Closes the window now rather than after cleanup(). A test that changes
    // the app's models in its cleanup (a library read again) closes it first:
    // Qt 6.4 can crash tearing down layouts whose Repeater items were just
    // replaced, before a polish has caught up with them.
    function closeApp(): void {
        if (!app)
            return;
        const closing = app;
        app = null;
        closing.destroy();
        wait(0); // the deferred delete
    }

    // Waits until page transitions are over and a frame has been drawn.
    function settle(): void {
        tryVerify(() => !app.busy, 5000, "a page transition never finished");
        render();
    }

    function openPage(name: string): void {
        verify(app.openPage(name), "page " + name + " did not open");
        settle();
    }

    function startRoutine(routineId: string, rightFirst: bool): void {
        verify(player.prepare(routineId, rightFirst), "no routine " + routineId);
        openPage("player");
    }

    function advance(ms: int): void {
        TestClock.advance(ms);
        render();
    }

    // Chooses `path` in an open file dialog and accepts it, as a person would:
    // go to its folder, tap the file in the list, then the Open button.
    function chooseFile(dialog: var, path: string): void {
        const slash = path.lastIndexOf("/");
        const name = path.slice(slash + 1);
        dialog.currentFolder = "file://" + path.slice(0, slash);
        let entry = null;
        tryVerify(() => {
            entry = Util.allItems(overlay()).find(item => item.visible && item.fileName === name) || null;
            return entry !== null;
        }, 5000, "the file dialog does not list " + name);
        mouseClick(entry);
        mouseClick(acceptButton(dialog, "Open"));
    }

    // Saves as `path` in an open file dialog (save mode): go to its folder,
    // type the name, then the Save button.
    function saveAs(dialog: var, path: string): void {
        const slash = path.lastIndexOf("/");
        dialog.currentFolder = "file://" + path.slice(0, slash);
        let name = null;
        tryVerify(() => {
            name = Util.allItems(overlay()).find(item => item.visible && item.objectName === "fileNameTextField") || null;
            return name !== null;
        }, 5000, "the file dialog has no file name field");
        name.forceActiveFocus();
        name.selectAll();
        keyClick(Qt.Key_Backspace);
        for (const letter of path.slice(slash + 1))
            keyClick(letter);
        keyClick(Qt.Key_Return); // the name counts once it is entered
        mouseClick(acceptButton(dialog, "Save"));
    }

    // Chooses the folder `path` in an open folder dialog that shows the folder
    // holding it: tap it in the list, then the Open button. (Qt 6.4's folder
    // dialog does not follow currentFolder while it is open: set it before.)
    function chooseFolder(dialog: var, path: string): void {
        const slash = path.lastIndexOf("/");
        const name = path.slice(slash + 1);
        let entry = null;
        tryVerify(() => {
            entry = Util.allItems(overlay()).find(item => item.visible && item.fileName === name) || null;
            return entry !== null;
        }, 5000, "the folder dialog does not list " + name);
        mouseClick(entry);
        mouseClick(acceptButton(dialog, "Open"));
    }

    // The open dialog's accept button, labelled with the dialog's acceptLabel
    // (or Qt's `fallback` where it has none), as the person sees it.
    function acceptButton(dialog: var, fallback: string): var {
        const label = dialog.acceptLabel || fallback;
        const button = Util.allItems(overlay()).find(item => item.visible && item.clicked !== undefined
                                                     && (item.text === label || item.text === "&" + label)) || null;
        verify(button !== null, "the dialog has no \"" + label + "\" button");
        return button;
    }

    function everything(): var {
        return app.contentItem.parent;
    }

    function shows(text: string): bool {
        return Util.findByText(everything(), text) !== null;
    }

    function button(text: string): var {
        const found = Util.findButton(everything(), text);
        verify(found !== null, "no visible button \"" + text + "\"");
        return found;
    }

    function click(text: string): void {
        const found = button(text);
        scrollIntoView(found);
        mouseClick(found);
        render();
    }

    // Scrolls the page a control is on until the control is in view, as a
    // person would before tapping it.
    function scrollIntoView(item: var): void {
        for (let it = item.parent; it; it = it.parent) {
            if (it.contentY === undefined || it.contentHeight === undefined || !it.clip)
                continue;
            const top = item.mapToItem(it.contentItem, 0, 0).y;
            if (top < it.contentY || top + item.height > it.contentY + it.height) {
                it.contentY = Math.max(0, Math.min(top - it.height / 3, it.contentHeight - it.height));
                render();
            }
            return;
        }
    }

    // The layer dialogs and menus open in.
    function overlay(): var {
        return Array.from(everything().children).find(child => String(child).startsWith("QQuickOverlay"));
    }

    // Clicks a button in the dialog that is open, and waits for the dialog to close.
    function clickInPopup(text: string): void {
        tryVerify(() => Array.from(overlay().children).some(child => child.visible && child.opacity === 1)
                  && Array.from(overlay().children).every(child => !child.visible || child.opacity === 1),
                  5000, "no dialog finished opening");
        const found = Util.findButton(overlay(), text);
        verify(found !== null, "no button \"" + text + "\" in the open dialog");
        mouseClick(found);
        tryVerify(() => Array.from(overlay().children).every(child => !child.visible), 5000,
                  "the dialog did not close");
        render();
    }

    // Draws a frame now (waitForRendering alone waits out its timeout when
    // nothing on screen changed).
    function render(): void {
        app.update();
        waitForRendering(app.contentItem, 2000);
    }

    function cleanup(): void {
        player.close();
    }

    when: windowShown
}
