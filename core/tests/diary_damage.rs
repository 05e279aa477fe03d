//! A damaged diary is refused at open with its bytes untouched, moved aside whole, and
//! the newest good backup is there to restore; a garbage `-wal` is not damage.
//!
//! Damage is made by hand on a cleanly closed diary (everything in the main file): the
//! header overwritten, a page in the middle overwritten, the file cut in half.

use std::path::{Path, PathBuf};

use centinela_core::backup::{backup_now, list_backups, restore, BACKUPS_DIR};
use centinela_core::diary::{Diary, StoreError, DIARY_FILE_NAME};
use centinela_core::recovery::{self, DAMAGED_DIR, PENDING_FILE};
use centinela_core::training::{Training, TRAINING_DIR};
use chrono::{DateTime, Duration, FixedOffset};
use tempfile::TempDir;

#[path = "common/family_fixture.rs"]
mod family;
use family::{setup, temp};

#[path = "common/diary_state.rs"]
mod state;
use state::files_in;

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

const START: &str = "2026-11-19T09:00:00-06:00";

/// A diary with the family's setup and `n` readings, one every 30 minutes from START.
fn diary_with_readings(dir: &Path, n: usize) -> Diary {
    let mut d = Diary::open_in_at(dir, t(START)).unwrap();
    d.save_setup(&setup(), t(START)).unwrap();
    add_readings(&mut d, 0, n);
    d
}

fn add_readings(d: &mut Diary, from: usize, n: usize) {
    for i in from..from + n {
        let at = t(START) + Duration::minutes(30 * (i as i64 + 1));
        let c = 36.5 + (i % 7) as f64 * 0.1;
        d.add_reading(&temp(at, c), Some("Lucía"), at).unwrap();
    }
}

fn readings(d: &Diary) -> i64 {
    d.connection()
        .query_row("SELECT count(*) FROM readings", [], |r| r.get(0))
        .unwrap()
}

