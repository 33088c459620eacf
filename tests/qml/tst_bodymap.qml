import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// The Body map page: a tap on a region opens the pain entry for that region and
// side (or asks which, where regions crowd under the finger); saving lists the
// area and shades the map; the area's history shows; the muscles that commonly
// refer pain there show with their reasons; the keyboard reaches every region;
// the plan button leads to Today; and no text is cut off or overlapping at any
// size, light or dark.
AppTestCase {
    id: root

    name: "BodyMap"

    readonly property BodyMapController map: AppContext.bodyMap

    function may(day: int, hour: int): double {
        return new Date(2024, 4, day, hour, 0).getTime();
    }

    function init(): void {
        TestHistory.clear();
        TestHistory.setNow(may(15, 12));
    }

    function cleanup(): void {
        player.close();
        AppContext.settings.theme = "system";
        TestHistory.setNow(0);
        TestHistory.clear();
    }

    function region(key: string, view: string): var {
        // Each view's figure draws only its own shapes.
        const found = Util.allItems(everything()).find(item => item.objectName === "region:" + key
                                                        && item.view === view && item.visible) || null;
        verify(found !== null, "no region " + key + " on the " + view + " view");
        return found;
    }

    // "painEntry" or "areaChooser".
    function dialog(name: string): var {
        const page = Util.allItems(everything()).find(item => item.objectName === "bodyMapPage");
        verify(page, "no body map page");
        return page[name];
    }

    function named(name: string): var {
        return Util.allItems(everything()).find(item => Util.effectivelyShown(item)
                                                 && item.Accessible.name === name) || null;
    }

    function waitOpen(name: string): var {
        const found = dialog(name);
        verify(found !== null, "no dialog " + name);
        tryVerify(() => found.opened, 5000, name + " did not open");
        render();
        return found;
    }

    function tap(item: var): void {
        scrollIntoView(item);
        mouseClick(item, item.width / 2, item.height / 2);
        render();
    }

    // Taps a region as a person would; where regions crowd under the finger the
    // app asks which one, and the person picks it.
    function tapRegion(key: string, view: string): var {
        const item = region(key, view);
        tap(item);
        const chooser = dialog("areaChooser");
        if (chooser.visible)
            choose(item.label);
        return waitOpen("painEntry");
    }

    // Picks a region in the open "Which area?" question.
    function choose(label: string): void {
        waitOpen("areaChooser");
        const choice = Util.findButton(overlay(), label);
        verify(choice !== null, "no choice " + label);
        mouseClick(choice);
        tryVerify(() => !dialog("areaChooser").visible, 5000, "the question did not close");
    }

    // Text problems inside an open dialog (the page under it does not count).
    function dialogTextProblems(name: string): var {
        const popupItem = dialog(name).contentItem.parent;
        return Util.textProblems({contentItem: {parent: popupItem}, width: app.width, height: app.height});
    }

    // Rates the open pain entry and saves it.
    function rate(pain: int, note: string): void {
        const entry = waitOpen("painEntry");
        click(String(pain));
        Util.allItems(entry.contentItem).find(item => item.objectName === "painNote").text = note;
        click("Save");
        tryVerify(() => !entry.visible, 5000, "the pain entry did not close");
        render();
    }

    function scrollView(): var {
        return Util.allItems(everything()).find(item => item.objectName === "bodyMapScroll");
    }

    // Scrolls the page from top to bottom, checking every screenful.
    function checkWholePage(what: string): void {
        const scroll = scrollView();
        for (let y = 0; ; y = Math.min(y + scroll.height * 0.7, scroll.contentHeight - scroll.height)) {
            scroll.contentY = Math.max(0, y);
            render();
            const problems = Util.textProblems(app);
            verify(problems.length === 0, what + " at " + Math.round(y) + ": " + problems.join("; "));
            if (y >= scroll.contentHeight - scroll.height)
                break;
        }
        scroll.contentY = 0;
    }

    function test_tapOpensThePainEntryForThatRegionAndSide(): void {
        createApp(390, 844);
        openPage("bodymap");
        verify(shows("Nothing marked yet. Tap the body map where it hurts."));
        verify(!shows("Muscles that commonly refer pain here"), "no ranking without areas");

        tap(region("low_back:right", "back"));
        const entry = waitOpen("painEntry");
        compare(entry.region, "low_back");
        compare(entry.side, "right");
        verify(shows("Lower back, right"));
        verify(shows(map.caution("low_back")), "the region's caution shows");
        verify(!button("Save").enabled, "nothing to save before a pain is chosen");
        click("Cancel");
        tryVerify(() => !entry.visible);
        compare(map.areas.count, 0, "cancel keeps nothing");

        tap(region("low_back:left", "back"));
        compare(waitOpen("painEntry").side, "left");
        click("Cancel");
        tryVerify(() => !entry.visible);

        // The front view faces you: the person's left knee is on the right of the picture.
        const left = region("knee.front:left", "front");
        const right = region("knee.front:right", "front");
        verify(left.mapToItem(null, 0, 0).x > right.mapToItem(null, 0, 0).x);
        compare(tapRegion("knee.front:left", "front").label, "Front of the knee, left");
        click("Cancel");
        tryVerify(() => !entry.visible);
    }

    function test_savingListsTheAreaAndShadesTheMap(): void {
        createApp(390, 844);
        openPage("bodymap");
        const shape = region("neck.back:right", "back");
        const unmarked = String(shape.data[0].fillColor);
        tap(region("low_back:right", "back"));
        rate(6, "Stiff after gardening");

        verify(shows("Lower back, right"), "listed under where it hurts now");
        verify(named("Lower back, right: pain 6 out of 10, today"));
        verify(shows("today · Stiff after gardening"));
        const lowBack = region("low_back:right", "back");
        compare(lowBack.level.pain, 6);
        compare(lowBack.Accessible.description, "Pain 6 out of 10");
        verify(String(lowBack.data[0].fillColor) !== unmarked, "the area is shaded");
        compare(String(region("low_back:left", "back").data[0].fillColor), unmarked,
                "the other side is not");

        // A stronger pain is shaded differently from a milder one.
        compare(tapRegion("neck.back:right", "back").label, "Back of the neck, right");
        rate(9, "");
        verify(String(region("neck.back:right", "back").data[0].fillColor)
               !== String(region("low_back:right", "back").data[0].fillColor));
        compare(map.areas.get(0).label, "Back of the neck, right", "the most painful first");
    }

    function test_theHistoryOfAnAreaShows(): void {
        verify(TestHistory.addPainRating("low_back", "right", 7, may(1, 9)));
        verify(TestHistory.addPainRating("low_back", "right", 5, may(8, 9)));
        createApp(390, 844);
        openPage("bodymap");
        tap(region("low_back:right", "back"));
        rate(3, "Better after the walk");

        const listed = named("Lower back, right: pain 3 out of 10, today");
        verify(listed !== null, "the latest rating is listed");
        scrollIntoView(listed);
        mouseClick(listed);
        const entry = waitOpen("painEntry");
        compare(entry.points.length, 3);
        verify(shows("Your ratings here"));
        verify(shows("today: 3 out of 10. Better after the walk"));
        verify(shows("7 days ago: 5 out of 10"));
        const chart = Util.allItems(entry.contentItem).find(item => item.Accessible.role === Accessible.Chart);
        verify(chart && Util.effectivelyShown(chart), "the chart shows");
        compare(chart.points.map(point => point.pain), [7, 5, 3]);
        click("Cancel");
        tryVerify(() => !entry.visible);

        // The Progress page's pain over time has it too.
        openPage("progress");
        compare(AppContext.history.progress.painPoints("low_back", "right").map(point => point.pain), [7, 5, 3]);
    }

    function test_theRankingShowsWithItsReasons(): void {
        createApp(390, 844);
        openPage("bodymap");
        compare(tapRegion("head.temple:right", "front").label, "Temple, right");
        rate(7, "");
        verify(shows("Muscles that commonly refer pain here"));
        compare(map.ranking.get(0).muscle, "upper_trapezius");
        verify(shows("1. " + map.ranking.get(0).name));
        verify(shows("Commonly refers pain to your temple."));
        verify(named(map.ranking.get(1).name + ": " + map.ranking.get(1).reason));
        verify(shows(map.caution("head.temple")), "the temple's caution is listed");

        click("Plan a routine on the Today page");
        settle();
        verify(shows("What to do now"), "the Today page is shown");
    }

    function test_aTapAmongSmallRegionsAsksWhichOne(): void {
        createApp(390, 844);
        openPage("bodymap");
        tap(region("eye.behind_around:left", "front"));
        waitOpen("areaChooser");
        verify(shows("Which area?"));
        verify(Util.findButton(overlay(), "Around and behind the eye, left") !== null);
        verify(Util.findButton(overlay(), "Temple, left") !== null);
        choose("Around and behind the eye, left");
        const entry = waitOpen("painEntry");
        compare(entry.region, "eye.behind_around");
        compare(entry.side, "left");
        click("Cancel");
        tryVerify(() => !entry.visible);
    }

    function test_theKeyboardReachesEveryRegion(): void {
        createApp(1280, 800);
        openPage("bodymap");
        const first = region("head.forehead:none", "front");
        first.forceActiveFocus();
        let seen = {};
        seen[first.objectName + ":front"] = true;
        for (let i = 0; i < 200; ++i) {
            keyClick(Qt.Key_Tab);
            const focused = app.activeFocusItem;
            if (!focused || !String(focused.objectName).startsWith("region:"))
                break;
            seen[focused.objectName + ":" + focused.view] = true;
        }
        const shapes = map.shapes;
        let missing = [];
        for (let i = 0; i < shapes.count; ++i) {
            const shape = shapes.get(i);
            if (!seen["region:" + shape.key + ":" + shape.view])
                missing.push(shape.key + " (" + shape.view + ")");
        }
        compare(missing, [], "every region and side is reached with Tab");

        const neck = region("neck.back:right", "back");
        neck.forceActiveFocus();
        compare(neck.Accessible.name, "Back of the neck, right");
        keyClick(Qt.Key_Return);
        compare(waitOpen("painEntry").label, "Back of the neck, right");
        click("Cancel");
    }

    function test_noTextProblemsAtAnySizeLightAndDark(): void {
        verify(TestHistory.addPainRating("head.temple", "right", 7, may(14, 9)));
        verify(TestHistory.addPainRating("eye.behind_around", "left", 4, may(10, 9)));
        verify(TestHistory.addPainRating("low_back", "left", 5, may(15, 8)));
        verify(TestHistory.addPainRating("chest", "left", 3, may(15, 8)));
        for (const theme of ["light", "dark"]) {
            AppContext.settings.theme = theme;
            for (const [w, h] of [[360, 640], [390, 844], [1280, 800], [1920, 1080]]) {
                createApp(w, h);
                openPage("bodymap");
                verify(map.ranking.count > 0);
                checkWholePage(theme + " " + w + "x" + h);
                tap(region("low_back:left", "back"));
                waitOpen("painEntry");
                const problems = dialogTextProblems("painEntry");
                verify(problems.length === 0, "pain entry " + theme + " " + w + "x" + h + ": " + problems.join("; "));
                click("Cancel");
                tryVerify(() => !dialog("painEntry").visible);
            }
        }
    }
}
