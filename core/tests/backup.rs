//! Backup and restore of the diary, with real diaries in temporary folders and a fake
//! clock: exact round trips, a new computer, refused files that leave the diary alone,
//! the daily copy and its rotation, failed backups that leave nothing behind, an older
//! schema (`centinela-cli backup` / `restore`: crates/centinela-cli/tests/backup.rs).

use std::path::{Path, PathBuf};

use centinela_core::backup::{
    backup_now, daily_backup, list_backups, restore, validate_backup, BackupError, BackupKind,
    BackupSummary, DAILY_KEPT,
};
use centinela_core::diary::{Diary, APPLICATION_ID, DIARY_FILE_NAME, SCHEMA_VERSION};
use chrono::{Duration, NaiveDate, TimeZone};
use chrono_tz::America::Mexico_City;
use rusqlite::Connection;
use tempfile::TempDir;

#[path = "common/backup_fixture.rs"]
mod fixture;
use fixture::*;

#[test]
fn a_backup_then_restore_gives_back_exactly_the_same_diary() {
    let data = TempDir::new().unwrap();
    let mut diary = full_diary(data.path());
    let before = dump(diary.connection());
    for table in TABLES {
        assert!(rows_in(&before, table) > 0, "no rows in {table}");
    }
    let diary_path = data.path().join(DIARY_FILE_NAME);
    assert_eq!(dump_file(&diary_path), before);

    let made_at = mx("2026-11-21 08:30");
    let backup = backup_now(&diary, data.path(), None, made_at).unwrap();
    let expected_path = data
        .path()
        .join("backups")
        .join("diary-manual-2026-11-21T08-30-00.sqlite3");
    assert_eq!(backup.path, expected_path.display().to_string());
    assert_eq!(backup.kind, Some(BackupKind::Manual));
    assert_eq!(backup.made_at, Some(t("2026-11-21T08:30:00-06:00")));
    assert_eq!(backup.child_name.as_deref(), Some("Valeria"));
    assert_eq!(backup.readings, rows_in(&before, "readings") as i64);
    assert_eq!(backup.last_reading_at, Some(t("2026-11-21T07:40:00-06:00")));
    assert_eq!(backup.schema_version, SCHEMA_VERSION);
    assert_eq!(
        backup.size_bytes,
        std::fs::metadata(&expected_path).unwrap().len()
    );
    assert_eq!(validate_backup(&expected_path).unwrap(), backup);

    // Later entries, then the restore brings the earlier state back.
    more_readings(&mut diary);
    let later = dump(diary.connection());
    assert_ne!(later, before);
    let (restored, safety) = restore(
        &mut diary,
        data.path(),
        &expected_path,
        mx("2026-11-21 13:00"),
    )
    .unwrap();
    assert_eq!(restored, backup);
    assert_eq!(dump(diary.connection()), before, "the open connection");
    assert_eq!(dump_file(&diary_path), before, "the file, from disk");
    let other = Diary::open_in(data.path()).unwrap();
    assert_eq!(
        dump(other.connection()),
        before,
        "a second diary opened meanwhile"
    );
    drop(other);

    // The safety copy holds the later state.
    assert_eq!(safety.kind, Some(BackupKind::BeforeRestore));
    assert_eq!(safety.made_at, Some(t("2026-11-21T13:00:00-06:00")));
    assert_eq!(safety.readings, rows_in(&later, "readings") as i64);
    assert_eq!(
        safety.path,
        data.path()
            .join("backups")
            .join("diary-before-restore-2026-11-21T13-00-00.sqlite3")
            .display()
            .to_string()
    );
    let elsewhere = TempDir::new().unwrap();
    let mut second = Diary::open_in(elsewhere.path()).unwrap();
    restore(
        &mut second,
        elsewhere.path(),
        Path::new(&safety.path),
        mx("2026-11-21 13:05"),
    )
    .unwrap();
    assert_eq!(dump(second.connection()), later);

    // The restored diary goes on as usual, and stays so after closing and opening again.
    let at = t("2026-11-21T13:10:00-06:00");
    let saved = diary.add_reading(&temp(at, 36.9), None, at).unwrap();
    let first_new_id = rows_in(&before, "readings") as i64 + 1;
    assert_eq!(
        saved.id, first_new_id,
        "ids continue from the restored diary"
    );
    drop(diary);
    let reopened = Diary::open_in(data.path()).unwrap();
    assert_eq!(reopened.setup().unwrap(), Some(setup()));
    assert_eq!(
        rows_in(&dump(reopened.connection()), "readings"),
        rows_in(&before, "readings") + 1
    );
}

