import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// The Progress page: a friendly sentence and no charts before the first
// session; with a known history (sessions and pain ratings on chosen days of
// May 2024, written through the store) the right totals, streaks, calendar,
// weeks, minutes per area, pain chart and "what helps you"; and no text cut
// off or overlapping at any size, with and without history.
AppTestCase {
    id: root

    name: "Progress"

    readonly property ProgressController progress: AppContext.history.progress
    readonly property string meaningful: "A meaningful change (2 points or 30%)"

    function may(day: int, hour: int): double {
        return new Date(2024, 4, day, hour, 0).getTime();
    }

    // Wednesday 15 May 2024 is today. Stiff neck (530 s of steps) on the 6th,
    // 7th, 13th, 14th and 15th; Low back pain (525 s) twice on the 8th.
    function fillHistory(): void {
        TestHistory.clear();
        TestHistory.setNow(may(15, 12));
        for (const [day, before, after] of [[6, 6, 3], [7, 7, 4], [13, 5, 3], [14, 4, 2], [15, 4, 2]])
            verify(TestHistory.addSession("stiff-neck", may(day, 8), before, after));
        verify(TestHistory.addSession("low-back", may(8, 8), 5, 5));
        verify(TestHistory.addSession("low-back", may(8, 19), 6, 5));
        for (const [day, pain] of [[1, 7], [8, 5], [15, 3]])
            verify(TestHistory.addPainRating("neck.back", "right", pain, may(day, 9)));
        progress.showMonth(2024, 5);
    }

    function init(): void {
        TestHistory.clear();
    }

    function cleanup(): void {
        player.close();
        AppContext.settings.theme = "system";
        TestHistory.setNow(0);
        TestHistory.clear();
        const now = new Date();
        progress.showMonth(now.getFullYear(), now.getMonth() + 1);
    }

    function named(name: string): var {
        return Util.allItems(everything()).find(item => item.visible && item.Accessible.name === name) || null;
    }

    function visibleTexts(text: string): int {
        return Util.allItems(everything()).filter(item => item.text === text && Util.effectivelyShown(item)).length;
    }

    function scrollView(): var {
        return Util.allItems(everything()).find(item => item.objectName === "progressScroll");
    }

    // Scrolls the page from top to bottom, checking every screenful.
    function checkWholePage(what: string): void {
        const scroll = scrollView();
        for (let y = 0; ; y = Math.min(y + scroll.height * 0.7, scroll.contentHeight - scroll.height)) {
            scroll.contentY = Math.max(0, y);
            render();
            const problems = Util.textProblems(app);
            verify(problems.length === 0, what + " at " + Math.round(y) + ": " + problems.join("; "));
            const unnamed = Util.allItems(everything()).filter(item => Util.effectivelyShown(item)
                && item.clicked !== undefined && item.checkable !== undefined
                && String(item.Accessible.name || item.text || "").length === 0);
            verify(unnamed.length === 0, what + ": " + unnamed.length + " controls have no accessible name");
            if (y >= scroll.contentHeight - scroll.height)
                break;
        }
        scroll.contentY = 0;
    }

    function test_noHistoryYet(): void {
        createApp(390, 844);
        openPage("progress");
        verify(shows("Your progress starts with your first session"));
        verify(!shows("What helps you"), "no empty sections");
        verify(!Util.allItems(everything()).some(item => item.Accessible.role === Accessible.Chart
                                                   && Util.effectivelyShown(item)), "no empty chart");
    }

    function test_totalsAndStreaks(): void {
        fillHistory();
        createApp(390, 844);
        openPage("progress");
        verify(!shows("Your progress starts with your first session"));
        compare(progress.totalSessions, 7);
        verify(named("Sessions: 7"), "7 sessions");
        verify(named("Minutes: 62"), "3700 s of steps are 62 min");
        verify(named("Current streak: 3 days"), "the 13th to the 15th");
        verify(named("Longest streak: 3 days"), "6th to 8th and 13th to 15th");
    }

    function test_calendarAndWeeks(): void {
        fillHistory();
        createApp(1280, 800);
        openPage("progress");
        verify(shows(progress.monthTitle));
        verify(named("Tuesday 14 May: 1 session, 9 min"));
        verify(named("Wednesday 8 May: 2 sessions, 18 min"));
        verify(named("Today, Wednesday 15 May: 1 session, 9 min"));
        verify(named("Sunday 12 May: no session"));
        verify(named("Week of 6 May: 4 sessions, 35 min"));
        verify(named("Week of 13 May: 3 sessions, 27 min"));
        verify(shows("This week: 3 sessions, 27 min."));
        verify(named("Back of the neck: 44 min in 5 sessions"));
        verify(named("Lower back: 18 min in 2 sessions"));
    }

    function test_monthByMonth(): void {
        fillHistory();
        createApp(390, 844);
        openPage("progress");
        verify(!named("Next month").enabled, "nothing after this month");
        verify(!named("Previous month").enabled, "nothing before the first session");
        progress.showMonth(2024, 4);
        render();
        verify(shows(progress.monthTitle));
        verify(named("Next month").enabled);
        mouseClick(named("Next month"));
        render();
        compare(progress.calendar.get(0).date, "2024-05-01");
        verify(named("Tuesday 14 May: 1 session, 9 min"));
    }

    function test_painOverTime(): void {
        fillHistory();
        createApp(1280, 800);
        openPage("progress");
        verify(shows("Back of the neck, right"));
        verify(shows("Latest 3 out of 10 · 3 ratings"));
        verify(named("Pain chart: 3 ratings from 1 May to 15 May, first 7 out of 10, latest 3 out of 10"));
    }

    function test_whatHelps(): void {
        fillHistory();
        createApp(1280, 800);
        openPage("progress");
        verify(shows("Stiff neck"));
        verify(shows("Your pain went from 5.2 to 2.8 on average over 5 sessions."));
        verify(shows("Your pain before a session went from 6.5 in your first week to 4.3 in your latest week (5 sessions in those two weeks, 2 weeks with ratings)."));
        verify(shows("Low back pain"));
        verify(shows("Your pain went from 5.5 to 5 on average over 2 sessions."));
        verify(shows("Shown once you have rated sessions in two different weeks."));
        verify(shows("Muscles worked"));
        // Every meaningful figure, and only those, carries the flag: the stiff
        // neck and its muscles both ways, nothing of the low back.
        const helps = progress.helps;
        let flags = 0;
        for (let i = 0; i < helps.count; ++i) {
            const row = helps.get(i);
            if (row.kind === "routine")
                compare(row.meaningful, row.id === "stiff-neck", row.id);
            flags += (row.meaningful ? 1 : 0) + (row.weekMeaningful ? 1 : 0);
        }
        verify(flags >= 2);
        compare(visibleTexts(meaningful), flags);
    }

    function test_followsNewSessions(): void {
        fillHistory();
        createApp(390, 844);
        openPage("progress");
        verify(named("Sessions: 7"));
        verify(TestHistory.addSession("stiff-neck", may(15, 18), 3, 1));
        render();
        verify(named("Sessions: 8"));
        verify(named("Today, Wednesday 15 May: 2 sessions, 18 min"));
    }

    function test_layout_data(): var {
        return [
            {tag: "phone, no history", width: 390, height: 844, history: false},
            {tag: "phone, history", width: 390, height: 844, history: true},
            {tag: "desktop, no history", width: 1280, height: 800, history: false},
            {tag: "desktop, history", width: 1280, height: 800, history: true},
            {tag: "smallest, history", width: 360, height: 640, history: true},
            {tag: "full HD, history", width: 1920, height: 1080, history: true}
        ];
    }

    function test_layout(data): void {
        if (data.history)
            fillHistory();
        createApp(data.width, data.height);
        openPage("progress");
        checkWholePage(data.tag);
    }

    function test_resizing(): void {
        fillHistory();
        createApp(360, 640);
        openPage("progress");
        for (const [width, height] of [[600, 800], [960, 700], [1920, 1080], [390, 844]]) {
            app.width = width;
            app.height = height;
            settle();
            checkWholePage(width + "x" + height);
        }
    }

    function test_darkTheme(): void {
        fillHistory();
        AppContext.settings.theme = "dark";
        createApp(390, 844);
        openPage("progress");
        checkWholePage("dark");
    }
}
