#pragma once

#include "historyrecords.h"

#include "core/bodymodel.h"
#include "core/careplan.h"
#include "core/progress.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// A progress report for a range of days, for the person to give their therapist
// (docs/plan-bundle.md, "Reports"): the sessions done against the active plan,
// planned days without a session, minutes per body area, pain before and after
// each session, the pain ratings of each area over time, stop reasons and
// notes. ReportPdf draws it; csv() gives the same rows for a spreadsheet. It is
// a read-out of the history, like HistoryExport, so it lives next to it.
class Report
{
public:
    struct Session
    {
        QDateTime startedAt; // local time
        QString routineId;
        QString routineTitle;
        bool inPlan = false;
        SessionStatus status = SessionStatus::Completed;
        qint64 activeMs = 0;
        QStringList areaNames;
        std::optional<int> painBefore;
        std::optional<int> painAfter;
        std::optional<CheckIn> checkIn;
        QStringList stopReasons; // "step 2: sharp or shooting pain"
    };
    // A planned day of the range, already over, without a session of the plan.
    struct MissedDay
    {
        QDate day;
        QString routineId;
        QString routineTitle;
    };
    struct Area
    {
        QString id;
        QString name;
        int sessions = 0;
        qint64 activeMs = 0;
    };
    struct PainArea
    {
        QString name; // "Side of the neck, right"
        PainSeries series;
    };
    struct Rating
    {
        QDateTime at; // local time
        QString regionId;
        QString name;
        int pain = 0;
        QString note;
    };
    struct Note
    {
        QDateTime at; // local time
        QString about; // the area or the routine
        QString text;
    };

    struct Input
    {
        HistoryData history;
        std::optional<CarePlan> plan;  // the active plan, if any
        QStringList planRoutineIds; // every routine the plan brought, in any version
        QDate from;
        QDate to;
        QDate today;
        const BodyModel *body = nullptr; // for the names of areas and muscles
    };

    static Report build(const Input &input);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const std::optional<CarePlan> &plan() const { return m_plan; }
    // Days with a session of the plan against planned days, within the range.
    Adherence adherence() const { return m_adherence; }
    const QList<Session> &sessions() const { return m_sessions; }
    const QList<MissedDay> &missedDays() const { return m_missed; }
    const QList<Area> &areas() const { return m_areas; }
    const QList<PainArea> &painAreas() const { return m_painAreas; }
    const QList<Rating> &ratings() const { return m_ratings; }
    const QList<Note> &notes() const { return m_notes; }
    int sessionsWithActivity() const;
    qint64 totalActiveMs() const;

    // One CSV file (RFC 4180, UTF-8, CRLF, a header row) with a row per
    // session, missed day, area and pain rating, as the PDF lists them.
    QByteArray csv() const;
    static QStringList csvHeader();

    // Plain words for a stop reason the player records.
    static QString stopReasonText(const QString &reason);

private:
    void addSessions(const Input &input);
    void addMissedDays(const Input &input);
    void addAreas(const Input &input);
    void addPain(const Input &input);

    QDate m_from;
    QDate m_to;
    std::optional<CarePlan> m_plan;
    Adherence m_adherence;
    QList<Session> m_sessions;
    QList<MissedDay> m_missed;
    QList<Area> m_areas;
    QList<PainArea> m_painAreas;
    QList<Rating> m_ratings;
    QList<Note> m_notes;
};
