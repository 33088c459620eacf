-- history.sqlite as Unknot wrote it at schema version 2 (version 1, then the
-- areas of each session, pain logs, check-ins and declined resumes), frozen here
-- so that every later migration is tested from it.
-- One statement per line group, each ending with a semicolon at a line end.
CREATE TABLE routine_snapshots (
    id     INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    json   TEXT NOT NULL
);
INSERT INTO "routine_snapshots" VALUES(1,'5c360d4847b3741dbddcd22870c150b6749cb91dbda064b7bd7f4993260f2e15','{"areas":["neck.back","shoulder.top"],"description":"Short.","equipment":["ball"],"format":1,"id":"two-holds","steps":[{"instructions":"Lean in.","muscle":"upper_trapezius","seconds":4,"side":"left","title":"First","type":"hold"},{"instructions":"Ease.","muscle":"levator_scapulae","seconds":3,"side":"none","title":"Second","type":"stretch"}],"title":"Two holds"}');
CREATE TABLE sessions (
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
, resume_declined INTEGER NOT NULL DEFAULT 0);
INSERT INTO "sessions" VALUES(1,'0b9f3c52-6a3e-4c57-9d1e-3f1f3c0a0001','two-holds','Two holds',1,1714550400000,1714550430000,'completed',6,3,NULL,0);
INSERT INTO "sessions" VALUES(2,'0b9f3c52-6a3e-4c57-9d1e-3f1f3c0a0002','two-holds','Two holds',1,1714636800000,NULL,'interrupted',5,NULL,NULL,1);
CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE TABLE session_steps (
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
) WITHOUT ROWID;
INSERT INTO "session_steps" VALUES(1,0,0,'left','upper_trapezius',4,4000,'done','',1714550415000);
INSERT INTO "session_steps" VALUES(1,1,1,'none','levator_scapulae',3,3000,'done','',1714550430000);
INSERT INTO "session_steps" VALUES(2,0,0,'left','upper_trapezius',4,2500,'ended-early','',1714636815000);
CREATE TABLE session_areas (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    area       TEXT NOT NULL,
    PRIMARY KEY (session_id, area)
) WITHOUT ROWID;
INSERT INTO "session_areas" VALUES(1,'neck.back');
INSERT INTO "session_areas" VALUES(1,'shoulder.top');
INSERT INTO "session_areas" VALUES(2,'neck.back');
INSERT INTO "session_areas" VALUES(2,'shoulder.top');
CREATE TABLE pain_logs (
    id     INTEGER PRIMARY KEY,
    uuid   TEXT NOT NULL UNIQUE,
    region TEXT NOT NULL,
    side   TEXT NOT NULL CHECK (side IN ('left', 'right', 'none')),
    pain   INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    note   TEXT NOT NULL DEFAULT '',
    at     INTEGER NOT NULL
);
INSERT INTO "pain_logs" VALUES(1,'7c1e0d1a-2b3c-4d5e-8f90-a1b2c3d4e501','neck.side','right',6,'after work',1714550000000);
INSERT INTO "pain_logs" VALUES(2,'7c1e0d1a-2b3c-4d5e-8f90-a1b2c3d4e502','neck.side','right',4,'',1714640000000);
CREATE INDEX pain_logs_by_region ON pain_logs (region, side, at);
CREATE TABLE checkins (
    session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    soreness   INTEGER NOT NULL CHECK (soreness BETWEEN 0 AND 10),
    feeling    TEXT NOT NULL CHECK (feeling IN ('better', 'same', 'worse')),
    at         INTEGER NOT NULL
);
INSERT INTO "checkins" VALUES(1,2,'better',1714640000000);
PRAGMA user_version = 2;
