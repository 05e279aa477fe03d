//! Diaries written by earlier releases open in this one.
//!
//! - There is a committed fixture for every schema version (`fixtures/diary/v{n}-*.sqlite3`).
//! - Every older one opens, is copied first (a `BeforeUpgrade` backup holding exactly the
//!   fixture's rows), then migrated; the schema 1 diary keeps every reading and alert and
//!   moves the course start into the course plan.
//! - A diary from a newer Centinela is refused and left byte for byte as it was.
//!
//! The newest fixture is made by `cargo test -p centinela-core --test diary_migration --
//! --ignored make_v2_fixture` (through the public API), before a schema bump.

use std::path::{Path, PathBuf};

use centinela_core::backup::{validate_backup, BackupKind, BACKUPS_DIR};
use centinela_core::bag::{BagDuration, NewBag};
use centinela_core::diary::{
    AlertState, Diary, Language, ReminderState, DIARY_FILE_NAME, SCHEMA_VERSION,
};
use centinela_core::reminder::Wake;
use chrono::{DateTime, Duration, FixedOffset, Local};
use rusqlite::Connection;
use tempfile::TempDir;

#[path = "common/family_fixture.rs"]
mod family;
use family::{setup, temp};

#[path = "common/diary_state.rs"]
mod state;
use state::{dump, dump_except, files_in, read_only};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/diary");

const V1_FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/diary/v1-course-start.sqlite3"
);
const V2_FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/diary/v2-course-bags.sqlite3"
);

/// The backup's own table: in a `BeforeUpgrade` copy, not in the diary it copies.
const INFO_TABLE: &str = "centinela_backup";

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn copy_into_data_dir(fixture: &Path) -> (TempDir, PathBuf) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join(DIARY_FILE_NAME);
    std::fs::copy(fixture, &path).unwrap();
    (dir, path)
}

fn copy_of_v1() -> (TempDir, PathBuf) {
    copy_into_data_dir(Path::new(V1_FIXTURE))
}

