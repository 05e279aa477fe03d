//! Backups of the diary (issue 6): an automatic daily copy, "make a backup now", and
//! restore from a backup after checking it.
//!
//! - Backups live in `<data_dir>/backups/` (private to the user on Unix), named so their
//!   kind and local time can be read from the name: `diary-daily-YYYY-MM-DD.sqlite3`,
//!   `diary-manual-YYYY-MM-DDTHH-MM-SS.sqlite3`,
//!   `diary-before-restore-YYYY-MM-DDTHH-MM-SS.sqlite3` (a `-2`, `-3`... is added when two
//!   are made in the same second).
//! - Each backup is one self-contained SQLite file (rollback journal, no `-wal` needed):
//!   `VACUUM INTO` a temporary file beside the target, the copy checked (integrity, the
//!   Centinela mark, the schema version), flushed to disk and renamed into place. A failed
//!   backup leaves no file behind.
//! - The copy also holds one extra row, in table `centinela_backup`, with its kind and the
//!   exact time it was made (with the UTC offset), so a backup renamed or carried on a USB
//!   stick still says what it is. Restoring drops that table again.
//! - Only daily backups are deleted automatically (the newest [`DAILY_KEPT`] are kept);
//!   manual backups and the copies kept before a restore are never deleted by Centinela.
//! - A file is checked ([`validate_backup`]) without ever being written to.
//! - Restore replaces the open diary's content through SQLite's online backup API, in
//!   one transaction on the app's own connection: no file is swapped under the app.

// What backups need from inside the store (identity, migrations, replacing the content).
mod store;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::diary::{Diary, StoreError, APPLICATION_ID, SCHEMA_VERSION};
use crate::files::{parent_dir, side_file, sync_dir};

/// The backups folder inside the data folder.
pub const BACKUPS_DIR: &str = "backups";

/// How many daily backups are kept.
pub const DAILY_KEPT: usize = 14;

/// The extra table a backup carries (dropped again on restore).
const INFO_TABLE: &str = "centinela_backup";

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What kind of copy a backup file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupKind {
    Daily,
    Manual,
    BeforeRestore,
    /// Taken when the diary is opened by a newer Centinela, just before its schema is
    /// brought up to date.
    BeforeUpgrade,
}

impl BackupKind {
    /// The stored code (also the serialised name).
    pub fn code(self) -> &'static str {
        match self {
            BackupKind::Daily => "daily",
            BackupKind::Manual => "manual",
            BackupKind::BeforeRestore => "before_restore",
            BackupKind::BeforeUpgrade => "before_upgrade",
        }
    }

    pub fn from_code(code: &str) -> Option<BackupKind> {
        [
            BackupKind::Daily,
            BackupKind::Manual,
            BackupKind::BeforeRestore,
            BackupKind::BeforeUpgrade,
        ]
        .into_iter()
        .find(|k| k.code() == code)
    }

    /// How the kind starts a file name.
    fn file_prefix(self) -> &'static str {
        match self {
            BackupKind::Daily => "diary-daily-",
            BackupKind::Manual => "diary-manual-",
            BackupKind::BeforeRestore => "diary-before-restore-",
            BackupKind::BeforeUpgrade => "diary-before-upgrade-",
        }
    }
}

/// What a valid backup holds, shown before the family restores it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct BackupSummary {
    pub path: String,
    /// From inside the file; for a file Centinela did not make, from its name, if any.
    pub kind: Option<BackupKind>,
    /// When the copy was made (None for a file Centinela did not make, e.g. a diary
    /// copied by hand).
    pub made_at: Option<DateTime<FixedOffset>>,
    pub child_name: Option<String>,
    /// Every reading written, corrected ones included.
    #[ts(type = "number")]
    pub readings: i64,
    /// The time the newest reading was taken.
    pub last_reading_at: Option<DateTime<FixedOffset>>,
    /// The diary's schema version in the file (an older one is brought up to date on
    /// restore).
    #[ts(type = "number")]
    pub schema_version: i64,
    #[ts(type = "number")]
    pub size_bytes: u64,
}

/// Why a backup could not be made or used. `code()` is stable for the UI; the message is
/// plain English for logs and the CLI.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("there is no file at {}: choose the backup file again", .path.display())]
    Missing { path: PathBuf },
    #[error("{} is a folder, not a backup file: choose a file ending in .sqlite3", .path.display())]
    NotAFile { path: PathBuf },
    #[error("{} could not be read ({reason}): check that the file is there and that you may open it", .path.display())]
    Unreadable { path: PathBuf, reason: String },
    #[error("{} is not a Centinela backup: {reason}. A backup is a .sqlite3 file made by Centinela", .path.display())]
    NotSqlite { path: PathBuf, reason: String },
    #[error("{} is not a Centinela backup: {reason}. A backup is a .sqlite3 file made by Centinela", .path.display())]
    NotADiary { path: PathBuf, reason: String },
    #[error("{} was made by a newer Centinela (diary version {found}; this one reads up to {supported}): update Centinela, then restore it", .path.display())]
    NewerVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{} is damaged and cannot be used ({reason}): choose another backup, for example an earlier daily one", .path.display())]
    Damaged { path: PathBuf, reason: String },
    #[error("{} holds no diary yet (no child was entered in it): choose another backup", .path.display())]
    EmptyDiary { path: PathBuf },
    #[error("there is nothing to back up yet: enter the child's details first")]
    NothingToBackUp,
    #[error("{} is the diary itself: choose another file name for the backup", .path.display())]
    DestIsDiary { path: PathBuf },
    #[error("the backup could not be written to {}: {reason}", .path.display())]
    WriteFailed { path: PathBuf, reason: String },
    #[error("the new backup {} did not pass its check ({reason}), so it was not kept", .path.display())]
    CheckFailed { path: PathBuf, reason: String },
    /// The backup was good but could not be put in place. `diary_as_before`: the diary
    /// is unchanged (the copy was rolled back, or the diary was put back from the safety
    /// copy); when false, the family should restore `safety_copy`.
    #[error("{}", restore_failed_message(.reason, .safety_copy, *.diary_as_before))]
    RestoreFailed {
        reason: String,
        /// The diary as it was before, kept as a backup.
        safety_copy: PathBuf,
        diary_as_before: bool,
    },
    #[error("{0}")]
    Store(#[from] StoreError),
}