#[test]
fn a_diary_restores_on_a_new_computer() {
    let old = TempDir::new().unwrap();
    let diary = full_diary(old.path());
    let before = dump(diary.connection());
    let usb = TempDir::new().unwrap();
    let copy = usb.path().join("Centinela-respaldo.sqlite3");
    let made = backup_now(&diary, old.path(), Some(&copy), mx("2026-11-21 09:00")).unwrap();
    assert_eq!(made.path, copy.display().to_string());
    assert!(
        !old.path().join("backups").exists(),
        "a copy elsewhere does not touch the backups folder"
    );
    drop(diary);

    // Renamed on the stick: it still says what it is.
    let renamed = usb.path().join("valeria.sqlite3");
    std::fs::rename(&copy, &renamed).unwrap();
    let seen = validate_backup(&renamed).unwrap();
    assert_eq!(seen.kind, Some(BackupKind::Manual));
    assert_eq!(seen.made_at, Some(t("2026-11-21T09:00:00-06:00")));

    let new_laptop = TempDir::new().unwrap();
    let data_dir = new_laptop.path().join("org.centinela.desktop");
    centinela_core::paths::ensure_data_dir(&data_dir).unwrap();
    let mut fresh = Diary::open_in(&data_dir).unwrap();
    let (restored, safety) =
        restore(&mut fresh, &data_dir, &renamed, mx("2026-12-01 18:00")).unwrap();
    assert_eq!(restored.child_name.as_deref(), Some("Valeria"));
    assert_eq!(dump(fresh.connection()), before);
    assert_eq!(dump_file(&data_dir.join(DIARY_FILE_NAME)), before);
    // The empty diary that was there is kept too, though there is nothing in it.
    assert_eq!(safety.child_name, None);
    assert_eq!(safety.readings, 0);
    assert!(Path::new(&safety.path).is_file());
    // ...and is not offered as a backup to restore.
    assert!(list_backups(&data_dir).unwrap().is_empty());
}

#[test]
fn an_older_schema_backup_restores_and_is_brought_up_to_date() {
    let fixture_bytes = std::fs::read(V1_FIXTURE).unwrap();
    let checked = validate_backup(Path::new(V1_FIXTURE)).unwrap();
    assert_eq!(checked.schema_version, 1);
    assert_eq!(checked.child_name.as_deref(), Some("Mateo"));
    assert_eq!(checked.readings, 1);
    assert_eq!(checked.kind, None, "not made by the backup code");
    assert_eq!(checked.made_at, None);

    let data = TempDir::new().unwrap();
    let mut diary = full_diary(data.path());
    let (restored, safety) = restore(
        &mut diary,
        data.path(),
        Path::new(V1_FIXTURE),
        mx("2026-11-21 09:00"),
    )
    .unwrap();
    assert_eq!(restored.schema_version, 1);
    assert_eq!(safety.child_name.as_deref(), Some("Valeria"));

    let setup = diary.setup().unwrap().unwrap();
    assert_eq!(setup.patient.name, "Mateo");
    let course = setup.course.unwrap();
    assert_eq!(course.start.to_string(), "2026-11-16");
    assert_eq!(course.end.to_string(), "2026-12-06");
    assert!(diary.bags().unwrap().is_empty(), "Valeria's bag is gone");
    let on_disk = dump_file(&data.path().join(DIARY_FILE_NAME));
    assert!(on_disk.contains(&format!("user_version = {SCHEMA_VERSION}")));
    assert_eq!(on_disk, dump(diary.connection()));
    assert_eq!(rows_in(&on_disk, "readings"), 1);
    assert!(!on_disk.iter().any(|l| l.contains("centinela_backup")));
    assert_eq!(
        std::fs::read(V1_FIXTURE).unwrap(),
        fixture_bytes,
        "the backup itself is never written to"
    );
}