fn side(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// A cleanly closed diary of 300 readings (about 20 pages, no `-wal`).
fn closed_diary() -> (TempDir, PathBuf) {
    let dir = TempDir::new().unwrap();
    drop(diary_with_readings(dir.path(), 300));
    let path = dir.path().join(DIARY_FILE_NAME);
    assert!(!side(&path, "-wal").exists(), "closed cleanly");
    (dir, path)
}

fn page_size(path: &Path) -> usize {
    let b = std::fs::read(path).unwrap();
    match u16::from_be_bytes([b[16], b[17]]) {
        1 => 65_536,
        n => n as usize,
    }
}

/// Opening must say `Damaged`, and leave the folder exactly as it was.
fn assert_refused_untouched(dir: &Path) -> String {
    let path = dir.join(DIARY_FILE_NAME);
    let bytes = std::fs::read(&path).unwrap();
    let names = files_in(dir);
    let e = Diary::open_in_at(dir, t("2026-11-26T10:00:00-06:00")).unwrap_err();
    assert_eq!(e.code(), "damaged", "{e}");
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(json["code"], "damaged");
    assert!(
        std::fs::read(&path).unwrap() == bytes,
        "not one byte changed"
    );
    assert_eq!(files_in(dir), names, "no file added (no -wal, no backups)");
    // Opened again: the same answer (nothing was "repaired" on the way).
    assert_eq!(Diary::open(&path).unwrap_err().code(), "damaged");
    match e {
        StoreError::Damaged { reason } => reason,
        e => panic!("not Damaged: {e:?}"),
    }
}

#[test]
fn garbage_over_the_header_is_damage() {
    let (dir, path) = closed_diary();
    let mut b = std::fs::read(&path).unwrap();
    b[..100].copy_from_slice(&[0x5a; 100]);
    std::fs::write(&path, b).unwrap();
    let reason = assert_refused_untouched(dir.path());
    assert!(reason.contains("not a database"), "{reason}");
}

#[test]
fn a_page_overwritten_in_the_middle_is_damage() {
    let (dir, path) = closed_diary();
    let ps = page_size(&path);
    let mut b = std::fs::read(&path).unwrap();
    let pages = b.len() / ps;
    assert!(pages >= 8, "enough pages for a middle one: {pages}");
    let mid = pages / 2;
    b[mid * ps..(mid + 1) * ps].fill(0xa7);
    std::fs::write(&path, b).unwrap();
    assert_refused_untouched(dir.path());
}

#[test]
fn a_file_cut_in_half_is_damage() {
    let (dir, path) = closed_diary();
    let b = std::fs::read(&path).unwrap();
    std::fs::write(&path, &b[..b.len() / 2]).unwrap();
    assert_refused_untouched(dir.path());
}

#[test]
fn a_garbage_wal_is_not_damage() {
    let (dir, path) = closed_diary();
    // A real WAL header (from a live diary), then garbage frames: SQLite drops frames
    // whose checksum fails. And a file of garbage from its first byte.
    let live = TempDir::new().unwrap();
    let d = diary_with_readings(live.path(), 3);
    let real = std::fs::read(side(&live.path().join(DIARY_FILE_NAME), "-wal")).unwrap();
    drop(d);
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut garbage = |n: usize| -> Vec<u8> {
        (0..n)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
            .collect()
    };
    let with_header = [&real[..32], &garbage(5 * 4120)[..]].concat();
    for wal in [with_header, garbage(64 * 1024)] {
        std::fs::write(side(&path, "-wal"), &wal).unwrap();
        let mut d = Diary::open_in_at(dir.path(), t("2026-11-26T10:00:00-06:00")).unwrap();
        assert_eq!(readings(&d), 300, "every reading still there");
        let at = t("2026-11-26T10:00:00-06:00");
        d.add_reading(&temp(at, 36.9), Some("Lucía"), at).unwrap();
        let ok: String = d
            .connection()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
        drop(d);
        // Undo the extra reading for the next round: start again from a clean copy.
        let d = Diary::open(&path).unwrap();
        assert_eq!(readings(&d), 301);
        drop(d);
        let (fresh, fresh_path) = closed_diary();
        std::fs::copy(&fresh_path, &path).unwrap();
        drop(fresh);
    }
}

#[test]
fn a_damaged_diary_is_moved_aside_whole_and_the_newest_good_backup_restores() {
    let data = TempDir::new().unwrap();
    let dir = data.path();
    let mut d = diary_with_readings(dir, 300);
    let older = backup_now(&d, dir, None, t("2026-11-26T08:00:00-06:00")).unwrap();
    add_readings(&mut d, 300, 3);
    let newest = backup_now(&d, dir, None, t("2026-11-26T09:00:00-06:00")).unwrap();
    assert_eq!(newest.readings, 303);
    // A later "backup" that is itself damaged must not be offered first.
    let bad = dir
        .join(BACKUPS_DIR)
        .join("diary-manual-2026-11-26T09-30-00.sqlite3");
    let mut b = std::fs::read(&newest.path).unwrap();
    let ps = page_size(Path::new(&newest.path));
    let mid = b.len() / ps / 2;
    b[mid * ps..(mid + 1) * ps].fill(0xee);
    std::fs::write(&bad, b).unwrap();
    // Most pages in the file itself, the last readings only in the -wal.
    d.connection()
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    add_readings(&mut d, 303, 2);

    // The app is killed with the diary open: -wal and -shm stay. Then a page of the
    // file is damaged.
    let killed = TempDir::new().unwrap();
    std::fs::create_dir(killed.path().join(BACKUPS_DIR)).unwrap();
    for suffix in ["", "-wal", "-shm"] {
        std::fs::copy(
            side(&dir.join(DIARY_FILE_NAME), suffix),
            side(&killed.path().join(DIARY_FILE_NAME), suffix),
        )
        .unwrap();
    }
    for name in files_in(&dir.join(BACKUPS_DIR)) {
        std::fs::copy(
            dir.join(BACKUPS_DIR).join(&name),
            killed.path().join(BACKUPS_DIR).join(&name),
        )
        .unwrap();
    }
    drop(d);
    let dir = killed.path();
    let diary = dir.join(DIARY_FILE_NAME);
    let mut b = std::fs::read(&diary).unwrap();
    let mid = b.len() / ps / 2;
    b[mid * ps..(mid + 1) * ps].fill(0xa7);
    std::fs::write(&diary, b).unwrap();
    assert!(std::fs::metadata(side(&diary, "-wal")).unwrap().len() > 0);
    // The file and its -wal hold the data; the -shm is only SQLite's index of the -wal
    // (rebuilt by any reader), so it is moved along but not compared.
    let before: Vec<Vec<u8>> = ["", "-wal"]
        .iter()
        .map(|s| std::fs::read(side(&diary, s)).unwrap())
        .collect();

    let reason = assert_refused_untouched(dir);
    let now = t("2026-11-26T10:00:00-06:00");
    let p = recovery::set_aside(dir, &reason, now).unwrap();
    assert_eq!(p.reason, reason);
    assert_eq!(p.at, now);
    let moved = dir
        .join(DAMAGED_DIR)
        .join("diary-damaged-2026-11-26T10-00-00.sqlite3");
    assert_eq!(p.moved_to, moved.display().to_string());
    for (s, bytes) in ["", "-wal"].iter().zip(&before) {
        assert!(
            std::fs::read(side(&moved, s)).unwrap() == *bytes,
            "{s} kept byte for byte"
        );
    }
    for s in ["", "-wal", "-shm"] {
        assert!(side(&moved, s).is_file(), "{s} moved along");
        assert!(!side(&diary, s).exists(), "{s} moved, not copied");
    }
    assert_eq!(recovery::pending(dir), Some(p.clone()));
    assert!(dir.join(DAMAGED_DIR).join(PENDING_FILE).is_file());

    // The offer: the newest backup that passes its check.
    let offered = list_backups(dir).unwrap();
    let first = offered.first().expect("a good backup");
    assert_eq!(first.made_at, newest.made_at);
    assert_eq!(first.readings, 303);
    assert!(offered
        .iter()
        .all(|s| !s.path.ends_with("2026-11-26T09-30-00.sqlite3")));
    assert!(offered.iter().any(|s| s.made_at == older.made_at));

    // Until the family chooses, the marker stays, also across a new, empty diary.
    let mut fresh = Diary::open_in_at(dir, now).unwrap();
    assert!(fresh.setup().unwrap().is_none());
    drop(fresh);
    assert_eq!(recovery::pending(dir), Some(p.clone()));
    fresh = Diary::open_in_at(dir, now).unwrap();
    restore(&mut fresh, dir, Path::new(&first.path), now).unwrap();
    assert_eq!(readings(&fresh), 303);
    assert_eq!(fresh.setup().unwrap().unwrap().patient.name, "Valeria");
    recovery::clear(dir).unwrap();
    assert_eq!(recovery::pending(dir), None);
    recovery::clear(dir).unwrap();
    assert!(
        std::fs::read(&moved).unwrap() == before[0],
        "clear removes the marker only"
    );
}

#[test]
fn set_aside_again_after_a_crash_half_way_keeps_one_name() {
    let data = TempDir::new().unwrap();
    let dir = data.path();
    drop(diary_with_readings(dir, 2));
    let diary = dir.join(DIARY_FILE_NAME);
    let bytes = std::fs::read(&diary).unwrap();
    let first = recovery::set_aside(dir, "first", t("2026-11-26T10:00:00-06:00")).unwrap();
    // Simulate the crash: the marker was written, the file never moved.
    std::fs::rename(&first.moved_to, &diary).unwrap();
    let again = recovery::set_aside(dir, "again", t("2026-11-26T10:05:00-06:00")).unwrap();
    assert_eq!(again.moved_to, first.moved_to);
    assert!(std::fs::read(&again.moved_to).unwrap() == bytes);
    // Nothing left to move: the marker is the answer.
    let third = recovery::set_aside(dir, "third", t("2026-11-26T10:10:00-06:00")).unwrap();
    assert_eq!(third, again);
    // A second damaged diary later gets its own name.
    drop(diary_with_readings(dir, 1));
    recovery::clear(dir).unwrap();
    let later = recovery::set_aside(dir, "later", t("2026-11-26T10:05:00-06:00")).unwrap();
    assert_ne!(later.moved_to, first.moved_to);
    assert!(later.moved_to.ends_with("2026-11-26T10-05-00.sqlite3"));
    // With no diary and no marker there is nothing to set aside.
    recovery::clear(dir).unwrap();
    let e = recovery::set_aside(dir, "none", t("2026-11-26T11:00:00-06:00")).unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::NotFound);
}