fn restore_failed_message(reason: &str, safety_copy: &Path, as_before: bool) -> String {
    if as_before {
        format!(
            "the backup could not be put in place ({reason}); the diary is as it was, and a \
             copy of it is kept at {}",
            safety_copy.display()
        )
    } else {
        format!(
            "the backup could not be put in place ({reason}), and putting the diary back \
             failed too: restore the copy kept at {}",
            safety_copy.display()
        )
    }
}

impl BackupError {
    /// Stable code for the UI.
    pub fn code(&self) -> &'static str {
        match self {
            BackupError::Missing { .. } => "missing",
            BackupError::NotAFile { .. } => "not_a_file",
            BackupError::Unreadable { .. } => "unreadable",
            BackupError::NotSqlite { .. } => "not_sqlite",
            BackupError::NotADiary { .. } => "not_a_diary",
            BackupError::NewerVersion { .. } => "newer_version",
            BackupError::Damaged { .. } => "damaged",
            BackupError::EmptyDiary { .. } => "empty_diary",
            BackupError::NothingToBackUp => "nothing_to_back_up",
            BackupError::DestIsDiary { .. } => "dest_is_diary",
            BackupError::WriteFailed { .. } => "write_failed",
            BackupError::CheckFailed { .. } => "check_failed",
            BackupError::RestoreFailed {
                diary_as_before: true,
                ..
            } => "restore_failed",
            BackupError::RestoreFailed { .. } => "restore_incomplete",
            BackupError::Store(e) => e.code(),
        }
    }

    /// A refusal (the file or the request is not usable; nothing changed) rather than a
    /// failure of the disk or the database.
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            BackupError::Missing { .. }
                | BackupError::NotAFile { .. }
                | BackupError::Unreadable { .. }
                | BackupError::NotSqlite { .. }
                | BackupError::NotADiary { .. }
                | BackupError::NewerVersion { .. }
                | BackupError::Damaged { .. }
                | BackupError::EmptyDiary { .. }
                | BackupError::NothingToBackUp
                | BackupError::DestIsDiary { .. }
        )
    }

    /// The file the error is about, if one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            BackupError::Missing { path }
            | BackupError::NotAFile { path }
            | BackupError::Unreadable { path, .. }
            | BackupError::NotSqlite { path, .. }
            | BackupError::NotADiary { path, .. }
            | BackupError::NewerVersion { path, .. }
            | BackupError::Damaged { path, .. }
            | BackupError::EmptyDiary { path }
            | BackupError::DestIsDiary { path }
            | BackupError::WriteFailed { path, .. }
            | BackupError::CheckFailed { path, .. } => Some(path),
            BackupError::RestoreFailed { safety_copy, .. } => Some(safety_copy),
            BackupError::NothingToBackUp | BackupError::Store(_) => None,
        }
    }
}

/// `{code, message, path?}`, like the store's errors.
impl Serialize for BackupError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("code", self.code())?;
        m.serialize_entry("message", &self.to_string())?;
        if let Some(p) = self.path() {
            m.serialize_entry("path", &p.display().to_string())?;
        }
        m.end()
    }
}

// ---- making backups ------------------------------------------------------------------

/// Today's automatic backup, if there is none for `now`'s local date yet; keeps the
/// newest [`DAILY_KEPT`] daily backups (plus today's, should the clock have gone back).
/// Returns the new file, or None when today's exists or the diary is still empty.
/// Cheap when today's exists: one look at the folder's entry for today.
pub fn daily_backup<Tz: TimeZone>(
    diary: &Diary,
    data_dir: &Path,
    now: DateTime<Tz>,
) -> Result<Option<PathBuf>, BackupError> {
    let dir = backups_dir(data_dir);
    let path = dir.join(daily_name(now.date_naive()));
    if path.exists() {
        return Ok(None);
    }
    if !has_child(diary.connection())? {
        return Ok(None);
    }
    ensure_backups_dir(data_dir)?;
    make_copy(
        diary.connection(),
        &path,
        BackupKind::Daily,
        now.fixed_offset(),
    )?;
    rotate_daily(&dir, &path);
    Ok(Some(path))
}