#[test]
fn a_diary_copied_by_hand_with_its_wal_is_read_whole_and_left_untouched() {
    let data = TempDir::new().unwrap();
    let mut diary = full_diary(data.path());
    more_readings(&mut diary);
    let expected = dump(diary.connection());
    let hand = TempDir::new().unwrap();
    let copy = hand.path().join("diary.sqlite3");
    let (main, wal) = diary_bytes(data.path());
    assert!(!wal.is_empty(), "the live diary has pages only in its WAL");
    std::fs::write(&copy, &main).unwrap();
    std::fs::write(hand.path().join("diary.sqlite3-wal"), &wal).unwrap();

    let seen = validate_backup(&copy).unwrap();
    assert_eq!(seen.readings, rows_in(&expected, "readings") as i64);
    assert_eq!(
        files_in(hand.path()),
        ["diary.sqlite3", "diary.sqlite3-wal"],
        "no -shm or journal made beside it"
    );
    assert_eq!(std::fs::read(&copy).unwrap(), main);

    let target = TempDir::new().unwrap();
    let mut d = Diary::open_in(target.path()).unwrap();
    restore(&mut d, target.path(), &copy, mx("2026-11-21 14:00")).unwrap();
    assert_eq!(dump(d.connection()), expected);
    assert_eq!(std::fs::read(&copy).unwrap(), main);
    assert_eq!(
        std::fs::read(hand.path().join("diary.sqlite3-wal")).unwrap(),
        wal
    );
}

// ---- refused backups ---------------------------------------------------------------

/// A real backup of [`full_diary`] in its own folder.
fn real_backup() -> (TempDir, PathBuf) {
    let data = TempDir::new().unwrap();
    let diary = full_diary(data.path());
    let out = data.path().join("real.sqlite3");
    backup_now(&diary, data.path(), Some(&out), mx("2026-11-21 08:30")).unwrap();
    (data, out)
}

fn page_size_and_count(bytes: &[u8]) -> (usize, usize) {
    let page = u16::from_be_bytes([bytes[16], bytes[17]]) as usize;
    (page, bytes.len() / page)
}

