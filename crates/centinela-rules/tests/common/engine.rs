//! Readings and patients for the engine tests: times are minutes before a fixed NOW.
#![allow(dead_code)] // each test file uses its own subset

use centinela_rules::{
    assess, Assessment, CarePlan, Patient, Reading, Symptom, TempUnit, Temperature,
};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

pub fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

pub fn patient(birth: &str) -> Patient {
    Patient {
        birth_date: birth.parse::<NaiveDate>().unwrap(),
        weight_kg: None,
    }
}

pub const NOW: &str = "2026-11-21T08:00:00-06:00";

pub fn now() -> DateTime<FixedOffset> {
    t(NOW)
}

/// A reading `minutes` before NOW.
pub fn at(minutes: i64) -> Reading {
    Reading::at(now() - Duration::minutes(minutes))
}

pub fn temp_c(minutes: i64, c: f64) -> Reading {
    Reading {
        temperature: Some(Temperature {
            value: c,
            unit: TempUnit::C,
        }),
        ..at(minutes)
    }
}

pub fn temp_f(minutes: i64, f: f64) -> Reading {
    Reading {
        temperature: Some(Temperature {
            value: f,
            unit: TempUnit::F,
        }),
        ..at(minutes)
    }
}

pub fn bp(minutes: i64, sys: f64) -> Reading {
    Reading {
        systolic_mmhg: Some(sys),
        diastolic_mmhg: Some(30.0),
        ..at(minutes)
    }
}

pub fn hr(minutes: i64, bpm: f64) -> Reading {
    Reading {
        heart_rate_bpm: Some(bpm),
        ..at(minutes)
    }
}

pub fn spo2(minutes: i64, s: f64) -> Reading {
    Reading {
        spo2_percent: Some(s),
        ..at(minutes)
    }
}

pub fn ticked(minutes: i64, symptoms: &[Symptom]) -> Reading {
    Reading {
        symptoms: Some(symptoms.to_vec()),
        ..at(minutes)
    }
}

/// Five years old at NOW (born 2021-05-14).
pub const FIVE: &str = "2021-05-14";

pub fn run(birth: &str, readings: &[Reading]) -> Assessment {
    assess(&patient(birth), &CarePlan::default(), readings, &[], now())
}

pub fn codes(a: &Assessment) -> Vec<&str> {
    a.reasons.iter().map(|r| r.code.as_str()).collect()
}

pub fn born_days_ago(days: i64) -> String {
    (now().date_naive() - Duration::days(days)).to_string()
}
