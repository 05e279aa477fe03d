//! Training mode: the nurse's one-hour session, kept apart from the real diary.
//!
//! Everything here lives in its own folder (`<data dir>/training/`):
//! - `training.sqlite3` holds the progress (modules covered, scenario attempts) and the
//!   sign-offs;
//! - `practice.sqlite3` is a throwaway diary, made afresh for each practice scenario, so the
//!   caregiver's entry goes through the real store and the real engine
//!   ([`Diary::add_reading`]) without ever touching the family's diary.
//!
//! Resetting clears the practice and the progress; sign-offs are records of training given
//! and are kept (append-only, like the diary's readings).

pub mod scenarios;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};

use crate::assessment::{Action, Reason};
use crate::catalogue;
use crate::diary::{Diary, PatientRecord, SavedReading, StoreError};
use crate::files::side_file;
use crate::messages::Text;
use crate::neuro::{self, NeuroScale};
use crate::patient::CarePlan;
use crate::plausibility::{ErrorCode, Rejection};
use crate::reading::{PumpStatus, Reading};

pub use scenarios::{EarlierReading, ScenarioDef, ShownReading, Topic};

/// The modules of the hour, in teaching order. Their words are in the catalogue
/// (`locales/<language>/modules.ftl`); the UI holds their drawings.
pub const MODULES: [&str; 7] = [
    "why_home",
    "crs_signs",
    "neuro_signs",
    "measuring",
    "pump",
    "bag_changes",
    "call_ladder",
];

/// Each module's title, for the printed record: message `module-<id>-title` of the
/// catalogue (`locales/<language>/modules.ftl`), the same words the screens show.
pub fn module_title(id: &str) -> Option<Text> {
    MODULES
        .contains(&id)
        .then(|| catalogue::text(&format!("module-{id}-title"), &[]))
}

/// The training folder's name inside the data folder.
pub const TRAINING_DIR: &str = "training";
const STORE_FILE: &str = "training.sqlite3";
const PRACTICE_FILE: &str = "practice.sqlite3";

/// Marks a SQLite file as Centinela's training store ("CNTR"), so it is never mistaken for
/// a diary, and a diary never for it.
const TRAINING_APPLICATION_ID: i64 = 0x434E_5452;
const TRAINING_SCHEMA_VERSION: i64 = 2;

/// A temperature typed in °F is converted and rounded, so "the same" value may differ a
/// little from the story's °C figure.
const TEMPERATURE_TOLERANCE_C: f64 = 0.06;

const SCHEMA: &str = r#"
CREATE TABLE session (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    started_at  TEXT NOT NULL
) STRICT;

CREATE TABLE modules_done (
    module   TEXT PRIMARY KEY,
    done_at  TEXT NOT NULL
) STRICT;

-- The scenario being played: started, then (maybe) its reading saved, then answered.
CREATE TABLE practice (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    scenario     TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    saved        TEXT
) STRICT;

CREATE TABLE attempts (
    id               INTEGER PRIMARY KEY,
    scenario         TEXT NOT NULL,
    started_at       TEXT NOT NULL,
    answered_at      TEXT NOT NULL,
    reading          TEXT NOT NULL,
    differences      TEXT NOT NULL,
    answer           TEXT NOT NULL,
    engine_action    TEXT NOT NULL,
    expected_action  TEXT NOT NULL,
    correct          INTEGER NOT NULL CHECK (correct IN (0, 1)),
    entry_matched    INTEGER NOT NULL CHECK (entry_matched IN (0, 1))
) STRICT;

CREATE TABLE signoffs (
    id           INTEGER PRIMARY KEY,
    caregivers   TEXT NOT NULL,
    nurse        TEXT NOT NULL CHECK (length(trim(nurse)) > 0),
    note         TEXT,
    signed_at    TEXT NOT NULL,
    modules      TEXT NOT NULL,
    passed       INTEGER NOT NULL,
    total        INTEGER NOT NULL
) STRICT;

CREATE TRIGGER signoffs_no_update BEFORE UPDATE ON signoffs
BEGIN SELECT RAISE(ABORT, 'sign-offs are a record and cannot be changed'); END;
CREATE TRIGGER signoffs_no_delete BEFORE DELETE ON signoffs
BEGIN SELECT RAISE(ABORT, 'sign-offs are a record and cannot be deleted'); END;
"#;

