//! The diary's schema and its migrations.
//!
//! The schema version lives in `PRAGMA user_version`; `PRAGMA application_id` marks the
//! file as a Centinela diary. Each migration runs in one transaction together with its
//! version bump, so a diary is always at exactly one known version.

use rusqlite::{Connection, TransactionBehavior};

use super::error::StoreError;

/// Marks a SQLite file as a Centinela diary ("CNTL" in ASCII).
pub const APPLICATION_ID: i64 = 0x434E_544C;

/// Migration `i` takes a diary from schema `i` to schema `i + 1`.
const MIGRATIONS: &[&str] = &[V1, V2, V3, V4];

/// The newest schema this build reads and writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

const V1: &str = r#"
CREATE TABLE patient (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    birth_date  TEXT NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    weight_kg   REAL,
    height_cm   REAL,
    updated_at  TEXT NOT NULL
) STRICT;

-- The family's choices for the screens; not part of the medical record.
CREATE TABLE settings (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    language          TEXT NOT NULL CHECK (language IN ('en', 'es')),
    temperature_unit  TEXT NOT NULL CHECK (temperature_unit IN ('C', 'F')),
    course_start      TEXT CHECK (course_start IS NULL
                                  OR course_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    caregiver         TEXT,
    updated_at        TEXT NOT NULL
) STRICT;

CREATE TABLE care_plan (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    fever_threshold_c  REAL NOT NULL CHECK (fever_threshold_c BETWEEN 37.5 AND 38.5),
    updated_at         TEXT NOT NULL
) STRICT;

-- Append-only: a correction is a new row plus an amendment (triggers below).
CREATE TABLE readings (
    id                      INTEGER PRIMARY KEY,
    taken_at                TEXT NOT NULL,      -- RFC 3339 with the offset as entered
    taken_at_ms             INTEGER NOT NULL,   -- UTC instant, for ordering and ranges
    temperature_value       REAL,               -- as entered
    temperature_unit        TEXT CHECK (temperature_unit IN ('C', 'F')),
    temperature_c           REAL,               -- normalised (care-rules §2), for queries
    systolic_mmhg           REAL,
    diastolic_mmhg          REAL,
    heart_rate_bpm          REAL,
    spo2_percent            REAL,
    antipyretic_in_last_6h  INTEGER CHECK (antipyretic_in_last_6h IN (0, 1)),
    symptoms                TEXT CHECK (symptoms IS NULL
                                        OR (json_valid(symptoms) AND json_type(symptoms) = 'array')),
                                                -- NULL: no checklist; '[]': checklist, nothing ticked
    pump                    TEXT CHECK (pump IN ('running', 'alarm', 'stopped', 'disconnected',
                                                 'leaking', 'bag_empty')),
    recorded_at             TEXT NOT NULL,
    recorded_by             TEXT,
    CHECK ((temperature_value IS NULL) = (temperature_unit IS NULL)
           AND (temperature_value IS NULL) = (temperature_c IS NULL)),
    CHECK ((systolic_mmhg IS NULL) = (diastolic_mmhg IS NULL))
) STRICT;
CREATE INDEX readings_by_time ON readings (taken_at_ms, id);

CREATE TRIGGER readings_no_update BEFORE UPDATE ON readings
BEGIN
    SELECT RAISE(ABORT, 'readings cannot be changed: record an amendment instead');
END;
CREATE TRIGGER readings_no_delete BEFORE DELETE ON readings
BEGIN
    SELECT RAISE(ABORT, 'readings cannot be deleted: record an amendment instead');
END;

CREATE TABLE amendments (
    id            INTEGER PRIMARY KEY,
    original_id   INTEGER NOT NULL UNIQUE REFERENCES readings (id),
    corrected_id  INTEGER NOT NULL UNIQUE REFERENCES readings (id),
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    amended_by    TEXT NOT NULL CHECK (length(trim(amended_by)) > 0),
    amended_at    TEXT NOT NULL,
    CHECK (corrected_id > original_id)
) STRICT;

CREATE TRIGGER amendments_no_update BEFORE UPDATE ON amendments
BEGIN
    SELECT RAISE(ABORT, 'amendments cannot be changed');
END;
CREATE TRIGGER amendments_no_delete BEFORE DELETE ON amendments
BEGIN
    SELECT RAISE(ABORT, 'amendments cannot be deleted');
END;

-- Every assessment that reached call_today or above (care-rules §7), with the rules
-- version that produced it (care-rules §8).
CREATE TABLE alerts (
    id               INTEGER PRIMARY KEY,
    reading_id       INTEGER NOT NULL REFERENCES readings (id),
    rules_version    TEXT NOT NULL CHECK (length(rules_version) > 0),
    action           TEXT NOT NULL CHECK (action IN ('call_today', 'call_now', 'emergency')),
    reasons          TEXT NOT NULL CHECK (json_valid(reasons) AND json_type(reasons) = 'array'),
    raised_at        TEXT NOT NULL,
    raised_at_ms     INTEGER NOT NULL,
    state            TEXT NOT NULL DEFAULT 'raised' CHECK (state IN ('raised', 'acknowledged')),
    acknowledged_by  TEXT CHECK (acknowledged_by IS NULL OR length(trim(acknowledged_by)) > 0),
    acknowledged_at  TEXT,
    team_said        TEXT,
    CHECK ((state = 'raised') = (acknowledged_by IS NULL)
           AND (state = 'raised') = (acknowledged_at IS NULL)
           AND (state = 'acknowledged' OR team_said IS NULL))
) STRICT;
CREATE INDEX alerts_by_time ON alerts (raised_at_ms, id);
CREATE INDEX alerts_open ON alerts (state) WHERE state = 'raised';

-- An alert changes once: raised -> acknowledged, touching only the acknowledgement.
CREATE TRIGGER alerts_acknowledge_only BEFORE UPDATE ON alerts
WHEN NOT (OLD.state = 'raised' AND NEW.state = 'acknowledged'
          AND NEW.id IS OLD.id
          AND NEW.reading_id IS OLD.reading_id
          AND NEW.rules_version IS OLD.rules_version
          AND NEW.action IS OLD.action
          AND NEW.reasons IS OLD.reasons
          AND NEW.raised_at IS OLD.raised_at
          AND NEW.raised_at_ms IS OLD.raised_at_ms)
BEGIN
    SELECT RAISE(ABORT, 'an alert can only be acknowledged, once');
END;
CREATE TRIGGER alerts_no_delete BEFORE DELETE ON alerts
BEGIN
    SELECT RAISE(ABORT, 'alerts cannot be deleted');
END;

-- The escalation ladder, in order. Settings, not history: replaced as a whole.
CREATE TABLE contacts (
    position  INTEGER PRIMARY KEY CHECK (position >= 0),
    role      TEXT NOT NULL CHECK (role IN ('team_24h', 'second', 'emergency_department',
                                            'emergency_number')),
    name      TEXT NOT NULL,
    phone     TEXT NOT NULL,
    address   TEXT
) STRICT;
"#;

/// The course calendar, bags, pauses of the infusion and reminders (issue 4).
const V2: &str = r#"
-- The course as the team planned it. Replaces settings.course_start, which V1 kept with
-- the display choices; a saved start is carried over with the longest course (21 days).
CREATE TABLE course (
    id                       INTEGER PRIMARY KEY CHECK (id = 1),
    start                    TEXT NOT NULL CHECK (start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date                 TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    step_up_day              INTEGER CHECK (step_up_day IS NULL OR step_up_day BETWEEN 2 AND 21),
    reading_every_hours      INTEGER NOT NULL CHECK (reading_every_hours BETWEEN 1 AND 12),
    close_watch_every_hours  INTEGER NOT NULL CHECK (close_watch_every_hours BETWEEN 1 AND 12),
    bag_heads_up_minutes     INTEGER NOT NULL CHECK (bag_heads_up_minutes BETWEEN 15 AND 720),
    updated_at               TEXT NOT NULL,
    CHECK (julianday(end_date) - julianday(start) BETWEEN 0 AND 20)
) STRICT;
INSERT INTO course (id, start, end_date, step_up_day, reading_every_hours,
                    close_watch_every_hours, bag_heads_up_minutes, updated_at)
    SELECT 1, course_start, date(course_start, '+20 days'), NULL, 6, 4, 120, updated_at
    FROM settings WHERE course_start IS NOT NULL;
ALTER TABLE settings DROP COLUMN course_start;
ALTER TABLE settings ADD COLUMN start_at_login INTEGER NOT NULL DEFAULT 0
    CHECK (start_at_login IN (0, 1));

-- Append-only: the bag hanging now is the last one logged; a mistake is fixed by
-- logging the bag again.
CREATE TABLE bags (
    id               INTEGER PRIMARY KEY,
    hung_at          TEXT NOT NULL,
    hung_at_ms       INTEGER NOT NULL,
    duration         TEXT NOT NULL CHECK (duration IN ('24h', '48h', '72h', '96h', '7d')),
    extension_hours  INTEGER NOT NULL CHECK (extension_hours BETWEEN 0 AND 8),
    due_at_ms        INTEGER NOT NULL CHECK (due_at_ms > hung_at_ms),
    note             TEXT,
    recorded_at      TEXT NOT NULL,
    recorded_by      TEXT
) STRICT;
CREATE TRIGGER bags_no_update BEFORE UPDATE ON bags
BEGIN
    SELECT RAISE(ABORT, 'bags cannot be changed: log the bag again');
END;
CREATE TRIGGER bags_no_delete BEFORE DELETE ON bags
BEGIN
    SELECT RAISE(ABORT, 'bags cannot be deleted');
END;

-- Interruptions of the infusion. At most one is open; it changes once, when resumed.
CREATE TABLE pauses (
    id             INTEGER PRIMARY KEY,
    paused_at      TEXT NOT NULL,
    paused_at_ms   INTEGER NOT NULL,
    reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    paused_by      TEXT,
    resumed_at     TEXT,
    resumed_at_ms  INTEGER,
    resumed_by     TEXT,
    CHECK ((resumed_at IS NULL) = (resumed_at_ms IS NULL)),
    CHECK (resumed_at_ms IS NULL OR resumed_at_ms >= paused_at_ms)
) STRICT;
CREATE UNIQUE INDEX pauses_one_open ON pauses ((resumed_at IS NULL)) WHERE resumed_at IS NULL;
CREATE TRIGGER pauses_resume_only BEFORE UPDATE ON pauses
WHEN NOT (OLD.resumed_at IS NULL AND NEW.resumed_at IS NOT NULL
          AND NEW.id IS OLD.id AND NEW.paused_at IS OLD.paused_at
          AND NEW.paused_at_ms IS OLD.paused_at_ms AND NEW.reason IS OLD.reason
          AND NEW.paused_by IS OLD.paused_by)
BEGIN
    SELECT RAISE(ABORT, 'a pause can only be resumed, once');
END;
CREATE TRIGGER pauses_no_delete BEFORE DELETE ON pauses
BEGIN
    SELECT RAISE(ABORT, 'pauses cannot be deleted');
END;

-- Every reminder that came due, one row per occurrence, with its state:
-- due (found, not yet shown) -> delivered (notified; a bag-due reminder is delivered
-- again every 15 minutes) -> acknowledged (by the family, or closed by what they did:
-- a new bag, a reading, a resume).
CREATE TABLE reminders (
    id                    INTEGER PRIMARY KEY,
    kind                  TEXT NOT NULL CHECK (kind IN ('bag_heads_up', 'bag_due', 'bag_overdue',
                              'reading_due', 'premedication_start', 'premedication_step_up',
                              'long_pause')),
    subject_id            INTEGER NOT NULL DEFAULT 0,   -- the bag or pause; 0 for none
    due_at                TEXT NOT NULL,
    due_at_ms             INTEGER NOT NULL,
    state                 TEXT NOT NULL DEFAULT 'due'
                              CHECK (state IN ('due', 'delivered', 'acknowledged')),
    found_at              TEXT NOT NULL,
    first_delivered_at    TEXT,
    last_delivered_at_ms  INTEGER,
    deliveries            INTEGER NOT NULL DEFAULT 0 CHECK (deliveries >= 0),
    acknowledged_at       TEXT,
    closed_by             TEXT CHECK (closed_by IN ('family', 'new_bag', 'reading', 'resumed',
                                                     'course_ended')),
    acknowledged_by       TEXT,
    UNIQUE (kind, subject_id, due_at_ms),
    CHECK ((state = 'acknowledged') = (closed_by IS NOT NULL)
           AND (state = 'acknowledged') = (acknowledged_at IS NOT NULL)),
    CHECK ((state = 'due') = (deliveries = 0) OR state = 'acknowledged')
) STRICT;
CREATE INDEX reminders_open ON reminders (state) WHERE state <> 'acknowledged';

-- A reminder only moves forward and keeps what it is about.
CREATE TRIGGER reminders_forward_only BEFORE UPDATE ON reminders
WHEN NOT (NEW.id IS OLD.id AND NEW.kind IS OLD.kind AND NEW.subject_id IS OLD.subject_id
          AND NEW.due_at IS OLD.due_at AND NEW.due_at_ms IS OLD.due_at_ms
          AND NEW.found_at IS OLD.found_at
          AND OLD.state <> 'acknowledged'
          AND NEW.deliveries >= OLD.deliveries)
BEGIN
    SELECT RAISE(ABORT, 'a reminder only moves forward: due, delivered, acknowledged');
END;
CREATE TRIGGER reminders_no_delete BEFORE DELETE ON reminders
BEGIN
    SELECT RAISE(ABORT, 'reminders cannot be deleted');
END;
"#;

/// Care rules v2 (issue 14): the new reading fields and pump status, and the steroid doses.
/// SQLite cannot change a CHECK constraint, so `readings` is rebuilt (SQLite's own recipe,
/// with foreign keys off around the step, see [`migrate`]); its rows, ids and triggers stay.
const V3: &str = r#"
CREATE TABLE readings_v3 (
    id                        INTEGER PRIMARY KEY,
    taken_at                  TEXT NOT NULL,
    taken_at_ms               INTEGER NOT NULL,
    temperature_value         REAL,
    temperature_unit          TEXT CHECK (temperature_unit IN ('C', 'F')),
    temperature_c             REAL,
    systolic_mmhg             REAL,
    diastolic_mmhg            REAL,
    heart_rate_bpm            REAL,
    spo2_percent              REAL,
    antipyretic_in_last_6h    INTEGER CHECK (antipyretic_in_last_6h IN (0, 1)),
    symptoms                  TEXT CHECK (symptoms IS NULL
                                          OR (json_valid(symptoms) AND json_type(symptoms) = 'array')),
    pump                      TEXT CHECK (pump IN ('running', 'alarm', 'stopped', 'disconnected',
                                                   'leaking', 'bag_empty', 'line_out_or_broken')),
    recorded_at               TEXT NOT NULL,
    recorded_by               TEXT,
    respiratory_rate_per_min  REAL,
    antipyretic_given_at      TEXT,              -- RFC 3339, when the fever medicine was given
    neuro_ice                 REAL CHECK (neuro_ice IS NULL OR neuro_ice BETWEEN 0 AND 10),
    neuro_capd                REAL CHECK (neuro_capd IS NULL OR neuro_capd BETWEEN 0 AND 32),
    neuro_items               TEXT CHECK (neuro_items IS NULL OR json_valid(neuro_items)),
    CHECK ((temperature_value IS NULL) = (temperature_unit IS NULL)
           AND (temperature_value IS NULL) = (temperature_c IS NULL)),
    CHECK ((systolic_mmhg IS NULL) = (diastolic_mmhg IS NULL)),
    CHECK (neuro_ice IS NULL OR neuro_capd IS NULL)
) STRICT;
INSERT INTO readings_v3 (id, taken_at, taken_at_ms, temperature_value, temperature_unit,
    temperature_c, systolic_mmhg, diastolic_mmhg, heart_rate_bpm, spo2_percent,
    antipyretic_in_last_6h, symptoms, pump, recorded_at, recorded_by)
SELECT id, taken_at, taken_at_ms, temperature_value, temperature_unit,
    temperature_c, systolic_mmhg, diastolic_mmhg, heart_rate_bpm, spo2_percent,
    antipyretic_in_last_6h, symptoms, pump, recorded_at, recorded_by
FROM readings;
DROP TABLE readings;
ALTER TABLE readings_v3 RENAME TO readings;
CREATE INDEX readings_by_time ON readings (taken_at_ms, id);
CREATE TRIGGER readings_no_update BEFORE UPDATE ON readings
BEGIN
    SELECT RAISE(ABORT, 'readings cannot be changed: record an amendment instead');
END;
CREATE TRIGGER readings_no_delete BEFORE DELETE ON readings
BEGIN
    SELECT RAISE(ABORT, 'readings cannot be deleted: record an amendment instead');
END;

-- When dexamethasone was given (care-rules v2 §1, §4.2): before the start, before the
-- step-up, and before a restart after a pause of 4 hours or more. Append-only.
CREATE TABLE steroid_doses (
    id           INTEGER PRIMARY KEY,
    given_at     TEXT NOT NULL,
    given_at_ms  INTEGER NOT NULL,
    occasion     TEXT NOT NULL CHECK (occasion IN ('start', 'step_up', 'restart')),
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT
) STRICT;
CREATE INDEX steroid_doses_by_time ON steroid_doses (given_at_ms);
CREATE TRIGGER steroid_doses_no_update BEFORE UPDATE ON steroid_doses
BEGIN
    SELECT RAISE(ABORT, 'steroid doses cannot be changed');
END;
CREATE TRIGGER steroid_doses_no_delete BEFORE DELETE ON steroid_doses
BEGIN
    SELECT RAISE(ABORT, 'steroid doses cannot be deleted');
END;
"#;

/// Issue 20: the sound level below which Centinela warns that the alarm may not wake the
/// family, set by the nurse during the training. Its own row, so saving the family's
/// settings never resets it.
const V4: &str = r#"
CREATE TABLE alarm_settings (
    id                   INTEGER PRIMARY KEY CHECK (id = 1),
    sound_limit_percent  INTEGER NOT NULL CHECK (sound_limit_percent BETWEEN 10 AND 100),
    updated_at           TEXT NOT NULL
) STRICT;
"#;

fn pragma_i64(conn: &Connection, name: &str) -> Result<i64, StoreError> {
    conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
        .map_err(not_a_database)
}

/// SQLite's "file is not a database" becomes [`StoreError::NotADiary`].
pub(crate) fn not_a_database(e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotADiary {
            reason: "the file is not a SQLite database".into(),
        },
        _ => StoreError::Sqlite(e),
    }
}

/// Decide, without writing anything, whether this file may be opened: a Centinela
/// diary at a schema this build knows, or an empty new file.
pub(crate) fn check_identity(conn: &Connection) -> Result<(), StoreError> {
    let app_id = pragma_i64(conn, "application_id")?;
    let version = pragma_i64(conn, "user_version")?;
    if app_id == APPLICATION_ID {
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerVersion {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        return Ok(());
    }
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(not_a_database)?;
    if app_id == 0 && version == 0 && objects == 0 {
        return Ok(()); // a new, empty file
    }
    Err(StoreError::NotADiary {
        reason: if app_id != 0 {
            format!("it belongs to another application (application_id {app_id:#x})")
        } else {
            format!("it is a SQLite database with {objects} objects but no Centinela mark")
        },
    })
}

/// The schema's objects as stored (type, name, table, SQL), in a fixed order.
fn schema_objects(conn: &Connection) -> rusqlite::Result<Vec<[Option<String>; 4]>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name, tbl_name",
    )?;
    let rows = stmt.query_map([], |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?]))?;
    rows.collect()
}