fn user_version(path: &Path) -> i64 {
    read_only(path)
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

/// Every fixture with its schema version from its name (`v{n}-...`).
fn fixtures() -> Vec<(i64, PathBuf)> {
    let mut out: Vec<(i64, PathBuf)> = std::fs::read_dir(FIXTURES)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_string();
            let rest = name.strip_prefix('v')?.strip_suffix(".sqlite3")?;
            let (n, _) = rest.split_once('-')?;
            Some((n.parse().ok()?, p))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_schema_version_has_a_fixture() {
    let all = fixtures();
    for n in 1..=SCHEMA_VERSION {
        let of_n: Vec<&PathBuf> = all
            .iter()
            .filter(|(v, _)| *v == n)
            .map(|(_, p)| p)
            .collect();
        assert!(
            !of_n.is_empty(),
            "no fixture for schema {n}: add tests/fixtures/diary/v{n}-<what>.sqlite3 \
             (make_v{n}_fixture) before changing the schema"
        );
        for p in of_n {
            assert_eq!(user_version(p), n, "{} holds another version", p.display());
        }
    }
    assert!(
        all.iter().all(|(v, _)| *v <= SCHEMA_VERSION),
        "a fixture newer than this build: {all:?}"
    );
}

#[test]
fn every_older_fixture_is_copied_then_migrated() {
    let older: Vec<(i64, PathBuf)> = fixtures()
        .into_iter()
        .filter(|(v, _)| *v < SCHEMA_VERSION)
        .collect();
    assert!(!older.is_empty() || SCHEMA_VERSION == 1, "no older fixture");
    let now = t("2027-01-05T08:30:15-06:00");
    for (version, fixture) in older {
        let (dir, path) = copy_into_data_dir(&fixture);
        let before = dump(&read_only(&path));
        let diary = Diary::open_in_at(dir.path(), now).unwrap();
        assert!(!diary.is_read_only());
        assert_eq!(user_version(&path), SCHEMA_VERSION, "{}", fixture.display());
        let ok: String = diary
            .connection()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");

        let backups = dir.path().join(BACKUPS_DIR);
        assert_eq!(
            files_in(&backups),
            vec!["diary-before-upgrade-2027-01-05T08-30-15.sqlite3".to_string()],
            "one copy, named after `now` in its own offset ({})",
            fixture.display()
        );
        let copy = backups.join("diary-before-upgrade-2027-01-05T08-30-15.sqlite3");
        let summary = validate_backup(&copy).unwrap();
        assert_eq!(summary.kind, Some(BackupKind::BeforeUpgrade));
        assert_eq!(summary.made_at, Some(now));
        assert_eq!(summary.schema_version, version);
        assert_eq!(
            dump_except(&read_only(&copy), &[INFO_TABLE]),
            before,
            "the copy holds the diary exactly as it was ({})",
            fixture.display()
        );

        // Opened again: already up to date, no second copy.
        drop(diary);
        drop(Diary::open_in_at(dir.path(), now + Duration::hours(1)).unwrap());
        assert_eq!(files_in(&backups).len(), 1);
    }
}

#[test]
fn the_newest_fixture_opens_without_a_copy_and_unchanged() {
    let (dir, path) = copy_into_data_dir(Path::new(V2_FIXTURE));
    assert_eq!(user_version(&path), SCHEMA_VERSION);
    let before = dump(&read_only(&path));
    let diary = Diary::open_in_at(dir.path(), t("2026-12-01T08:00:00-06:00")).unwrap();
    assert_eq!(dump(diary.connection()), before);
    assert!(files_in(&dir.path().join(BACKUPS_DIR)).is_empty());

    // It holds what make_v2_fixture put in it, so the migrations above meet real rows.
    let setup = diary.setup().unwrap().unwrap();
    assert_eq!(setup.patient.name, "Valeria");
    assert_eq!(setup.contacts.len(), 2);
    assert!(setup.course.is_some());
    assert_eq!(diary.bags().unwrap().len(), 3);
    let pauses = diary.pauses().unwrap();
    assert_eq!(pauses.len(), 1);
    assert!(pauses[0].resumed_at.is_some());
    let from = t("2026-11-01T00:00:00Z");
    let to = t("2026-12-31T00:00:00Z");
    let entries = diary.readings_between(from, to).unwrap();
    assert!(entries.iter().any(|e| e.superseded_by.is_some()));
    let alerts = diary.alerts_between(from, to).unwrap();
    assert!(alerts.iter().any(|a| a.state == AlertState::Acknowledged));
    assert!(alerts.iter().any(|a| a.state == AlertState::Raised));
    let states: Vec<String> = diary
        .connection()
        .prepare("SELECT DISTINCT state FROM reminders ORDER BY state")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(states, ["acknowledged", "delivered"]);
}

#[test]
fn a_schema_1_diary_is_migrated_without_losing_anything() {
    let (_dir, path) = copy_of_v1();
    assert_eq!(user_version(&path), 1);
    let diary = Diary::open(&path).unwrap();
    assert_eq!(SCHEMA_VERSION, 2);
    assert_eq!(user_version(&path), 2);

    let setup = diary.setup().unwrap().unwrap();
    assert_eq!(setup.patient.name, "Mateo");
    assert_eq!(setup.settings.language, Language::Es);
    assert_eq!(setup.settings.caregiver.as_deref(), Some("Ana"));
    assert!(!setup.settings.start_at_login);
    // The course start comes over, with the longest course (21 days) as its planned end.
    let course = setup.course.unwrap();
    assert_eq!(course.start.to_string(), "2026-11-16");
    assert_eq!(course.end.to_string(), "2026-12-06");
    assert_eq!(course.step_up_day, None);
    assert_eq!(course.reading_every_hours, 6);

    let from = t("2026-11-01T00:00:00Z");
    let to = t("2026-12-01T00:00:00Z");
    let entries = diary.readings_between(from, to).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].recorded_by.as_deref(), Some("Ana"));
    assert_eq!(diary.alerts_between(from, to).unwrap().len(), 1);
    assert!(diary.bags().unwrap().is_empty());
}

#[test]
fn open_without_a_clock_names_the_copy_after_the_files_last_change() {
    let (dir, path) = copy_of_v1();
    let changed = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_795_000_000);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(changed)
        .unwrap();
    drop(Diary::open(&path).unwrap());
    let stamp = DateTime::<Local>::from(changed).format("%Y-%m-%dT%H-%M-%S");
    assert_eq!(
        files_in(&dir.path().join(BACKUPS_DIR)),
        vec![format!("diary-before-upgrade-{stamp}.sqlite3")]
    );
}

#[test]
fn no_upgrade_without_its_copy() {
    let (dir, path) = copy_of_v1();
    // A file where the backups folder should be: the copy cannot be made.
    std::fs::write(dir.path().join(BACKUPS_DIR), b"in the way").unwrap();
    let e = Diary::open_in_at(dir.path(), t("2027-01-05T08:30:00-06:00")).unwrap_err();
    assert!(
        e.to_string().contains("before updating"),
        "says what failed: {e}"
    );
    assert_eq!(user_version(&path), 1, "not migrated without its copy");
    // Once the way is clear, the upgrade goes through.
    std::fs::remove_file(dir.path().join(BACKUPS_DIR)).unwrap();
    drop(Diary::open_in_at(dir.path(), t("2027-01-05T08:31:00-06:00")).unwrap());
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

#[test]
fn a_diary_from_a_newer_centinela_is_refused_and_left_byte_identical() {
    let (dir, path) = copy_into_data_dir(Path::new(V2_FIXTURE));
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch(&format!(
            "PRAGMA journal_mode = DELETE; PRAGMA user_version = {};",
            SCHEMA_VERSION + 1
        ))
        .unwrap();
    }
    let bytes = std::fs::read(&path).unwrap();
    let names = files_in(dir.path());
    for open in [
        |p: &Path| Diary::open(p),
        |p: &Path| Diary::open_at(p, t("2027-01-05T08:30:00-06:00")),
    ] {
        let e = open(&path).unwrap_err();
        assert_eq!(e.code(), "newer_version", "{e}");
        let msg = e.to_string();
        assert!(msg.contains("newer") && msg.contains("update"), "{msg}");
        assert!(
            std::fs::read(&path).unwrap() == bytes,
            "not one byte changed"
        );
        assert_eq!(files_in(dir.path()), names, "no file added beside it");
    }
}