/// Schema 2 (issue 15): the nurse's baseline neurological checks of the real child, a
/// record like the sign-offs (append-only; the newest is the baseline shown).
const SCHEMA_V2: &str = r#"
CREATE TABLE neuro_baselines (
    id          INTEGER PRIMARY KEY,
    scale       TEXT NOT NULL CHECK (scale IN ('ice', 'capd')),
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 32),
    items       TEXT NOT NULL CHECK (json_valid(items)),
    taken_at    TEXT NOT NULL,
    nurse       TEXT NOT NULL CHECK (length(trim(nurse)) > 0),
    recorded_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER neuro_baselines_no_update BEFORE UPDATE ON neuro_baselines
BEGIN SELECT RAISE(ABORT, 'a baseline is a record and cannot be changed'); END;
CREATE TRIGGER neuro_baselines_no_delete BEFORE DELETE ON neuro_baselines
BEGIN SELECT RAISE(ABORT, 'a baseline is a record and cannot be deleted'); END;
"#;

/// A practice situation as the screens show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ScenarioCard {
    pub id: String,
    pub title: Text,
    pub story: Text,
    pub child_name: String,
    #[ts(type = "number")]
    pub age_months: u32,
    pub shown: ShownReading,
    /// Readings already in the practice diary (oldest first).
    pub earlier: Vec<EarlierReading>,
    pub topics: Vec<Topic>,
}

impl ScenarioCard {
    fn of(def: &ScenarioDef) -> ScenarioCard {
        ScenarioCard {
            id: def.id.to_string(),
            title: def.title(),
            story: def.story(),
            child_name: def.child_name.to_string(),
            age_months: def.age_months,
            shown: def.shown.clone(),
            earlier: def.earlier.clone(),
            topics: def.topics.to_vec(),
        }
    }
}

/// A field of the entry that differ from what the situation showed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum EntryField {
    Temperature,
    BloodPressure,
    HeartRate,
    Spo2,
    Antipyretic,
    Symptoms,
    Pump,
    NeuroCheck,
}

/// The practice reading saved, with the real engine's assessment of it. The action is in
/// there; the screen keeps it covered until the caregiver has answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PracticeSaved {
    pub scenario_id: String,
    pub saved: SavedReading,
    pub reading: Reading,
    /// Where the entry differs from the situation (empty when it matches).
    pub differences: Vec<EntryField>,
}

/// A scenario that was started and not yet answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct InProgress {
    pub scenario: ScenarioCard,
    pub started_at: DateTime<FixedOffset>,
    /// Set once the practice reading is saved.
    pub saved: Option<PracticeSaved>,
}

/// The caregiver's answer to "what do you do now?", scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AttemptResult {
    #[ts(type = "number")]
    pub id: i64,
    pub scenario_id: String,
    pub answer: Action,
    /// What the engine concluded from the reading as entered.
    pub engine_action: Action,
    /// What the engine concludes from the situation as shown (differs only after a
    /// mistyped entry).
    pub expected_action: Action,
    /// The answer matches the engine's action for the entry.
    pub correct: bool,
    pub entry_matched: bool,
    pub differences: Vec<EntryField>,
    /// Correct and entered as shown: this is what the score counts.
    pub passed: bool,
    pub reasons: Vec<Reason>,
    pub teaching: Text,
    pub answered_at: DateTime<FixedOffset>,
}

/// A module and when it was covered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ModuleProgress {
    pub id: String,
    pub done_at: Option<DateTime<FixedOffset>>,
}

/// A scenario with how it has gone so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ScenarioProgress {
    pub id: String,
    pub title: Text,
    pub topics: Vec<Topic>,
    #[ts(type = "number")]
    pub attempts: u32,
    /// The latest attempt's result; `null` when never played.
    pub passed: Option<bool>,
}

/// Scenarios passed on their latest attempt, out of all scenarios.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Score {
    #[ts(type = "number")]
    pub passed: u32,
    #[ts(type = "number")]
    pub total: u32,
}

/// The sign-off as the nurse fills it in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct NewSignOff {
    /// The caregivers trained (at least one name).
    pub caregivers: Vec<String>,
    pub nurse: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// A stored sign-off: who was trained, by whom, when, what was covered and the score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SignOff {
    #[ts(type = "number")]
    pub id: i64,
    pub caregivers: Vec<String>,
    pub nurse: String,
    pub note: Option<String>,
    pub signed_at: DateTime<FixedOffset>,
    /// Module ids covered at sign-off, in teaching order.
    pub modules: Vec<String>,
    pub score: Score,
}

