//! Opening the diary: look at an existing file read-only first, take a copy before an
//! upgrade, and fall back to read-only when the folder cannot be written.
//!
//! 1. A missing file is created empty, private to the user (0600); SQLite gives its
//!    `-wal` and `-shm` the same mode.
//! 2. An existing file is checked on a read-only connection that never checkpoints:
//!    identity, then `PRAGMA quick_check`. A damaged file ([`StoreError::Damaged`]) or
//!    one from a newer Centinela ([`StoreError::NewerVersion`]) is refused with its
//!    bytes untouched (switching to WAL would already rewrite the header).
//! 3. Read-write: WAL, `synchronous=FULL`, foreign keys. An older schema is first copied
//!    into `backups/` as a `BeforeUpgrade` backup, then migrated.
//! 4. When the folder or the file cannot be written (a read-only disk, or a full one),
//!    the diary is opened read-only instead: it can be shown, and every save fails with
//!    `read_only` until it is opened again.

use std::fs::{self, OpenOptions};
use std::io;
use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local};
use rusqlite::config::DbConfig;
use rusqlite::{ffi, Connection, ErrorCode, OpenFlags, MAIN_DB};

use super::{schema, Diary, StoreError, DIARY_FILE_NAME};
use crate::files::{parent_dir, side_file};

const BUSY: Duration = Duration::from_secs(5);

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

    /// Open (or create) the diary file at `path`; `now` names the copy kept before an
    /// upgrade. Leftover temporary files in `backups/` over an hour old by the computer's
    /// clock are removed.
    ///
    /// Refuses, without writing to it: a damaged file ([`StoreError::Damaged`]), a file
    /// written by a newer Centinela ([`StoreError::NewerVersion`]) and a file that is
    /// not a Centinela diary ([`StoreError::NotADiary`]). An older diary is copied to
    /// `backups/diary-before-upgrade-<time>.sqlite3` and then brought up to date. On a
    /// folder that cannot be written the diary opens read-only ([`Diary::is_read_only`]).
    pub fn open_at(path: &Path, now: DateTime<FixedOffset>) -> Result<Diary, StoreError> {
        let created = create_private(path)?;
        let mut check_after_rollback = false;
        if !created {
            match check_untouched(path) {
                Ok(()) => {}
                // A kill during a write in rollback-journal mode (a schema-1 diary, or a
                // new one before WAL) leaves a hot journal that only a writer may roll
                // back: that is recovery, not a change. Check right after it instead.
                Err(e) if is_read_only_error(&e) && hot_journal(path) => {
                    check_after_rollback = true;
                }
                Err(e) if cannot_write(&e) || no_room(&e) => return open_read_only(path, e),
                Err(e) => return Err(e),
            }
        }
        let data_dir = parent_dir(path);
        match open_read_write(path, &data_dir, now, check_after_rollback) {
            Ok(diary) => {
                // File times come from the computer's clock, not the diary's.
                crate::diary::backup::sweep_stale_temp_files(
                    &data_dir,
                    std::time::SystemTime::now(),
                );
                Ok(diary)
            }
            Err(e) if !created && (cannot_write(&e) || no_room(&e)) => open_read_only(path, e),
            Err(e) => Err(e),
        }
    }

    /// [`check_untouched_with`] for another store of the app (the training store).
    pub(crate) fn check_store_file(
        path: &Path,
        identity: impl Fn(&Connection) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        check_untouched_with_cleanup(path, true, identity)
    }

    /// Whether the diary was opened read-only (its folder cannot be written): it can be
    /// read, and every save fails with the code `read_only`.
    pub fn is_read_only(&self) -> bool {
        self.conn.is_readonly(MAIN_DB).unwrap_or(false)
    }

    /// Open the diary file at `path` again in place of this one, as [`Diary::open_at`],
    /// e.g. once a folder that was read-only can be written. This connection is closed
    /// first: SQLite shares one `-shm` mapping per file within a process, so a read-only
    /// connection left open would keep the new one read-only too. On an error this diary
    /// stays closed (every call on it fails) and says it is read-only, so the next save
    /// tries to open it again.
    pub fn reopen_at(&mut self, path: &Path, now: DateTime<FixedOffset>) -> Result<(), StoreError> {
        let closed = Connection::open_with_flags(
            ":memory:",
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        drop(std::mem::replace(&mut self.conn, closed));
        *self = Diary::open_at(path, now)?;
        Ok(())
    }
}

