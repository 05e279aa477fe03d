//! The store with 100 000 readings (one every 10 minutes, about 694 days): saving a reading
//! with its assessment (fsync included), the 21-day diary view, and Home.
//!
//!   cargo bench -p centinela-core --bench diary -- --warm-up-time 1 --measurement-time 5 --noplot
//!
//! The diary is seeded once into <target>/bench-data/diary-100k-v<schema>.sqlite3; each bench
//! works on its own copy. scripts/bench.sh reads criterion's medians from <target>/criterion.

use std::path::{Path, PathBuf};

use centinela_core::course::CoursePlan;
use centinela_core::diary::{
    Contact, ContactRole, Diary, Language, PatientRecord, Settings, Setup, SCHEMA_VERSION,
};
use centinela_core::{assess, CarePlan, Patient, Reading, TempUnit, Temperature};
use chrono::{DateTime, Duration, FixedOffset};
use criterion::{criterion_group, criterion_main, Criterion};
use rusqlite::params;

const READINGS: i64 = 100_000;
const EVERY_MIN: i64 = 10;

/// The clock of the seeded diary: its newest reading is taken here.
fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T08:00:00-06:00").unwrap()
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

fn setup() -> Setup {
    let today = now().date_naive();
    Setup {
        patient: PatientRecord {
            name: "Valeria".into(),
            birth_date: "2020-11-21".parse().unwrap(),
            weight_kg: Some(20.0),
            height_cm: Some(112.0),
        },
        care_plan: CarePlan {
            fever_threshold_c: 38.0,
        },
        contacts: vec![Contact {
            role: ContactRole::Team24h,
            name: "Oncología pediátrica 24/7".into(),
            phone: "+52 81 1234 5678".into(),
            address: None,
        }],
        settings: Settings {
            language: Language::Es,
            temperature_unit: TempUnit::C,
            caregiver: Some("Lucía".into()),
            start_at_login: false,
        },
        // A course under way, so Home shows the bag and reminders as it does for a family.
        course: Some(CoursePlan::new(
            today - Duration::days(10),
            today + Duration::days(10),
            Some(8),
        )),
    }
}

fn temp(at: DateTime<FixedOffset>, c: f64) -> Reading {
    Reading {
        temperature: Some(Temperature {
            value: c,
            unit: TempUnit::C,
        }),
        ..Reading::at(at)
    }
}