/// The nurse's baseline neurological check, as the training screen sends it: the item answers
/// (ICE: ten 1/0; CAPD: eight answers 0–4), the score is added here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct NewNeuroBaseline {
    pub scale: NeuroScale,
    pub items: Vec<u8>,
    pub nurse: String,
    pub taken_at: DateTime<FixedOffset>,
}

/// A stored baseline: the child's own usual score, which later checks are read against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct NeuroBaseline {
    #[ts(type = "number")]
    pub id: i64,
    pub scale: NeuroScale,
    pub score: u8,
    pub items: Vec<u8>,
    pub nurse: String,
    pub taken_at: DateTime<FixedOffset>,
    pub recorded_at: DateTime<FixedOffset>,
}

/// Everything the training screens and Home need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct TrainingOverview {
    pub started_at: Option<DateTime<FixedOffset>>,
    pub modules: Vec<ModuleProgress>,
    pub scenarios: Vec<ScenarioProgress>,
    pub score: Score,
    pub in_progress: Option<InProgress>,
    /// Newest first.
    pub signoffs: Vec<SignOff>,
}

/// The training store of one data folder.
#[derive(Debug)]
pub struct Training {
    dir: PathBuf,
    conn: Connection,
}

fn ts(t: &DateTime<FixedOffset>) -> String {
    t.to_rfc3339()
}

fn parse_ts(s: &str) -> Result<DateTime<FixedOffset>, StoreError> {
    DateTime::parse_from_rfc3339(s).map_err(|_| StoreError::corrupt(format!("training time {s:?}")))
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("training values serialise")
}

fn from_json<T: for<'de> Deserialize<'de>>(s: &str, what: &str) -> Result<T, StoreError> {
    serde_json::from_str(s).map_err(|_| StoreError::corrupt(format!("training {what}")))
}

fn unknown(field: &str, value: &str, allowed: &[&str]) -> StoreError {
    Rejection::new(
        ErrorCode::UnknownCode,
        field,
        format!("unknown {field} {value:?}; known: {}", allowed.join(", ")),
    )
    .into()
}

fn practice_path(dir: &Path) -> PathBuf {
    dir.join(PRACTICE_FILE)
}

/// Remove the practice diary and its WAL companions.
fn remove_practice(dir: &Path) -> Result<(), StoreError> {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = practice_path(dir).into_os_string();
        name.push(suffix);
        match fs::remove_file(&name) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(StoreError::corrupt(format!(
                    "cannot clear the practice diary: {e}"
                )))
            }
        }
    }
    Ok(())
}

/// Which fields of `entered` differ from what the situation `shown`.
pub fn differences(shown: &ShownReading, entered: &Reading) -> Vec<EntryField> {
    let mut out = Vec::new();
    let temp = entered.temperature.map(|t| t.celsius());
    let temp_same = match (shown.temperature_c, temp) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= TEMPERATURE_TOLERANCE_C,
        _ => false,
    };
    if !temp_same {
        out.push(EntryField::Temperature);
    }
    if shown.systolic_mmhg != entered.systolic_mmhg
        || shown.diastolic_mmhg != entered.diastolic_mmhg
    {
        out.push(EntryField::BloodPressure);
    }
    if shown.heart_rate_bpm != entered.heart_rate_bpm {
        out.push(EntryField::HeartRate);
    }
    if shown.spo2_percent != entered.spo2_percent {
        out.push(EntryField::Spo2);
    }
    if shown.antipyretic_in_last_6h != entered.antipyretic_in_last_6h.unwrap_or(false) {
        out.push(EntryField::Antipyretic);
    }
    let mut want = shown.symptoms.clone();
    want.sort();
    let mut got = entered.symptoms.clone().unwrap_or_default();
    got.sort();
    got.dedup();
    if want != got {
        out.push(EntryField::Symptoms);
    }
    // "Running" and "not said" mean the same to the rules: no pump problem.
    let problem = |p: Option<PumpStatus>| p.filter(|p| *p != PumpStatus::Running);
    if problem(shown.pump) != problem(entered.pump) {
        out.push(EntryField::Pump);
    }
    if shown.neuro_check != entered.neuro_check {
        out.push(EntryField::NeuroCheck);
    }
    out
}

