//! The family's display choices: language, temperature unit, the course's first day and
//! the usual caregiver's name (offered as "who" on entries and acknowledgements).

use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{ts, Diary, StoreError};
use crate::plausibility::{ErrorCode, Rejection};
use crate::reading::TempUnit;

/// The two languages of every screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Es,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub language: Language,
    pub temperature_unit: TempUnit,
    /// The first day of the infusion course, for "day N" on Home.
    pub course_start: Option<NaiveDate>,
    pub caregiver: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: Language::Es,
            temperature_unit: TempUnit::C,
            course_start: None,
            caregiver: None,
        }
    }
}

impl Settings {
    /// Day N of the course on `today` (day 1 is the start date); None before it or unset.
    pub fn course_day(&self, today: NaiveDate) -> Option<i64> {
        let start = self.course_start?;
        let d = (today - start).num_days();
        (d >= 0).then_some(d + 1)
    }
}

impl Diary {
    /// The saved settings, or the defaults when none were saved yet.
    pub fn settings(&self) -> Result<Settings, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT language, temperature_unit, course_start, caregiver FROM settings WHERE id = 1",
                [],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                    ))
                },
            )
            .optional()?;
        let Some((lang, unit, start, caregiver)) = row else {
            return Ok(Settings::default());
        };
        Ok(Settings {
            language: if lang == "en" {
                Language::En
            } else {
                Language::Es
            },
            temperature_unit: if unit == "F" {
                TempUnit::F
            } else {
                TempUnit::C
            },
            course_start: start
                .map(|s| s.parse::<NaiveDate>())
                .transpose()
                .map_err(|e| StoreError::corrupt(format!("settings.course_start: {e}")))?,
            caregiver,
        })
    }

    pub fn save_settings(
        &mut self,
        settings: &Settings,
        now: DateTime<FixedOffset>,
    ) -> Result<(), StoreError> {
        if let Some(start) = settings.course_start {
            let today = now.date_naive();
            if (start - today).num_days() > 366 || (today - start).num_days() > 366 {
                return Err(StoreError::Rejected(Rejection::new(
                    ErrorCode::OutOfRange,
                    "settings.course_start",
                    "course_start must be within a year of today",
                )));
            }
        }
        let caregiver = settings
            .caregiver
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty());
        let unit = match settings.temperature_unit {
            TempUnit::C => "C",
            TempUnit::F => "F",
        };
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO settings (id, language, temperature_unit, course_start, caregiver, updated_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET language = ?1, temperature_unit = ?2,
                 course_start = ?3, caregiver = ?4, updated_at = ?5",
            params![
                settings.language.code(),
                unit,
                settings.course_start.map(|d| d.to_string()),
                caregiver,
                ts(&now)
            ],
        )?;
        tx.commit()?;
        Ok(())
    }
}