/// A backup made now, into `dest` (or the backups folder when `None`). A `dest` that
/// exists is replaced (the save dialog has asked), unless it is the diary itself.
pub fn backup_now<Tz: TimeZone>(
    diary: &Diary,
    data_dir: &Path,
    dest: Option<&Path>,
    now: DateTime<Tz>,
) -> Result<BackupSummary, BackupError> {
    let now = now.fixed_offset();
    if !has_child(diary.connection())? {
        return Err(BackupError::NothingToBackUp);
    }
    let target = match dest {
        Some(d) => {
            refuse_the_diary_itself(diary, d)?;
            d.to_path_buf()
        }
        None => {
            let dir = ensure_backups_dir(data_dir)?;
            free_name(&dir, BackupKind::Manual, now.naive_local())?
        }
    };
    make_copy(diary.connection(), &target, BackupKind::Manual, now)
}

/// The backups in the data folder that pass [`validate_backup`], newest first (those
/// that do not, e.g. a damaged file or the copy of a diary that was still empty, are left
/// out). Checks every file: meant for the backups screen, not for a timer.
pub fn list_backups(data_dir: &Path) -> Result<Vec<BackupSummary>, BackupError> {
    let dir = backups_dir(data_dir);
    let entries = match fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(vec![]),
        Err(e) => {
            return Err(BackupError::Unreadable {
                path: dir,
                reason: e.to_string(),
            })
        }
    };
    let mut out = vec![];
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !name.ends_with(".sqlite3") {
            continue;
        }
        let path = entry.path();
        if path.is_file() {
            if let Ok(s) = validate_backup(&path) {
                out.push(s);
            }
        }
    }
    // Newest first; files without a time last.
    out.sort_by(|a, b| b.made_at.cmp(&a.made_at).then_with(|| b.path.cmp(&a.path)));
    Ok(out)
}

// ---- checking a backup ---------------------------------------------------------------

/// Check a file without changing it: a Centinela diary this build can read, whole, with
/// a child entered. A diary copied by hand from a running app may be in WAL mode: its
/// `-wal` file beside it is read too (through a private temporary copy, so the originals
/// are never touched).
pub fn validate_backup(path: &Path) -> Result<BackupSummary, BackupError> {
    let size = check_file(path)?;
    let mut summary = if needs_staging(path) {
        let stage = Stage::new(path, &std::env::temp_dir())?;
        let conn = stage.open(path)?;
        inspect(&conn, path)?
    } else {
        let conn = open_immutable(path)?;
        inspect(&conn, path)?
    };
    if summary.child_name.is_none() {
        return Err(BackupError::EmptyDiary { path: path.into() });
    }
    summary.size_bytes = size;
    Ok(summary)
}

// ---- restoring -----------------------------------------------------------------------

/// Replace the open diary's content with the backup at `from`, after validating it and
/// keeping the current diary as a `BeforeRestore` backup. Returns (the restored backup's
/// summary, the safety copy's summary).
///
/// Nothing changes when the backup is refused or the safety copy cannot be made. An
/// older backup is brought up to this build's schema (on a private copy, before the
/// diary is touched). The diary need not have a child yet (a new laptop).
pub fn restore<Tz: TimeZone>(
    diary: &mut Diary,
    data_dir: &Path,
    from: &Path,
    now: DateTime<Tz>,
) -> Result<(BackupSummary, BackupSummary), BackupError> {
    let now = now.fixed_offset();
    let checked = validate_backup(from)?;
    let dir = ensure_backups_dir(data_dir)?;
    let page_size: i64 = diary
        .connection()
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .map_err(StoreError::from)?;

    // Work on a private copy: what is checked is what is restored.
    let stage = Stage::new(from, &dir)?;
    let mut staged = stage.open(from)?;
    let mut restored = prepare(&mut staged, from, page_size, false)?;
    restored.size_bytes = checked.size_bytes;

    let safety_path = free_name(&dir, BackupKind::BeforeRestore, now.naive_local())?;
    let safety = match make_copy(
        diary.connection(),
        &safety_path,
        BackupKind::BeforeRestore,
        now,
    ) {
        Ok(s) => s,
        // A diary damaged since it was opened cannot be copied through SQLite: keep its
        // bytes as they are instead, so a backup can still be put over it.
        Err(e @ (BackupError::WriteFailed { .. } | BackupError::CheckFailed { .. }))
            if Diary::integrity_of(diary.connection()).is_err() =>
        {
            raw_copy(diary, &safety_path, now).map_err(|_| e)?
        }
        Err(e) => return Err(e),
    };

    if let Err((changed, e)) = diary.replace_content(&staged) {
        drop(staged);
        let as_before = !changed || put_back(diary, &safety_path, &dir, page_size).is_ok();
        return Err(BackupError::RestoreFailed {
            reason: e.to_string(),
            safety_copy: safety_path,
            diary_as_before: as_before,
        });
    }
    Ok((restored, safety))
}