/// The situation as shown, as a reading taken at `at`.
fn shown_reading(shown: &ShownReading, at: DateTime<FixedOffset>) -> Reading {
    let mut r = Reading::at(at);
    r.temperature = shown
        .temperature_c
        .map(|value| crate::reading::Temperature {
            value,
            unit: crate::reading::TempUnit::C,
        });
    r.systolic_mmhg = shown.systolic_mmhg;
    r.diastolic_mmhg = shown.diastolic_mmhg;
    r.heart_rate_bpm = shown.heart_rate_bpm;
    r.spo2_percent = shown.spo2_percent;
    r.antipyretic_in_last_6h = Some(shown.antipyretic_in_last_6h);
    r.symptoms = Some(shown.symptoms.clone());
    r.pump = shown.pump;
    r.neuro_check = shown.neuro_check;
    r
}

/// The readings already in the practice diary for a practice entry at `at`, oldest first.
fn earlier_readings(def: &ScenarioDef, at: DateTime<FixedOffset>) -> Vec<Reading> {
    let mut out: Vec<Reading> = def
        .earlier
        .iter()
        .map(|e| {
            shown_reading(
                &e.shown,
                at - chrono::Duration::minutes(i64::from(e.minutes_before)),
            )
        })
        .collect();
    out.sort_by_key(|r| r.taken_at);
    out
}

/// The practice child as a diary patient.
fn practice_patient(def: &ScenarioDef, now: DateTime<FixedOffset>) -> PatientRecord {
    PatientRecord {
        name: def.child_name.to_string(),
        birth_date: def.birth_date(now.date_naive()),
        weight_kg: Some(def.weight_kg),
        height_cm: None,
    }
}

/// What the real engine says about the situation exactly as shown (same patient, plan
/// and clock as the practice diary, one reading).
pub fn engine_action_for_shown(
    def: &ScenarioDef,
    now: DateTime<FixedOffset>,
) -> (Action, Vec<Reason>) {
    let patient = practice_patient(def, now).patient();
    let mut readings = earlier_readings(def, now);
    readings.push(shown_reading(&def.shown, now));
    let a = crate::assessment::assess(&patient, &CarePlan::default(), &readings, &[], now);
    (a.action, a.reasons)
}

/// A damaged training store holds practice data only: move it (and its side files) aside
/// as `training.sqlite3.damaged`, replacing an earlier one, say so on stderr, and start
/// a new one.
fn set_aside_if_damaged(path: &Path) {
    if !path.exists() {
        return;
    }
    let Err(StoreError::Damaged { reason }) = Diary::check_store_file(path, |_| Ok(())) else {
        return;
    };
    // The -wal first, so the new store never meets the old one's log (the same order as
    // the diary's set-aside, with the same side-file names).
    for suffix in ["-wal", "-shm", ""] {
        let _ = fs::rename(
            side_file(path, suffix),
            side_file(path, &format!(".damaged{suffix}")),
        );
    }
    eprintln!(
        "centinela: the training store {} was damaged ({reason}); it was moved aside and a new one started",
        path.display()
    );
}

impl Training {
    /// Open (or create) the training store of the data folder `data_dir`.
    pub fn open_in(data_dir: &Path) -> Result<Training, StoreError> {
        let dir = data_dir.join(TRAINING_DIR);
        crate::paths::ensure_data_dir(&dir)
            .map_err(|e| StoreError::corrupt(format!("cannot make {}: {e}", dir.display())))?;
        let path = dir.join(STORE_FILE);
        set_aside_if_damaged(&path);
        let mut conn = Connection::open(&path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        let (app_id, version): (i64, i64) = conn.query_row(
            "SELECT (SELECT application_id FROM pragma_application_id),
                    (SELECT user_version FROM pragma_user_version)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if version > TRAINING_SCHEMA_VERSION {
            return Err(StoreError::NewerVersion {
                found: version,
                supported: TRAINING_SCHEMA_VERSION,
            });
        }
        if version == 0 {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute_batch(SCHEMA)?;
            tx.execute_batch(SCHEMA_V2)?;
            tx.execute_batch(&format!(
                "PRAGMA application_id = {TRAINING_APPLICATION_ID};
                 PRAGMA user_version = {TRAINING_SCHEMA_VERSION};"
            ))?;
            tx.commit()?;
        } else if app_id != TRAINING_APPLICATION_ID {
            return Err(StoreError::NotADiary {
                reason: "not a Centinela training file".into(),
            });
        } else if version == 1 {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute_batch(SCHEMA_V2)?;
            tx.execute_batch(&format!("PRAGMA user_version = {TRAINING_SCHEMA_VERSION};"))?;
            tx.commit()?;
        }
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")?;
        Ok(Training { dir, conn })
    }

    /// The training folder (for tests: nothing of it is inside the real diary).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn begin_session(&self, now: DateTime<FixedOffset>) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR IGNORE INTO session (id, started_at) VALUES (1, ?1)",
            [ts(&now)],
        )?;
        Ok(())
    }

