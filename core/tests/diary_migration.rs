//! A diary written by the first release (schema 1) opens in this one: the migration keeps
//! every reading and alert and moves the course start into the course plan.

use centinela_core::diary::{Diary, Language, SCHEMA_VERSION};
use chrono::DateTime;
use tempfile::TempDir;

const V1_FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/diary/v1-course-start.sqlite3"
);

fn copy_of_v1() -> (TempDir, std::path::PathBuf) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("diary.sqlite3");
    std::fs::copy(V1_FIXTURE, &path).unwrap();
    (dir, path)
}

fn user_version(path: &std::path::Path) -> i64 {
    let c = rusqlite::Connection::open(path).unwrap();
    c.query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
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

    let from = DateTime::parse_from_rfc3339("2026-11-01T00:00:00Z").unwrap();
    let to = DateTime::parse_from_rfc3339("2026-12-01T00:00:00Z").unwrap();
    let entries = diary.readings_between(from, to).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].recorded_by.as_deref(), Some("Ana"));
    assert_eq!(diary.alerts_between(from, to).unwrap().len(), 1);
    assert!(diary.bags().unwrap().is_empty());
}

#[test]
fn opening_a_migrated_diary_again_changes_nothing() {
    let (_dir, path) = copy_of_v1();
    drop(Diary::open(&path).unwrap());
    let before = diary_dump(&path);
    drop(Diary::open(&path).unwrap());
    assert_eq!(diary_dump(&path), before);
}

/// Every row of every table, as text, to compare two states of a file.
fn diary_dump(path: &std::path::Path) -> Vec<String> {
    let c = rusqlite::Connection::open(path).unwrap();
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = vec![];
    for t in tables {
        let mut stmt = c.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect();
                Ok(format!("{t}: {}", cells.join("|")))
            })
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        out.extend(rows);
    }
    out
}
