//! What the CSV and FHIR export tests share: the clock, the people and words that
//! sharing mode must leave out, and a diary with a child, contacts and a course.
//! Included with `#[path]` by the core's export tests and the command line's.
#![allow(dead_code)] // each test file uses its own subset

use centinela_core::course::CoursePlan;
use centinela_core::diary::{Contact, ContactRole, Diary, PatientRecord};
use std::path::{Path, PathBuf};
use std::process::Command;

use centinela_core::reading::NeuroCheck;
use centinela_core::{PumpStatus, Reading, Symptom, TempUnit, Temperature};
use chrono::{DateTime, FixedOffset};
use tempfile::TempDir;

pub fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

pub fn now() -> DateTime<FixedOffset> {
    t("2026-11-21T10:00:00-06:00")
}

pub const CHILD: &str = "Sofía Ramírez";
pub const BIRTH: &str = "2020-03-14";
pub const REASON: &str = "Typed 39,5 instead of 37,5; the \"thermometer\" said 37.5\nsecond line";
pub const NURSE: &str = "Enfermera Rosa Medina";
pub const MOTHER: &str = "Mamá (Lucía Ramírez)";
pub const FATHER: &str = "Papá, \"Beto\"";
/// Everything sharing mode must not contain.
pub const SECRETS: &[&str] = &[
    CHILD,
    "Sofía",
    "Ramírez",
    BIRTH,
    "2020",
    "Elena Quiroga",
    "Quiroga",
    "Carmen Villalobos",
    "+52 55 1234 5678",
    "1234 5678",
    "55 8765 4321",
    "8765",
    REASON,
    "Typed",
    "thermometer",
    NURSE,
    "Rosa",
    MOTHER,
    "Lucía",
    FATHER,
    "Beto",
];

/// A diary with the child, two contacts and a course from 2026-11-18 to 2026-12-05,
/// and no readings yet.
pub fn diary_with_course() -> (TempDir, Diary) {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    d.save_patient(
        &PatientRecord {
            name: CHILD.into(),
            birth_date: BIRTH.parse().unwrap(),
            weight_kg: Some(18.5),
            height_cm: Some(108.0),
        },
        now(),
    )
    .unwrap();
    d.set_contacts(&[
        Contact {
            role: ContactRole::Team24h,
            name: "Dra. Elena Quiroga".into(),
            phone: "+52 55 1234 5678".into(),
            address: None,
        },
        Contact {
            role: ContactRole::Second,
            name: "Tía Carmen Villalobos".into(),
            phone: "55 8765 4321".into(),
            address: None,
        },
    ])
    .unwrap();
    d.save_course(
        Some(&CoursePlan::new(
            "2026-11-18".parse().unwrap(),
            "2026-12-05".parse().unwrap(),
            Some(8),
        )),
        now(),
    )
    .unwrap();
    (dir, d)
}

/// A diary with a course (from 2026-11-18), contacts, and readings that cover the cases:
/// a day-0 reading, one at midnight of day 1, °F with fractional seconds, another UTC
/// offset, an empty checklist and none, and a correction whose reason needs quoting.
pub fn csv_diary() -> (TempDir, Diary) {
    let (dir, mut d) = diary_with_course();

    let mut r1 = Reading::at(t("2026-11-17T22:30:00-06:00"));
    r1.temperature = Some(Temperature {
        value: 36.8,
        unit: TempUnit::C,
    });
    r1.heart_rate_bpm = Some(100.0);
    r1.symptoms = Some(vec![]);
    r1.pump = Some(PumpStatus::Running);
    d.add_reading(&r1, Some(MOTHER), t("2026-11-17T22:31:00-06:00"))
        .unwrap();

    let mut r2 = Reading::at(t("2026-11-18T00:00:00-06:00"));
    r2.heart_rate_bpm = Some(110.0);
    r2.systolic_mmhg = Some(95.0);
    r2.diastolic_mmhg = Some(60.0);
    r2.spo2_percent = Some(98.0);
    r2.antipyretic_in_last_6h = Some(false);
    r2.respiratory_rate_per_min = Some(28.0);
    r2.neuro_check = Some(NeuroCheck::capd(4.0));
    d.add_reading(&r2, None, t("2026-11-18T00:02:00-06:00"))
        .unwrap();

    let mut r3 = Reading::at(t("2026-11-19T08:15:42.250-06:00"));
    r3.temperature = Some(Temperature {
        value: 101.3,
        unit: TempUnit::F,
    });
    r3.antipyretic_in_last_6h = Some(true);
    r3.antipyretic_given_at = Some(t("2026-11-19T06:00:00-06:00"));
    r3.symptoms = Some(vec![Symptom::Headache, Symptom::Rash]);
    r3.pump = Some(PumpStatus::Alarm);
    d.add_reading(&r3, Some(FATHER), t("2026-11-19T08:20:00-06:00"))
        .unwrap();

    let mut r4 = Reading::at(t("2026-11-20T07:05:00+01:00"));
    r4.temperature = Some(Temperature {
        value: 37.2,
        unit: TempUnit::C,
    });
    r4.systolic_mmhg = Some(100.0);
    r4.diastolic_mmhg = Some(65.0);
    d.add_reading(&r4, Some(MOTHER), t("2026-11-20T07:06:00+01:00"))
        .unwrap();

    let mut r5 = Reading::at(t("2026-11-20T20:00:00-06:00"));
    r5.temperature = Some(Temperature {
        value: 39.5,
        unit: TempUnit::C,
    });
    r5.heart_rate_bpm = Some(120.0);
    let id5 = d
        .add_reading(&r5, Some(MOTHER), t("2026-11-20T20:01:00-06:00"))
        .unwrap()
        .id;
    let mut fixed = r5.clone();
    fixed.temperature = Some(Temperature {
        value: 37.5,
        unit: TempUnit::C,
    });
    d.amend_reading(id5, &fixed, REASON, NURSE, t("2026-11-20T21:00:00-06:00"))
        .unwrap();
    (dir, d)
}

