#pragma once

#include "core/routine.h"
#include "core/sessionengine.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The records of the history as the store reads and writes them, and as the
// JSON export carries them (docs/data-model.md). Times are UTC; ids that leave
// the device are UUIDs, so that a merge can recognise what it already has.

// One side of one step as it finished.
struct StoredStep
{
    int seq = 0; // order in which the sides finished within the session
    int step = 0;
    Side side = Side::None;
    QString muscle;
    int plannedSeconds = 0;
    qint64 actualMs = 0;
    Outcome outcome = Outcome::Done;
    QString stopReason;
    QDateTime finishedAt;

    friend bool operator==(const StoredStep &, const StoredStep &) = default;
};

enum class Feeling { Better, Same, Worse };

struct CheckIn
{
    int soreness = 0; // 0..10
    Feeling feeling = Feeling::Same;
    QDateTime at;

    friend bool operator==(const CheckIn &, const CheckIn &) = default;
};

enum class SessionStatus { Completed, Stopped, Interrupted };

struct StoredSession
{
    QString uuid;
    QString routineId;
    QString routineTitle;
    QByteArray routineJson; // the routine as played, RoutineFormat::write
    QStringList areas;
    QDateTime startedAt;
    QDateTime endedAt; // invalid until it finishes
    SessionStatus status = SessionStatus::Interrupted;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    QString resumedFrom; // uuid of the interrupted session this one continued
    bool resumeDeclined = false;
    QList<StoredStep> steps;
    std::optional<CheckIn> checkIn;

    friend bool operator==(const StoredSession &, const StoredSession &) = default;
};

// A pain log entry from the body map, with the id that travels with exports.
struct StoredPainLog
{
    QString uuid;
    QString region;
    Side side = Side::None;
    int pain = 0;
    QString note;
    QDateTime at;

    friend bool operator==(const StoredPainLog &, const StoredPainLog &) = default;
};

// A therapist's plan as the plans table keeps it (schema version 3): its bundle
// text, which carries the routines it needs, and the routine files it brought.
// It travels with the full export so that a restore brings the active plan back.
struct StoredPlan
{
    QString id;
    int version = 1;
    bool authored = false;  // written on this device rather than imported
    QByteArray bundleJson;  // BundleFormat::write
    QDateTime importedAt;   // for a plan written here: when it was last saved
    bool active = false;
    QStringList routineIds; // every routine id it brought, in any of its versions

    friend bool operator==(const StoredPlan &, const StoredPlan &) = default;
};

struct HistoryData
{
    QList<StoredSession> sessions;
    QList<StoredPainLog> painLogs;
    QList<StoredPlan> plans;
};

namespace HistoryText {
QString statusName(SessionStatus status);
std::optional<SessionStatus> statusFromName(const QString &name);
QString outcomeName(Outcome outcome);
std::optional<Outcome> outcomeFromName(const QString &name);
QString feelingName(Feeling feeling);
std::optional<Feeling> feelingFromName(const QString &name);
} // namespace HistoryText
