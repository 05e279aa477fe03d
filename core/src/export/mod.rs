//! Data that leaves the app (issue 6): readings as CSV and the diary as a FHIR R4 Bundle.
//! BEING WRITTEN: the signatures below are the contract the shell and the CLI use.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::diary::{Diary, StoreError};

/// Who the export is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportMode {
    /// Everything, for the child's own care team.
    CareTeam,
    /// No name, date of birth, contacts or free text; times as days from the course start.
    Sharing,
}

/// The readings as CSV text (UTF-8, header row first).
pub fn readings_csv(diary: &Diary, mode: ExportMode) -> Result<String, StoreError> {
    let _ = (diary, mode);
    todo!("csv")
}

/// The diary as a FHIR R4 Bundle of type `collection`, pretty-printed JSON.
pub fn fhir_bundle(
    diary: &Diary,
    mode: ExportMode,
    now: DateTime<FixedOffset>,
) -> Result<String, StoreError> {
    let _ = (diary, mode, now);
    todo!("fhir")
}