    /// Mark a module as covered (again: the first time is kept).
    pub fn complete_module(
        &mut self,
        id: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<(), StoreError> {
        if !MODULES.contains(&id) {
            return Err(unknown("module", id, &MODULES));
        }
        self.begin_session(now)?;
        self.conn.execute(
            "INSERT OR IGNORE INTO modules_done (module, done_at) VALUES (?1, ?2)",
            params![id, ts(&now)],
        )?;
        Ok(())
    }

    /// Start (or start again) a practice scenario.
    pub fn start_scenario(
        &mut self,
        id: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<InProgress, StoreError> {
        let def = scenarios::by_id(id).ok_or_else(|| {
            let ids: Vec<&str> = scenarios::all().iter().map(|s| s.id).collect();
            unknown("scenario", id, &ids)
        })?;
        // The practice diary itself is made when the entry is saved; a stale one goes now.
        remove_practice(&self.dir)?;
        self.begin_session(now)?;
        self.conn.execute(
            "INSERT INTO practice (id, scenario, started_at, saved) VALUES (1, ?1, ?2, NULL)
             ON CONFLICT (id) DO UPDATE SET scenario = excluded.scenario,
                 started_at = excluded.started_at, saved = NULL",
            params![id, ts(&now)],
        )?;
        Ok(InProgress {
            scenario: ScenarioCard::of(&def),
            started_at: now,
            saved: None,
        })
    }

    fn practice_row(&self) -> Result<Option<(String, String, Option<String>)>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT scenario, started_at, saved FROM practice WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?)
    }

    /// The scenario being played, if any.
    pub fn in_progress(&self) -> Result<Option<InProgress>, StoreError> {
        let Some((id, started_at, saved)) = self.practice_row()? else {
            return Ok(None);
        };
        let def = scenarios::by_id(&id)
            .ok_or_else(|| StoreError::corrupt(format!("training scenario {id:?}")))?;
        Ok(Some(InProgress {
            scenario: ScenarioCard::of(&def),
            started_at: parse_ts(&started_at)?,
            saved: saved.map(|s| from_json(&s, "practice")).transpose()?,
        }))
    }

