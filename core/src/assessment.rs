//! The care-rules engine (care-rules v1, §4–§7): from a diary to one action and its reasons.
//!
//! `assess` expects inputs that passed [`crate::plausibility`]; every entry point
//! (CLI, store, desktop commands) checks first, so the engine itself never has to refuse.

use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::messages::{reason_message, Text};
use crate::patient::{Age, CarePlan, Patient};
use crate::reading::{PumpStatus, Reading, Symptom};

/// The version of the rule set implemented here; stored with every alert (care-rules §8).
pub const RULES_VERSION: &str = "care-rules/1";

/// How long a value stays "current" (care-rules §4).
pub const CURRENT_WINDOW_HOURS: i64 = 6;
/// How far back a fever counts as "recent" and the fever grade looks (care-rules §4).
pub const RECENT_WINDOW_HOURS: i64 = 24;
/// How far back the store loads readings to assess at a time `at`, so a save does not decode
/// the whole diary. Exact when the readings given are every one taken from `at` minus this,
/// plus the newest earlier reading with a temperature: the rules look back 6 h and 24 h, and
/// a run above 40 °C ending at the latest temperature (at or after `at` − 24 h) that reaches
/// that earlier reading already lasts over 24 h, so it is grade 4 either way.
pub const LOOKBACK_HOURS: i64 = RECENT_WINDOW_HOURS + 24;
/// CTCAE v5 fever cut-offs in °C, independent of the care plan (care-rules §4).
pub const CTCAE_FEVER_C: f64 = 38.0;
pub const CTCAE_GRADE2_ABOVE_C: f64 = 39.0;
pub const CTCAE_GRADE3_ABOVE_C: f64 = 40.0;
/// SpO₂ limits (care-rules §4).
pub const LOW_OXYGEN_BELOW: f64 = 92.0;
pub const HYPOXIA_BELOW: f64 = 90.0;

/// What the family should do, from least to most urgent (care-rules §7).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Routine,
    CallToday,
    CallNow,
    Emergency,
}

impl Action {
    pub fn code(self) -> &'static str {
        match self {
            Action::Routine => "routine",
            Action::CallToday => "call_today",
            Action::CallNow => "call_now",
            Action::Emergency => "emergency",
        }
    }

    pub fn from_code(code: &str) -> Option<Action> {
        [
            Action::Routine,
            Action::CallToday,
            Action::CallNow,
            Action::Emergency,
        ]
        .into_iter()
        .find(|a| a.code() == code)
    }
}

/// One rule that fired, with its action and the words for the family.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Reason {
    pub code: String,
    pub action: Action,
    pub message: Text,
}

/// The result of assessing a diary at `now`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Assessment {
    pub rules_version: String,
    pub action: Action,
    pub fever_grade: u8,
    pub crs_grade_at_least: u8,
    pub crs_suspected: bool,
    pub neurotoxicity_suspected: bool,
    pub hypotension: bool,
    pub tachycardia: bool,
    pub low_oxygen: bool,
    pub hypoxia: bool,
    pub fever: bool,
    pub recent_fever: bool,
    pub masked_fever: bool,
    /// Every rule that fired, most urgent first (care-rules §7).
    pub reasons: Vec<Reason>,
    /// The family-facing meaning of `action`.
    pub advice: Text,
}

/// Readings the rules may look at, oldest first; ties keep input order so the later
/// entry of two at the same instant counts as the more recent.
fn considered(readings: &[Reading], now: DateTime<FixedOffset>) -> Vec<&Reading> {
    let mut v: Vec<&Reading> = readings.iter().filter(|r| r.taken_at <= now).collect();
    v.sort_by_key(|r| r.taken_at);
    v
}

