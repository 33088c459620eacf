<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Made by scripts/update-plurals.py: English plural forms. -->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BodyMapController</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message numerus="yes">
        <source>%n problem(s) to fix, marked in red.</source>
        <translation>
            <numerusform>%n problem to fix, marked in red.</numerusform>
            <numerusform>%n problems to fix, marked in red.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message numerus="yes">
        <source>%n pain rating(s)</source>
        <translation>
            <numerusform>%n pain rating</numerusform>
            <numerusform>%n pain ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Exported %n session to %1.</numerusform>
            <numerusform>Exported %n sessions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPrompts</name>
    <message numerus="yes">
        <source>%n change(s) kept in memory. Keep Unknot open until they are saved.</source>
        <translation>
            <numerusform>%n change kept in memory. Keep Unknot open until they are saved.</numerusform>
            <numerusform>%n changes kept in memory. Keep Unknot open until they are saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message numerus="yes">
        <source>%1: %n session(s), %2 min</source>
        <translation>
            <numerusform>%1: %n session, %2 min</numerusform>
            <numerusform>%1: %n sessions, %2 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message numerus="yes">
        <source>Pain chart: %n rating(s) from %1 to %2, first %3 out of 10, latest %4 out of 10</source>
        <translation>
            <numerusform>Pain chart: %n rating from %1 to %2, first %3 out of 10, latest %4 out of 10</numerusform>
            <numerusform>Pain chart: %n ratings from %1 to %2, first %3 out of 10, latest %4 out of 10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerController</name>
    <message numerus="yes">
        <source>%n ended early.</source>
        <translation>
            <numerusform>%n ended early.</numerusform>
            <numerusform>%n ended early.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more second(s).</source>
        <translation>
            <numerusform>%n more second.</numerusform>
            <numerusform>%n more seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reached.</source>
        <translation>
            <numerusform>%n not reached.</numerusform>
            <numerusform>%n not reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n skipped.</numerusform>
            <numerusform>%n skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done.</source>
        <translation>
            <numerusform>%n step done.</numerusform>
            <numerusform>%n steps done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped.</source>
        <translation>
            <numerusform>%n stopped.</numerusform>
            <numerusform>%n stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out for today: %n more neck step(s).</source>
        <translation>
            <numerusform>Left out for today: %n more neck step.</numerusform>
            <numerusform>Left out for today: %n more neck steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out for today: %n more step(s) on this muscle.</source>
        <translation>
            <numerusform>Left out for today: %n more step on this muscle.</numerusform>
            <numerusform>Left out for today: %n more steps on this muscle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <source>%1 min · %n session(s)</source>
        <translation>
            <numerusform>%1 min · %n session</numerusform>
            <numerusform>%1 min · %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 min in %n session(s)</source>
        <translation>
            <numerusform>%1: %2 min in %n session</numerusform>
            <numerusform>%1: %2 min in %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Latest %1 out of 10 · %n rating(s)</source>
        <translation>
            <numerusform>Latest %1 out of 10 · %n rating</numerusform>
            <numerusform>Latest %1 out of 10 · %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %n session(s), %1 min.</source>
        <translation>
            <numerusform>This week: %n session, %1 min.</numerusform>
            <numerusform>This week: %n sessions, %1 min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message numerus="yes">
        <source>%n question(s) still to answer.</source>
        <translation>
            <numerusform>%n question still to answer.</numerusform>
            <numerusform>%n questions still to answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekBars</name>
    <message numerus="yes">
        <source>Week of %1: %n session(s), %2 min</source>
        <translation>
            <numerusform>Week of %1: %n session, %2 min</numerusform>
            <numerusform>Week of %1: %n sessions, %2 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatHelpsRow</name>
    <message numerus="yes">
        <source>Your pain before a session went from %1 in your first week to %2 in your latest week (%n session(s) in those two weeks, %3 weeks with ratings).</source>
        <translation>
            <numerusform>Your pain before a session went from %1 in your first week to %2 in your latest week (%n session in those two weeks, %3 weeks with ratings).</numerusform>
            <numerusform>Your pain before a session went from %1 in your first week to %2 in your latest week (%n sessions in those two weeks, %3 weeks with ratings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your pain went from %1 to %2 on average over %n session(s).</source>
        <translation>
            <numerusform>Your pain went from %1 to %2 on average over %n session.</numerusform>
            <numerusform>Your pain went from %1 to %2 on average over %n sessions.</numerusform>
        </translation>
    </message>
</context>
</TS>
