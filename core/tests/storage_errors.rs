//! When the disk is full or cannot be written, a save fails with a code the UI can put
//! in plain words (`disk_full`, `read_only`, `disk_io`), the diary stays exactly as it
//! was and keeps working, and the same save goes through once the cause is gone.
//!
//! - Any user: SQLite's own limits (`max_page_count`, `query_only`) stand in for a full
//!   and a read-only disk.
//! - Root only: a real full disk (a 2 MB tmpfs filled up) and a real read-only folder (a
//!   read-only bind mount, after a clean close and after a crash). Mounts are made only
//!   inside this test's own temporary folder and always undone (`umount -l` on drop).
//!   Without root these are skipped, unless `CENTINELA_REQUIRE_ROOT_TESTS=1`, which
//!   makes them fail instead.

use std::path::{Path, PathBuf};
use std::process::Command;

use centinela_core::diary::{Diary, StoreError, DIARY_FILE_NAME};
use centinela_core::paths::ensure_data_dir;
use chrono::{DateTime, Duration, FixedOffset};
use rusqlite::ffi;
use tempfile::TempDir;

#[path = "common/family_fixture.rs"]
mod family;
use family::{setup, temp};

#[path = "common/diary_state.rs"]
mod state;
use state::rows;

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

const START: &str = "2026-11-19T09:00:00-06:00";

/// The i-th reading's time: every 10 minutes from START.
fn at(i: i64) -> DateTime<FixedOffset> {
    t(START) + Duration::minutes(10 * (i + 1))
}

fn save(d: &mut Diary, i: i64) -> Result<i64, StoreError> {
    d.add_reading(&temp(at(i), 36.6), Some("Lucía"), at(i))
        .map(|s| s.id)
}

fn diary_in(dir: &Path, readings: i64) -> Diary {
    let mut d = Diary::open_in_at(dir, t(START)).unwrap();
    d.save_setup(&setup(), t(START)).unwrap();
    for i in 0..readings {
        save(&mut d, i).unwrap();
    }
    d
}

fn count(d: &Diary) -> i64 {
    d.connection()
        .query_row("SELECT count(*) FROM readings", [], |r| r.get(0))
        .unwrap()
}

fn integrity(d: &Diary) -> String {
    d.connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

fn sqlite_error(code: std::ffi::c_int) -> StoreError {
    StoreError::Sqlite(rusqlite::Error::SqliteFailure(ffi::Error::new(code), None))
}

#[test]
fn sqlite_failures_get_the_code_of_their_cause() {
    for (code, want) in [
        (ffi::SQLITE_FULL, "disk_full"),
        (ffi::SQLITE_READONLY, "read_only"),
        (ffi::SQLITE_READONLY_DBMOVED, "read_only"),
        (ffi::SQLITE_CANTOPEN, "read_only"),
        (ffi::SQLITE_IOERR, "disk_io"),
        (ffi::SQLITE_IOERR_WRITE, "disk_io"),
        (ffi::SQLITE_IOERR_FSYNC, "disk_io"),
        (ffi::SQLITE_BUSY, "storage"),
        (ffi::SQLITE_CONSTRAINT, "storage"),
        (ffi::SQLITE_CORRUPT, "storage"),
    ] {
        let e = sqlite_error(code);
        assert_eq!(e.code(), want, "SQLite code {code}");
        assert_eq!(serde_json::to_value(&e).unwrap()["code"], want);
    }
    let damaged = StoreError::Damaged { reason: "x".into() };
    assert_eq!(damaged.code(), "damaged");
}

#[test]
fn a_full_database_says_disk_full_and_keeps_the_diary_as_it_was() {
    let dir = TempDir::new().unwrap();
    let mut d = diary_in(dir.path(), 1);
    let pages: i64 = d
        .connection()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    // Room for a few more pages only.
    d.connection()
        .execute_batch(&format!("PRAGMA max_page_count = {}", pages + 1))
        .unwrap();
    let mut i = 1;
    let (e, before) = loop {
        assert!(i < 5_000, "the limit was never reached");
        let before = rows(d.connection());
        match save(&mut d, i) {
            Ok(_) => i += 1,
            Err(e) => break (e, before),
        }
    };
    assert_eq!(e.code(), "disk_full", "{e}");
    assert_eq!(
        rows(d.connection()),
        before,
        "nothing of the failed save stays"
    );
    assert_eq!(integrity(&d), "ok");
    // Space again: the same save goes through.
    d.connection()
        .execute_batch("PRAGMA max_page_count = 1073741823")
        .unwrap();
    save(&mut d, i).unwrap();
    assert_eq!(count(&d), i + 1);
}

#[test]
fn a_diary_that_may_not_be_written_says_read_only_and_keeps_working() {
    let dir = TempDir::new().unwrap();
    let mut d = diary_in(dir.path(), 2);
    d.connection()
        .execute_batch("PRAGMA query_only = 1")
        .unwrap();
    let before = rows(d.connection());
    let e = save(&mut d, 2).unwrap_err();
    assert_eq!(e.code(), "read_only", "{e}");
    assert_eq!(rows(d.connection()), before);
    assert_eq!(count(&d), 2, "still readable");
    d.connection()
        .execute_batch("PRAGMA query_only = 0")
        .unwrap();
    save(&mut d, 2).unwrap();
    assert_eq!(count(&d), 3);
}

// ---- root: real mounts ------------------------------------------------------------------

fn effective_uid() -> Option<u32> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("Uid:"))?;
    line.split_whitespace().nth(2)?.parse().ok()
}