/// The most recent reading within the 6-hour window that carries a field (care-rules §4).
fn current<'a, T>(
    window: &[&'a Reading],
    field: impl Fn(&'a Reading) -> Option<T>,
) -> Option<(&'a Reading, T)> {
    window.iter().rev().find_map(|r| field(r).map(|v| (*r, v)))
}

fn age_at(patient: &Patient, reading: &Reading) -> Age {
    // Plausibility guarantees taken_at is not before the birth date.
    Age::on(patient.birth_date, reading.taken_at.date_naive()).unwrap_or(Age {
        days: 0,
        months: 0,
        years: 0,
    })
}

/// Systolic pressure below which a child of this age is hypotensive (PALS; care-rules §4).
pub fn systolic_lower_limit(age: Age) -> f64 {
    if age.days < 28 {
        60.0
    } else if age.years < 1 {
        70.0
    } else if age.years <= 9 {
        70.0 + 2.0 * age.years as f64
    } else {
        90.0
    }
}

/// Heart rate above which a child of this age is tachycardic (Goldstein 2005; care-rules §4).
pub fn heart_rate_upper_limit(age: Age) -> f64 {
    match age.years {
        0..=1 => 180.0,
        2..=5 => 140.0,
        6..=12 => 130.0,
        13..=17 => 110.0,
        _ => 100.0,
    }
}

/// CTCAE v5 fever grade of the latest temperature within 24 h (care-rules §4).
fn fever_grade(temps: &[(&Reading, f64)], now: DateTime<FixedOffset>) -> u8 {
    let since = now - Duration::hours(RECENT_WINDOW_HOURS);
    let Some(last) = temps.iter().rposition(|(r, _)| r.taken_at >= since) else {
        return 0;
    };
    let (last_reading, c) = temps[last];
    if c < CTCAE_FEVER_C {
        0
    } else if c <= CTCAE_GRADE2_ABOVE_C {
        1
    } else if c <= CTCAE_GRADE3_ABOVE_C {
        2
    } else {
        // The unbroken run above 40.0 °C ending here, which may reach back past 24 h.
        let mut start = last;
        while start > 0 && temps[start - 1].1 > CTCAE_GRADE3_ABOVE_C {
            start -= 1;
        }
        let run = last_reading.taken_at - temps[start].0.taken_at;
        if run > Duration::hours(24) {
            4
        } else {
            3
        }
    }
}

/// Assess a diary at `now` under care-rules v1.
pub fn assess(
    patient: &Patient,
    plan: &CarePlan,
    readings: &[Reading],
    now: DateTime<FixedOffset>,
) -> Assessment {
    let all = considered(readings, now);
    let six_h = now - Duration::hours(CURRENT_WINDOW_HOURS);
    let day = now - Duration::hours(RECENT_WINDOW_HOURS);
    let window: Vec<&Reading> = all
        .iter()
        .copied()
        .filter(|r| r.taken_at >= six_h)
        .collect();

    let temps: Vec<(&Reading, f64)> = all
        .iter()
        .filter_map(|r| r.temperature.map(|t| (*r, t.celsius())))
        .collect();

    // §4 findings.
    let current_temp = current(&window, |r| r.temperature.map(|t| t.celsius()));
    let fever = current_temp.is_some_and(|(_, c)| c >= plan.fever_threshold_c);
    let recent_fever = temps
        .iter()
        .any(|(r, c)| r.taken_at >= day && *c >= CTCAE_FEVER_C);
    let hypotension = current(&window, |r| r.systolic_mmhg)
        .is_some_and(|(r, sys)| sys < systolic_lower_limit(age_at(patient, r)));
    let tachycardia = current(&window, |r| r.heart_rate_bpm)
        .is_some_and(|(r, hr)| hr > heart_rate_upper_limit(age_at(patient, r)));
    let spo2 = current(&window, |r| r.spo2_percent).map(|(_, s)| s);
    let hypoxia = spo2.is_some_and(|s| s < HYPOXIA_BELOW);
    let low_oxygen = spo2.is_some_and(|s| s < LOW_OXYGEN_BELOW);
    let masked_fever =
        current(&window, |r| r.antipyretic_in_last_6h).is_some_and(|(_, given)| given);
    let mut symptoms: Vec<Symptom> = current(&window, |r| r.symptoms.as_ref())
        .map(|(_, s)| s.clone())
        .unwrap_or_default();
    symptoms.sort();
    symptoms.dedup();
    let pump = current(&window, |r| r.pump).map(|(_, p)| p);

    let fever_grade = fever_grade(&temps, now);
    let crs_grade_at_least = if (recent_fever || masked_fever) && (hypotension || hypoxia) {
        2
    } else if recent_fever {
        1
    } else {
        0
    };
    let neurotoxicity_suspected = symptoms.iter().any(|s| s.is_neurological());
    let has = |s: Symptom| symptoms.contains(&s);
    let shock_signs = hypotension
        && (has(Symptom::DizzinessFainting)
            || has(Symptom::PaleColdSkin)
            || has(Symptom::UnusualSleepiness)
            || has(Symptom::Unresponsive));

    // §7 rules, in the rule set's order; sorted by action afterwards (stable).
    let mut fired: Vec<(String, Action)> = Vec::new();
    let mut fire = |on: bool, code: &str, action: Action| {
        if on {
            fired.push((code.to_string(), action));
        }
    };
    fire(fever, "fever", Action::CallNow);
    fire(hypotension, "hypotension", Action::CallNow);
    fire(crs_grade_at_least == 2, "crs_grade_2", Action::Emergency);
    fire(shock_signs, "shock_signs", Action::Emergency);
    fire(hypoxia, "hypoxia", Action::Emergency);
    fire(low_oxygen && !hypoxia, "low_oxygen", Action::CallNow);
    fire(tachycardia, "tachycardia", Action::CallToday);
    for s in &symptoms {
        fire(true, s.code(), s.action());
    }
    if let Some(p) = pump.filter(|p| *p != PumpStatus::Running) {
        fire(true, &format!("pump_{}", p.code()), Action::CallNow);
    }
    fire(window.is_empty(), "no_recent_reading", Action::Routine);
    fired.sort_by_key(|f| std::cmp::Reverse(f.1));

    let action = fired
        .iter()
        .map(|(_, a)| *a)
        .max()
        .unwrap_or(Action::Routine);
    let reasons = fired
        .into_iter()
        .map(|(code, action)| Reason {
            message: reason_message(&code),
            code,
            action,
        })
        .collect();

    Assessment {
        rules_version: RULES_VERSION.to_string(),
        action,
        fever_grade,
        crs_grade_at_least,
        crs_suspected: crs_grade_at_least >= 1,
        neurotoxicity_suspected,
        hypotension,
        tachycardia,
        low_oxygen,
        hypoxia,
        fever,
        recent_fever,
        masked_fever,
        reasons,
        advice: crate::messages::action_advice(action),
    }
}
