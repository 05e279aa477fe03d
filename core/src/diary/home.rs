//! What the screens ask the diary for in one go: the first-run setup, Home, and the
//! chart points with the child's own limits.

use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};

use rusqlite::{params, Transaction};

use super::contact::{checked, replace_contacts};
use super::course_store::save_course_in;
use super::settings::write_settings;
use super::ts;
use super::{check_patient_record, Alert, Contact, ContactRole, Diary, DiaryEntry, PatientRecord};
use super::{Schedule, Settings, StoreError};
use crate::assessment::{heart_rate_upper_limit, systolic_lower_limit, Assessment};
use crate::course::CoursePlan;
use crate::patient::{Age, CarePlan};
use crate::plausibility;
use chrono::TimeZone;

/// Everything the nurse enters on the first run, and edits later in Settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Setup {
    pub patient: PatientRecord,
    pub care_plan: CarePlan,
    pub contacts: Vec<Contact>,
    pub settings: Settings,
    /// The course calendar and reminder intervals; None until the team enters them.
    pub course: Option<CoursePlan>,
}

/// Something the family should fix, shown on Home until it is fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum SetupProblem {
    /// No 24/7 team line in the contact ladder.
    NoTeamLine,
}

/// Home in one answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Home {
    pub patient: Option<PatientRecord>,
    pub settings: Settings,
    pub care_plan: CarePlan,
    /// Day N of M, the bag countdown, the next reading, a pause and open reminders.
    pub schedule: Schedule,
    /// The newest reading still in effect (corrections replace what they correct).
    pub latest: Option<DiaryEntry>,
    /// The diary assessed now, e.g. "no reading in 6 hours".
    pub assessment: Option<Assessment>,
    /// Alerts waiting for "I called — what did the team say?", most urgent first.
    pub open_alerts: Vec<Alert>,
    /// The latest call to the team logged within the last 6 hours, so Home can show what
    /// the team said next to a status that the rules still hold.
    pub last_call: Option<Alert>,
    pub contacts: Vec<Contact>,
    pub problems: Vec<SetupProblem>,
    pub now: DateTime<FixedOffset>,
}

/// One reading on the charts, with the limits for the child's age at that reading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ChartPoint {
    #[ts(type = "number")]
    pub reading_id: i64,
    pub taken_at: DateTime<FixedOffset>,
    pub temperature_c: Option<f64>,
    pub systolic_mmhg: Option<f64>,
    pub heart_rate_bpm: Option<f64>,
    /// Hypotension below this (PALS, care-rules §4).
    pub systolic_limit: f64,
    /// Tachycardia above this (care-rules §4).
    pub heart_rate_limit: f64,
    pub fever_flag: bool,
    pub systolic_flag: bool,
    pub heart_rate_flag: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Chart {
    /// The care plan's fever line in °C.
    pub fever_threshold_c: f64,
    pub points: Vec<ChartPoint>,
}

impl Diary {
    /// The saved setup, or None before the first run is finished.
    pub fn setup(&self) -> Result<Option<Setup>, StoreError> {
        let Some(patient) = self.patient()? else {
            return Ok(None);
        };
        Ok(Some(Setup {
            patient,
            care_plan: self.care_plan()?,
            contacts: self.contacts()?,
            settings: self.settings()?,
            course: self.course()?,
        }))
    }