/// Course from 2026-11-18; readings: day 0 in °C with pulse, day 1 in °F with blood
/// pressure and SpO₂ at -06:00, day 3 at +01:00 with symptoms only (no Observation), and
/// a 39.5 °C corrected to 37.5 °C.
pub fn fhir_diary() -> (TempDir, Diary) {
    let (dir, mut d) = diary_with_course();

    let mut r1 = Reading::at(t("2026-11-17T22:30:00-06:00"));
    r1.temperature = Some(Temperature {
        value: 36.8,
        unit: TempUnit::C,
    });
    r1.heart_rate_bpm = Some(100.0);
    r1.symptoms = Some(vec![]);
    d.add_reading(&r1, Some(MOTHER), t("2026-11-17T22:31:00-06:00"))
        .unwrap();

    let mut r2 = Reading::at(t("2026-11-18T06:45:10-06:00"));
    r2.temperature = Some(Temperature {
        value: 101.3,
        unit: TempUnit::F,
    });
    r2.systolic_mmhg = Some(95.0);
    r2.diastolic_mmhg = Some(60.0);
    r2.spo2_percent = Some(97.5);
    d.add_reading(&r2, Some(MOTHER), t("2026-11-18T06:50:00-06:00"))
        .unwrap();

    let mut r3 = Reading::at(t("2026-11-20T07:05:00+01:00"));
    r3.symptoms = Some(vec![Symptom::Fatigue]);
    r3.pump = Some(PumpStatus::Running);
    d.add_reading(&r3, None, t("2026-11-20T07:06:00+01:00"))
        .unwrap();

    let mut r4 = Reading::at(t("2026-11-20T20:00:00-06:00"));
    r4.temperature = Some(Temperature {
        value: 39.5,
        unit: TempUnit::C,
    });
    let id4 = d
        .add_reading(&r4, Some(MOTHER), t("2026-11-20T20:01:00-06:00"))
        .unwrap()
        .id;
    let mut fixed = r4.clone();
    fixed.temperature = Some(Temperature {
        value: 37.5,
        unit: TempUnit::C,
    });
    d.amend_reading(id4, &fixed, REASON, NURSE, t("2026-11-20T21:00:00-06:00"))
        .unwrap();
    (dir, d)
}

// ---- the real FHIR R4 model ---------------------------------------------------------

/// The repository's root, from the tests of any crate in it.
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|p| p.join("Cargo.lock").is_file())
        .expect("the tests run inside the repository")
        .into()
}

/// Run tests/fhir/validate.py on `json`; (exit code, stdout, stderr). Fails the test,
/// rather than skipping it, when the FHIR venv has not been made.
pub fn validate_fhir(json: &str, sharing: bool) -> (i32, String, String) {
    let root = repo_root();
    let python = root.join(".venv-fhir/bin/python");
    assert!(
        python.is_file(),
        "{} is missing: run scripts/fhir-venv.sh to install the FHIR R4 model \
         (fhir.resources) the FHIR export is validated with",
        python.display()
    );
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("bundle.json");
    std::fs::write(&file, json).unwrap();
    let mut cmd = Command::new(python);
    cmd.arg(root.join("tests/fhir/validate.py")).arg(&file);
    if sharing {
        cmd.arg("--sharing");
    }
    let out = cmd.output().expect("the validator runs");
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
