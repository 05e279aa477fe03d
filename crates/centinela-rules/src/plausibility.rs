//! Plausibility checks (care-rules §3): an input that fails any of them is rejected as a
//! whole, with the field and the accepted range, and nothing is stored or assessed.
//!
//! The CLI, the diary store and the desktop commands all call these same functions.

use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::patient::{Age, CarePlan, Patient};
use crate::reading::{NeuroCheck, PumpStatus, Reading, Symptom, TempUnit};

/// Why an input was refused. The codes are stable: the UI turns them into sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    InvalidJson,
    MissingField,
    UnknownField,
    OutOfRange,
    UnknownCode,
    Inconsistent,
    LooksLikeFahrenheit,
    FutureReading,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidJson => "invalid_json",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::UnknownCode => "unknown_code",
            ErrorCode::Inconsistent => "inconsistent",
            ErrorCode::LooksLikeFahrenheit => "looks_like_fahrenheit",
            ErrorCode::FutureReading => "future_reading",
        }
    }
}

/// A refused input: which field, why, and (for ranges) what is accepted.
///
/// `message` is plain English for the CLI and logs; the UI builds its own sentence
/// from `code`, `field`, `min`, `max` and `unit`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS, thiserror::Error)]
#[error("{field}: {message}")]
pub struct Rejection {
    pub code: ErrorCode,
    pub field: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

impl Rejection {
    pub fn new(code: ErrorCode, field: impl Into<String>, message: impl Into<String>) -> Self {
        Rejection {
            code,
            field: field.into(),
            message: message.into(),
            min: None,
            max: None,
            unit: None,
        }
    }