#[test]
fn an_unreadable_marker_still_counts() {
    let data = TempDir::new().unwrap();
    let dir = data.path();
    assert_eq!(recovery::pending(dir), None);
    std::fs::create_dir(dir.join(DAMAGED_DIR)).unwrap();
    std::fs::write(dir.join(DAMAGED_DIR).join(PENDING_FILE), b"{not json").unwrap();
    let p = recovery::pending(dir).expect("still an offer");
    assert!(p.reason.contains("could not be read"), "{}", p.reason);
}

#[test]
fn a_damaged_training_store_is_moved_aside_and_started_again() {
    let data = TempDir::new().unwrap();
    drop(Training::open_in(data.path()).unwrap());
    let store = data.path().join(TRAINING_DIR).join("training.sqlite3");
    let mut b = std::fs::read(&store).unwrap();
    b[..100].fill(0x33);
    std::fs::write(&store, &b).unwrap();
    let training = Training::open_in(data.path()).unwrap();
    drop(training);
    let aside = data
        .path()
        .join(TRAINING_DIR)
        .join("training.sqlite3.damaged");
    assert!(std::fs::read(aside).unwrap() == b, "kept as it was");
    // The new store is a good one: it opens again without being moved.
    let again = std::fs::read(&store).unwrap();
    assert_ne!(again, b);
    drop(Training::open_in(data.path()).unwrap());
    assert!(data
        .path()
        .join(TRAINING_DIR)
        .join("training.sqlite3")
        .is_file());
}

