//! Steroid doses (care-rules v2 §1, §4.2): when dexamethasone was given. A dose may hide a
//! fever for 24 hours, so the assessment counts it as masked fever.

use chrono::{DateTime, Duration, FixedOffset};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use super::{parse_ts, ts, Diary, StoreError};
use crate::assessment::STEROID_MASK_HOURS;
use crate::patient::Patient;
use crate::plausibility;

/// Why the dose was given: the premedication before the start or the step-up, or before a
/// restart after a pause of 4 hours or more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum SteroidOccasion {
    Start,
    StepUp,
    Restart,
}

impl SteroidOccasion {
    pub fn code(self) -> &'static str {
        match self {
            SteroidOccasion::Start => "start",
            SteroidOccasion::StepUp => "step_up",
            SteroidOccasion::Restart => "restart",
        }
    }

    fn from_code(code: &str) -> Option<SteroidOccasion> {
        [Self::Start, Self::StepUp, Self::Restart]
            .into_iter()
            .find(|o| o.code() == code)
    }
}

/// One recorded dose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SteroidDose {
    pub given_at: DateTime<FixedOffset>,
    pub occasion: SteroidOccasion,
    pub recorded_by: Option<String>,
}

/// The doses that can still mask a fever at `at`: given within the 24 hours before it.
pub(super) fn doses_for_assessment(
    conn: &Connection,
    at: DateTime<FixedOffset>,
) -> Result<Vec<DateTime<FixedOffset>>, StoreError> {
    let from = (at - Duration::hours(STEROID_MASK_HOURS)).timestamp_millis();
    let mut stmt = conn.prepare_cached(
        "SELECT given_at FROM steroid_doses WHERE given_at_ms BETWEEN ?1 AND ?2 ORDER BY given_at_ms",
    )?;
    let rows = stmt
        .query_map([from, at.timestamp_millis()], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    rows.iter().map(|s| parse_ts(s, "given_at")).collect()
}

impl Diary {
    /// Record a dose of dexamethasone. Refused (nothing stored) when it is timed more than
    /// 5 minutes after `now` or before the child's birth (care-rules §3).
    pub fn record_steroid_dose(
        &mut self,
        given_at: DateTime<FixedOffset>,
        occasion: SteroidOccasion,
        recorded_by: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Result<(), StoreError> {
        let patient: Patient = self.patient()?.ok_or(StoreError::NoPatient)?.patient();
        plausibility::check_steroid_dose(given_at, &patient, now, "given_at")?;
        self.conn.execute(
            "INSERT INTO steroid_doses (given_at, given_at_ms, occasion, recorded_at, recorded_by)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                ts(&given_at),
                given_at.timestamp_millis(),
                occasion.code(),
                ts(&now),
                recorded_by.map(str::trim).filter(|s| !s.is_empty()),
            ],
        )?;
        Ok(())
    }

    /// Every recorded dose, oldest first.
    pub fn steroid_doses(&self) -> Result<Vec<SteroidDose>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT given_at, occasion, recorded_by FROM steroid_doses ORDER BY given_at_ms, id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(at, occasion, recorded_by)| {
                Ok(SteroidDose {
                    given_at: parse_ts(&at, "given_at")?,
                    occasion: SteroidOccasion::from_code(&occasion).ok_or_else(|| {
                        StoreError::corrupt(format!("steroid dose occasion {occasion:?}"))
                    })?,
                    recorded_by,
                })
            })
            .collect()
    }
}