/// Check an existing store file without changing a byte of it: a Centinela file this
/// build can read (`check_identity`), whole (`PRAGMA quick_check`). Garbage where the
/// SQLite header should be, or a malformed page, is [`StoreError::Damaged`]. Used for the
/// training store too, with its own identity check.
fn check_untouched(path: &Path) -> Result<(), StoreError> {
    check_untouched_with_cleanup(path, own_name(path), schema::check_identity)
}

/// [`check_untouched_with`], then, when the file is refused, remove the empty `-wal`
/// and `-shm` the look itself made (a WAL file read-only still needs them), so a refused
/// diary is left exactly as it was found.
fn check_untouched_with_cleanup(
    path: &Path,
    ours: bool,
    identity: impl Fn(&Connection) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let had: Vec<bool> = ["-wal", "-shm"]
        .iter()
        .map(|s| side_file(path, s).exists())
        .collect();
    let checked = check_untouched_with(path, ours, identity);
    if checked.is_err() && !had[0] {
        let wal = side_file(path, "-wal");
        if fs::metadata(&wal).is_ok_and(|m| m.len() == 0) {
            let _ = fs::remove_file(&wal);
            if !had[1] {
                let _ = fs::remove_file(side_file(path, "-shm"));
            }
        }
    }
    checked
}

/// `ours`: the file is at a store's own path, so a header that is not SQLite is damage.
fn check_untouched_with(
    path: &Path,
    ours: bool,
    identity: impl Fn(&Connection) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(damaged_or)?;
    conn.busy_timeout(BUSY)?;
    // A read-only look must not move the WAL into the file when it closes.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    // First a plain read of the header. "Not a database" at the diary's own name means
    // garbage where the diary was (damage); any other file is simply not a diary.
    conn.query_row("PRAGMA application_id", [], |r| r.get::<_, i64>(0))
        .map_err(|e| header_error(ours, e))?;
    identity(&conn).map_err(|e| match e {
        StoreError::Sqlite(e) => damaged_or(e),
        e => e,
    })?;
    quick_check(&conn)
}

/// `PRAGMA quick_check` says "ok", or the diary is damaged.
fn quick_check(conn: &Connection) -> Result<(), StoreError> {
    let lines: Vec<String> = conn
        .prepare("PRAGMA quick_check")
        .and_then(|mut s| {
            s.query_map([], |r| r.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()
        })
        .map_err(damaged_or)?;
    match lines.as_slice() {
        [ok] if ok == "ok" => Ok(()),
        [] => Err(StoreError::Damaged {
            reason: "its check gave no answer".into(),
        }),
        [first, ..] => Err(StoreError::Damaged {
            reason: format!("its check found: {first}"),
        }),
    }
}

/// SQLite's "malformed" and "not a database" mean damage; anything else stays itself.
fn damaged_or(e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Damaged {
            reason: format!("SQLite says: {e}"),
        },
        Some(ErrorCode::NotADatabase) => StoreError::Damaged {
            reason: "the start of the file is not a database any more".into(),
        },
        _ => StoreError::Sqlite(e),
    }
}

fn open_read_write(
    path: &Path,
    data_dir: &Path,
    now: DateTime<FixedOffset>,
    check: bool,
) -> Result<Diary, StoreError> {
    let mut conn = Connection::open(path)?;
    // SQLite opens a file it may not write read-only without saying so.
    if conn.is_readonly(MAIN_DB)? {
        return Err(sqlite_error(
            ffi::SQLITE_READONLY,
            "the diary's file or folder cannot be written",
        ));
    }
    conn.busy_timeout(BUSY)?;
    if check {
        // The first read rolls the hot journal back; then the same check as above.
        conn.query_row("PRAGMA application_id", [], |r| r.get::<_, i64>(0))
            .map_err(|e| header_error(own_name(path), e))?;
        schema::check_identity(&conn).map_err(|e| match e {
            StoreError::Sqlite(e) => damaged_or(e),
            e => e,
        })?;
        quick_check(&conn)?;
    }
    // Look again under this connection, before touching: switching to WAL rewrites the
    // file header.
    schema::check_identity(&conn)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .map_err(schema::not_a_database)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::corrupt(format!(
            "could not switch the diary to WAL (journal mode {mode})"
        )));
    }
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
    if 0 < version && version < schema::SCHEMA_VERSION {
        crate::diary::backup::before_upgrade(&conn, data_dir, now)?;
    }
    schema::migrate(&mut conn)?;
    Ok(Diary { conn })
}

