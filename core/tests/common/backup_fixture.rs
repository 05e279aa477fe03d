//! A full diary and the helpers that compare diaries, shared by the backup tests and
//! the command line's.
#![allow(dead_code, unused_imports)] // each test file uses its own subset

use std::path::Path;

use centinela_core::backup::BackupError;
use centinela_core::bag::{BagDuration, NewBag};
use centinela_core::diary::{Diary, DIARY_FILE_NAME};
use centinela_core::reminder::Wake;
use chrono::{DateTime, Duration, FixedOffset, TimeZone};
use chrono_tz::America::Mexico_City;

#[path = "family_fixture.rs"]
mod family;
pub use family::{setup, temp};

#[path = "diary_state.rs"]
mod state;
pub use state::{dump, files_in, read_only};

pub const V1_FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/diary/v1-course-start.sqlite3"
);

/// Every table the diary has at this schema: each must hold rows in [`full_diary`], so a
/// comparison of dumps really compares something.
pub const TABLES: [&str; 11] = [
    "alerts",
    "amendments",
    "bags",
    "care_plan",
    "contacts",
    "course",
    "patient",
    "pauses",
    "readings",
    "reminders",
    "settings",
];

pub fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// Local wall-clock time in Mexico City.
pub fn mx(s: &str) -> DateTime<chrono_tz::Tz> {
    let naive = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    Mexico_City.from_local_datetime(&naive).single().unwrap()
}

/// A diary with a row in every table: setup, readings (one corrected), an acknowledged
/// alert, a bag, a pause resumed, reminders. The last reading is at 07:40 on 21 Nov.
pub fn full_diary(data_dir: &Path) -> Diary {
    let now = t("2026-11-21T08:00:00-06:00");
    let mut d = Diary::open_in(data_dir).unwrap();
    d.save_setup(&setup(), t("2026-11-19T09:00:00-06:00"))
        .unwrap();
    let hung = t("2026-11-19T10:00:00-06:00");
    d.log_bag(
        &NewBag {
            hung_at: hung,
            duration: BagDuration::H48,
            extension_hours: 0,
            note: Some("primera bolsa".into()),
        },
        Some("Lucía"),
        hung,
    )
    .unwrap();
    let r1 = t("2026-11-20T06:00:00-06:00");
    let first = d.add_reading(&temp(r1, 37.2), Some("Lucía"), r1).unwrap();
    d.amend_reading(
        first.id,
        &temp(r1, 37.4),
        "typo",
        "Lucía",
        r1 + Duration::minutes(5),
    )
    .unwrap();
    let r2 = t("2026-11-20T22:00:00-06:00");
    let fever = d.add_reading(&temp(r2, 38.6), Some("Lucía"), r2).unwrap();
    let alert = fever.alert_id.expect("a fever raises an alert");
    d.acknowledge_alert(
        alert,
        "Lucía",
        Some("paracetamol, call back in 1 h"),
        r2 + Duration::minutes(10),
    )
    .unwrap();
    let p = t("2026-11-21T03:00:00-06:00");
    d.pause_infusion("pump alarm", Some("Lucía"), p).unwrap();
    d.resume_infusion(Some("Lucía"), p + Duration::minutes(20))
        .unwrap();
    let r3 = t("2026-11-21T07:40:00-06:00");
    d.add_reading(&temp(r3, 37.0), Some("Lucía"), r3).unwrap();
    d.run_reminders(now, &Mexico_City, Wake::Started).unwrap();
    d
}

pub fn more_readings(d: &mut Diary) {
    for (at, c) in [
        ("2026-11-21T10:00:00-06:00", 37.1),
        ("2026-11-21T12:00:00-06:00", 37.3),
    ] {
        let at = t(at);
        d.add_reading(&temp(at, c), Some("Lucía"), at).unwrap();
    }
}

/// The diary file as a fresh connection from disk sees it (read-only).
pub fn dump_file(path: &Path) -> Vec<String> {
    dump(&read_only(path))
}

pub fn rows_in(d: &[String], table: &str) -> usize {
    d.iter()
        .filter(|l| l.starts_with(&format!("{table}: ")))
        .count()
}

/// The diary's file and WAL, byte for byte.
pub fn diary_bytes(data_dir: &Path) -> (Vec<u8>, Vec<u8>) {
    let main = data_dir.join(DIARY_FILE_NAME);
    let wal = data_dir.join(format!("{DIARY_FILE_NAME}-wal"));
    (
        std::fs::read(main).unwrap(),
        std::fs::read(wal).unwrap_or_default(),
    )
}

pub fn code<T: std::fmt::Debug>(r: Result<T, BackupError>) -> (String, String) {
    let e = r.expect_err("must be refused");
    (e.code().to_string(), e.to_string())
}

// ---- round trips -------------------------------------------------------------------
