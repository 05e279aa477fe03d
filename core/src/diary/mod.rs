//! The diary store: the patient, the care plan, readings and their amendments, alerts
//! and the contact ladder, in one SQLite file.
//!
//! - Every write is checked with the same code as the CLI ([`crate::plausibility`]) before
//!   anything touches the file, and runs in one transaction: a refused write leaves the
//!   diary exactly as it was.
//! - Readings and amendments are append-only; the database itself refuses `UPDATE` and
//!   `DELETE` on them. A correction is a new reading plus an amendment row.
//! - Alerts change once, from raised to acknowledged, and are never deleted.
//! - Time is always passed in (`now`); the store never reads the clock.

mod alert;
pub mod backup;
mod coming_due;
mod contact;
mod course_store;
mod error;
mod home;
mod open;
pub mod recovery;
mod reminders;
mod schema;
mod settings;
mod steroid;

use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};

pub use alert::{Alert, AlertState};
pub use contact::{Contact, ContactRole};
pub use course_store::{BagView, CourseView, Pause, PauseView, ReadingSchedule, Resumed, Schedule};
pub use error::StoreError;
pub use home::{Chart, ChartPoint, Home, Setup, SetupProblem};
pub use reminders::{ClosedBy, Delivery, Reminder, ReminderState, UnstoredDelivery};
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};
pub use settings::{Language, Settings};
pub use steroid::{SteroidDose, SteroidOccasion};

use crate::assessment::{assess, Action, Assessment, LOOKBACK_HOURS};
use crate::patient::{CarePlan, Patient};
use crate::plausibility::{self, ErrorCode, Rejection};
use crate::reading::{NeuroCheck, PumpStatus, Reading, Symptom, TempUnit, Temperature};

/// The diary's file name inside the data folder.
pub const DIARY_FILE_NAME: &str = "diary.sqlite3";

/// Accepted height of the child, in cm (inclusive).
pub const HEIGHT_CM: (f64, f64) = (20.0, 250.0);

/// The child as the family enters them. The rules use `birth_date` and `weight_kg`
/// (see [`PatientRecord::patient`]); name and height are for the diary and the team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct PatientRecord {
    pub name: String,
    pub birth_date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_kg: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height_cm: Option<f64>,
}

impl PatientRecord {
    /// What the care rules need to know.
    pub fn patient(&self) -> Patient {
        Patient {
            birth_date: self.birth_date,
            weight_kg: self.weight_kg,
        }
    }
}

/// A reading just written, and what the rules concluded from the diary with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SavedReading {
    #[ts(type = "number")]
    pub id: i64,
    pub assessment: Assessment,
    /// The alert raised when the assessment reached `call_today` or above.
    #[ts(type = "number | null")]
    pub alert_id: Option<i64>,
}

/// One side of an amendment, as seen from a diary entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AmendmentLink {
    /// The other reading: the correction (for `superseded_by`) or the original (for `corrects`).
    #[ts(type = "number")]
    pub reading_id: i64,
    pub reason: String,
    pub amended_by: String,
    pub amended_at: DateTime<FixedOffset>,
}

/// A stored reading with its history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct DiaryEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub reading: Reading,
    pub recorded_at: DateTime<FixedOffset>,
    pub recorded_by: Option<String>,
    /// Set when a later reading corrects this one: it no longer counts for the rules.
    pub superseded_by: Option<AmendmentLink>,
    /// Set when this reading is the correction of an earlier one.
    pub corrects: Option<AmendmentLink>,
}

impl DiaryEntry {
    /// Whether the rules count this entry (it has not been corrected).
    pub fn is_effective(&self) -> bool {
        self.superseded_by.is_none()
    }
}

/// An open diary. Not `Sync`: the desktop shell keeps it behind a mutex.
#[derive(Debug)]
pub struct Diary {
    conn: Connection,
}

pub(crate) fn ts(t: &DateTime<FixedOffset>) -> String {
    t.to_rfc3339()
}

pub(crate) fn parse_ts(s: &str, what: &str) -> Result<DateTime<FixedOffset>, StoreError> {
    DateTime::parse_from_rfc3339(s).map_err(|_| StoreError::corrupt(format!("{what} {s:?}")))
}

/// A required text field: trimmed, not empty.
pub(crate) fn required(field: &str, value: &str) -> Result<String, StoreError> {
    let v = without_nul(value);
    let v = v.trim();
    if v.is_empty() {
        return Err(Rejection::new(
            ErrorCode::MissingField,
            field,
            format!("{field} must not be empty"),
        )
        .into());
    }
    Ok(v.to_string())
}