/// The diary's file (and its `-wal`) copied byte for byte to `dest`, for a diary too
/// damaged to copy through SQLite. Each part goes through a temporary file, flushed and
/// renamed. Not a backup the list will offer (it fails the check); kept for the record.
fn raw_copy(
    diary: &Diary,
    dest: &Path,
    now: DateTime<FixedOffset>,
) -> Result<BackupSummary, BackupError> {
    let write_failed = |reason: String| BackupError::WriteFailed {
        path: dest.into(),
        reason,
    };
    let src = diary
        .connection()
        .path()
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .ok_or_else(|| write_failed("the diary has no file".into()))?;
    let dir = parent_dir(dest);
    let name = dest
        .file_name()
        .ok_or_else(|| write_failed("that is not a file name".into()))?
        .to_string_lossy()
        .into_owned();
    // The -wal first: a copy never has a file without the log it needs.
    for suffix in ["-wal", ""] {
        let from = side_file(&src, suffix);
        if suffix == "-wal" && !fs::metadata(&from).is_ok_and(|m| m.len() > 0) {
            continue;
        }
        let tmp = reserve_temp(&dir, &format!("{name}{suffix}"))
            .map_err(|e| write_failed(describe_io(&e, &dir)))?;
        let done = fs::copy(&from, &tmp)
            .and_then(|_| File::open(&tmp).and_then(|f| f.sync_all()))
            .and_then(|()| {
                private_file(&tmp);
                fs::rename(&tmp, side_file(dest, suffix))
            });
        if let Err(e) = done {
            let _ = fs::remove_file(&tmp);
            return Err(write_failed(e.to_string()));
        }
    }
    sync_dir(&dir);
    let bytes = fs::read(dest).unwrap_or_default();
    let version = bytes
        .get(60..64)
        .map(|b| i64::from(u32::from_be_bytes([b[0], b[1], b[2], b[3]])))
        .unwrap_or(0);
    Ok(BackupSummary {
        path: dest.display().to_string(),
        kind: Some(BackupKind::BeforeRestore),
        made_at: Some(now),
        child_name: None,
        readings: 0,
        last_reading_at: None,
        schema_version: version,
        size_bytes: bytes.len() as u64,
    })
}

/// Put the safety copy back after a failed restore.
fn put_back(
    diary: &mut Diary,
    safety: &Path,
    dir: &Path,
    page_size: i64,
) -> Result<(), BackupError> {
    let stage = Stage::new(safety, dir)?;
    let mut conn = stage.open(safety)?;
    prepare(&mut conn, safety, page_size, true)?;
    diary.replace_content(&conn).map_err(|(_, e)| e)?;
    Ok(())
}

/// Make a staged copy ready to be copied into the diary: one file, checked again, without
/// the backup's own table, at this build's schema and the diary's page size.
fn prepare(
    conn: &mut Connection,
    shown: &Path,
    page_size: i64,
    allow_empty: bool,
) -> Result<BackupSummary, BackupError> {
    let damaged = |reason: String| BackupError::Damaged {
        path: shown.into(),
        reason,
    };
    let mode: String = conn
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .map_err(|e| sqlite_problem(shown, e))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(damaged(format!("its journal mode stays {mode}")));
    }
    let summary = inspect(conn, shown)?;
    if summary.child_name.is_none() && !allow_empty {
        return Err(BackupError::EmptyDiary { path: shown.into() });
    }
    conn.execute_batch(&format!("DROP TABLE IF EXISTS {INFO_TABLE}"))
        .map_err(|e| sqlite_problem(shown, e))?;
    Diary::migrate_other(conn)
        .map_err(|e| damaged(format!("it could not be brought up to date: {e}")))?;
    let own: i64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .map_err(|e| sqlite_problem(shown, e))?;
    if own != page_size {
        conn.execute_batch(&format!("PRAGMA page_size = {page_size}; VACUUM;"))
            .map_err(|e| sqlite_problem(shown, e))?;
    }
    Diary::integrity_of(conn).map_err(damaged)?;
    Diary::readable(conn).map_err(|e| damaged(format!("part of it cannot be read back ({e})")))?;
    Ok(summary)
}

// ---- the copy itself -----------------------------------------------------------------

/// The copy kept before the diary's schema is brought up to date, in the backups folder
/// of `data_dir` (called by [`Diary::open_at`] on the open, not yet migrated diary).
/// A copy that cannot be made stops the upgrade, as a storage error.
pub(crate) fn before_upgrade(
    conn: &Connection,
    data_dir: &Path,
    now: DateTime<FixedOffset>,
) -> Result<PathBuf, StoreError> {
    let made = ensure_backups_dir(data_dir)
        .and_then(|dir| free_name(&dir, BackupKind::BeforeUpgrade, now.naive_local()))
        .and_then(|path| make_copy(conn, &path, BackupKind::BeforeUpgrade, now));
    match made {
        Ok(summary) => Ok(PathBuf::from(summary.path)),
        Err(BackupError::Store(e)) => Err(e),
        Err(e) => {
            let message = format!("the copy kept before updating the diary failed: {e}");
            // The reason is SQLite's or the system's own text: keep "disk full" a full disk.
            let full = ["disk is full", "No space left", "Disk quota"]
                .iter()
                .any(|s| message.contains(s));
            Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(if full {
                    rusqlite::ffi::SQLITE_FULL
                } else {
                    rusqlite::ffi::SQLITE_IOERR
                }),
                Some(message),
            )))
        }
    }
}

/// Remove what a crashed backup left in the backups folder: hidden temporary copies
/// (`.diary-*.tmp`) and staging folders (`.centinela-stage-*`). Only those last changed
/// over an hour before `wall`, so a backup another process is making right now is left
/// alone. Best effort. `wall` is the computer's clock, the one file times come from (the
/// diary's clock may be set elsewhere, as in the end-to-end tests).
pub(crate) fn sweep_stale_temp_files(data_dir: &Path, wall: std::time::SystemTime) {
    let Ok(entries) = fs::read_dir(backups_dir(data_dir)) else {
        return;
    };
    let cutoff = wall - std::time::Duration::from_secs(3600);
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let temp_copy = name.starts_with(".diary-") && name.contains(".tmp");
        let stage = name.starts_with(".centinela-stage-");
        if !temp_copy && !stage {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.modified().is_ok_and(|t| t < cutoff) {
            continue;
        }
        let path = entry.path();
        if stage && meta.is_dir() {
            let _ = fs::remove_dir_all(&path);
        } else if meta.is_file() {
            remove_with_side_files(&path);
        }
    }
}