#[test]
fn stale_backup_temp_files_are_swept_at_open_and_fresh_ones_kept() {
    let data = TempDir::new().unwrap();
    let dir = data.path();
    drop(diary_with_readings(dir, 1));
    let backups = dir.join(BACKUPS_DIR);
    std::fs::create_dir_all(&backups).unwrap();
    // Ages count by the computer's clock, which file times come from, not by the
    // diary's: here the diary's clock is a month ahead (as in the end-to-end tests).
    let wall = std::time::SystemTime::now();
    let now = chrono::DateTime::<chrono::Local>::from(wall).fixed_offset() + Duration::days(30);
    let old = wall - std::time::Duration::from_secs(2 * 3600);
    let recent = wall - std::time::Duration::from_secs(10 * 60);
    let make = |name: &str, when| {
        let p = backups.join(name);
        std::fs::write(&p, b"partial").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_modified(when)
            .unwrap();
    };
    make(".diary-daily-2026-11-25.sqlite3.4242-0.tmp", old);
    make(".diary-daily-2026-11-25.sqlite3.4242-0.tmp-journal", old);
    make(".diary-manual-2026-11-26T09-55-00.sqlite3.77-1.tmp", recent);
    make("diary-manual-2026-11-20T08-00-00.sqlite3", old);
    make(".hidden-note", old);
    let stage = backups.join(".centinela-stage-4242-3");
    std::fs::create_dir(&stage).unwrap();
    std::fs::write(stage.join("backup.sqlite3"), b"x").unwrap();
    std::fs::File::open(&stage)
        .unwrap()
        .set_modified(old)
        .unwrap();

    drop(Diary::open_in_at(dir, now).unwrap());
    assert_eq!(
        files_in(&backups),
        [
            ".diary-manual-2026-11-26T09-55-00.sqlite3.77-1.tmp",
            ".hidden-note",
            "diary-manual-2026-11-20T08-00-00.sqlite3",
        ]
    );
}

#[test]
fn a_backup_restores_over_a_diary_damaged_while_open() {
    let data = TempDir::new().unwrap();
    let dir = data.path();
    let mut d = diary_with_readings(dir, 300);
    let good = backup_now(&d, dir, None, t("2026-11-26T08:00:00-06:00")).unwrap();
    d.connection()
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    // A page goes bad under the open diary; another writer's commit makes this
    // connection drop its cached pages and read the file again.
    let path = dir.join(DIARY_FILE_NAME);
    let ps = page_size(&path);
    let mut b = std::fs::read(&path).unwrap();
    let mid = b.len() / ps / 2;
    b[mid * ps..(mid + 1) * ps].fill(0xa7);
    std::fs::write(&path, &b).unwrap();
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("PRAGMA user_version = 2")
        .unwrap();
    let damaged = std::fs::read(&path).unwrap();

    let now = t("2026-11-26T10:00:00-06:00");
    let (restored, safety) = restore(&mut d, dir, Path::new(&good.path), now).unwrap();
    assert_eq!(restored.readings, 300);
    assert_eq!(readings(&d), 300);
    let ok: String = d
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    // The damaged diary is kept, byte for byte, as the copy before the restore.
    assert!(safety
        .path
        .contains("diary-before-restore-2026-11-26T10-00-00"));
    assert!(std::fs::read(&safety.path).unwrap() == damaged);
    // It is not offered as a backup.
    assert!(list_backups(dir)
        .unwrap()
        .iter()
        .all(|s| s.path != safety.path));
}