/// The folder cannot be written: open what is there read-only, at this build's schema
/// (an older diary cannot be brought up to date there, so `why` is the answer then).
fn open_read_only(path: &Path, why: StoreError) -> Result<Diary, StoreError> {
    // With a `-wal` beside it (left by a crash) SQLite must read it: `mode=ro`. Without
    // one `immutable=1` is the only way in, and is safe: nothing can change the file.
    let wal = side_file(path, "-wal").exists();
    let Some(uri) =
        crate::diary::backup::sqlite_uri(path, if wal { "mode=ro" } else { "immutable=1" })
    else {
        return Err(why);
    };
    let conn = match Connection::open_with_flags(
        &uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    ) {
        Ok(c) => c,
        Err(_) => return Err(why),
    };
    conn.busy_timeout(BUSY)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    conn.query_row("PRAGMA application_id", [], |r| r.get::<_, i64>(0))
        .map_err(|e| header_error(own_name(path), e))?;
    schema::check_identity(&conn)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version != schema::SCHEMA_VERSION {
        return Err(why);
    }
    quick_check(&conn)?;
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    Ok(Diary { conn })
}

/// A failure that means the folder or the file cannot be written (read-only disk, no
/// permission), so a read-only open may still work.
fn cannot_write(e: &StoreError) -> bool {
    matches!(
        e,
        StoreError::Sqlite(e) if matches!(
            e.sqlite_error_code(),
            Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied)
        )
    )
}

/// A full disk: the file is whole but nothing can be added, not even the room a WAL
/// diary's `-shm` needs for a read-only look (`SQLITE_IOERR_SHMSIZE`). Opened read-only
/// it can still be shown; a save then reopens it once space is freed.
fn no_room(e: &StoreError) -> bool {
    matches!(
        e,
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _))
            if f.code == ErrorCode::DiskFull || f.extended_code == ffi::SQLITE_IOERR_SHMSIZE
    )
}

fn is_read_only_error(e: &StoreError) -> bool {
    matches!(e, StoreError::Sqlite(e) if e.sqlite_error_code() == Some(ErrorCode::ReadOnly))
}

/// A rollback journal with something in it beside the file.
fn hot_journal(path: &Path) -> bool {
    fs::metadata(side_file(path, "-journal")).is_ok_and(|m| m.len() > 0)
}

/// Create the file, private to the user, if it is missing. True when it was created.
fn create_private(path: &Path) -> Result<bool, StoreError> {
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    match opts.open(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(io_error(&e, path)),
    }
}

/// A file-system failure as the SQLite error it would have been, so that `code()` says
/// `disk_full`, `read_only` or `disk_io` for it too.
fn io_error(e: &io::Error, path: &Path) -> StoreError {
    let code = match e.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => ffi::SQLITE_FULL,
        io::ErrorKind::ReadOnlyFilesystem | io::ErrorKind::PermissionDenied => ffi::SQLITE_CANTOPEN,
        io::ErrorKind::NotFound => ffi::SQLITE_CANTOPEN,
        _ => ffi::SQLITE_IOERR,
    };
    sqlite_error(code, &format!("{}: {e}", path.display()))
}

fn sqlite_error(code: std::ffi::c_int, message: &str) -> StoreError {
    StoreError::Sqlite(rusqlite::Error::SqliteFailure(
        ffi::Error::new(code),
        Some(message.to_string()),
    ))
}

/// The file's last change, as local time (the epoch when there is no file yet: nothing
/// to upgrade then).
fn file_time(path: &Path) -> DateTime<FixedOffset> {
    let t = fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or(std::time::UNIX_EPOCH);
    DateTime::<Local>::from(t).fixed_offset()
}

/// Whether `path` is where the app keeps its diary, rather than a file someone pointed
/// at: garbage there is a damaged diary.
fn own_name(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == DIARY_FILE_NAME)
}

/// A failure to read the header: damage at our own path, else not a diary.
fn header_error(ours: bool, e: rusqlite::Error) -> StoreError {
    if ours {
        damaged_or(e)
    } else {
        schema::not_a_database(e)
    }
}