/// Copy the diary to `dest`: `VACUUM INTO` a temporary file beside it, mark and check the
/// copy, flush it, rename it into place. On any failure the temporary file is removed.
fn make_copy(
    src: &Connection,
    dest: &Path,
    kind: BackupKind,
    now: DateTime<FixedOffset>,
) -> Result<BackupSummary, BackupError> {
    let write_failed = |reason: String| BackupError::WriteFailed {
        path: dest.into(),
        reason,
    };
    let name = dest
        .file_name()
        .ok_or_else(|| write_failed("that is not a file name".into()))?
        .to_string_lossy()
        .into_owned();
    let dir = parent_dir(dest);
    let tmp = reserve_temp(&dir, &name).map_err(|e| write_failed(describe_io(&e, &dir)))?;
    let made = fill_and_check(src, &tmp, dest, kind, now).and_then(|summary| {
        File::open(&tmp)
            .and_then(|f| f.sync_all())
            .and_then(|()| fs::rename(&tmp, dest))
            .map_err(|e| {
                write_failed(if dest.is_dir() {
                    "it is a folder: give a file name".into()
                } else {
                    e.to_string()
                })
            })?;
        Ok(summary)
    });
    let mut summary = match made {
        Ok(s) => s,
        Err(e) => {
            remove_with_side_files(&tmp);
            return Err(e);
        }
    };
    sync_dir(&dir);
    summary.path = dest.display().to_string();
    summary.size_bytes = fs::metadata(dest).map(|m| m.len()).unwrap_or(0);
    Ok(summary)
}

fn fill_and_check(
    src: &Connection,
    tmp: &Path,
    dest: &Path,
    kind: BackupKind,
    now: DateTime<FixedOffset>,
) -> Result<BackupSummary, BackupError> {
    let write_failed = |reason: String| BackupError::WriteFailed {
        path: dest.into(),
        reason,
    };
    let check_failed = |reason: String| BackupError::CheckFailed {
        path: dest.into(),
        reason,
    };
    // An absolute path, so that SQLite never reads it as a `file:` URI.
    let target = std::path::absolute(tmp).map_err(|e| write_failed(e.to_string()))?;
    let target = target
        .to_str()
        .ok_or_else(|| write_failed("the folder's name is not valid text".into()))?;
    src.execute("VACUUM INTO ?1", [target])
        .map_err(|e| write_failed(e.to_string()))?;
    let version: i64 = src
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(StoreError::from)?;

    let conn = Connection::open_with_flags(
        tmp,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| check_failed(e.to_string()))?;
    let mode: String = conn
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .map_err(|e| check_failed(e.to_string()))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(check_failed(format!("journal mode {mode}")));
    }
    conn.execute_batch(&format!(
        "DROP TABLE IF EXISTS {INFO_TABLE};
         CREATE TABLE {INFO_TABLE} (
             id       INTEGER PRIMARY KEY CHECK (id = 1),
             kind     TEXT NOT NULL,
             made_at  TEXT NOT NULL,
             made_by  TEXT NOT NULL
         ) STRICT;"
    ))
    .and_then(|()| {
        conn.execute(
            &format!(
                "INSERT INTO {INFO_TABLE} (id, kind, made_at, made_by) VALUES (1, ?1, ?2, ?3)"
            ),
            [
                kind.code(),
                &now.to_rfc3339(),
                concat!("Centinela ", env!("CARGO_PKG_VERSION")),
            ],
        )
    })
    .map_err(|e| check_failed(e.to_string()))?;
    Diary::integrity_of(&conn).map_err(check_failed)?;
    let summary = inspect(&conn, dest).map_err(|e| check_failed(e.to_string()))?;
    if summary.schema_version != version {
        return Err(check_failed(format!(
            "schema {} in the copy, {version} in the diary",
            summary.schema_version
        )));
    }
    conn.close().map_err(|(_, e)| check_failed(e.to_string()))?;
    private_file(tmp);
    Ok(summary)
}

/// Read a diary's identity, integrity and contents. Any SQLite failure is about the file.
fn inspect(conn: &Connection, shown: &Path) -> Result<BackupSummary, BackupError> {
    let path = || PathBuf::from(shown);
    match Diary::check_identity_of(conn) {
        Ok(()) => {}
        Err(StoreError::NotADiary { reason }) => {
            return Err(BackupError::NotADiary {
                path: path(),
                reason,
            })
        }
        Err(StoreError::NewerVersion { found, supported }) => {
            return Err(BackupError::NewerVersion {
                path: path(),
                found,
                supported,
            })
        }
        Err(StoreError::Sqlite(e)) => return Err(sqlite_problem(shown, e)),
        Err(e) => {
            return Err(BackupError::Damaged {
                path: path(),
                reason: e.to_string(),
            })
        }
    }
    let pragma = |name: &str| -> Result<i64, BackupError> {
        conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
            .map_err(|e| sqlite_problem(shown, e))
    };
    let (app_id, version) = (pragma("application_id")?, pragma("user_version")?);
    if app_id != APPLICATION_ID || version < 1 {
        return Err(BackupError::NotADiary {
            path: path(),
            reason: "it is an empty database with no diary in it".into(),
        });
    }
    debug_assert!(version <= SCHEMA_VERSION);
    Diary::integrity_of(conn).map_err(|reason| BackupError::Damaged {
        path: path(),
        reason,
    })?;
    // The backup's own note (kind and time) is read on its own and dropped on restore.
    Diary::schema_text_of(conn, version, &[INFO_TABLE]).map_err(|reason| BackupError::Damaged {
        path: path(),
        reason,
    })?;
    check_text(conn, shown)?;
    read_contents(conn, shown, version)
}