/// True when the test may mount; otherwise skips it, or fails it when root tests are
/// required (CI).
fn root_or_skip(what: &str) -> bool {
    if effective_uid() == Some(0) {
        return true;
    }
    if std::env::var("CENTINELA_REQUIRE_ROOT_TESTS").as_deref() == Ok("1") {
        panic!("{what} needs root, and CENTINELA_REQUIRE_ROOT_TESTS=1 requires it");
    }
    eprintln!("skipped: {what} needs root (set CENTINELA_REQUIRE_ROOT_TESTS=1 to require it)");
    false
}

fn run(cmd: &str, args: &[&str]) {
    let out = Command::new(cmd).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{cmd} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A mount inside the test's temporary folder, undone on drop (also on a failed
/// assertion), lazily so an open file cannot keep it.
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(dir: &Path, options: &str) -> Mount {
        run(
            "mount",
            &["-t", "tmpfs", "-o", options, "tmpfs", dir.to_str().unwrap()],
        );
        Mount(dir.into())
    }

    /// `dir` itself, read-only from now on.
    fn read_only(dir: &Path) -> Mount {
        let d = dir.to_str().unwrap();
        run("mount", &["--bind", d, d]);
        let m = Mount(dir.into());
        run("mount", &["-o", "remount,bind,ro", d]);
        m
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

fn private_dir(parent: &Path, name: &str) -> PathBuf {
    let dir = parent.join(name);
    std::fs::create_dir(&dir).unwrap();
    ensure_data_dir(&dir).unwrap();
    dir
}

/// Fill the file system of `dir` to the last byte.
fn fill(dir: &Path) -> PathBuf {
    use std::io::Write;
    let filler = dir.join("filler");
    let mut f = std::fs::File::create(&filler).unwrap();
    let chunk = vec![0x55u8; 64 * 1024];
    loop {
        if let Err(e) = f.write_all(&chunk) {
            assert_eq!(e.kind(), std::io::ErrorKind::StorageFull, "{e}");
            break;
        }
    }
    // The last bytes that fit in no whole chunk.
    while f.write_all(&[0x55]).is_ok() {}
    filler
}

#[test]
fn a_full_disk_says_disk_full_and_the_save_works_once_there_is_room() {
    if !root_or_skip("a full disk (tmpfs)") {
        return;
    }
    let tmp = TempDir::new().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let _mount = Mount::tmpfs(&data, "size=2m,mode=0700");
    let mut d = diary_in(&data, 1);
    let filler = fill(&data);
    let before = rows(d.connection());
    let e = save(&mut d, 1).unwrap_err();
    assert_eq!(e.code(), "disk_full", "{e}");
    assert_eq!(
        rows(d.connection()),
        before,
        "nothing of the failed save stays"
    );
    // A second try while still full fails the same way, and nothing breaks.
    assert_eq!(save(&mut d, 1).unwrap_err().code(), "disk_full");

    std::fs::remove_file(filler).unwrap();
    save(&mut d, 1).unwrap();
    assert_eq!(count(&d), 2);
    assert_eq!(integrity(&d), "ok");
    drop(d);
    let d = Diary::open_in_at(&data, at(2)).unwrap();
    assert_eq!(count(&d), 2, "exactly one copy of the saved reading");
    assert_eq!(integrity(&d), "ok");
}

/// The diary in a folder that turned read-only: it opens read-only and shows what it
/// holds; a save says `read_only`; once writable again, reopened, the save works.
fn read_only_round(data: &Path, readings: i64) {
    {
        let _ro = Mount::read_only(data);
        // The data folder is private already: accepted although it cannot be chmod-ed.
        ensure_data_dir(data).unwrap();
        let mut d = Diary::open_in_at(data, at(readings)).unwrap();
        assert!(d.is_read_only());
        assert_eq!(count(&d), readings, "everything saved is shown");
        assert_eq!(d.setup().unwrap().unwrap().patient.name, "Valeria");
        let before = rows(d.connection());
        let e = save(&mut d, readings).unwrap_err();
        assert_eq!(e.code(), "read_only", "{e}");
        assert_eq!(rows(d.connection()), before);
        // No diary yet in a read-only folder: read_only too, not a crash or a blank diary.
        let empty = data.join("empty");
        let e = Diary::open_in_at(&empty, at(readings)).unwrap_err();
        assert_eq!(e.code(), "read_only", "{e}");
        // A folder others may read cannot be made private on a read-only disk: refused.
        assert!(ensure_data_dir(&data.join("shared")).is_err());
    }
    let mut d = Diary::open_in_at(data, at(readings)).unwrap();
    assert!(!d.is_read_only());
    assert_eq!(count(&d), readings);
    save(&mut d, readings).unwrap();
    assert_eq!(count(&d), readings + 1);
    assert_eq!(integrity(&d), "ok");
}

fn shared_and_empty(data: &Path) {
    std::fs::create_dir(data.join("empty")).unwrap();
    let shared = data.join("shared");
    std::fs::create_dir(&shared).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_read_only_folder_after_a_clean_close_opens_read_only() {
    if !root_or_skip("a read-only folder (bind mount)") {
        return;
    }
    let tmp = TempDir::new().unwrap();
    let data = private_dir(tmp.path(), "data");
    drop(diary_in(&data, 3));
    assert!(!data.join(format!("{DIARY_FILE_NAME}-wal")).exists());
    shared_and_empty(&data);
    read_only_round(&data, 3);
}

#[test]
fn a_read_only_folder_after_a_crash_opens_read_only_with_the_last_saves() {
    if !root_or_skip("a read-only folder (bind mount)") {
        return;
    }
    let tmp = TempDir::new().unwrap();
    let live = private_dir(tmp.path(), "live");
    let data = private_dir(tmp.path(), "data");
    // The app dies with the diary open: its last saves are only in the -wal.
    let d = diary_in(&live, 4);
    for s in ["", "-wal", "-shm"] {
        let name = format!("{DIARY_FILE_NAME}{s}");
        std::fs::copy(live.join(&name), data.join(&name)).unwrap();
    }
    drop(d);
    assert!(
        std::fs::metadata(data.join(format!("{DIARY_FILE_NAME}-wal")))
            .unwrap()
            .len()
            > 0
    );
    shared_and_empty(&data);
    read_only_round(&data, 4);
}

#[test]
fn a_full_disk_at_launch_opens_read_only_and_writable_once_there_is_room() {
    if !root_or_skip("a full disk at launch (tmpfs)") {
        return;
    }
    let tmp = TempDir::new().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let _mount = Mount::tmpfs(&data, "size=2m,mode=0700");
    drop(diary_in(&data, 2));
    let wal = data.join(format!("{DIARY_FILE_NAME}-wal"));
    let shm = data.join(format!("{DIARY_FILE_NAME}-shm"));
    assert!(!wal.exists(), "a clean close leaves no -wal");
    let filler = fill(&data);

    // The read-only look needs a -shm it cannot grow: still the diary opens, to be read.
    let mut d = Diary::open_in_at(&data, at(2)).unwrap();
    assert!(d.is_read_only());
    assert_eq!(count(&d), 2, "everything saved is shown");
    assert_eq!(d.setup().unwrap().unwrap().patient.name, "Valeria");
    let e = save(&mut d, 2).unwrap_err();
    assert!(["disk_full", "read_only"].contains(&e.code()), "{e}");
    assert_eq!(count(&d), 2);
    assert!(
        !wal.exists() && !shm.exists(),
        "the look left nothing behind"
    );

    std::fs::remove_file(filler).unwrap();
    d.reopen_at(&data.join(DIARY_FILE_NAME), at(2)).unwrap();
    assert!(!d.is_read_only());
    save(&mut d, 2).unwrap();
    assert_eq!(count(&d), 3);
    assert_eq!(integrity(&d), "ok");
}

#[test]
fn a_failed_reopen_leaves_the_diary_read_only_so_the_next_save_tries_again() {
    let tmp = TempDir::new().unwrap();
    let mut d = diary_in(tmp.path(), 1);
    let good = tmp.path().join(DIARY_FILE_NAME);
    let garbage = tmp.path().join("garbage").join(DIARY_FILE_NAME);
    std::fs::create_dir(garbage.parent().unwrap()).unwrap();
    std::fs::write(&garbage, vec![0x55u8; 8192]).unwrap();
    assert!(d.reopen_at(&garbage, at(1)).is_err());
    // Closed: not a blank diary that takes saves, but one that asks to be opened again.
    assert!(d.is_read_only());
    assert!(save(&mut d, 1).is_err());
    d.reopen_at(&good, at(1)).unwrap();
    assert!(!d.is_read_only());
    save(&mut d, 1).unwrap();
    assert_eq!(count(&d), 2);
}