/// Whether `conn`'s stored schema is exactly what the migrations up to `version` create,
/// leaving out the tables named in `besides` (and their indexes). A flipped bit in the
/// schema's SQL passes SQLite's integrity check, and the diary then fails on its first
/// query; a backup must be refused before that.
pub(crate) fn check_schema_text(
    conn: &Connection,
    version: i64,
    besides: &[&str],
) -> Result<(), String> {
    let steps = usize::try_from(version)
        .ok()
        .and_then(|v| MIGRATIONS.get(..v))
        .ok_or_else(|| format!("schema version {version} is unknown"))?;
    let expected = Connection::open_in_memory()
        .and_then(|fresh| {
            for step in steps {
                fresh.execute_batch(step)?;
            }
            schema_objects(&fresh)
        })
        .map_err(|e| e.to_string())?;
    let mut found = schema_objects(conn).map_err(|e| e.to_string())?;
    found.retain(|[_, _, table, _]| !besides.contains(&table.as_deref().unwrap_or_default()));
    if found == expected {
        return Ok(());
    }
    let differs = found
        .iter()
        .zip(&expected)
        .find(|(f, e)| f != e)
        .map(|(f, _)| f[1].clone().unwrap_or_default())
        .unwrap_or_else(|| "the number of tables and indexes".into());
    Err(format!("its table layout is damaged ({differs})"))
}

/// Bring the diary to [`SCHEMA_VERSION`], one transaction per step.
///
/// Foreign keys are off while a step runs (a step may rebuild a table others refer to, and
/// the pragma is ignored inside a transaction); each step checks them before it commits.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let enforced = pragma_i64(conn, "foreign_keys")? == 1;
    conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    let result = migrate_steps(conn);
    if enforced {
        conn.execute_batch("PRAGMA foreign_keys = ON")?;
    }
    result
}

fn migrate_steps(conn: &mut Connection) -> Result<(), StoreError> {
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Read again under the write lock: another process may have migrated meanwhile.
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerVersion {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        tx.execute_batch(MIGRATIONS[version as usize])?;
        if version == 0 {
            tx.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}"))?;
        }
        let broken: i64 =
            tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })?;
        if broken > 0 {
            return Err(StoreError::corrupt(format!(
                "{broken} broken references after the upgrade to schema {}",
                version + 1
            )));
        }
        tx.execute_batch(&format!("PRAGMA user_version = {}", version + 1))?;
        tx.commit()?;
    }
}