fn optional_text(value: Option<&str>) -> Option<String> {
    value
        .map(without_nul)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// Text without NUL characters: invisible, never meant, and SQLite's `length()` stops at
/// the first one, so "\0" would pass our empty check and fail the table's.
fn without_nul(value: &str) -> std::borrow::Cow<'_, str> {
    if value.contains('\0') {
        value.replace('\0', "").into()
    } else {
        value.into()
    }
}

const READING_COLUMNS: &str = "id, taken_at, temperature_value, temperature_unit, systolic_mmhg, \
     diastolic_mmhg, heart_rate_bpm, spo2_percent, antipyretic_in_last_6h, symptoms, pump, \
     recorded_at, recorded_by, respiratory_rate_per_min, antipyretic_given_at, neuro_ice, \
     neuro_capd";
/// Where the care-rules v2 columns start in [`READING_COLUMNS`] and [`ENTRY_SELECT`].
const V2_FIELDS_AT: usize = 13;
const ENTRY_V2_FIELDS_AT: usize = 21;

/// Raw columns of a reading row, decoded outside rusqlite's closure so that a bad
/// value becomes [`StoreError::Corrupt`].
struct ReadingRow {
    id: i64,
    taken_at: String,
    temp_value: Option<f64>,
    temp_unit: Option<String>,
    systolic: Option<f64>,
    diastolic: Option<f64>,
    heart_rate: Option<f64>,
    spo2: Option<f64>,
    antipyretic: Option<bool>,
    symptoms: Option<String>,
    pump: Option<String>,
    recorded_at: String,
    recorded_by: Option<String>,
    respiratory_rate: Option<f64>,
    antipyretic_given_at: Option<String>,
    neuro_ice: Option<f64>,
    neuro_capd: Option<f64>,
}

impl ReadingRow {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<ReadingRow> {
        Self::from_row_at(r, V2_FIELDS_AT)
    }

    /// `v2` is the index of the first care-rules v2 column in the statement.
    fn from_row_at(r: &Row<'_>, v2: usize) -> rusqlite::Result<ReadingRow> {
        Ok(ReadingRow {
            respiratory_rate: r.get(v2)?,
            antipyretic_given_at: r.get(v2 + 1)?,
            neuro_ice: r.get(v2 + 2)?,
            neuro_capd: r.get(v2 + 3)?,
            id: r.get(0)?,
            taken_at: r.get(1)?,
            temp_value: r.get(2)?,
            temp_unit: r.get(3)?,
            systolic: r.get(4)?,
            diastolic: r.get(5)?,
            heart_rate: r.get(6)?,
            spo2: r.get(7)?,
            antipyretic: r.get(8)?,
            symptoms: r.get(9)?,
            pump: r.get(10)?,
            recorded_at: r.get(11)?,
            recorded_by: r.get(12)?,
        })
    }

