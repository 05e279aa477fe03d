//! What the CSV and FHIR export tests share: the clock, the people and words that
//! sharing mode must leave out, and a diary with a child, contacts and a course.
//! Included by core/tests/export_csv.rs and core/tests/export_fhir.rs with `#[path]`.

use centinela_core::course::CoursePlan;
use centinela_core::diary::{Contact, ContactRole, Diary, PatientRecord};
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
