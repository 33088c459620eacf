import QtQuick
import QtTest
import Unknot
import UnknotTest
import "util.js" as Util

// The Today page: the plan's routine first, else a routine planned for the pain
// logged on the body map (worse side first, recorded like any session), else a
// routine from the library that suits the health answers; the last session;
// and the ways onward, at phone and desktop sizes.
AppTestCase {
    id: root

    name: "Today"

    readonly property TodayController today: AppContext.today
    readonly property double hour: 3600 * 1000

    function init(): void {
        TestHistory.clear();
        TestHistory.setNow(0);
    }

    function cleanup(): void {
        player.close();
        AppContext.plans.setActivePlan("");
        AppContext.settings.equipment = [];
        AppContext.settings.planMinutes = 10;
        TestSafety.reset();
        TestHistory.clear();
    }

    // A plan from the therapist, active today, with a copy of a built-in routine.
    function activatePlan(): string {
        const editor = AppContext.editor;
        verify(editor.copyRoutine("stiff-neck"));
        const routineId = editor.routineId;
        verify(editor.save(), editor.lastResult);
        editor.close();
        const plan = AppContext.plans.editor;
        plan.newPlan();
        plan.title = "Neck plan";
        plan.therapist = "Sam Physio";
        plan.client = "Alex";
        plan.start = Qt.formatDate(new Date(), "yyyy-MM-dd");
        plan.scheduleKind = "daily";
        plan.weeks = 2;
        verify(plan.addRoutine(routineId), plan.lastResult);
        verify(plan.save(), plan.problems.join("; ") + plan.lastResult);
        verify(AppContext.plans.setActivePlan(plan.planId));
        return routineId;
    }

    function textShown(part: string): bool {
        return Util.allItems(everything()).some(item => item.visible && String(item.text).indexOf(part) >= 0);
    }

    function test_suggestsARoutineThatSuitsTheAnswers(): void {
        createApp(390, 844);
        compare(today.source, "suggested");
        verify(shows("Suggested for you"));
        verify(today.suggestedRoutineId.length > 0);
        click("Start");
        compare(player.screen, "pain-before");
        compare(player.routineId, today.suggestedRoutineId);
        player.close();
        // In pregnancy the low back routine lies on the back: another one is offered.
        TestSafety.answer(["pregnant"]);
        verify(today.suggestedRoutineId !== "low-back");
        compare(AppContext.suggestedRoutineId, today.suggestedRoutineId);
        const details = createTemporaryQmlObject("import Unknot; RoutineDetails {}", root);
        details.routineId = today.suggestedRoutineId;
        verify(details.valid);
        compare(details.conflicts.length, 0);
        details.routineId = "low-back";
        verify(details.conflicts.length > 0);
    }

    function test_plansForThePainLogged(): void {
        verify(TestHistory.addPainRating("low_back", "none", 6, Date.now() - hour));
        verify(TestHistory.addPainRating("buttock", "right", 5, Date.now() - hour));
        createApp(390, 844);
        compare(today.source, "planned");
        verify(shows("Planned for where it hurts"));
        verify(shows(today.plannedTitle));
        compare(today.plannedTitle, "For your lower back and your buttock");
        verify(textShown("Lower back, 6 of 10 · Buttock (right), 5 of 10"));
        compare(today.sideText, "Starts on your right side, where it hurts more.");
        verify(shows(today.sideText));
        verify(today.rightFirst);
        verify(shows("Muscles that commonly refer pain here"));
        verify(textShown("Quadratus lumborum (QL): Commonly refers pain to your lower back and your buttock."));

        // The time budget chosen on the page plans again, and is kept.
        const ten = today.plannedDurationText;
        click("20 min");
        compare(today.minutes, 20);
        compare(AppContext.settings.planMinutes, 20);
        verify(today.plannedDurationText !== ten);
        click("5 min");
        compare(today.minutes, 5);

        // Started worse side first, and recorded like any other session.
        click("Start");
        compare(player.screen, "pain-before");
        compare(player.routineTitle, today.plannedTitle);
        verify(player.routineId.startsWith("plan-"));
        player.begin(5);
        let guard = 0;
        while (player.screen !== "active" && guard++ < 20)
            advance(player.segmentRemainingMs);
        if (player.side !== "none")
            compare(player.side, "right");
        guard = 0;
        while (player.running && guard++ < 200)
            advance(player.segmentRemainingMs);
        player.finishWithPain(3);
        player.close();
        openPage("today");
        verify(today.hasLastSession);
        compare(today.lastTitle, "For your lower back and your buttock");
        compare(today.lastPainText, "Pain 5 → 3 (better)");
        verify(shows("Last session"));
        verify(shows("Pain 5 → 3 (better)"));
    }

    function test_theEquipmentInSettingsIsUsed(): void {
        verify(TestHistory.addPainRating("calf", "left", 6, Date.now() - hour));
        createApp(390, 844);
        verify(textShown("Planned with your hands, a wall and a chair."));
        openPage("settings");
        const roller = Util.findButton(everything(), "Foam roller");
        verify(roller, "no Foam roller choice");
        scrollIntoView(roller);
        mouseClick(roller);
        compare(AppContext.settings.equipment, ["foam-roller"]);
        openPage("today");
        verify(textShown("Planned with Foam roller."));
    }

    function test_thePlanRoutineComesFirst(): void {
        verify(TestHistory.addPainRating("low_back", "none", 6, Date.now() - hour));
        const routineId = activatePlan();
        createApp(390, 844);
        compare(today.source, "plan");
        compare(today.planRoutineId, routineId);
        verify(shows("Your plan: Neck plan"));
        verify(shows("Stiff neck (copy)"));
        verify(!shows("Planned for where it hurts"));
        click("Start");
        compare(player.routineId, routineId);
        // Once done today, the planned routine is offered next.
        player.begin(-1);
        let guard = 0;
        while (player.running && guard++ < 200)
            advance(player.segmentRemainingMs);
        player.finishWithPain(-1);
        player.close();
        tryVerify(() => AppContext.plans.todayDone, 5000, "the plan did not see today's session");
        openPage("today");
        compare(today.source, "planned");
        verify(shows("Done for today. Well done."));
        verify(shows("Planned for where it hurts"));
    }

    function test_lastSessionCard(): void {
        const now = new Date(2025, 2, 10, 9, 0);
        const yesterday = new Date(2025, 2, 9, 18, 30);
        verify(TestHistory.addSession("stiff-neck", yesterday.getTime(), 6, 3));
        TestHistory.setNow(now.getTime());
        createApp(390, 844);
        verify(today.hasLastSession);
        verify(shows("Last session"));
        verify(shows("Stiff neck"));
        compare(today.lastWhen, "Yesterday at " + Qt.formatTime(yesterday, Qt.locale().timeFormat(Locale.ShortFormat).replace(":ss", "")));
        verify(shows(today.lastWhen + " · Finished"));
        verify(shows("Pain 6 → 3 (better)"));
        // No pain given.
        verify(TestHistory.addSession("low-back", now.getTime() - hour, -1, -1));
        compare(today.lastTitle, "Low back pain");
        compare(today.lastPainText, "No pain rating");
        verify(today.lastWhen.startsWith("Today at "));
    }

    function test_leadsToTheStepsTheBodyMapAndTheLibrary(): void {
        createApp(390, 844);
        click("See the steps");
        verify(shows("Steps"));
        openPage("today");
        click("Open the body map");
        verify(shows("Body map"));
        openPage("today");
        click("Browse routines");
        verify(shows("Search routines, areas, muscles"));
    }

    function test_layout_data(): var {
        return [{tag: "360x640", width: 360, height: 640}, {tag: "390x844", width: 390, height: 844},
                {tag: "1280x800", width: 1280, height: 800}];
    }

    // Everything on the page at once: a plan, pain logged, a last session.
    function test_layout(data): void {
        verify(TestHistory.addPainRating("neck.side", "left", 7, Date.now() - hour));
        verify(TestHistory.addPainRating("head.temple", "left", 5, Date.now() - hour));
        verify(TestHistory.addSession("tension-headache", Date.now() - 20 * hour, 6, 4));
        createApp(data.width, data.height);
        const flick = Util.allItems(everything()).find(item => item.visible && item.contentY !== undefined
                                                       && item.clip && item.contentHeight > 0);
        // Scrolled through from top to bottom, nothing is cut off or drawn over.
        for (let y = 0; ; y += flick.height / 2) {
            flick.contentY = Math.min(y, Math.max(0, flick.contentHeight - flick.height));
            settle();
            const problems = Util.textProblems(app);
            verify(problems.length === 0, "at " + flick.contentY + ": " + problems.join("; "));
            if (flick.contentY >= flick.contentHeight - flick.height)
                break;
        }
        // The Start button stays large.
        const start = button("Start");
        verify(start.height >= 56, "Start is " + start.height + " px high");
        verify(start.width >= Math.min(300, data.width - 80), "Start is " + start.width + " px wide");
    }
}
