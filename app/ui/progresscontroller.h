#pragma once

#include "recordlistmodel.h"

#include "core/bodymodel.h"
#include "core/progress.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>

#include <functional>

class HistoryStore;

// The Progress page's data. Nothing is read at start-up: load() reads the
// history with a few aggregate queries when the page opens, and once loaded
// the figures follow every change of the history.
class ProgressController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.history.progress")

    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(int totalSessions READ totalSessions NOTIFY changed)
    Q_PROPERTY(int totalMinutes READ totalMinutes NOTIFY changed)
    Q_PROPERTY(int currentStreak READ currentStreak NOTIFY changed)
    Q_PROPERTY(int longestStreak READ longestStreak NOTIFY changed)
    // The month the calendar shows (its first day) and its title, "May 2024".
    Q_PROPERTY(QDate month READ month NOTIFY changed)
    Q_PROPERTY(QString monthTitle READ monthTitle NOTIFY changed)
    // Days of the shown month: date ("2024-05-01"), day, weekday (1 = Monday),
    // sessions, minutes, restDay, today.
    Q_PROPERTY(RecordListModel *calendar READ calendar CONSTANT)
    // Every week from the first session's on: monday ("2024-04-29"), label, sessions, minutes.
    Q_PROPERTY(RecordListModel *weeks READ weeks CONSTANT)
    // Minutes per body area, most first: area, name, sessions, minutes.
    Q_PROPERTY(RecordListModel *areas READ areas CONSTANT)
    // Areas with pain ratings: region, side, name, latest, ratings. See painPoints().
    Q_PROPERTY(RecordListModel *painAreas READ painAreas CONSTANT)
    // "What helps you", routines then muscles: kind ("routine" or "muscle"), id,
    // title, sessions, before, after, change, percent, meaningful, improved
    // (mean pain before -> after a session), weeks, weekSessions, weekBefore,
    // weekAfter, weekChange, weekPercent, weekMeaningful, weekImproved (mean pain
    // before a session, first week -> latest week). Pains and changes are in
    // points, percents of the pain before; meaningful is 2 points or 30 %.
    Q_PROPERTY(RecordListModel *helps READ helps CONSTANT)

public:
    using Today = std::function<QDate()>;

    ProgressController(HistoryStore *store, const BodyModel &body, QObject *parent = nullptr);

    // Rest days of an assigned plan (a later issue) keep a streak going.
    void setPlannedRestDays(const Progress::RestDayPredicate &plannedRest);
    // Tests fix the date; by default it is the local date.
    void setToday(const Today &today);

    Q_INVOKABLE void load();
    Q_INVOKABLE void showMonth(int year, int month);
    Q_INVOKABLE void shiftMonth(int months);
    // The ratings of one area, oldest first: [{time (ms since 1970), pain}].
    Q_INVOKABLE QVariantList painPoints(const QString &region, const QString &side) const;

    bool loaded() const { return m_loaded; }
    int totalSessions() const { return int(m_sessions.size()); }
    int totalMinutes() const;
    int currentStreak() const { return m_streaks.current; }
    int longestStreak() const { return m_streaks.longest; }
    QDate month() const { return m_month; }
    QString monthTitle() const;
    RecordListModel *calendar() const { return m_calendar; }
    RecordListModel *weeks() const { return m_weeks; }
    RecordListModel *areas() const { return m_areas; }
    RecordListModel *painAreas() const { return m_painAreas; }
    RecordListModel *helps() const { return m_helps; }

Q_SIGNALS:
    void changed();

private:
    QDate today() const;
    void fillCalendar();
    void fillWeeks();
    void fillAreas();
    void fillPain();
    void fillHelps();
    QString regionName(const QString &region, Side side) const;

    HistoryStore *m_store;
    const BodyModel &m_body;
    Progress::RestDayPredicate m_plannedRest;
    Today m_today;
    bool m_loaded = false;
    QList<SessionSummary> m_sessions;
    QMap<QDate, DayTotal> m_days;
    QList<PainSeries> m_pain;
    Streaks m_streaks;
    QDate m_month;
    RecordListModel *m_calendar;
    RecordListModel *m_weeks;
    RecordListModel *m_areas;
    RecordListModel *m_painAreas;
    RecordListModel *m_helps;
};