    /// Save the caregiver's practice reading through the real diary code, into the
    /// practice diary. Checked exactly like a real reading; a refused entry changes nothing.
    /// Saving again (after fixing a typo) replaces the earlier practice entry.
    pub fn add_practice_reading(
        &mut self,
        reading: &Reading,
        recorded_by: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Result<PracticeSaved, StoreError> {
        let Some((id, _, _)) = self.practice_row()? else {
            return Err(StoreError::TrainingOrder {
                step: "start a practice scenario first".into(),
            });
        };
        let def = scenarios::by_id(&id)
            .ok_or_else(|| StoreError::corrupt(format!("training scenario {id:?}")))?;
        // A fresh practice diary each time, so a second try is judged on its own, with the
        // scenario's child and the standard plan so every family practises the same case.
        remove_practice(&self.dir)?;
        let mut practice = Diary::open(&practice_path(&self.dir))?;
        practice.save_patient(&practice_patient(&def, now), now)?;
        practice.save_care_plan(&CarePlan::default(), now)?;
        for earlier in earlier_readings(&def, reading.taken_at) {
            practice.add_reading(&earlier, None, now)?;
        }
        let saved = practice.add_reading(reading, recorded_by, now)?;
        let result = PracticeSaved {
            scenario_id: id,
            saved,
            reading: reading.clone(),
            differences: differences(&def.shown, reading),
        };
        self.conn.execute(
            "UPDATE practice SET saved = ?1 WHERE id = 1",
            [json(&result)],
        )?;
        Ok(result)
    }

    /// Score the answer to "what do you do now?" against the engine's action for the
    /// saved practice reading, and store the attempt.
    pub fn answer(
        &mut self,
        answer: Action,
        now: DateTime<FixedOffset>,
    ) -> Result<AttemptResult, StoreError> {
        let progress = self.in_progress()?;
        let Some(InProgress {
            scenario,
            started_at,
            saved: Some(saved),
        }) = progress
        else {
            return Err(StoreError::TrainingOrder {
                step: "save the practice reading first".into(),
            });
        };
        let def = scenarios::by_id(&scenario.id)
            .ok_or_else(|| StoreError::corrupt(format!("training scenario {:?}", scenario.id)))?;
        let (expected_action, _) = engine_action_for_shown(&def, saved.reading.taken_at);
        let engine_action = saved.saved.assessment.action;
        let correct = answer == engine_action;
        let entry_matched = saved.differences.is_empty();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO attempts (scenario, started_at, answered_at, reading, differences,
                 answer, engine_action, expected_action, correct, entry_matched)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                scenario.id,
                ts(&started_at),
                ts(&now),
                json(&saved.reading),
                json(&saved.differences),
                answer.code(),
                engine_action.code(),
                expected_action.code(),
                correct,
                entry_matched,
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.execute("DELETE FROM practice WHERE id = 1", [])?;
        tx.commit()?;
        let _ = remove_practice(&self.dir);
        Ok(AttemptResult {
            id,
            scenario_id: scenario.id,
            answer,
            engine_action,
            expected_action,
            correct,
            entry_matched,
            differences: saved.differences,
            passed: correct && entry_matched,
            reasons: saved.saved.assessment.reasons,
            teaching: def.teaching(),
            answered_at: now,
        })
    }

    fn score(&self) -> Result<(Vec<ScenarioProgress>, Score), StoreError> {
        // Per scenario: how many attempts, and whether the latest one passed.
        let mut stmt = self.conn.prepare(
            "SELECT scenario, count(*),
                    (SELECT correct AND entry_matched FROM attempts AS latest
                     WHERE latest.scenario = a.scenario ORDER BY id DESC LIMIT 1)
             FROM attempts AS a GROUP BY scenario",
        )?;
        let tried: std::collections::HashMap<String, (u32, bool)> = stmt
            .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?
            .collect::<Result<_, _>>()?;
        let out: Vec<ScenarioProgress> = scenarios::all()
            .iter()
            .map(|def| {
                let (attempts, passed) = match tried.get(def.id) {
                    Some(&(n, passed)) => (n, Some(passed)),
                    None => (0, None),
                };
                ScenarioProgress {
                    id: def.id.to_string(),
                    title: def.title(),
                    topics: def.topics.to_vec(),
                    attempts,
                    passed,
                }
            })
            .collect();
        let score = Score {
            passed: out.iter().filter(|p| p.passed == Some(true)).count() as u32,
            total: out.len() as u32,
        };
        Ok((out, score))
    }

    fn modules(&self) -> Result<Vec<ModuleProgress>, StoreError> {
        MODULES
            .iter()
            .map(|id| {
                let done: Option<String> = self
                    .conn
                    .query_row(
                        "SELECT done_at FROM modules_done WHERE module = ?1",
                        [id],
                        |r| r.get(0),
                    )
                    .optional()?;
                Ok(ModuleProgress {
                    id: id.to_string(),
                    done_at: done.as_deref().map(parse_ts).transpose()?,
                })
            })
            .collect()
    }

    /// Every sign-off, newest first.
    pub fn signoffs(&self) -> Result<Vec<SignOff>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, caregivers, nurse, note, signed_at, modules, passed, total
             FROM signoffs ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, u32>(6)?,
                r.get::<_, u32>(7)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, caregivers, nurse, note, signed_at, modules, passed, total) = row?;
            out.push(SignOff {
                id,
                caregivers: from_json(&caregivers, "caregivers")?,
                nurse,
                note,
                signed_at: parse_ts(&signed_at)?,
                modules: from_json(&modules, "modules")?,
                score: Score { passed, total },
            });
        }
        Ok(out)
    }

    /// The sign-off with this id.
    pub fn signoff(&self, id: i64) -> Result<SignOff, StoreError> {
        self.signoffs()?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or(StoreError::NotFound {
                what: "sign-off",
                id,
            })
    }

    /// Record the sign-off with the modules covered and the score as they stand now.
    pub fn sign_off(
        &mut self,
        new: &NewSignOff,
        now: DateTime<FixedOffset>,
    ) -> Result<SignOff, StoreError> {
        let caregivers: Vec<String> = new
            .caregivers
            .iter()
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect();
        if caregivers.is_empty() {
            return Err(Rejection::new(
                ErrorCode::MissingField,
                "caregivers",
                "name at least one caregiver who was trained",
            )
            .into());
        }
        let nurse = crate::diary::required("nurse", &new.nurse)?;
        let note = new
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(String::from);
        let modules: Vec<String> = self
            .modules()?
            .into_iter()
            .filter(|m| m.done_at.is_some())
            .map(|m| m.id)
            .collect();
        let (_, score) = self.score()?;
        self.conn.execute(
            "INSERT INTO signoffs (caregivers, nurse, note, signed_at, modules, passed, total)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                json(&caregivers),
                nurse,
                note,
                ts(&now),
                json(&modules),
                score.passed,
                score.total
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        self.signoff(id)
    }

    /// Record the nurse's baseline check of the real child born on `birth`. The scale must be
    /// the one for the child's age at `taken_at` (ICE from 12, CAPD under 12); the score is
    /// added from the answers. Kept by a reset, like the sign-offs.
    pub fn record_baseline(
        &mut self,
        new: &NewNeuroBaseline,
        birth: chrono::NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Result<NeuroBaseline, StoreError> {
        let nurse = crate::diary::required("nurse", &new.nurse)?;
        if new.taken_at > now + chrono::Duration::minutes(5) {
            return Err(Rejection::new(
                ErrorCode::FutureReading,
                "taken_at",
                "the check cannot be more than 5 minutes after now",
            )
            .into());
        }
        let Some(want) = neuro::scale_for(birth, new.taken_at.date_naive()) else {
            return Err(Rejection::new(
                ErrorCode::OutOfRange,
                "taken_at",
                "the check cannot be before the date of birth",
            )
            .into());
        };
        if want != new.scale {
            return Err(Rejection::new(
                ErrorCode::Inconsistent,
                "scale",
                match want {
                    NeuroScale::Ice => "from age 12 the check is the ICE score",
                    NeuroScale::Capd => "under age 12 the check is the CAPD score",
                },
            )
            .into());
        }
        let score = neuro::score(new.scale, &new.items)?;
        let scale = match new.scale {
            NeuroScale::Ice => "ice",
            NeuroScale::Capd => "capd",
        };
        self.conn.execute(
            "INSERT INTO neuro_baselines (scale, score, items, taken_at, nurse, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                scale,
                score,
                json(&new.items),
                ts(&new.taken_at),
                nurse,
                ts(&now)
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        self.baselines()?
            .into_iter()
            .find(|b| b.id == id)
            .ok_or(StoreError::NotFound {
                what: "baseline",
                id,
            })
    }

    /// Every baseline recorded, newest first (the first of a scale is the one to compare with).
    pub fn baselines(&self) -> Result<Vec<NeuroBaseline>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, scale, score, items, nurse, taken_at, recorded_at
             FROM neuro_baselines ORDER BY taken_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, u8>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, scale, score, items, nurse, taken_at, recorded_at) = row?;
            let scale = match scale.as_str() {
                "ice" => NeuroScale::Ice,
                "capd" => NeuroScale::Capd,
                other => return Err(StoreError::corrupt(format!("baseline scale {other:?}"))),
            };
            out.push(NeuroBaseline {
                id,
                scale,
                score,
                items: from_json(&items, "baseline items")?,
                nurse,
                taken_at: parse_ts(&taken_at)?,
                recorded_at: parse_ts(&recorded_at)?,
            });
        }
        Ok(out)
    }

    /// Progress, the scenario in play and the sign-offs.
    pub fn overview(&self) -> Result<TrainingOverview, StoreError> {
        let started_at: Option<String> = self
            .conn
            .query_row("SELECT started_at FROM session WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?;
        let (scenarios, score) = self.score()?;
        Ok(TrainingOverview {
            started_at: started_at.as_deref().map(parse_ts).transpose()?,
            modules: self.modules()?,
            scenarios,
            score,
            in_progress: self.in_progress()?,
            signoffs: self.signoffs()?,
        })
    }

    /// Start the practice over: modules, attempts and the practice diary are cleared;
    /// sign-offs stay.
    pub fn reset(&mut self) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(
            "DELETE FROM session; DELETE FROM modules_done; DELETE FROM practice;
             DELETE FROM attempts;",
        )?;
        tx.commit()?;
        remove_practice(&self.dir)
    }
}