#[test]
fn unusable_backups_are_refused_and_the_diary_is_untouched() {
    let (_real_dir, real) = real_backup();
    let real_bytes = std::fs::read(&real).unwrap();
    let (page, pages) = page_size_and_count(&real_bytes);
    assert!(pages >= 8, "enough pages to damage one in the middle");
    let bad = TempDir::new().unwrap();
    let file = |name: &str, bytes: &[u8]| {
        let p = bad.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };

    // Pseudo-random bytes (a fixed seed, so a failure can be replayed).
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let random: Vec<u8> = (0..8192)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();

    let foreign = bad.path().join("photos.sqlite3");
    {
        let c = Connection::open(&foreign).unwrap();
        c.execute_batch(
            "PRAGMA application_id = 305419896;
             CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT);
             INSERT INTO photos (name) VALUES ('beach.jpg');",
        )
        .unwrap();
    }
    let unmarked = bad.path().join("notes.sqlite3");
    {
        let c = Connection::open(&unmarked).unwrap();
        c.execute_batch("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('hi');")
            .unwrap();
    }
    let newer = file("newer.sqlite3", &real_bytes);
    {
        let c = Connection::open(&newer).unwrap();
        c.execute_batch(&format!("PRAGMA user_version = {}", SCHEMA_VERSION + 1))
            .unwrap();
    }
    let empty_diary = {
        let dir = bad.path().join("empty-diary");
        std::fs::create_dir(&dir).unwrap();
        drop(Diary::open_in(&dir).unwrap()); // closing folds the WAL into the file
        dir.join(DIARY_FILE_NAME)
    };
    // Damage the header of a page in the middle: the file keeps its size and its first
    // page, so only SQLite's own check can tell.
    let mut damaged = real_bytes.clone();
    let middle = pages / 2;
    damaged[middle * page..middle * page + 16].fill(0xFF);
    let damaged = file("damaged.sqlite3", &damaged);
    {
        let c = read_only(&damaged);
        let check: rusqlite::Result<String> =
            c.query_row("PRAGMA integrity_check", [], |r| r.get(0));
        assert_ne!(check.ok().as_deref(), Some("ok"), "the damage is real");
    }

    let cases: Vec<(&str, PathBuf, &str, &str)> = vec![
        (
            "random bytes",
            file("random.sqlite3", &random),
            "not_sqlite",
            "not a database file",
        ),
        (
            "empty file",
            file("empty.sqlite3", b""),
            "not_sqlite",
            "empty",
        ),
        (
            "a PDF",
            file(
                "report.pdf",
                b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n",
            ),
            "not_sqlite",
            "PDF",
        ),
        (
            "cut at a page boundary",
            file("cut-page.sqlite3", &real_bytes[..(pages / 2) * page]),
            "damaged",
            "cut short",
        ),
        (
            "cut mid-page",
            file("cut-mid.sqlite3", &real_bytes[..real_bytes.len() - 100]),
            "damaged",
            "cut short",
        ),
        (
            "cut inside the header",
            file("cut-header.sqlite3", &real_bytes[..50]),
            "damaged",
            "cut short",
        ),
        (
            "another app's database",
            foreign,
            "not_a_diary",
            "another application",
        ),
        (
            "a database without the mark",
            unmarked,
            "not_a_diary",
            "no Centinela mark",
        ),
        (
            "a newer Centinela",
            newer,
            "newer_version",
            "newer Centinela",
        ),
        ("a damaged page", damaged, "damaged", "damaged"),
        (
            "a diary with no child",
            empty_diary,
            "empty_diary",
            "no diary yet",
        ),
        (
            "a missing file",
            bad.path().join("nowhere.sqlite3"),
            "missing",
            "no file",
        ),
        ("a folder", bad.path().to_path_buf(), "not_a_file", "folder"),
    ];

    let data = TempDir::new().unwrap();
    let mut diary = full_diary(data.path());
    let before = dump(diary.connection());
    let bytes_before = diary_bytes(data.path());
    for (what, path, want_code, want_words) in cases {
        let file_before = std::fs::read(&path).ok();
        let (c, msg) = code(validate_backup(&path));
        assert_eq!(c, want_code, "{what}: {msg}");
        assert!(
            msg.contains(want_words),
            "{what}: {msg:?} lacks {want_words:?}"
        );
        let (c, msg) = code(restore(
            &mut diary,
            data.path(),
            &path,
            mx("2026-11-21 09:00"),
        ));
        assert_eq!(c, want_code, "{what} (restore): {msg}");
        assert_eq!(
            dump(diary.connection()),
            before,
            "{what}: the diary changed"
        );
        assert_eq!(
            diary_bytes(data.path()),
            bytes_before,
            "{what}: the file changed"
        );
        assert!(
            !data.path().join("backups").exists(),
            "{what}: nothing is made before the backup is found good"
        );
        assert_eq!(
            std::fs::read(&path).ok(),
            file_before,
            "{what}: the file was written"
        );
    }
    // Checking wrote nothing beside the files either.
    assert!(
        files_in(bad.path())
            .iter()
            .all(|n| !n.ends_with("-wal") && !n.ends_with("-shm") && !n.ends_with("-journal")),
        "{:?}",
        files_in(bad.path())
    );
}

#[test]
fn refusals_serialise_with_code_message_and_path() {
    let dir = TempDir::new().unwrap();
    let missing = dir.path().join("gone.sqlite3");
    let e = validate_backup(&missing).unwrap_err();
    assert!(e.is_refusal());
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(json["code"], "missing");
    assert_eq!(json["path"], missing.display().to_string());
    assert_eq!(json["message"], e.to_string());
}

// ---- making backups ----------------------------------------------------------------

