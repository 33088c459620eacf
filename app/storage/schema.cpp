#include "schema.h"

namespace {

// Version 1: sessions and the sides of steps as they finish. The routine as
// played is kept once per distinct text (sessions of the same routine share
// it), which keeps ten years of daily sessions small and their rows short.
const QStringList kVersion1 = {
    QStringLiteral(R"(CREATE TABLE routine_snapshots (
    id     INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    json   TEXT NOT NULL
))"),
    QStringLiteral(R"(CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    routine_id    TEXT NOT NULL,
    routine_title TEXT NOT NULL,
    snapshot_id   INTEGER NOT NULL REFERENCES routine_snapshots (id),
    started_at    INTEGER NOT NULL,
    ended_at      INTEGER,
    status        TEXT NOT NULL CHECK (status IN ('completed', 'stopped', 'interrupted')),
    pain_before   INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after    INTEGER CHECK (pain_after BETWEEN 0 AND 10),
    resumed_from  TEXT
))"),
    QStringLiteral("CREATE INDEX sessions_by_start ON sessions (started_at)"),
    QStringLiteral(R"(CREATE TABLE session_steps (
    session_id      INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    step            INTEGER NOT NULL CHECK (step >= 0),
    side            TEXT NOT NULL CHECK (side IN ('left', 'right', 'both', 'none')),
    muscle          TEXT NOT NULL,
    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
    actual_ms       INTEGER NOT NULL CHECK (actual_ms >= 0),
    outcome         TEXT NOT NULL CHECK (outcome IN ('done', 'skipped', 'ended-early', 'stopped')),
    stop_reason     TEXT NOT NULL DEFAULT '',
    finished_at     INTEGER NOT NULL,
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID)"),
};

// Version 2: the body areas of each session (filled in from the routine
// snapshots already stored), problem-area pain logs, next-day check-ins, and
// remembering that a person chose to keep an interrupted session as it is.
const QStringList kVersion2 = {
    QStringLiteral(R"(CREATE TABLE session_areas (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    area       TEXT NOT NULL,
    PRIMARY KEY (session_id, area)
) WITHOUT ROWID)"),
    QStringLiteral(R"(INSERT OR IGNORE INTO session_areas (session_id, area)
    SELECT sessions.id, areas.value
    FROM sessions JOIN routine_snapshots ON routine_snapshots.id = sessions.snapshot_id,
         json_each(routine_snapshots.json, '$.areas') AS areas
    WHERE json_valid(routine_snapshots.json) AND areas.type = 'text')"),
    QStringLiteral("ALTER TABLE sessions ADD COLUMN resume_declined INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral(R"(CREATE TABLE pain_logs (
    id     INTEGER PRIMARY KEY,
    uuid   TEXT NOT NULL UNIQUE,
    region TEXT NOT NULL,
    side   TEXT NOT NULL CHECK (side IN ('left', 'right', 'none')),
    pain   INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    note   TEXT NOT NULL DEFAULT '',
    at     INTEGER NOT NULL
))"),
    QStringLiteral("CREATE INDEX pain_logs_by_region ON pain_logs (region, side, at)"),
    QStringLiteral(R"(CREATE TABLE checkins (
    session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    soreness   INTEGER NOT NULL CHECK (soreness BETWEEN 0 AND 10),
    feeling    TEXT NOT NULL CHECK (feeling IN ('better', 'same', 'worse')),
    at         INTEGER NOT NULL
))"),
};

// Version 3: therapists' plans (docs/plan-bundle.md). One row per plan id: a
// newer version replaces the row, so what refers to the plan id (the routines
// it owns, the sessions of those routines) keeps referring to it. At most one
// plan is active. plan_routines records which plan brought which routine file,
// for every version, so that no other plan or routine can take that id.
const QStringList kVersion3 = {
    QStringLiteral(R"(CREATE TABLE plans (
    id          TEXT NOT NULL PRIMARY KEY,
    version     INTEGER NOT NULL CHECK (version >= 1),
    source      TEXT NOT NULL CHECK (source IN ('imported', 'authored')),
    json        TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    active      INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
) WITHOUT ROWID)"),
    QStringLiteral("CREATE UNIQUE INDEX plans_one_active ON plans (active) WHERE active = 1"),
    QStringLiteral(R"(CREATE TABLE plan_routines (
    routine_id TEXT NOT NULL PRIMARY KEY,
    plan_id    TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE
) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX plan_routines_by_plan ON plan_routines (plan_id)"),
};

const QList<QStringList> kMigrations = {kVersion1, kVersion2, kVersion3};

} // namespace

int Schema::latestVersion()
{
    return int(kMigrations.size());
}

QStringList Schema::migration(int version)
{
    return kMigrations.value(version - 1);
}