/// Every text value is still valid UTF-8. SQLite's integrity check does not look at
/// values: one flipped bit in a stored text passes it, and the restored diary could
/// then not be shown.
fn check_text(conn: &Connection, shown: &Path) -> Result<(), BackupError> {
    let sql = |e| sqlite_problem(shown, e);
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(sql)?;
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{}\"", table.replace('"', "\"\"")))
            .map_err(sql)?;
        let n = stmt.column_count();
        let mut rows = stmt.query([]).map_err(sql)?;
        while let Some(row) = rows.next().map_err(sql)? {
            for i in 0..n {
                if let rusqlite::types::ValueRef::Text(b) = row.get_ref(i).map_err(sql)? {
                    if std::str::from_utf8(b).is_err() {
                        return Err(BackupError::Damaged {
                            path: shown.into(),
                            reason: format!("a value in its {table} table is not readable text"),
                        });
                    }
                }
            }
        }
    }
    Ok(())
}

fn read_contents(
    conn: &Connection,
    shown: &Path,
    version: i64,
) -> Result<BackupSummary, BackupError> {
    let sql = |e| sqlite_problem(shown, e);
    let child_name: Option<String> = conn
        .query_row("SELECT name FROM patient WHERE id = 1", [], |r| r.get(0))
        .optional()
        .map_err(sql)?;
    let readings: i64 = conn
        .query_row("SELECT count(*) FROM readings", [], |r| r.get(0))
        .map_err(sql)?;
    let last: Option<String> = conn
        .query_row(
            "SELECT taken_at FROM readings ORDER BY taken_at_ms DESC, id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()
        .map_err(sql)?;
    let time = |s: &str, what: &str| {
        DateTime::parse_from_rfc3339(s).map_err(|_| BackupError::Damaged {
            path: shown.into(),
            reason: format!("{what} {s:?} is not a time"),
        })
    };
    let last_reading_at = last
        .as_deref()
        .map(|s| time(s, "a reading's time"))
        .transpose()?;
    let has_info: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1)",
            [INFO_TABLE],
            |r| r.get(0),
        )
        .map_err(sql)?;
    let (mut kind, mut made_at) = (None, None);
    if has_info {
        let info: Option<(String, String)> = conn
            .query_row(
                &format!("SELECT kind, made_at FROM {INFO_TABLE} WHERE id = 1"),
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(sql)?;
        if let Some((k, at)) = info {
            kind = BackupKind::from_code(&k);
            made_at = Some(time(&at, "the backup's time")?);
        }
    }
    if kind.is_none() {
        kind = shown
            .file_name()
            .and_then(|n| kind_from_name(&n.to_string_lossy()));
    }
    Ok(BackupSummary {
        path: shown.display().to_string(),
        kind,
        made_at,
        child_name,
        readings,
        last_reading_at,
        schema_version: version,
        size_bytes: 0,
    })
}

/// A SQLite failure while reading a file, in the family's terms.
fn sqlite_problem(shown: &Path, e: rusqlite::Error) -> BackupError {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::NotADatabase) => BackupError::NotSqlite {
            path: shown.into(),
            reason: "it is not a database file".into(),
        },
        Some(C::CannotOpen | C::PermissionDenied | C::SystemIoFailure) => BackupError::Unreadable {
            path: shown.into(),
            reason: e.to_string(),
        },
        _ => BackupError::Damaged {
            path: shown.into(),
            reason: e.to_string(),
        },
    }
}

// ---- looking at the file before SQLite does --------------------------------------------

/// A readable regular file with a whole SQLite header; returns its size.
fn check_file(path: &Path) -> Result<u64, BackupError> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(BackupError::Missing { path: path.into() })
        }
        Err(e) => {
            return Err(BackupError::Unreadable {
                path: path.into(),
                reason: e.to_string(),
            })
        }
    };
    if !meta.is_file() {
        return Err(BackupError::NotAFile { path: path.into() });
    }
    let mut head = Vec::with_capacity(100);
    File::open(path)
        .and_then(|f| f.take(100).read_to_end(&mut head))
        .map_err(|e| BackupError::Unreadable {
            path: path.into(),
            reason: e.to_string(),
        })?;
    check_header(path, &head, meta.len())?;
    Ok(meta.len())
}