#[test]
fn a_backup_is_one_whole_private_file_and_checking_it_writes_nothing() {
    let data = TempDir::new().unwrap();
    let diary = full_diary(data.path());
    let made = backup_now(&diary, data.path(), None, mx("2026-11-21 08:30")).unwrap();
    let path = PathBuf::from(&made.path);
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..16], b"SQLite format 3\0");
    assert_eq!(
        (bytes[18], bytes[19]),
        (1, 1),
        "rollback journal: no -wal needed"
    );
    let backups = data.path().join("backups");
    assert_eq!(
        files_in(&backups),
        ["diary-manual-2026-11-21T08-30-00.sqlite3"],
        "one file, no temporary or side file"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&backups), 0o700);
        assert_eq!(mode(&path), 0o600);
    }
    let c = read_only(&path);
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let app: i64 = c
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(app, APPLICATION_ID);
    drop(c);

    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    assert_eq!(validate_backup(&path).unwrap(), made);
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        modified
    );
    assert_eq!(files_in(&backups).len(), 1);

    // Two in the same second do not overwrite each other.
    let again = backup_now(&diary, data.path(), None, mx("2026-11-21 08:30")).unwrap();
    assert!(again
        .path
        .ends_with("diary-manual-2026-11-21T08-30-00-2.sqlite3"));
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_failed_backup_leaves_no_file_behind() {
    let data = TempDir::new().unwrap();
    let diary = full_diary(data.path());
    let before = dump(diary.connection());
    let out = TempDir::new().unwrap();

    // The destination is a folder: the copy is made, then cannot be put in place.
    let folder = out.path().join("a-folder.sqlite3");
    std::fs::create_dir(&folder).unwrap();
    let (c, msg) = code(backup_now(
        &diary,
        data.path(),
        Some(&folder),
        mx("2026-11-21 08:30"),
    ));
    assert_eq!(c, "write_failed", "{msg}");
    assert!(msg.contains("folder"), "{msg}");
    assert_eq!(
        files_in(out.path()),
        ["a-folder.sqlite3"],
        "no temporary file left"
    );
    assert!(files_in(&folder).is_empty());

    // The folder does not exist.
    let nowhere = out.path().join("no-such-folder").join("b.sqlite3");
    let (c, msg) = code(backup_now(
        &diary,
        data.path(),
        Some(&nowhere),
        mx("2026-11-21 08:30"),
    ));
    assert_eq!(c, "write_failed");
    assert!(msg.contains("does not exist"), "{msg}");
    assert_eq!(files_in(out.path()), ["a-folder.sqlite3"]);

    // The diary itself, by another spelling of its path.
    let itself = data.path().join(".").join(DIARY_FILE_NAME);
    let (c, _) = code(backup_now(
        &diary,
        data.path(),
        Some(&itself),
        mx("2026-11-21 08:30"),
    ));
    assert_eq!(c, "dest_is_diary");
    let wal = data.path().join(format!("{DIARY_FILE_NAME}-wal"));
    let (c, _) = code(backup_now(
        &diary,
        data.path(),
        Some(&wal),
        mx("2026-11-21 08:30"),
    ));
    assert_eq!(c, "dest_is_diary");
    assert_eq!(dump(diary.connection()), before);
    assert_eq!(dump_file(&data.path().join(DIARY_FILE_NAME)), before);
    assert_eq!(
        files_in(data.path()),
        [DIARY_FILE_NAME, "diary.sqlite3-shm", "diary.sqlite3-wal"]
    );

    // A diary with nothing in it yet.
    let empty = TempDir::new().unwrap();
    let e = Diary::open_in(empty.path()).unwrap();
    let (c, _) = code(backup_now(&e, empty.path(), None, mx("2026-11-21 08:30")));
    assert_eq!(c, "nothing_to_back_up");
    assert!(!empty.path().join("backups").exists());
}

#[test]
fn an_existing_file_chosen_in_the_save_dialog_is_replaced_whole() {
    let data = TempDir::new().unwrap();
    let diary = full_diary(data.path());
    let out = TempDir::new().unwrap();
    let dest = out.path().join("copy.sqlite3");
    std::fs::write(&dest, b"an older file").unwrap();
    let made = backup_now(&diary, data.path(), Some(&dest), mx("2026-11-21 08:30")).unwrap();
    assert_eq!(validate_backup(&dest).unwrap(), made);
    assert_eq!(files_in(out.path()), ["copy.sqlite3"]);
}

// ---- the daily backup --------------------------------------------------------------

fn daily_names(data_dir: &Path) -> Vec<String> {
    files_in(&data_dir.join("backups"))
        .into_iter()
        .filter(|n| n.starts_with("diary-daily-"))
        .collect()
}

