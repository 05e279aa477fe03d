//! The family several store tests share: Valeria, who turns 6 on 2026-11-21, with a plan
//! at 38.3 °C, the team line and 911, Spanish settings and a course from 2026-11-19.
#![allow(dead_code)] // each test file uses its own part

use centinela_core::course::CoursePlan;
use centinela_core::diary::{Contact, ContactRole, Language, PatientRecord, Settings, Setup};
use centinela_core::{CarePlan, Reading, TempUnit, Temperature};
use chrono::{DateTime, FixedOffset};

pub fn setup() -> Setup {
    Setup {
        patient: PatientRecord {
            name: "Valeria".into(),
            // Turns 6 on 2026-11-21: limits change that day.
            birth_date: "2020-11-21".parse().unwrap(),
            weight_kg: Some(20.0),
            height_cm: Some(112.0),
        },
        care_plan: CarePlan {
            fever_threshold_c: 38.3,
        },
        contacts: vec![
            Contact {
                role: ContactRole::Team24h,
                name: "Oncología pediátrica 24/7".into(),
                phone: "+52 81 1234 5678".into(),
                address: None,
            },
            Contact {
                role: ContactRole::EmergencyNumber,
                name: String::new(),
                phone: "911".into(),
                address: None,
            },
        ],
        settings: Settings {
            language: Language::Es,
            temperature_unit: TempUnit::C,
            caregiver: Some("Lucía".into()),
            start_at_login: false,
        },
        course: Some(CoursePlan::new(
            "2026-11-19".parse().unwrap(),
            "2026-12-09".parse().unwrap(),
            Some(8),
        )),
    }
}

pub fn temp(at: DateTime<FixedOffset>, c: f64) -> Reading {
    Reading {
        temperature: Some(Temperature {
            value: c,
            unit: TempUnit::C,
        }),
        ..Reading::at(at)
    }
}