/// What the first 100 bytes and the size say: a SQLite file, not cut short.
fn check_header(path: &Path, head: &[u8], len: u64) -> Result<(), BackupError> {
    let not_sqlite = |reason: &str| BackupError::NotSqlite {
        path: path.into(),
        reason: reason.into(),
    };
    let cut_short = |reason: String| BackupError::Damaged {
        path: path.into(),
        reason,
    };
    if len == 0 {
        return Err(not_sqlite("the file is empty"));
    }
    if !head.starts_with(&SQLITE_MAGIC[..head.len().min(16)]) || head.len() < 16 {
        return Err(not_sqlite(if head.starts_with(b"%PDF") {
            "it is a PDF document"
        } else if head.starts_with(b"PK\x03\x04") {
            "it is a ZIP archive"
        } else {
            "it is not a database file"
        }));
    }
    if head.len() < 100 {
        return Err(cut_short(format!(
            "the file is cut short: only {len} bytes"
        )));
    }
    let page_size = match u16::from_be_bytes([head[16], head[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    if !page_size.is_power_of_two() || !(512..=65_536).contains(&page_size) {
        return Err(cut_short("its first page is damaged".into()));
    }
    if !len.is_multiple_of(page_size) {
        return Err(cut_short(format!(
            "the file is cut short ({len} bytes is not a whole number of {page_size}-byte pages): it was probably not copied completely"
        )));
    }
    // The page count in the header counts when the write counter beside it is current.
    let pages = u64::from(u32::from_be_bytes([head[28], head[29], head[30], head[31]]));
    if pages > 0 && head[24..28] == head[92..96] && len < pages * page_size {
        return Err(cut_short(format!(
            "the file is cut short: it should be {} bytes but is {len}: it was probably not copied completely",
            pages * page_size
        )));
    }
    Ok(())
}

/// Whether the file must be read through a private copy: it has a `-wal` beside it (a
/// diary copied by hand from a running app), or this platform has no safe read-only URI.
fn needs_staging(path: &Path) -> bool {
    if cfg!(not(unix)) {
        return true;
    }
    fs::metadata(side_file(path, "-wal")).is_ok_and(|m| m.is_file() && m.len() > 0)
}

/// Open a file read-only and `immutable`: SQLite takes no lock and never creates a
/// `-wal`, `-shm` or journal beside it (the file may be on a read-only USB stick).
#[cfg(unix)]
fn open_immutable(path: &Path) -> Result<Connection, BackupError> {
    let uri = sqlite_uri(path, "immutable=1").ok_or_else(|| BackupError::Unreadable {
        path: path.into(),
        reason: "its full path could not be found".into(),
    })?;
    Connection::open_with_flags(
        &uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| sqlite_problem(path, e))
}

/// A `file:` URI for `path` (made absolute, every unusual byte escaped) with `query`.
/// None where this is not supported (not Unix) or the path has no absolute form.
pub(crate) fn sqlite_uri(path: &Path, query: &str) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let abs = std::path::absolute(path).ok()?;
        let mut uri = String::from("file:");
        for &b in abs.as_os_str().as_bytes() {
            if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
                uri.push(b as char);
            } else {
                uri.push_str(&format!("%{b:02X}"));
            }
        }
        uri.push('?');
        uri.push_str(query);
        Some(uri)
    }
    #[cfg(not(unix))]
    {
        let _ = (path, query);
        None
    }
}

#[cfg(not(unix))]
fn open_immutable(path: &Path) -> Result<Connection, BackupError> {
    // Not reached: `needs_staging` is always true here.
    Err(BackupError::Unreadable {
        path: path.into(),
        reason: "no read-only way to open it on this system".into(),
    })
}

/// A private copy of a file (and its `-wal`) in a folder of its own, removed on drop.
struct Stage {
    dir: PathBuf,
    file: PathBuf,
}

impl Stage {
    fn new(from: &Path, parent: &Path) -> Result<Stage, BackupError> {
        let dir = private_dir(parent).map_err(|e| BackupError::WriteFailed {
            path: parent.into(),
            reason: describe_io(&e, parent),
        })?;
        let stage = Stage {
            file: dir.join("backup.sqlite3"),
            dir,
        };
        let copy = |src: &Path, dst: &Path| -> Result<(), BackupError> {
            let mut input = File::open(src).map_err(|e| BackupError::Unreadable {
                path: src.into(),
                reason: e.to_string(),
            })?;
            OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(dst)
                .and_then(|mut out| io::copy(&mut input, &mut out))
                .map(|_| ())
                .map_err(|e| BackupError::WriteFailed {
                    path: dst.into(),
                    reason: e.to_string(),
                })
        };
        copy(from, &stage.file)?;
        let wal = side_file(from, "-wal");
        if fs::metadata(&wal).is_ok_and(|m| m.is_file() && m.len() > 0) {
            copy(&wal, &side_file(&stage.file, "-wal"))?;
        }
        Ok(stage)
    }

    /// Open the copy for writing (reading a `-wal` needs it); errors are about `shown`.
    fn open(&self, shown: &Path) -> Result<Connection, BackupError> {
        Connection::open_with_flags(
            &self.file,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| sqlite_problem(shown, e))
    }
}

impl Drop for Stage {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

// ---- names, folders, small file helpers ----------------------------------------------

fn backups_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(BACKUPS_DIR)
}

fn ensure_backups_dir(data_dir: &Path) -> Result<PathBuf, BackupError> {
    let dir = backups_dir(data_dir);
    crate::paths::ensure_data_dir(&dir).map_err(|e| BackupError::WriteFailed {
        path: dir.clone(),
        reason: e.to_string(),
    })?;
    Ok(dir)
}

fn daily_name(date: NaiveDate) -> String {
    format!(
        "{}{}.sqlite3",
        BackupKind::Daily.file_prefix(),
        date.format("%Y-%m-%d")
    )
}