    /// Save the whole setup. Everything is checked before anything is written, so a
    /// refused field leaves the diary as it was; then it is written in one transaction,
    /// so a crash half way leaves the setup as it was too (never a child without the
    /// team's number or the course).
    pub fn save_setup(
        &mut self,
        setup: &Setup,
        now: DateTime<FixedOffset>,
    ) -> Result<(), StoreError> {
        check_patient_record(&setup.patient, now)?;
        plausibility::check_care_plan(&setup.care_plan)?;
        let contacts = setup
            .contacts
            .iter()
            .enumerate()
            .map(|(i, c)| checked(i, c))
            .collect::<Result<Vec<_>, _>>()?;
        if let Some(c) = &setup.course {
            c.check(now.date_naive())?;
        }
        let tx = self.write()?;
        write_patient(&tx, &setup.patient, now)?;
        write_care_plan(&tx, &setup.care_plan, now)?;
        replace_contacts(&tx, &contacts)?;
        save_course_in(&tx, setup.course.as_ref(), now)?;
        write_settings(&tx, &setup.settings, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Home at `now`, with days counted in `now`'s own offset.
    pub fn home(&self, now: DateTime<FixedOffset>) -> Result<Home, StoreError> {
        self.home_in(now, now.offset())
    }

    /// Home at `now`, with the course's days and times in the family's time zone `tz`.
    pub fn home_in<Tz: TimeZone>(
        &self,
        now: DateTime<FixedOffset>,
        tz: &Tz,
    ) -> Result<Home, StoreError> {
        let patient = self.patient()?;
        let settings = self.settings()?;
        let contacts = self.contacts()?;
        let mut problems = vec![];
        if patient.is_some() && !contacts.iter().any(|c| c.role == ContactRole::Team24h) {
            problems.push(SetupProblem::NoTeamLine);
        }
        let latest = self.latest_effective_entry(
            now + Duration::minutes(plausibility::limits::FUTURE_TOLERANCE_MINUTES),
        )?;
        let assessment = match &patient {
            Some(_) => Some(self.assess(now)?),
            None => None,
        };
        let since = now - Duration::hours(crate::assessment::CURRENT_WINDOW_HOURS);
        let last_call = self
            .alerts_between(now - Duration::days(30), now)?
            .into_iter()
            .filter(|a| a.acknowledged_at.is_some_and(|at| at >= since && at <= now))
            .max_by_key(|a| (a.acknowledged_at, a.id));
        let mut open_alerts = self.open_alerts()?;
        open_alerts.sort_by(|a, b| b.action.cmp(&a.action).then(b.raised_at.cmp(&a.raised_at)));
        Ok(Home {
            schedule: self.schedule(now, tz)?,
            care_plan: self.care_plan()?,
            patient,
            settings,
            latest,
            assessment,
            open_alerts,
            last_call,
            contacts,
            problems,
            now,
        })
    }

    /// Chart points for the readings in effect between `from` and `to`.
    pub fn chart(
        &self,
        from: DateTime<FixedOffset>,
        to: DateTime<FixedOffset>,
    ) -> Result<Chart, StoreError> {
        let patient = self.patient()?.ok_or(StoreError::NoPatient)?;
        let plan = self.care_plan()?;
        let points = self
            .readings_between(from, to)?
            .into_iter()
            .filter(|e| e.is_effective())
            .map(|e| {
                let r = &e.reading;
                let age = Age::on(patient.birth_date, r.taken_at.date_naive()).unwrap_or(Age {
                    days: 0,
                    months: 0,
                    years: 0,
                });
                let temperature_c = r.temperature.map(|t| t.celsius());
                let systolic_limit = systolic_lower_limit(age);
                let heart_rate_limit = heart_rate_upper_limit(age);
                ChartPoint {
                    reading_id: e.id,
                    taken_at: r.taken_at,
                    temperature_c,
                    systolic_mmhg: r.systolic_mmhg,
                    heart_rate_bpm: r.heart_rate_bpm,
                    systolic_limit,
                    heart_rate_limit,
                    fever_flag: temperature_c.is_some_and(|c| c >= plan.fever_threshold_c),
                    systolic_flag: r.systolic_mmhg.is_some_and(|s| s < systolic_limit),
                    heart_rate_flag: r.heart_rate_bpm.is_some_and(|h| h > heart_rate_limit),
                }
            })
            .collect();
        Ok(Chart {
            fever_threshold_c: plan.fever_threshold_c,
            points,
        })
    }
}

/// The child's details inside `tx` (name trimmed): for [`Diary::save_patient`] and the setup.
pub(super) fn write_patient(
    tx: &Transaction<'_>,
    patient: &PatientRecord,
    now: DateTime<FixedOffset>,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO patient (id, name, birth_date, weight_kg, height_cm, updated_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name,
             birth_date = excluded.birth_date, weight_kg = excluded.weight_kg,
             height_cm = excluded.height_cm, updated_at = excluded.updated_at",
        params![
            patient.name.trim(),
            patient.birth_date.to_string(),
            patient.weight_kg,
            patient.height_cm,
            ts(&now),
        ],
    )?;
    Ok(())
}

/// The care plan inside `tx`: for [`Diary::save_care_plan`] and the setup.
pub(super) fn write_care_plan(
    tx: &Transaction<'_>,
    plan: &CarePlan,
    now: DateTime<FixedOffset>,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO care_plan (id, fever_threshold_c, updated_at) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET fever_threshold_c = excluded.fever_threshold_c,
             updated_at = excluded.updated_at",
        params![plan.fever_threshold_c, ts(&now)],
    )?;
    Ok(())
}
