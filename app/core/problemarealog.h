#pragma once

#include "routine.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One pain rating a person gave a body region on the body map.
struct PainLogEntry
{
    QString region;         // a region id of routines/regions.json
    Side side = Side::None; // Left or Right on a sided region; None otherwise (never Both)
    int pain = 0;           // 0 (no pain) to 10; a 0 closes the area
    QString note;           // optional
    QDateTime at;

    friend bool operator==(const PainLogEntry &, const PainLogEntry &) = default;
};

// A place that hurts now, as the planner takes it.
struct ProblemArea
{
    QString region;
    Side side = Side::None; // None: a region without sides, or both sides / side not given
    int pain = 0;           // 1 to 10
    double daysAgo = 0;     // how long ago it was rated; older ratings count less

    // A rating counts half for every week since it was given (docs/planner.md,
    // "Ranking"): what the planner weighs an area by, from 0 to 1.
    static constexpr double kHalfLifeDays = 7;
    double weight() const;

    friend bool operator==(const ProblemArea &, const ProblemArea &) = default;
};

// Where a person's pain ratings are kept: the one interface the body map, the
// planner and the history store share (the SQLite store implements it in storage/,
// MemoryProblemAreaLog in memory for tests).
class ProblemAreaLog
{
public:
    static constexpr int kMaxPain = 10;
    static constexpr int kMaxNoteLength = 500;
    // Ratings older than this no longer make an area a problem area.
    static constexpr int kCurrentDays = 28;

    virtual ~ProblemAreaLog() = default;

    // Every entry, oldest first.
    virtual QList<PainLogEntry> painLog() const = 0;
    // Keeps an entry that passes check(); false with a sentence in error otherwise.
    virtual bool addPainLog(const PainLogEntry &entry, QString *error) = 0;

    QList<ProblemArea> currentProblemAreas(const QDateTime &now) const
    {
        return currentAreas(painLog(), now);
    }

    // The rules every store applies before keeping an entry (the region id's
    // existence is the caller's to check against the body model).
    static bool check(const PainLogEntry &entry, QString *error);
    // The latest rating of each region and side from the last kCurrentDays days,
    // when it is above 0; most painful first, then by region id and side.
    static QList<ProblemArea> currentAreas(const QList<PainLogEntry> &log, const QDateTime &now);
};
