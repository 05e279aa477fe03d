//! The family's choices: language, temperature unit, the usual caregiver's name (offered
//! as "who" on entries and acknowledgements) and whether Centinela starts at login.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::{ts, Diary, StoreError};
use crate::reading::TempUnit;

pub use centinela_rules::vocab::Language;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub language: Language,
    pub temperature_unit: TempUnit,
    pub caregiver: Option<String>,
    /// Start Centinela (in the tray) when the family logs in, so reminders keep coming.
    #[serde(default)]
    pub start_at_login: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: Language::Es,
            temperature_unit: TempUnit::C,
            caregiver: None,
            start_at_login: false,
        }
    }
}

impl Diary {
    /// The saved settings, or the defaults when none were saved yet.
    pub fn settings(&self) -> Result<Settings, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT language, temperature_unit, caregiver, start_at_login FROM settings WHERE id = 1",
                [],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, bool>(3)?,
                    ))
                },
            )
            .optional()?;
        let Some((lang, unit, caregiver, start_at_login)) = row else {
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
            caregiver,
            start_at_login,
        })
    }

    pub fn save_settings(
        &mut self,
        settings: &Settings,
        now: DateTime<FixedOffset>,
    ) -> Result<(), StoreError> {
        let tx = self.write()?;
        write_settings(&tx, settings, now)?;
        tx.commit()?;
        Ok(())
    }

    /// The sound level below which Centinela warns that the alarm may not wake the family
    /// (issue 20): the nurse's choice, or [`crate::watch::DEFAULT_SOUND_LIMIT_PERCENT`].
    pub fn sound_limit(&self) -> Result<u8, StoreError> {
        let stored: Option<i64> = self
            .conn
            .query_row(
                "SELECT sound_limit_percent FROM alarm_settings WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        match stored {
            None => Ok(crate::watch::DEFAULT_SOUND_LIMIT_PERCENT),
            Some(v) => crate::watch::check_sound_limit(v).map_err(|_| StoreError::Corrupt {
                what: format!("sound level {v}"),
            }),
        }
    }

    /// Sets that level; anything outside 10–100 % is refused and nothing is written.
    pub fn set_sound_limit(
        &mut self,
        percent: i64,
        now: DateTime<FixedOffset>,
    ) -> Result<u8, StoreError> {
        let limit = crate::watch::check_sound_limit(percent)?;
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO alarm_settings (id, sound_limit_percent, updated_at) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET sound_limit_percent = ?1, updated_at = ?2",
            params![limit, ts(&now)],
        )?;
        tx.commit()?;
        Ok(limit)
    }
}

/// Write the settings inside `tx` (the caregiver's name trimmed; blank means none).
pub(super) fn write_settings(
    tx: &Transaction<'_>,
    settings: &Settings,
    now: DateTime<FixedOffset>,
) -> Result<(), StoreError> {
    let caregiver = settings
        .caregiver
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let unit = match settings.temperature_unit {
        TempUnit::C => "C",
        TempUnit::F => "F",
    };
    tx.execute(
        "INSERT INTO settings (id, language, temperature_unit, caregiver, start_at_login, updated_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET language = ?1, temperature_unit = ?2,
             caregiver = ?3, start_at_login = ?4, updated_at = ?5",
        params![
            settings.language.code(),
            unit,
            caregiver,
            settings.start_at_login,
            ts(&now)
        ],
    )?;
    Ok(())
}