    fn reading(&self) -> Result<Reading, StoreError> {
        let id = self.id;
        let temperature = match (self.temp_value, self.temp_unit.as_deref()) {
            (None, None) => None,
            (Some(value), Some("C")) => Some(Temperature {
                value,
                unit: TempUnit::C,
            }),
            (Some(value), Some("F")) => Some(Temperature {
                value,
                unit: TempUnit::F,
            }),
            _ => return Err(StoreError::corrupt(format!("temperature of reading {id}"))),
        };
        let symptoms = match &self.symptoms {
            None => None,
            Some(json) => {
                let codes: Vec<String> = serde_json::from_str(json)
                    .map_err(|_| StoreError::corrupt(format!("symptoms of reading {id}")))?;
                let list = codes
                    .iter()
                    .map(|c| {
                        Symptom::from_code(c).ok_or_else(|| {
                            StoreError::corrupt(format!("symptom {c:?} of reading {id}"))
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Some(list)
            }
        };
        let pump = match &self.pump {
            None => None,
            Some(code) => Some(PumpStatus::from_code(code).ok_or_else(|| {
                StoreError::corrupt(format!("pump status {code:?} of reading {id}"))
            })?),
        };
        Ok(Reading {
            taken_at: parse_ts(&self.taken_at, "taken_at")?,
            temperature,
            systolic_mmhg: self.systolic,
            diastolic_mmhg: self.diastolic,
            heart_rate_bpm: self.heart_rate,
            spo2_percent: self.spo2,
            antipyretic_in_last_6h: self.antipyretic,
            symptoms,
            pump,
            respiratory_rate_per_min: self.respiratory_rate,
            antipyretic_given_at: self
                .antipyretic_given_at
                .as_deref()
                .map(|s| parse_ts(s, "antipyretic_given_at"))
                .transpose()?,
            neuro_check: match (self.neuro_ice, self.neuro_capd) {
                (None, None) => None,
                (ice, capd) => Some(NeuroCheck { ice, capd }),
            },
        })
    }
}

/// A reading with both sides of its amendments, in one statement: the 21-day view reads
/// thousands of rows, and two lookups per row cost more than the rows themselves. Both join
/// columns are UNIQUE, so each join is one index probe.
const ENTRY_SELECT: &str = "SELECT r.id, r.taken_at, r.temperature_value, r.temperature_unit, \
     r.systolic_mmhg, r.diastolic_mmhg, r.heart_rate_bpm, r.spo2_percent, \
     r.antipyretic_in_last_6h, r.symptoms, r.pump, r.recorded_at, r.recorded_by, \
     s.corrected_id, s.reason, s.amended_by, s.amended_at, \
     c.original_id, c.reason, c.amended_by, c.amended_at, \
     r.respiratory_rate_per_min, r.antipyretic_given_at, r.neuro_ice, r.neuro_capd \
     FROM readings r \
     LEFT JOIN amendments s ON s.original_id = r.id \
     LEFT JOIN amendments c ON c.corrected_id = r.id";

/// The other reading's id, the reason, who and when (raw text).
type RawLink = (i64, String, String, String);

/// One row of [`ENTRY_SELECT`], decoded outside rusqlite's closure like [`ReadingRow`].
struct EntryRow {
    reading: ReadingRow,
    superseded_by: Option<RawLink>,
    corrects: Option<RawLink>,
}

impl EntryRow {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<EntryRow> {
        // The four columns of one LEFT JOIN, starting at `at`; all NULL when no amendment.
        let link = |at: usize| -> rusqlite::Result<Option<RawLink>> {
            let Some(id) = r.get::<_, Option<i64>>(at)? else {
                return Ok(None);
            };
            Ok(Some((id, r.get(at + 1)?, r.get(at + 2)?, r.get(at + 3)?)))
        };
        Ok(EntryRow {
            reading: ReadingRow::from_row_at(r, ENTRY_V2_FIELDS_AT)?,
            superseded_by: link(13)?,
            corrects: link(17)?,
        })
    }

    fn entry(self) -> Result<DiaryEntry, StoreError> {
        let link = |raw: Option<RawLink>| {
            raw.map(|(reading_id, reason, amended_by, at)| {
                Ok::<_, StoreError>(AmendmentLink {
                    reading_id,
                    reason,
                    amended_by,
                    amended_at: parse_ts(&at, "amended_at")?,
                })
            })
            .transpose()
        };
        Ok(DiaryEntry {
            id: self.reading.id,
            reading: self.reading.reading()?,
            recorded_at: parse_ts(&self.reading.recorded_at, "recorded_at")?,
            superseded_by: link(self.superseded_by)?,
            corrects: link(self.corrects)?,
            recorded_by: self.reading.recorded_by,
        })
    }
}

fn insert_reading(
    tx: &Transaction<'_>,
    reading: &Reading,
    recorded_by: Option<&str>,
    now: DateTime<FixedOffset>,
) -> Result<i64, StoreError> {
    let symptoms = reading
        .symptoms
        .as_ref()
        .map(|list| {
            let codes: Vec<&str> = list.iter().map(|s| s.code()).collect();
            serde_json::to_string(&codes)
        })
        .transpose()
        .map_err(|e| StoreError::corrupt(format!("symptoms: {e}")))?;
    tx.execute(
        "INSERT INTO readings (taken_at, taken_at_ms, temperature_value, temperature_unit,
             temperature_c, systolic_mmhg, diastolic_mmhg, heart_rate_bpm, spo2_percent,
             antipyretic_in_last_6h, symptoms, pump, recorded_at, recorded_by,
             respiratory_rate_per_min, antipyretic_given_at, neuro_ice, neuro_capd)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        params![
            ts(&reading.taken_at),
            reading.taken_at.timestamp_millis(),
            reading.temperature.map(|t| t.value),
            reading.temperature.map(|t| match t.unit {
                TempUnit::C => "C",
                TempUnit::F => "F",
            }),
            reading.temperature.map(|t| t.celsius()),
            reading.systolic_mmhg,
            reading.diastolic_mmhg,
            reading.heart_rate_bpm,
            reading.spo2_percent,
            reading.antipyretic_in_last_6h,
            symptoms,
            reading.pump.map(|p| p.code()),
            ts(&now),
            optional_text(recorded_by),
            reading.respiratory_rate_per_min,
            reading.antipyretic_given_at.as_ref().map(ts),
            reading.neuro_check.and_then(|n| n.ice),
            reading.neuro_check.and_then(|n| n.capd),
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

fn load_patient(conn: &Connection) -> Result<Option<PatientRecord>, StoreError> {
    let row = conn
        .query_row(
            "SELECT name, birth_date, weight_kg, height_cm FROM patient WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<f64>>(2)?,
                    r.get::<_, Option<f64>>(3)?,
                ))
            },
        )
        .optional()?;
    row.map(|(name, birth, weight_kg, height_cm)| {
        Ok(PatientRecord {
            name,
            birth_date: birth
                .parse()
                .map_err(|_| StoreError::corrupt(format!("birth_date {birth:?}")))?,
            weight_kg,
            height_cm,
        })
    })
    .transpose()
}

fn load_care_plan(conn: &Connection) -> Result<CarePlan, StoreError> {
    let threshold: Option<f64> = conn
        .query_row(
            "SELECT fever_threshold_c FROM care_plan WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(threshold
        .map(|fever_threshold_c| CarePlan { fever_threshold_c })
        .unwrap_or_default())
}

/// Readings the rules count (not the original of an amendment), oldest first; ties in
/// the order they were written, so the later entry counts as the more recent.
fn load_effective_readings(conn: &Connection) -> Result<Vec<Reading>, StoreError> {
    let sql = format!(
        "SELECT {READING_COLUMNS} FROM readings r
         WHERE NOT EXISTS (SELECT 1 FROM amendments a WHERE a.original_id = r.id)
         ORDER BY taken_at_ms, id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map([], ReadingRow::from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.iter().map(ReadingRow::reading).collect()
}

/// What the rules need to assess at `at` (see [`LOOKBACK_HOURS`]), oldest first as in
/// [`load_effective_readings`]: the newest reading in effect with a temperature taken before
/// `at` − 48 h, then every reading in effect from there on. Two indexed range reads instead of
/// decoding the whole diary on every save.
fn load_readings_for_assessment(
    conn: &Connection,
    at: DateTime<FixedOffset>,
) -> Result<Vec<Reading>, StoreError> {
    let since_ms = (at - chrono::Duration::hours(LOOKBACK_HOURS)).timestamp_millis();
    let before = format!(
        "SELECT {READING_COLUMNS} FROM readings r
         WHERE taken_at_ms < ?1 AND temperature_value IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM amendments a WHERE a.original_id = r.id)
         ORDER BY taken_at_ms DESC, id DESC LIMIT 1"
    );
    let since = format!(
        "SELECT {READING_COLUMNS} FROM readings r
         WHERE taken_at_ms >= ?1
           AND NOT EXISTS (SELECT 1 FROM amendments a WHERE a.original_id = r.id)
         ORDER BY taken_at_ms, id"
    );
    let mut rows: Vec<ReadingRow> = conn
        .prepare_cached(&before)?
        .query_row([since_ms], ReadingRow::from_row)
        .optional()?
        .into_iter()
        .collect();
    let mut stmt = conn.prepare_cached(&since)?;
    for row in stmt.query_map([since_ms], ReadingRow::from_row)? {
        rows.push(row?);
    }
    rows.iter().map(ReadingRow::reading).collect()
}

/// Assess the diary as it stands inside `tx` and raise an alert for `reading_id` when
/// the action is `call_today` or above.
///
/// The rules ignore readings later than "now" (care-rules §1); a reading may be timed up
/// to 5 minutes ahead (clock skew, §3), so the assessment is made at the later of `now`
/// and the new reading's time, so that such a reading is never left out.
fn assess_and_alert(
    tx: &Transaction<'_>,
    patient: &Patient,
    reading_id: i64,
    taken_at: DateTime<FixedOffset>,
    now: DateTime<FixedOffset>,
) -> Result<SavedReading, StoreError> {
    let plan = load_care_plan(tx)?;
    let at = if taken_at > now { taken_at } else { now };
    let readings = load_readings_for_assessment(tx, at)?;
    let doses = steroid::doses_for_assessment(tx, at)?;
    let assessment = assess(patient, &plan, &readings, &doses, at);
    let alert_id = if assessment.action >= Action::CallToday {
        // The same still-open warning is not raised twice: alert fatigue makes families
        // stop reading alerts. A changed situation (other reasons) raises a new one.
        match alert::open_alert_like(tx, &assessment)? {
            Some(open) => Some(open),
            None => Some(alert::insert_alert(tx, reading_id, &assessment, now)?),
        }
    } else {
        None
    };
    Ok(SavedReading {
        id: reading_id,
        assessment,
        alert_id,
    })
}

/// The id and time (ms) of the newest reading in effect taken at or before `until_ms`.
/// Walks the time index backwards: one step in the usual case (it runs on every tick).
pub(super) fn latest_effective(
    conn: &Connection,
    until_ms: i64,
) -> Result<Option<(i64, i64)>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT id, taken_at_ms FROM readings r
             WHERE taken_at_ms <= ?1
               AND NOT EXISTS (SELECT 1 FROM amendments a WHERE a.original_id = r.id)
             ORDER BY taken_at_ms DESC, id DESC LIMIT 1",
            [until_ms],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

pub(super) fn check_patient_record(
    p: &PatientRecord,
    now: DateTime<FixedOffset>,
) -> Result<(), StoreError> {
    required("patient.name", &p.name)?;
    plausibility::check_patient(&p.patient(), now)?;
    if let Some(h) = p.height_cm {
        let (min, max) = HEIGHT_CM;
        if !h.is_finite() || !(min..=max).contains(&h) {
            return Err(Rejection {
                code: ErrorCode::OutOfRange,
                field: "patient.height_cm".into(),
                message: format!("height_cm must be between {min} and {max} cm"),
                min: Some(min),
                max: Some(max),
                unit: Some("cm".into()),
            }
            .into());
        }
    }
    Ok(())
}

impl Diary {
    /// The raw connection, for diagnostics and tests. Writes through it are still bound
    /// by the schema's triggers and checks.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    fn write(&mut self) -> Result<Transaction<'_>, StoreError> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    // ---- patient and care plan -------------------------------------------------

    /// The child, if entered.
    pub fn patient(&self) -> Result<Option<PatientRecord>, StoreError> {
        load_patient(&self.conn)
    }

    /// Enter or replace the child's details (name trimmed). Checked like the CLI's
    /// patient, plus a non-empty name and a height of 20–250 cm.
    pub fn save_patient(
        &mut self,
        patient: &PatientRecord,
        now: DateTime<FixedOffset>,
    ) -> Result<(), StoreError> {
        check_patient_record(patient, now)?;
        let tx = self.write()?;
        home::write_patient(&tx, patient, now)?;
        tx.commit()?;
        Ok(())
    }

    /// The care plan; the default (fever at 38.0 °C) until the team sets one.
    pub fn care_plan(&self) -> Result<CarePlan, StoreError> {
        load_care_plan(&self.conn)
    }

    /// Set the care plan, checked like the CLI's (fever threshold 37.5–38.5 °C).
    pub fn save_care_plan(
        &mut self,
        plan: &CarePlan,
        now: DateTime<FixedOffset>,
    ) -> Result<(), StoreError> {
        plausibility::check_care_plan(plan)?;
        let tx = self.write()?;
        home::write_care_plan(&tx, plan, now)?;
        tx.commit()?;
        Ok(())
    }

    // ---- readings ----------------------------------------------------------------

    /// Write a reading, then assess the diary with it; an assessment at `call_today` or
    /// above raises an alert. One transaction: on any failure nothing is written.
    pub fn add_reading(
        &mut self,
        reading: &Reading,
        recorded_by: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Result<SavedReading, StoreError> {
        let patient = self.patient()?.ok_or(StoreError::NoPatient)?.patient();
        plausibility::check_reading(reading, &patient, now, "")?;
        let tx = self.write()?;
        let id = insert_reading(&tx, reading, recorded_by, now)?;
        let saved = assess_and_alert(&tx, &patient, id, reading.taken_at, now)?;
        // A reading taken ends the "time for a reading" reminder.
        reminders::close_reminders(
            &tx,
            &[crate::reminder::ReminderKind::ReadingDue],
            None,
            reminders::ClosedBy::Reading,
            now,
        )?;
        tx.commit()?;
        Ok(saved)
    }

    /// Correct reading `original_id`: `corrected` is written as a new reading (checked
    /// like any other) and linked to the original with the reason and who made it. The
    /// original stays readable but no longer counts for the rules. Only the latest
    /// version of a chain can be amended ([`StoreError::AlreadyAmended`] names it).
    pub fn amend_reading(
        &mut self,
        original_id: i64,
        corrected: &Reading,
        reason: &str,
        amended_by: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<SavedReading, StoreError> {
        let patient = self.patient()?.ok_or(StoreError::NoPatient)?.patient();
        let reason = required("reason", reason)?;
        let amended_by = required("amended_by", amended_by)?;
        plausibility::check_reading(corrected, &patient, now, "")?;
        let tx = self.write()?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM readings WHERE id = ?1)",
            [original_id],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(StoreError::NotFound {
                what: "reading",
                id: original_id,
            });
        }
        if let Some(superseded_by) = correction_of(&tx, original_id)? {
            let mut latest_id = superseded_by;
            while let Some(next) = correction_of(&tx, latest_id)? {
                latest_id = next;
            }
            return Err(StoreError::AlreadyAmended {
                original_id,
                superseded_by,
                latest_id,
            });
        }
        let id = insert_reading(&tx, corrected, Some(&amended_by), now)?;
        tx.execute(
            "INSERT INTO amendments (original_id, corrected_id, reason, amended_by, amended_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![original_id, id, reason, amended_by, ts(&now)],
        )?;
        let saved = assess_and_alert(&tx, &patient, id, corrected.taken_at, now)?;
        tx.commit()?;
        Ok(saved)
    }

    /// The newest reading still in effect, taken no later than `until`.
    pub fn latest_effective_entry(
        &self,
        until: DateTime<FixedOffset>,
    ) -> Result<Option<DiaryEntry>, StoreError> {
        latest_effective(&self.conn, until.timestamp_millis())?
            .map(|(id, _)| self.entry(id))
            .transpose()
    }

    /// One stored reading with its history.
    pub fn entry(&self, id: i64) -> Result<DiaryEntry, StoreError> {
        let sql = format!("{ENTRY_SELECT} WHERE r.id = ?1");
        self.conn
            .prepare_cached(&sql)?
            .query_row([id], EntryRow::from_row)
            .optional()?
            .ok_or(StoreError::NotFound {
                what: "reading",
                id,
            })?
            .entry()
    }

    /// Every stored reading taken between `from` and `to` (inclusive), corrected ones
    /// included and marked, oldest first.
    pub fn readings_between(
        &self,
        from: DateTime<FixedOffset>,
        to: DateTime<FixedOffset>,
    ) -> Result<Vec<DiaryEntry>, StoreError> {
        let sql = format!(
            "{ENTRY_SELECT} WHERE r.taken_at_ms BETWEEN ?1 AND ?2 ORDER BY r.taken_at_ms, r.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(
                [from.timestamp_millis(), to.timestamp_millis()],
                EntryRow::from_row,
            )?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter().map(EntryRow::entry).collect()
    }

    /// The readings the rules count (corrections in, corrected originals out), oldest first.
    pub fn effective_readings(&self) -> Result<Vec<Reading>, StoreError> {
        load_effective_readings(&self.conn)
    }

    /// Assess the diary at `now` without writing anything.
    pub fn assess(&self, now: DateTime<FixedOffset>) -> Result<Assessment, StoreError> {
        let patient = self.patient()?.ok_or(StoreError::NoPatient)?.patient();
        let plan = self.care_plan()?;
        let readings = load_readings_for_assessment(&self.conn, now)?;
        let doses = steroid::doses_for_assessment(&self.conn, now)?;
        Ok(assess(&patient, &plan, &readings, &doses, now))
    }
}

fn correction_of(conn: &Connection, id: i64) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT corrected_id FROM amendments WHERE original_id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the IPC fuzz: a reason of "\0" passed our check and failed the table's.
    #[test]
    fn a_nul_is_not_text() {
        for blank in ["\0", " \0 ", "\0\0"] {
            let e = required("reason", blank).unwrap_err();
            assert!(
                matches!(&e, StoreError::Rejected(r) if r.code == ErrorCode::MissingField),
                "{blank:?}: {e:?}"
            );
            assert_eq!(optional_text(Some(blank)), None, "{blank:?}");
        }
        assert_eq!(required("reason", "kin\0k").unwrap(), "kink");
        assert_eq!(optional_text(Some(" Ana\0 ")), Some("Ana".into()));
    }
}