#[test]
fn the_daily_backup_is_made_once_per_local_date() {
    let data = TempDir::new().unwrap();
    // Nothing to back up before the setup: no file, no folder.
    let empty = Diary::open_in(data.path()).unwrap();
    assert_eq!(
        daily_backup(&empty, data.path(), mx("2026-11-21 08:00")).unwrap(),
        None
    );
    assert!(!data.path().join("backups").exists());
    drop(empty);

    let mut diary = full_diary(data.path());
    // 20:00 in Mexico City is already the 22nd in UTC: the family's date counts.
    let evening = mx("2026-11-21 20:00");
    assert_eq!(evening.naive_utc().date().to_string(), "2026-11-22");
    let made = daily_backup(&diary, data.path(), evening).unwrap().unwrap();
    assert_eq!(
        made,
        data.path()
            .join("backups")
            .join("diary-daily-2026-11-21.sqlite3")
    );
    let first = std::fs::read(&made).unwrap();
    let summary = validate_backup(&made).unwrap();
    assert_eq!(summary.kind, Some(BackupKind::Daily));
    assert_eq!(summary.made_at, Some(t("2026-11-21T20:00:00-06:00")));

    // Later the same local date (UTC has moved on): nothing new, even after changes.
    more_readings(&mut diary);
    assert_eq!(
        daily_backup(&diary, data.path(), mx("2026-11-21 23:59")).unwrap(),
        None
    );
    assert_eq!(std::fs::read(&made).unwrap(), first);
    // The next local date: a new one, with the new readings.
    let next = daily_backup(&diary, data.path(), mx("2026-11-22 00:00"))
        .unwrap()
        .unwrap();
    assert!(next.ends_with("diary-daily-2026-11-22.sqlite3"));
    assert_eq!(
        validate_backup(&next).unwrap().readings,
        summary.readings + 2
    );
    assert_eq!(
        daily_names(data.path()),
        [
            "diary-daily-2026-11-21.sqlite3",
            "diary-daily-2026-11-22.sqlite3"
        ]
    );

    // In UTC the same instant is another date: the date of `now`'s own zone is used.
    let utc = mx("2026-11-22 19:00").with_timezone(&chrono::Utc);
    assert_eq!(utc.date_naive().to_string(), "2026-11-23");
    let made = daily_backup(&diary, data.path(), utc).unwrap().unwrap();
    assert!(made.ends_with("diary-daily-2026-11-23.sqlite3"));
}

#[test]
fn rotation_keeps_the_newest_14_daily_backups_and_every_other_one() {
    let data = TempDir::new().unwrap();
    let mut diary = full_diary(data.path());
    backup_now(&diary, data.path(), None, mx("2026-11-21 08:30")).unwrap();
    let kept = backup_now(&diary, data.path(), None, mx("2026-11-21 08:31")).unwrap();
    let start = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let day = |n: i64| {
        let date = start + Duration::days(n);
        Mexico_City
            .from_local_datetime(&date.and_hms_opt(9, 0, 0).unwrap())
            .single()
            .unwrap()
    };
    for n in 0..20 {
        assert!(daily_backup(&diary, data.path(), day(n)).unwrap().is_some());
        let count = daily_names(data.path()).len();
        assert_eq!(count, (n as usize + 1).min(DAILY_KEPT), "after day {n}");
    }
    let want: Vec<String> = (6..20)
        .map(|n| format!("diary-daily-{}.sqlite3", start + Duration::days(n)))
        .collect();
    assert_eq!(daily_names(data.path()), want);

    // A restore keeps a copy of the diary as it was; rotation never deletes it.
    let (_, safety) = restore(&mut diary, data.path(), Path::new(&kept.path), day(20)).unwrap();
    // A clock set back makes an older date's backup: it is kept (it is today's).
    let back = daily_backup(&diary, data.path(), day(-3)).unwrap().unwrap();
    assert!(back.is_file());
    assert_eq!(daily_names(data.path()).len(), DAILY_KEPT + 1);
    assert!(daily_backup(&diary, data.path(), day(20))
        .unwrap()
        .is_some());
    let names = daily_names(data.path());
    assert_eq!(names.len(), DAILY_KEPT);
    assert!(!names.contains(&"diary-daily-2026-11-18.sqlite3".to_string()));
    assert!(!names.contains(&want[0]), "the oldest dated one went");

    let all = files_in(&data.path().join("backups"));
    let manual: Vec<_> = all
        .iter()
        .filter(|n| n.starts_with("diary-manual-"))
        .collect();
    assert_eq!(manual.len(), 2, "{all:?}");
    assert!(Path::new(&safety.path).is_file());

    // The list: every file, checked, newest first.
    let list = list_backups(data.path()).unwrap();
    assert_eq!(list.len(), all.len());
    let times: Vec<_> = list.iter().map(|s| s.made_at.unwrap()).collect();
    let mut sorted = times.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(times, sorted);
    assert!(list
        .iter()
        .all(|s: &BackupSummary| s.child_name.as_deref() == Some("Valeria")));
}

