pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// What was done and whether it helped: totals and streaks, a calendar,
// sessions per week, minutes per body area, pain over time per area, and
// what helps: the change in pain per routine and per muscle worked.
Page {
    id: root

    readonly property ProgressController progress: AppContext.history.progress
    readonly property bool hasHistory: progress.totalSessions > 0 || progress.painAreas.count > 0
    readonly property bool twoColumns: width >= 960
    // Whether the calendar shows this month, or the month of the first session.
    // Reading progress.month makes both follow every change of the figures.
    readonly property bool showsThisMonth: {
        progress.month;
        const days = progress.calendar;
        for (let i = 0; i < days.count; ++i) {
            if (days.get(i).today)
                return true;
        }
        return false;
    }
    readonly property bool showsFirstMonth: {
        progress.month;
        const days = progress.calendar;
        const weeks = progress.weeks;
        return days.count === 0 || weeks.count === 0
            || days.get(0).date.slice(0, 7) <= weeks.get(0).monday.slice(0, 7);
    }

    function daysText(days: int): string {
        return qsTr("%n day(s)", "", days);
    }

    header: PageHeader {
        title: qsTr("Progress")
    }

    // The history is read when the page is shown, never at start-up.
    onVisibleChanged: {
        if (visible)
            progress.load();
    }
    Component.onCompleted: {
        if (visible)
            progress.load();
    }

    component SectionCard: Card {
        id: card

        property string title
        property string subtitle
        default property alias content: body.data

        Layout.fillWidth: true

        ColumnLayout {
            id: body

            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 10

            Label {
                Layout.fillWidth: true
                text: card.title
                font.pixelSize: 18
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: card.subtitle
                wrapMode: Text.Wrap
                opacity: 0.75
            }
        }
    }

    component Figure: Card {
        id: figure

        property string value
        property string label

        Layout.fillWidth: true
        Layout.preferredWidth: 1
        padding: 12
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("%1: %2").arg(label).arg(value)

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: figure.value
                font.pixelSize: 26
                font.bold: true
                color: Material.accent
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: figure.label
                font.pixelSize: 13
                wrapMode: Text.Wrap
                opacity: 0.8
            }
        }
    }

    PageScroll {
        id: scroll

        objectName: "progressScroll"
        anchors.fill: parent
        visible: root.progress.loaded
        maxWidth: root.twoColumns ? 1200 : 720
        spacing: 16

        // --- no history yet ------------------------------------------------------
        Card {
            Layout.fillWidth: true
            Layout.topMargin: 24
            visible: !root.hasHistory

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Your progress starts with your first session")
                    font.pixelSize: 20
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Finish a routine and rate your pain before and after it. Your days, minutes per body area and what helps you will show here.")
                    wrapMode: Text.Wrap
                }
            }
        }

        // --- totals -----------------------------------------------------------------
        GridLayout {
            Layout.fillWidth: true
            visible: root.hasHistory
            columns: width >= 720 ? 4 : 2
            columnSpacing: 12
            rowSpacing: 12

            Figure {
                value: root.progress.totalSessions
                label: qsTr("Sessions")
            }
            Figure {
                value: root.progress.totalMinutes
                label: qsTr("Minutes")
            }
            Figure {
                value: root.daysText(root.progress.currentStreak)
                label: qsTr("Current streak")
            }
            Figure {
                value: root.daysText(root.progress.longestStreak)
                label: qsTr("Longest streak")
            }
        }

        GridLayout {
            Layout.fillWidth: true
            visible: root.hasHistory
            columns: root.twoColumns ? 2 : 1
            columnSpacing: 16
            rowSpacing: 16

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: 16

                // --- the calendar ------------------------------------------------------
                SectionCard {
                    title: qsTr("Your days")
                    subtitle: qsTr("Days in a row make a streak. Rest days in your plan do not break it.")

                    MonthCalendar {
                        Layout.fillWidth: true
                        days: root.progress.calendar
                        title: root.progress.monthTitle
                        canGoBack: !root.showsFirstMonth
                        canGoForward: !root.showsThisMonth
                        onMonthShifted: months => root.progress.shiftMonth(months)
                    }
                }

                // --- sessions per week ------------------------------------------------
                SectionCard {
                    title: qsTr("Sessions per week")
                    subtitle: {
                        root.progress.month; // follows every change of the figures
                        const weeks = root.progress.weeks;
                        if (weeks.count === 0)
                            return "";
                        const week = weeks.get(weeks.count - 1);
                        return qsTr("This week: %n session(s), %1 min.", "", week.sessions).arg(week.minutes);
                    }

                    WeekBars {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 170
                        weeks: root.progress.weeks
                    }
                }

                // --- minutes per body area --------------------------------------------
                SectionCard {
                    title: qsTr("Minutes per body area")
                    subtitle: qsTr("A session counts for every area its routine works on.")

                    Repeater {
                        model: root.progress.areas

                        delegate: ColumnLayout {
                            id: area

                            required property int index
                            required property string name
                            required property int sessions
                            required property int minutes

                            Layout.fillWidth: true
                            spacing: 4
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("%1: %2 min in %n session(s)", "", sessions).arg(name).arg(minutes)

                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 12

                                Label {
                                    Layout.fillWidth: true
                                    text: area.name
                                    wrapMode: Text.Wrap
                                }
                                Label {
                                    text: qsTr("%1 min · %n session(s)", "", area.sessions).arg(area.minutes)
                                    opacity: 0.75
                                }
                            }
                            // The bar is measured against its track, never against
                            // the column it sits in (that would feed its own width).
                            Item {
                                id: track

                                Layout.fillWidth: true
                                Layout.preferredHeight: 8

                                Rectangle {
                                    width: Math.max(4, track.width * area.minutes
                                                    / Math.max(1, root.progress.areas.get(0).minutes))
                                    height: parent.height
                                    radius: 4
                                    color: Material.accent
                                }
                            }
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: 16

                // --- what helps you ------------------------------------------------------
                SectionCard {
                    title: qsTr("What helps you")
                    subtitle: root.progress.helps.count > 0
                        ? qsTr("Average pain from 0 to 10, from your own ratings. A change of 2 points or 30% is the size most people notice as a real difference.")
                        : qsTr("Rate your pain before and after your sessions to see which routines and muscles help you.")

                    Repeater {
                        model: root.progress.helps

                        delegate: ColumnLayout {
                            id: help

                            required property int index
                            required property string kind
                            required property string title
                            required property int sessions
                            required property real before
                            required property real after
                            required property bool meaningful
                            required property bool improved
                            required property int weeks
                            required property int weekSessions
                            required property real weekBefore
                            required property real weekAfter
                            required property bool weekMeaningful
                            required property bool weekImproved

                            readonly property bool firstOfKind: index === 0
                                || root.progress.helps.get(index - 1).kind !== kind

                            Layout.fillWidth: true
                            spacing: 8

                            Label {
                                Layout.fillWidth: true
                                Layout.topMargin: help.index > 0 ? 12 : 0
                                visible: help.firstOfKind
                                text: help.kind === "routine" ? qsTr("Routines") : qsTr("Muscles worked")
                                font.bold: true
                                color: Material.accent
                                Accessible.role: Accessible.Heading
                            }
                            Rectangle {
                                Layout.fillWidth: true
                                Layout.preferredHeight: 1
                                visible: !help.firstOfKind
                                color: Material.foreground
                                opacity: 0.12
                            }
                            WhatHelpsRow {
                                Layout.fillWidth: true
                                title: help.title
                                sessions: help.sessions
                                before: help.before
                                after: help.after
                                meaningful: help.meaningful
                                improved: help.improved
                                weeks: help.weeks
                                weekSessions: help.weekSessions
                                weekBefore: help.weekBefore
                                weekAfter: help.weekAfter
                                weekMeaningful: help.weekMeaningful
                                weekImproved: help.weekImproved
                            }
                        }
                    }
                }

                // --- pain over time -------------------------------------------------------
                SectionCard {
                    title: qsTr("Pain over time")
                    subtitle: root.progress.painAreas.count > 0 ? ""
                        : qsTr("Rate where it hurts on the body map, and your pain in each area will show here over time.")

                    Repeater {
                        model: root.progress.painAreas

                        delegate: ColumnLayout {
                            id: painArea

                            required property string region
                            required property string side
                            required property string name
                            required property int latest
                            required property int ratings

                            Layout.fillWidth: true
                            spacing: 4

                            Label {
                                Layout.fillWidth: true
                                text: painArea.name
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Latest %1 out of 10 · %n rating(s)", "", painArea.ratings).arg(painArea.latest)
                                wrapMode: Text.Wrap
                                opacity: 0.75
                            }
                            PainChart {
                                Layout.fillWidth: true
                                Layout.preferredHeight: 150
                                points: root.progress.painPoints(painArea.region, painArea.side)
                            }
                        }
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.bottomMargin: 16
            visible: root.hasHistory
            text: qsTr("These figures are your own ratings, not a diagnosis. If nothing has changed meaningfully after two to three weeks of regular use, see a professional.")
            wrapMode: Text.Wrap
            font.pixelSize: 13
            opacity: 0.7
        }
    }
}