/// The date of a daily backup's file name.
fn parse_daily_name(name: &str) -> Option<NaiveDate> {
    let date = name
        .strip_prefix(BackupKind::Daily.file_prefix())?
        .strip_suffix(".sqlite3")?;
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    (daily_name(d) == name).then_some(d)
}

fn kind_from_name(name: &str) -> Option<BackupKind> {
    [
        BackupKind::BeforeRestore,
        BackupKind::BeforeUpgrade,
        BackupKind::Manual,
        BackupKind::Daily,
    ]
    .into_iter()
    .find(|k| name.starts_with(k.file_prefix()) && name.ends_with(".sqlite3"))
}

/// A name for a manual or before-restore copy made at local time `at`, not yet taken.
fn free_name(dir: &Path, kind: BackupKind, at: NaiveDateTime) -> Result<PathBuf, BackupError> {
    let stamp = at.format("%Y-%m-%dT%H-%M-%S");
    for n in 1..=999 {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let path = dir.join(format!("{}{stamp}{suffix}.sqlite3", kind.file_prefix()));
        if !path.exists() {
            return Ok(path);
        }
    }
    Err(BackupError::WriteFailed {
        path: dir.into(),
        reason: format!("too many backups made at {stamp}"),
    })
}

/// Keep the newest [`DAILY_KEPT`] daily backups by their date, and `keep` (just made).
/// Best effort: a file that cannot be removed now is tried again tomorrow.
fn rotate_daily(dir: &Path, keep: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut daily: Vec<(NaiveDate, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let date = parse_daily_name(&e.file_name().to_string_lossy())?;
            let path = e.path();
            path.is_file().then_some((date, path))
        })
        .collect();
    daily.sort_by_key(|d| std::cmp::Reverse(d.0));
    for (_, path) in daily.into_iter().skip(DAILY_KEPT) {
        if path != keep {
            let _ = fs::remove_file(path);
        }
    }
}

fn has_child(conn: &Connection) -> Result<bool, BackupError> {
    Ok(conn
        .query_row("SELECT EXISTS (SELECT 1 FROM patient)", [], |r| r.get(0))
        .map_err(StoreError::from)?)
}

/// A backup must not replace the diary's own file (or its side files).
fn refuse_the_diary_itself(diary: &Diary, dest: &Path) -> Result<(), BackupError> {
    let Some(live) = diary
        .connection()
        .path()
        .filter(|p| !p.is_empty())
        .and_then(|p| fs::canonicalize(p).ok())
    else {
        return Ok(());
    };
    let Some(target) = canonical_target(dest) else {
        return Ok(());
    };
    let own = ["", "-wal", "-shm", "-journal"]
        .iter()
        .any(|s| side_file(&live, s) == target);
    if own {
        return Err(BackupError::DestIsDiary { path: dest.into() });
    }
    Ok(())
}

/// Where `dest` really is, also when it does not exist yet.
fn canonical_target(dest: &Path) -> Option<PathBuf> {
    if let Ok(p) = fs::canonicalize(dest) {
        return Some(p);
    }
    let parent = fs::canonicalize(parent_dir(dest)).ok()?;
    Some(parent.join(dest.file_name()?))
}

fn describe_io(e: &io::Error, dir: &Path) -> String {
    if e.kind() == io::ErrorKind::NotFound && !dir.is_dir() {
        format!("the folder {} does not exist", dir.display())
    } else {
        e.to_string()
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A new, empty temporary file beside the target (same file system, so the rename is
/// atomic). Hidden, so the backups list never shows it.
fn reserve_temp(dir: &Path, name: &str) -> io::Result<PathBuf> {
    let mut tries = 0;
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(_) => return Ok(tmp),
            // Left by a crashed run with the same pid: try the next name.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && tries < 100 => tries += 1,
            Err(e) => return Err(e),
        }
    }
}

/// A new folder only this user can read, inside `parent`.
fn private_dir(parent: &Path) -> io::Result<PathBuf> {
    let mut tries = 0;
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = parent.join(format!(".centinela-stage-{}-{n}", std::process::id()));
        match fs::create_dir(&dir) {
            Ok(()) => {
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700))?;
                }
                return Ok(dir);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && tries < 100 => tries += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Health data: the copy is readable by this user only (Unix).
fn private_file(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o600));
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn remove_with_side_files(path: &Path) {
    for s in ["", "-journal", "-wal", "-shm"] {
        let _ = fs::remove_file(side_file(path, s));
    }
}

impl fmt::Display for BackupKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// How long to wait after a failed daily backup before trying again: a full disk or a
/// read-only folder must not cost a full copy (and a log line) on every 10-second tick.
pub const DAILY_RETRY_AFTER: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Whether to try the daily backup now, after the last one failed at `last`.
pub fn daily_should_try(last: Option<std::time::Instant>, now: std::time::Instant) -> bool {
    last.is_none_or(|at| now.duration_since(at) >= DAILY_RETRY_AFTER)
}

#[cfg(test)]
mod retry_tests {
    use super::*;

    #[test]
    fn a_failed_daily_backup_waits_an_hour_before_trying_again() {
        let t0 = std::time::Instant::now();
        assert!(daily_should_try(None, t0));
        let later = |s| t0 + std::time::Duration::from_secs(s);
        assert!(!daily_should_try(Some(t0), later(10)));
        assert!(!daily_should_try(Some(t0), later(3599)));
        assert!(daily_should_try(Some(t0), later(3600)));
    }
}