/// The seeded diary, built on first use: `save_setup`, then one transaction with the
/// readings (the columns `insert_reading` writes), 1% corrected and 5% with an alert.
fn seeded() -> PathBuf {
    let dir = target_dir().join("bench-data");
    let path = dir.join(format!("diary-100k-v{SCHEMA_VERSION}.sqlite3"));
    if path.exists() {
        return path;
    }
    std::fs::create_dir_all(&dir).unwrap();
    let building = dir.join(format!("building-{}.sqlite3", std::process::id()));
    let first = now() - Duration::minutes(EVERY_MIN * (READINGS - 1));
    {
        let mut diary = Diary::open(&building).unwrap();
        diary.save_setup(&setup(), now()).unwrap();
        // Every alert carries what the rules said about a fever at 38.6 °C.
        let patient = Patient {
            birth_date: setup().patient.birth_date,
            weight_kg: Some(20.0),
        };
        let fever = assess(
            &patient,
            &setup().care_plan,
            &[temp(first, 38.6)],
            &[],
            first,
        );
        let reasons = serde_json::to_string(&fever.reasons).unwrap();
        let conn = diary.connection();
        conn.execute_batch("BEGIN").unwrap();
        {
            let mut reading = conn
                .prepare(
                    "INSERT INTO readings (taken_at, taken_at_ms, temperature_value,
                         temperature_unit, temperature_c, systolic_mmhg, diastolic_mmhg,
                         heart_rate_bpm, spo2_percent, antipyretic_in_last_6h, symptoms, pump,
                         recorded_at, recorded_by)
                     VALUES (?1, ?2, ?3, 'C', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                )
                .unwrap();
            let mut amendment = conn
                .prepare(
                    "INSERT INTO amendments (original_id, corrected_id, reason, amended_by, amended_at)
                     VALUES (?1, ?2, 'typed 37.9 instead of 37.2', 'Lucía', ?3)",
                )
                .unwrap();
            let mut alert = conn
                .prepare(
                    "INSERT INTO alerts (reading_id, rules_version, action, reasons, raised_at,
                         raised_at_ms, state, acknowledged_by, acknowledged_at, team_said)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'acknowledged', 'Lucía', ?7,
                         'Give paracetamol and call back if it rises')",
                )
                .unwrap();
            for i in 0..READINGS {
                let at = first + Duration::minutes(EVERY_MIN * i);
                let stamp = at.to_rfc3339();
                let has_alert = i % 20 == 7;
                let c = if has_alert {
                    38.6
                } else {
                    36.4 + (i % 9) as f64 / 10.0
                };
                // Every third reading a full set of vitals, as a family does a few times a day.
                let full = i % 3 == 0;
                let vitals = |v: f64| full.then_some(v);
                let symptoms = (i % 50 == 0).then_some("[]");
                let pump = (i % 6 == 0).then_some("running");
                let recorded_at = (at + Duration::minutes(1)).to_rfc3339();
                reading
                    .execute(params![
                        stamp,
                        at.timestamp_millis(),
                        c,
                        vitals(104.0),
                        vitals(66.0),
                        vitals(96.0 + (i % 7) as f64),
                        vitals(98.0),
                        vitals(0.0).map(|_| false),
                        symptoms,
                        pump,
                        recorded_at,
                        "Lucía",
                    ])
                    .unwrap();
                let id = conn.last_insert_rowid();
                if has_alert {
                    alert
                        .execute(params![
                            id,
                            fever.rules_version,
                            fever.action.code(),
                            reasons,
                            recorded_at,
                            (at + Duration::minutes(1)).timestamp_millis(),
                            (at + Duration::minutes(20)).to_rfc3339(),
                        ])
                        .unwrap();
                }
                if i % 100 == 50 {
                    // The correction: written right after its original (ids grow).
                    let amended_at = (at + Duration::minutes(3)).to_rfc3339();
                    reading
                        .execute(params![
                            stamp,
                            at.timestamp_millis(),
                            37.2,
                            vitals(104.0),
                            vitals(66.0),
                            vitals(98.0),
                            vitals(98.0),
                            vitals(0.0).map(|_| false),
                            symptoms,
                            pump,
                            amended_at,
                            "Lucía",
                        ])
                        .unwrap();
                    amendment
                        .execute(params![id, conn.last_insert_rowid(), amended_at])
                        .unwrap();
                }
            }
        }
        conn.execute_batch("COMMIT").unwrap();
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .unwrap();
    }
    std::fs::rename(&building, &path).unwrap();
    for ext in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", building.display()));
    }
    path
}

/// A copy of the seeded diary for one bench, in the target folder (a real disk: fsync counts).
fn copy() -> (tempfile::TempDir, Diary) {
    let seed = seeded();
    let dir = tempfile::tempdir_in(seed.parent().unwrap()).unwrap();
    let path = dir.path().join("diary.sqlite3");
    std::fs::copy(&seed, &path).unwrap();
    let diary = Diary::open(&path).unwrap();
    (dir, diary)
}

fn benches(c: &mut Criterion) {
    {
        let (_dir, mut diary) = copy();
        let mut i = 0i64;
        c.bench_function("save_reading_with_assessment", |b| {
            b.iter(|| {
                i += 1;
                let at = now() + Duration::minutes(EVERY_MIN * i);
                // One in ten a fever: the assessment then raises (or finds) an alert.
                let c = if i % 10 == 0 { 38.7 } else { 36.8 };
                let saved = diary.add_reading(&temp(at, c), Some("Lucía"), at).unwrap();
                assert!(
                    i % 10 != 0 || saved.alert_id.is_some(),
                    "a fever raises an alert"
                );
                saved
            })
        });
    }
    {
        let (_dir, diary) = copy();
        // As get_diary(21) calls them.
        let from = now() - Duration::days(21);
        let to = now() + Duration::minutes(5);
        let n = diary.readings_between(from, to).unwrap().len();
        assert!(
            n > 3000,
            "the 21-day view should hold about 3,000 readings, got {n}"
        );
        c.bench_function("diary_view_21_days", |b| {
            b.iter(|| {
                (
                    diary.readings_between(from, to).unwrap(),
                    diary.alerts_between(from, to).unwrap(),
                )
            })
        });
    }
    {
        let (_dir, diary) = copy();
        c.bench_function("home", |b| {
            b.iter(|| diary.home_in(now(), &chrono::Local).unwrap())
        });
    }
}

criterion_group!(diary, benches);
criterion_main!(diary);