#[test]
fn opening_a_migrated_diary_again_changes_nothing() {
    let (_dir, path) = copy_of_v1();
    drop(Diary::open(&path).unwrap());
    let before = dump(&read_only(&path));
    drop(Diary::open(&path).unwrap());
    assert_eq!(dump(&read_only(&path)), before);
}

/// Build the newest fixture through the public API: a patient with contacts and a
/// course, 3 bags, a pause that was resumed, an amended reading, an acknowledged and an
/// open alert, reminders delivered and acknowledged. Run it by hand before a schema
/// bump, and commit the file.
#[test]
#[ignore = "writes tests/fixtures/diary/v2-course-bags.sqlite3; run by hand"]
fn make_v2_fixture() {
    assert_eq!(SCHEMA_VERSION, 2, "this makes the schema 2 fixture only");
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in_at(dir.path(), t("2026-11-19T08:00:00-06:00")).unwrap();
    d.save_setup(&setup(), t("2026-11-19T08:00:00-06:00"))
        .unwrap();
    let tz = FixedOffset::west_opt(6 * 3600).unwrap();
    for (hung, duration) in [
        ("2026-11-19T09:00:00-06:00", BagDuration::H24),
        ("2026-11-20T09:00:00-06:00", BagDuration::H24),
        ("2026-11-21T09:00:00-06:00", BagDuration::H48),
    ] {
        let hung = t(hung);
        // Reminders come due before each new bag (heads-up, due) and are delivered.
        d.run_reminders(hung - Duration::minutes(20), &tz, Wake::Running)
            .unwrap();
        d.log_bag(
            &NewBag {
                hung_at: hung,
                duration,
                extension_hours: 0,
                note: Some("bolsa de farmacia".into()),
            },
            Some("Lucía"),
            hung,
        )
        .unwrap();
    }
    let r1 = t("2026-11-19T10:00:00-06:00");
    let first = d.add_reading(&temp(r1, 37.0), Some("Lucía"), r1).unwrap();
    d.amend_reading(
        first.id,
        &temp(r1, 37.1),
        "me equivoqué al escribir",
        "Lucía",
        r1 + Duration::minutes(3),
    )
    .unwrap();
    let r2 = t("2026-11-19T16:00:00-06:00");
    let fever = d.add_reading(&temp(r2, 38.6), Some("Lucía"), r2).unwrap();
    d.acknowledge_alert(
        fever.alert_id.expect("a fever raises an alert"),
        "Lucía",
        Some("paracetamol y volver a medir en 1 h"),
        r2 + Duration::minutes(10),
    )
    .unwrap();
    let p = t("2026-11-20T12:00:00-06:00");
    d.pause_infusion("alarma de la bomba", Some("Lucía"), p)
        .unwrap();
    d.resume_infusion(Some("Lucía"), p + Duration::minutes(30))
        .unwrap();
    let r3 = t("2026-11-21T16:00:00-06:00");
    let open = d.add_reading(&temp(r3, 39.4), Some("Lucía"), r3).unwrap();
    assert!(open.alert_id.is_some(), "left open");
    // Deliver what is due now, then acknowledge one reminder by hand.
    d.run_reminders(t("2026-11-22T08:00:00-06:00"), &tz, Wake::Running)
        .unwrap();
    let delivered = d
        .open_reminders()
        .unwrap()
        .into_iter()
        .find(|r| r.state == ReminderState::Delivered && r.can_acknowledge)
        .expect("a delivered reminder that OK can end");
    d.acknowledge_reminder(delivered.id, Some("Lucía"), t("2026-11-22T08:05:00-06:00"))
        .unwrap();
    d.run_reminders(t("2026-11-22T09:00:00-06:00"), &tz, Wake::Running)
        .unwrap();

    let out = PathBuf::from(V2_FIXTURE);
    let _ = std::fs::remove_file(&out);
    d.connection()
        .execute("VACUUM INTO ?1", [out.to_str().unwrap()])
        .unwrap();
    // One self-contained file: no -wal needed beside it.
    Connection::open(&out)
        .unwrap()
        .query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
        .unwrap();
    assert_eq!(user_version(&out), 2);
}