    fn range(field: String, what: &str, min: f64, max: f64, unit: &str) -> Self {
        let unit_text = if unit.is_empty() {
            String::new()
        } else {
            format!(" {unit}")
        };
        Rejection {
            code: ErrorCode::OutOfRange,
            message: format!("{what} must be between {min} and {max}{unit_text}"),
            field,
            min: Some(min),
            max: Some(max),
            unit: Some(unit.to_string()).filter(|u| !u.is_empty()),
        }
    }
}

/// Accepted ranges (care-rules §3), inclusive.
pub mod limits {
    pub const TEMP_C: (f64, f64) = (30.0, 45.0);
    pub const TEMP_F: (f64, f64) = (86.0, 113.0);
    pub const SYSTOLIC: (f64, f64) = (40.0, 260.0);
    pub const DIASTOLIC: (f64, f64) = (20.0, 200.0);
    pub const HEART_RATE: (f64, f64) = (30.0, 300.0);
    pub const SPO2: (f64, f64) = (50.0, 100.0);
    pub const BREATHING_RATE: (f64, f64) = (5.0, 120.0);
    pub const WEIGHT_KG: (f64, f64) = (0.3, 300.0);
    pub const ICE: (f64, f64) = (0.0, 10.0);
    pub const CAPD: (f64, f64) = (0.0, 32.0);
    /// How long before its reading a fever-medicine dose may be timed (care-rules §3).
    pub const ANTIPYRETIC_BEFORE_HOURS: i64 = 24;
    /// How far after `now` a reading may be timed (clock skew between devices).
    pub const FUTURE_TOLERANCE_MINUTES: i64 = 5;
    pub const MAX_AGE_YEARS: i64 = 120;
}

fn join(prefix: &str, field: &str) -> String {
    if prefix.is_empty() {
        field.to_string()
    } else {
        format!("{prefix}.{field}")
    }
}

fn check_range(
    prefix: &str,
    field: &str,
    what: &str,
    value: f64,
    (min, max): (f64, f64),
    unit: &str,
) -> Result<(), Rejection> {
    if !value.is_finite() {
        return Err(Rejection::new(
            ErrorCode::OutOfRange,
            join(prefix, field),
            format!("{what} must be a finite number"),
        ));
    }
    if value < min || value > max {
        return Err(Rejection::range(join(prefix, field), what, min, max, unit));
    }
    Ok(())
}

/// The patient: a birth date not after `now`, at most 120 years ago; a positive weight.
pub fn check_patient(patient: &Patient, now: DateTime<FixedOffset>) -> Result<(), Rejection> {
    let today = now.date_naive();
    match Age::on(patient.birth_date, today) {
        None => {
            return Err(Rejection::new(
                ErrorCode::OutOfRange,
                "patient.birth_date",
                format!("birth_date must not be after today ({today})"),
            ))
        }
        Some(age) if age.years > limits::MAX_AGE_YEARS => {
            return Err(Rejection::new(
                ErrorCode::OutOfRange,
                "patient.birth_date",
                "birth_date must give an age of at most 120 years",
            ))
        }
        Some(_) => {}
    }
    if let Some(w) = patient.weight_kg {
        check_range(
            "patient",
            "weight_kg",
            "weight_kg",
            w,
            limits::WEIGHT_KG,
            "kg",
        )?;
    }
    Ok(())
}

/// The care plan: the fever threshold between 37.5 and 38.5 °C.
pub fn check_care_plan(plan: &CarePlan) -> Result<(), Rejection> {
    check_range(
        "care_plan",
        "fever_threshold_c",
        "fever_threshold_c",
        plan.fever_threshold_c,
        (
            CarePlan::FEVER_THRESHOLD_MIN_C,
            CarePlan::FEVER_THRESHOLD_MAX_C,
        ),
        "°C",
    )
}

/// One reading, against the patient and `now`. `prefix` names the reading in error
/// fields (e.g. `readings[1]`), empty for a reading on its own.
pub fn check_reading(
    reading: &Reading,
    patient: &Patient,
    now: DateTime<FixedOffset>,
    prefix: &str,
) -> Result<(), Rejection> {
    check_when(reading, patient, now, prefix)?;
    check_temperature(reading, prefix)?;
    check_blood_pressure(reading, prefix)?;
    if let Some(hr) = reading.heart_rate_bpm {
        check_range(
            prefix,
            "heart_rate_bpm",
            "heart rate",
            hr,
            limits::HEART_RATE,
            "bpm",
        )?;
    }
    if let Some(s) = reading.spo2_percent {
        check_range(prefix, "spo2_percent", "SpO2", s, limits::SPO2, "%")?;
    }
    if let Some(rr) = reading.respiratory_rate_per_min {
        check_whole(
            prefix,
            "respiratory_rate_per_min",
            "breathing rate",
            rr,
            limits::BREATHING_RATE,
            "breaths per minute",
        )?;
    }
    check_fever_medicine_time(reading, prefix)?;
    if let Some(check) = reading.neuro_check {
        check_neuro(&check, reading, patient, prefix)?;
    }
    Ok(())
}

/// Not in the future (beyond the tolerance), not before birth, and something in it.
fn check_when(
    reading: &Reading,
    patient: &Patient,
    now: DateTime<FixedOffset>,
    prefix: &str,
) -> Result<(), Rejection> {
    let latest = now + Duration::minutes(limits::FUTURE_TOLERANCE_MINUTES);
    if reading.taken_at > latest {
        return Err(Rejection::new(
            ErrorCode::FutureReading,
            join(prefix, "taken_at"),
            format!(
                "taken_at must not be more than {} minutes after now ({})",
                limits::FUTURE_TOLERANCE_MINUTES,
                now.to_rfc3339()
            ),
        ));
    }
    if reading.taken_at.date_naive() < patient.birth_date {
        return Err(Rejection::new(
            ErrorCode::OutOfRange,
            join(prefix, "taken_at"),
            format!(
                "taken_at must not be before the date of birth ({})",
                patient.birth_date
            ),
        ));
    }
    if !reading.has_content() {
        return Err(Rejection::new(
            ErrorCode::MissingField,
            if prefix.is_empty() { "reading" } else { prefix }.to_string(),
            "a reading must carry at least one measurement, the symptom checklist, the pump status, a fever-medicine answer or a neurological check",
        ));
    }
    Ok(())
}

/// A body temperature in its unit; a °F value typed as °C is named as such.
fn check_temperature(reading: &Reading, prefix: &str) -> Result<(), Rejection> {
    if let Some(t) = reading.temperature {
        let field = "temperature.value";
        match t.unit {
            TempUnit::C => {
                let (fmin, fmax) = limits::TEMP_F;
                if t.value.is_finite()
                    && t.value >= fmin
                    && t.value <= fmax
                    && !(limits::TEMP_C.0..=limits::TEMP_C.1).contains(&t.value)
                {
                    let mut r = Rejection::range(
                        join(prefix, field),
                        "temperature in °C",
                        limits::TEMP_C.0,
                        limits::TEMP_C.1,
                        "°C",
                    );
                    r.code = ErrorCode::LooksLikeFahrenheit;
                    r.message = format!(
                        "{} °C is not a body temperature in °C (accepted 30.0 to 45.0 °C); it looks like °F: set the unit to \"F\"",
                        t.value
                    );
                    return Err(r);
                }
                check_range(
                    prefix,
                    field,
                    "temperature in °C",
                    t.value,
                    limits::TEMP_C,
                    "°C",
                )?;
            }
            TempUnit::F => check_range(
                prefix,
                field,
                "temperature in °F",
                t.value,
                limits::TEMP_F,
                "°F",
            )?,
        }
    }
    Ok(())
}

/// Systolic and diastolic together, each in range, diastolic the lower.
fn check_blood_pressure(reading: &Reading, prefix: &str) -> Result<(), Rejection> {
    match (reading.systolic_mmhg, reading.diastolic_mmhg) {
        (Some(sys), Some(dia)) => {
            check_range(
                prefix,
                "systolic_mmhg",
                "systolic",
                sys,
                limits::SYSTOLIC,
                "mmHg",
            )?;
            check_range(
                prefix,
                "diastolic_mmhg",
                "diastolic",
                dia,
                limits::DIASTOLIC,
                "mmHg",
            )?;
            if dia >= sys {
                return Err(Rejection::new(
                    ErrorCode::Inconsistent,
                    join(prefix, "diastolic_mmhg"),
                    "diastolic must be lower than systolic",
                ));
            }
        }
        (Some(_), None) => {
            return Err(Rejection::new(
                ErrorCode::Inconsistent,
                join(prefix, "diastolic_mmhg"),
                "systolic and diastolic come together: diastolic is missing",
            ))
        }
        (None, Some(_)) => {
            return Err(Rejection::new(
                ErrorCode::Inconsistent,
                join(prefix, "systolic_mmhg"),
                "systolic and diastolic come together: systolic is missing",
            ))
        }
        (None, None) => {}
    }
    Ok(())
}

/// Fever medicine given before the reading, within the 24 hours before it.
fn check_fever_medicine_time(reading: &Reading, prefix: &str) -> Result<(), Rejection> {
    if let Some(given) = reading.antipyretic_given_at {
        let field = join(prefix, "antipyretic_given_at");
        if given > reading.taken_at {
            return Err(Rejection::new(
                ErrorCode::Inconsistent,
                field,
                "antipyretic_given_at must not be after the reading's taken_at",
            ));
        }
        if given < reading.taken_at - Duration::hours(limits::ANTIPYRETIC_BEFORE_HOURS) {
            return Err(Rejection::new(
                ErrorCode::OutOfRange,
                field,
                "antipyretic_given_at must be within the 24 hours before the reading's taken_at",
            ));
        }
    }
    Ok(())
}

/// A whole number within the range (breathing rate, ICE, CAPD).
fn check_whole(
    prefix: &str,
    field: &str,
    what: &str,
    value: f64,
    range: (f64, f64),
    unit: &str,
) -> Result<(), Rejection> {
    check_range(prefix, field, what, value, range, unit)?;
    if value.fract() != 0.0 {
        let mut r = Rejection::range(join(prefix, field), what, range.0, range.1, unit);
        r.message = format!(
            "{what} must be a whole number between {} and {}",
            range.0, range.1
        );
        return Err(r);
    }
    Ok(())
}

/// The neurological check (care-rules §3, §4.5): one score, the one for the child's age at
/// the reading — ICE from 12 years, CAPD under 12.
fn check_neuro(
    check: &NeuroCheck,
    reading: &Reading,
    patient: &Patient,
    prefix: &str,
) -> Result<(), Rejection> {
    let base = join(prefix, "neuro_check");
    let years = Age::on(patient.birth_date, reading.taken_at.date_naive())
        .map(|a| a.years)
        .unwrap_or(0);
    let ice_age = years >= NeuroCheck::ICE_FROM_YEARS;
    match (check.ice, check.capd) {
        (Some(_), Some(_)) | (None, None) => Err(Rejection::new(
            ErrorCode::Inconsistent,
            base,
            "neuro_check must carry exactly one score: ice (age 12 and over) or capd (under 12)",
        )),
        (Some(ice), None) => {
            check_whole(&base, "ice", "the ICE score", ice, limits::ICE, "")?;
            if !ice_age {
                return Err(Rejection::new(
                    ErrorCode::Inconsistent,
                    join(&base, "ice"),
                    format!("the ICE score is for age 12 and over; the child is {years}: use capd"),
                ));
            }
            Ok(())
        }
        (None, Some(capd)) => {
            check_whole(&base, "capd", "the CAPD score", capd, limits::CAPD, "")?;
            if ice_age {
                return Err(Rejection::new(
                    ErrorCode::Inconsistent,
                    join(&base, "capd"),
                    format!(
                        "the CAPD score is for children under 12; the child is {years}: use ice"
                    ),
                ));
            }
            Ok(())
        }
    }
}

/// A steroid dose time (care-rules §3): not more than 5 minutes after `now`, not before the
/// date of birth. `field` names it in errors, e.g. `steroid_doses[0]`.
pub fn check_steroid_dose(
    at: DateTime<FixedOffset>,
    patient: &Patient,
    now: DateTime<FixedOffset>,
    field: &str,
) -> Result<(), Rejection> {
    if at > now + Duration::minutes(limits::FUTURE_TOLERANCE_MINUTES) {
        return Err(Rejection::new(
            ErrorCode::FutureReading,
            field,
            format!(
                "a steroid dose must not be timed more than {} minutes after now ({})",
                limits::FUTURE_TOLERANCE_MINUTES,
                now.to_rfc3339()
            ),
        ));
    }
    if at.date_naive() < patient.birth_date {
        return Err(Rejection::new(
            ErrorCode::OutOfRange,
            field,
            format!(
                "a steroid dose must not be before the date of birth ({})",
                patient.birth_date
            ),
        ));
    }
    Ok(())
}

/// The message for an unknown symptom code, listing the accepted ones.
pub fn unknown_symptom(field: String, code: &str) -> Rejection {
    let allowed: Vec<&str> = Symptom::ALL.iter().map(|s| s.code()).collect();
    Rejection::new(
        ErrorCode::UnknownCode,
        field,
        format!(
            "unknown symptom code \"{code}\"; accepted: {}",
            allowed.join(", ")
        ),
    )
}

/// The message for an unknown pump status, listing the accepted ones.
pub fn unknown_pump(field: String, code: &str) -> Rejection {
    let allowed: Vec<&str> = PumpStatus::ALL.iter().map(|s| s.code()).collect();
    Rejection::new(
        ErrorCode::UnknownCode,
        field,
        format!(
            "unknown pump status \"{code}\"; accepted: {}",
            allowed.join(", ")
        ),
    )
}
