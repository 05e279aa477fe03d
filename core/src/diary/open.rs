//! Opening the diary: look at an existing file read-only first, take a copy before an
//! upgrade, and fall back to read-only when the folder cannot be written.

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local};
use rusqlite::{Connection, MAIN_DB};

use super::{schema, Diary, StoreError, DIARY_FILE_NAME};

impl Diary {
    /// Open (or create) the diary in `dir`, as [`DIARY_FILE_NAME`].
    pub fn open_in(dir: &Path) -> Result<Diary, StoreError> {
        Diary::open(&dir.join(DIARY_FILE_NAME))
    }

    /// Open (or create) the diary file at `path`, as [`Diary::open_at`]. The copy kept
    /// before an upgrade is named after the file's last change, so this never reads the
    /// clock.
    pub fn open(path: &Path) -> Result<Diary, StoreError> {
        Diary::open_at(path, file_time(path))
    }

    /// [`Diary::open_at`] for [`DIARY_FILE_NAME`] in `dir`.
    pub fn open_in_at(dir: &Path, now: DateTime<FixedOffset>) -> Result<Diary, StoreError> {
        Diary::open_at(&dir.join(DIARY_FILE_NAME), now)
    }

    /// Open (or create) the diary file at `path`.
    ///
    /// Refuses, without writing to it, a file written by a newer Centinela
    /// ([`StoreError::NewerVersion`]) and a file that is not a Centinela diary
    /// ([`StoreError::NotADiary`]). Then turns on WAL, `synchronous=FULL` and foreign
    /// keys, and brings the schema up to date.
    pub fn open_at(path: &Path, now: DateTime<FixedOffset>) -> Result<Diary, StoreError> {
        let _ = now;
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        // Look before touching: switching to WAL rewrites the file header.
        schema::check_identity(&conn)?;
        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(schema::not_a_database)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::corrupt(format!(
                "could not switch the diary to WAL (journal mode {mode})"
            )));
        }
        conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
        schema::migrate(&mut conn)?;
        Ok(Diary { conn })
    }

    /// Whether the diary was opened read-only (its folder cannot be written): it can be
    /// read, and every save fails with the code `read_only`.
    pub fn is_read_only(&self) -> bool {
        self.conn.is_readonly(MAIN_DB).unwrap_or(false)
    }
}

/// The file's last change, as local time (the epoch when there is no file yet: nothing
/// to upgrade then).
fn file_time(path: &Path) -> DateTime<FixedOffset> {
    let t = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or(std::time::UNIX_EPOCH);
    DateTime::<Local>::from(t).fixed_offset()
}