#[test]
fn the_list_leaves_out_files_that_are_not_good_backups() {
    let data = TempDir::new().unwrap();
    assert!(
        list_backups(data.path()).unwrap().is_empty(),
        "no folder yet"
    );
    let diary = full_diary(data.path());
    let good = backup_now(&diary, data.path(), None, mx("2026-11-21 08:30")).unwrap();
    let dir = data.path().join("backups");
    std::fs::write(dir.join("diary-daily-2026-11-20.sqlite3"), b"junk").unwrap();
    std::fs::write(dir.join("notes.txt"), b"hello").unwrap();
    let list = list_backups(data.path()).unwrap();
    assert_eq!(list, vec![good]);
}

#[test]
fn a_restore_that_cannot_take_the_diary_changes_nothing_and_says_so() {
    let (_real_dir, real) = real_backup();
    let data = TempDir::new().unwrap();
    let mut diary = full_diary(data.path());
    more_readings(&mut diary);
    let before = dump(diary.connection());
    // Another program holds the diary for writing past the busy timeout.
    let other = Connection::open(data.path().join(DIARY_FILE_NAME)).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let e = restore(&mut diary, data.path(), &real, mx("2026-11-21 13:00")).unwrap_err();
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(e.code(), "restore_failed", "{e}");
    assert!(!e.is_refusal());
    assert!(e.to_string().contains("the diary is as it was"), "{e}");
    assert!(
        matches!(
            &e,
            BackupError::RestoreFailed {
                diary_as_before: true,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(dump(diary.connection()), before);
    assert_eq!(dump_file(&data.path().join(DIARY_FILE_NAME)), before);
    // The safety copy made before the attempt holds the diary as it is.
    let safety = e.path().unwrap();
    assert_eq!(
        validate_backup(safety).unwrap().readings,
        rows_in(&before, "readings") as i64
    );
    // Once the other program lets go, the same restore works.
    restore(&mut diary, data.path(), &real, mx("2026-11-21 13:01")).unwrap();
    assert_eq!(
        diary
            .connection()
            .query_row("SELECT count(*) FROM readings", [], |r| r.get::<_, i64>(0))
            .unwrap(),
        4
    );
}

#[test]
fn a_backup_with_another_page_size_restores() {
    let (_real_dir, real) = real_backup();
    let other = TempDir::new().unwrap();
    let big = other.path().join("big-pages.sqlite3");
    std::fs::copy(&real, &big).unwrap();
    {
        let c = Connection::open(&big).unwrap();
        c.execute_batch("PRAGMA page_size = 8192; VACUUM;").unwrap();
        let size: i64 = c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
        assert_eq!(size, 8192);
    }
    let expected = {
        let target = TempDir::new().unwrap();
        let mut d = Diary::open_in(target.path()).unwrap();
        restore(&mut d, target.path(), &real, mx("2026-11-21 09:00")).unwrap();
        dump(d.connection())
    };
    let data = TempDir::new().unwrap();
    let mut diary = Diary::open_in(data.path()).unwrap();
    restore(&mut diary, data.path(), &big, mx("2026-11-21 09:00")).unwrap();
    assert_eq!(dump(diary.connection()), expected);
    let size: i64 = diary
        .connection()
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    assert_eq!(size, 4096, "the diary keeps its own page size");
}
