//! Diaries written by earlier releases open in this one.
//!
//! - There is a committed fixture for every schema version (`fixtures/diary/v{n}-*.sqlite3`).
//! - Every older one opens, is copied first (a `BeforeUpgrade` backup holding exactly the
//!   fixture's rows), then migrated; the schema 1 diary keeps every reading and alert and
//!   moves the course start into the course plan.
//! - A diary from a newer Centinela is refused and left byte for byte as it was.
//!
//! - A schema 2 diary (care rules v1) keeps its alerts with their v1 reasons and words.
//!
//! The newest fixture is made by `cargo test -p centinela-core --test diary_migration --
//! --ignored make_v4_fixture` (through the public API), before a schema bump. The older ones
//! were made the same way by earlier versions of this file (see git history).

use std::path::{Path, PathBuf};

use centinela_core::backup::{validate_backup, BackupKind, BACKUPS_DIR};
use centinela_core::diary::{
    AlertState, Diary, Language, SteroidOccasion, DIARY_FILE_NAME, SCHEMA_VERSION,
};
use centinela_core::reading::NeuroCheck;
use centinela_core::Reading;
use chrono::{DateTime, Duration, FixedOffset, Local};
use rusqlite::Connection;
use tempfile::TempDir;

#[path = "common/family_fixture.rs"]
mod family;
use family::temp;

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
const V3_FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/diary/v3-care-rules-2.sqlite3"
);
const V4_FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/diary/v4-sound-limit.sqlite3"
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
    let (dir, path) = copy_into_data_dir(Path::new(V4_FIXTURE));
    assert_eq!(user_version(&path), SCHEMA_VERSION);
    let before = dump(&read_only(&path));
    let diary = Diary::open_in_at(dir.path(), t("2026-12-01T08:00:00-06:00")).unwrap();
    assert_eq!(dump(diary.connection()), before);
    assert!(files_in(&dir.path().join(BACKUPS_DIR)).is_empty());

    // It holds what make_v2_fixture, make_v3_fixture and make_v4_fixture put in it, so the
    // migrations above meet real rows.
    assert_eq!(diary.sound_limit().unwrap(), 35);
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
    // The care-rules v2 fields and a steroid dose.
    let v2 = entries
        .iter()
        .find(|e| e.reading.neuro_check.is_some())
        .expect("a reading with the new fields");
    assert_eq!(v2.reading.respiratory_rate_per_min, Some(24.0));
    assert_eq!(v2.reading.neuro_check, Some(NeuroCheck::capd(3.0)));
    assert!(v2.reading.antipyretic_given_at.is_some());
    assert_eq!(diary.steroid_doses().unwrap().len(), 1);
}

#[test]
fn a_care_rules_1_alert_keeps_its_version_reasons_and_words_after_the_upgrade() {
    let (dir, _path) = copy_into_data_dir(Path::new(V2_FIXTURE));
    let before: Vec<(String, String)> = read_only(&dir.path().join(DIARY_FILE_NAME))
        .prepare("SELECT rules_version, reasons FROM alerts ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!before.is_empty());
    let diary = Diary::open_in_at(dir.path(), t("2027-01-05T08:30:15-06:00")).unwrap();
    let alerts = diary
        .alerts_between(t("2026-11-01T00:00:00Z"), t("2026-12-31T00:00:00Z"))
        .unwrap();
    assert_eq!(alerts.len(), before.len());
    for (alert, (version, reasons)) in alerts.iter().zip(&before) {
        assert_eq!(&alert.rules_version, version);
        assert_eq!(alert.rules_version, "care-rules/1");
        assert_eq!(&serde_json::to_string(&alert.reasons).unwrap(), reasons);
    }
    // A new reading is assessed under v2; the old alerts stay as they were.
    let mut diary = diary;
    let at = t("2027-01-05T09:00:00-06:00");
    let saved = diary
        .add_reading(&temp(at, 35.5), Some("Lucía"), at)
        .unwrap();
    assert_eq!(saved.assessment.rules_version, "care-rules/2");
    assert_eq!(saved.assessment.reasons[0].code, "hypothermia");
    let again = diary
        .alerts_between(t("2026-11-01T00:00:00Z"), t("2026-12-31T00:00:00Z"))
        .unwrap();
    assert_eq!(again, alerts);
}

#[test]
fn a_schema_1_diary_is_migrated_without_losing_anything() {
    let (_dir, path) = copy_of_v1();
    assert_eq!(user_version(&path), 1);
    let diary = Diary::open(&path).unwrap();
    assert_eq!(SCHEMA_VERSION, 4);
    assert_eq!(user_version(&path), 4);
    // Schema 4's sound level: the default until the nurse sets one.
    assert_eq!(diary.sound_limit().unwrap(), 50);

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

/// Build the newest fixture through the public API: the schema 2 fixture (a patient with
/// contacts and a course, 3 bags, a resumed pause, an amended reading, alerts raised under
/// care rules v1, reminders) opened and so migrated, plus a reading with every care-rules v2
/// field and a steroid dose. Run it by hand before a schema bump, and commit the file.
#[test]
#[ignore = "writes tests/fixtures/diary/v3-care-rules-2.sqlite3; run by hand"]
fn make_v3_fixture() {
    // Kept to show how the schema 3 fixture was made; it needs a schema 3 build.
    assert_eq!(SCHEMA_VERSION, 3, "this makes the schema 3 fixture only");
    let (dir, _path) = copy_into_data_dir(Path::new(V2_FIXTURE));
    let mut d = Diary::open_in_at(dir.path(), t("2026-11-22T09:30:00-06:00")).unwrap();
    let premed = t("2026-11-22T08:00:00-06:00");
    d.record_steroid_dose(premed, SteroidOccasion::StepUp, Some("Lucía"), premed)
        .unwrap();
    let at = t("2026-11-22T10:00:00-06:00");
    let reading = Reading {
        respiratory_rate_per_min: Some(24.0),
        antipyretic_in_last_6h: Some(true),
        antipyretic_given_at: Some(at - Duration::hours(2)),
        neuro_check: Some(NeuroCheck::capd(3.0)),
        symptoms: Some(vec![]),
        ..temp(at, 37.2)
    };
    d.add_reading(&reading, Some("Lucía"), at).unwrap();

    save_fixture(&d, V3_FIXTURE, 3);
}

/// The schema 4 fixture: the schema 3 one opened by this build (so migrated), with the
/// nurse's sound level set. Run it by hand before a schema bump, and commit the file.
#[test]
#[ignore = "writes tests/fixtures/diary/v4-sound-limit.sqlite3; run by hand"]
fn make_v4_fixture() {
    assert_eq!(SCHEMA_VERSION, 4, "this makes the schema 4 fixture only");
    let (dir, _path) = copy_into_data_dir(Path::new(V3_FIXTURE));
    let mut d = Diary::open_in_at(dir.path(), t("2026-12-07T09:30:00-06:00")).unwrap();
    d.set_sound_limit(35, t("2026-12-07T09:31:00-06:00"))
        .unwrap();
    save_fixture(&d, V4_FIXTURE, 4);
}

/// Writes the diary as one self-contained fixture file (no -wal needed beside it).
fn save_fixture(d: &Diary, path: &str, version: i64) {
    let out = PathBuf::from(path);
    let _ = std::fs::remove_file(&out);
    d.connection()
        .execute("VACUUM INTO ?1", [out.to_str().unwrap()])
        .unwrap();
    Connection::open(&out)
        .unwrap()
        .query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
        .unwrap();
    assert_eq!(user_version(&out), version);
}
