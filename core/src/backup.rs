//! Backups of the diary (issue 6). BEING WRITTEN: the signatures below are the contract the
//! shell and the CLI use.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, TimeZone};
use serde::{Deserialize, Serialize};

use crate::diary::{Diary, StoreError};

/// What kind of copy a backup file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupKind {
    Daily,
    Manual,
    BeforeRestore,
}

/// What a valid backup holds, shown before the family restores it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct BackupSummary {
    pub path: String,
    pub kind: Option<BackupKind>,
    pub made_at: Option<DateTime<FixedOffset>>,
    pub child_name: Option<String>,
    #[ts(type = "number")]
    pub readings: i64,
    pub last_reading_at: Option<DateTime<FixedOffset>>,
    #[ts(type = "number")]
    pub schema_version: i64,
    #[ts(type = "number")]
    pub size_bytes: u64,
}

/// Why a backup could not be made or used.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl BackupError {
    /// Stable code for the UI.
    pub fn code(&self) -> &'static str {
        todo!()
    }
}

/// Today's automatic backup, if there is none for `now`'s local date yet; keeps the newest 14.
pub fn daily_backup<Tz: TimeZone>(
    diary: &Diary,
    data_dir: &Path,
    now: DateTime<Tz>,
) -> Result<Option<PathBuf>, BackupError> {
    let _ = (diary, data_dir, now);
    todo!()
}

/// A backup made now, into `dest` (or the backups folder when `None`).
pub fn backup_now<Tz: TimeZone>(
    diary: &Diary,
    data_dir: &Path,
    dest: Option<&Path>,
    now: DateTime<Tz>,
) -> Result<BackupSummary, BackupError> {
    let _ = (diary, data_dir, dest, now);
    todo!()
}

/// The backups in the data folder, newest first, each checked.
pub fn list_backups(data_dir: &Path) -> Result<Vec<BackupSummary>, BackupError> {
    let _ = data_dir;
    todo!()
}

/// Check a file without changing it: a Centinela diary this build can read, whole.
pub fn validate_backup(path: &Path) -> Result<BackupSummary, BackupError> {
    let _ = path;
    todo!()
}

/// Replace the open diary's content with the backup at `from`, after validating it and
/// keeping the current diary as a `BeforeRestore` backup. Returns (the restored backup's
/// summary, the safety copy's summary).
pub fn restore<Tz: TimeZone>(
    diary: &mut Diary,
    data_dir: &Path,
    from: &Path,
    now: DateTime<Tz>,
) -> Result<(BackupSummary, BackupSummary), BackupError> {
    let _ = (diary, data_dir, from, now);
    todo!()
}
