//! The care-rules engine (care-rules v2, §4–§7): from a diary to one action and its reasons.
//!
//! `assess` expects inputs that passed [`crate::plausibility`]; every entry point
//! (CLI, store, desktop commands) checks first, so the engine itself never has to refuse.

use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::messages::{assessment_advice, reason_message, Text};
use crate::patient::{Age, CarePlan, Patient};
use crate::reading::{NeuroCheck, PumpStatus, Reading, Symptom};

/// The version of the rule set implemented here; stored with every alert (care-rules §8).
pub const RULES_VERSION: &str = "care-rules/2";
/// The version before this one; alerts it raised keep their own reasons and words (§8).
pub const RULES_VERSION_V1: &str = "care-rules/1";

/// How long a value stays "current" (care-rules §4).
pub const CURRENT_WINDOW_HOURS: i64 = 6;
/// How far back a fever counts as "recent" and the fever grade looks (care-rules §4).
pub const RECENT_WINDOW_HOURS: i64 = 24;
/// How long a steroid dose may hide a fever (care-rules §4.2).
pub const STEROID_MASK_HOURS: i64 = 24;
/// How far before the current blood pressure a second low one confirms it (care-rules §4.1).
pub const HYPOTENSION_CONFIRM_MINUTES: i64 = 30;
/// How far the store loads readings to assess at a time `at`, so a save does not decode
/// the whole diary. Exact when the readings given are every one taken from `at` minus this,
/// plus the newest earlier reading with a temperature: the rules look back 6 h and 24 h, and
/// a run above 40 °C ending at the latest temperature (at or after `at` − 24 h) that reaches
/// that earlier reading already lasts over 24 h, so it is grade 4 either way.
pub const LOOKBACK_HOURS: i64 = RECENT_WINDOW_HOURS + 24;
/// CTCAE v5 fever cut-offs in °C, independent of the care plan (care-rules §4).
pub const CTCAE_FEVER_C: f64 = 38.0;
pub const CTCAE_GRADE2_ABOVE_C: f64 = 39.0;
pub const CTCAE_GRADE3_ABOVE_C: f64 = 40.0;
/// SpO₂ limits (care-rules §4.1).
pub const LOW_OXYGEN_BELOW: f64 = 92.0;
pub const HYPOXIA_BELOW: f64 = 90.0;
/// Below this a temperature is hypothermia (care-rules §4.1).
pub const HYPOTHERMIA_BELOW_C: f64 = 36.0;
/// Under this many completed months a fever of 38.0 °C is an infant fever (§4.1, NICE NG143).
pub const INFANT_FEVER_UNDER_MONTHS: i64 = 3;
/// Under this many completed months vomiting or diarrhoea is infant fluid loss (§7).
pub const INFANT_FLUID_LOSS_UNDER_MONTHS: i64 = 6;

pub use crate::vocab::Action;

/// One rule that fired, with its action and the words for the family.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Reason {
    pub code: String,
    pub action: Action,
    pub message: Text,
}

/// The result of assessing a diary at `now` (care-rules §9, plus the words).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Assessment {
    pub rules_version: String,
    pub action: Action,
    pub fever_grade: u8,
    pub crs_grade_at_least: u8,
    pub crs_suspected: bool,
    pub neurotoxicity_suspected: bool,
    pub sepsis_signs: bool,
    pub masked_fever: bool,
    pub hypotension: bool,
    pub hypotension_confirmed: bool,
    pub hypothermia: bool,
    /// True for extreme tachycardia too.
    pub tachycardia: bool,
    /// True for severe bradycardia too.
    pub bradycardia: bool,
    pub fast_breathing_measured: bool,
    pub low_oxygen: bool,
    pub hypoxia: bool,
    pub fever: bool,
    pub recent_fever: bool,
    pub infant_fever: bool,
    /// Emergency for a seizure, a child who cannot be woken, struggling to breathe or
    /// oxygen below 90: an ambulance, not the car (care-rules §7).
    pub call_ambulance: bool,
    /// Every rule that fired, most urgent first (care-rules §7).
    pub reasons: Vec<Reason>,
    /// The family-facing meaning of `action` (care-rules §7).
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

/// Systolic pressure below which a child of this age is hypotensive (PALS; care-rules §4.1).
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

/// Heart rate above which a child of this age is tachycardic (Goldstein 2005; care-rules §4.1).
pub fn heart_rate_upper_limit(age: Age) -> f64 {
    match age.years {
        0..=1 => 180.0,
        2..=5 => 140.0,
        6..=12 => 130.0,
        13..=17 => 110.0,
        _ => 100.0,
    }
}

/// Heart rate at or above which PALS says consider SVT (care-rules §4.1 extreme tachycardia).
pub fn heart_rate_extreme_from(age: Age) -> f64 {
    if age.years < 1 {
        220.0
    } else {
        180.0
    }
}

/// Heart rate below which an infant is bradycardic (Goldstein 2005; care-rules §4.1).
/// From 1 year only severe bradycardia applies.
pub fn heart_rate_lower_limit(age: Age) -> Option<f64> {
    if age.days < 28 {
        Some(100.0)
    } else if age.years < 1 {
        Some(90.0)
    } else {
        None
    }
}

/// Heart rate below which bradycardia is severe: under 12 years (NICE NG51; care-rules §4.1).
pub fn heart_rate_severe_below(age: Age) -> Option<f64> {
    (age.years < 12).then_some(60.0)
}

/// Breathing rate at or above which breathing is fast for the age (NICE NG51; care-rules §4.1).
pub fn breathing_rate_limit(age: Age) -> f64 {
    match age.years {
        0 => 60.0,
        1..=2 => 50.0,
        3..=4 => 40.0,
        5 => 29.0,
        6..=7 => 27.0,
        _ => 25.0,
    }
}

/// CTCAE v5 fever grade of the latest temperature within 24 h (care-rules §4.3).
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

/// Masked fever (care-rules §4.2): fever medicine within 6 h, by either answer, or a steroid
/// dose within 24 h. Every "yes" covers its own window: a later "no" cancels nothing.
fn masked_fever(
    all: &[&Reading],
    steroid_doses: &[DateTime<FixedOffset>],
    now: DateTime<FixedOffset>,
) -> bool {
    let six_h = now - Duration::hours(CURRENT_WINDOW_HOURS);
    let day = now - Duration::hours(STEROID_MASK_HOURS);
    let medicine = all.iter().any(|r| {
        (r.taken_at >= six_h && r.antipyretic_in_last_6h == Some(true))
            || r.antipyretic_given_at
                .is_some_and(|at| at >= six_h && at <= now)
    });
    medicine || steroid_doses.iter().any(|at| *at >= day && *at <= now)
}

/// Assess a diary at `now` under care-rules v2. `steroid_doses` are the times dexamethasone
/// was given (§1); any later than `now` are ignored.
pub fn assess(
    patient: &Patient,
    plan: &CarePlan,
    readings: &[Reading],
    steroid_doses: &[DateTime<FixedOffset>],
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
    let age = |r: &Reading| age_at(patient, r);

    let temps: Vec<(&Reading, f64)> = all
        .iter()
        .filter_map(|r| r.temperature.map(|t| (*r, t.celsius())))
        .collect();

    // §4.1 vital signs.
    let current_temp = current(&window, |r| r.temperature.map(|t| t.celsius()));
    let fever = current_temp.is_some_and(|(_, c)| c >= plan.fever_threshold_c);
    let recent_fever = temps
        .iter()
        .any(|(r, c)| r.taken_at >= day && *c >= CTCAE_FEVER_C);
    let infant_fever = current_temp
        .is_some_and(|(r, c)| c >= CTCAE_FEVER_C && age(r).months < INFANT_FEVER_UNDER_MONTHS);
    let hypothermia = current_temp.is_some_and(|(_, c)| c < HYPOTHERMIA_BELOW_C);

    let low_bp = |r: &Reading| {
        r.systolic_mmhg
            .is_some_and(|sys| sys < systolic_lower_limit(age(r)))
    };
    let current_bp = current(&window, |r| r.systolic_mmhg);
    let hypotension = current_bp.is_some_and(|(r, _)| low_bp(r));
    let hypotension_confirmed = hypotension
        && current_bp.is_some_and(|(cur, _)| {
            let from = cur.taken_at - Duration::minutes(HYPOTENSION_CONFIRM_MINUTES);
            all.iter().any(|r| {
                !std::ptr::eq(*r, cur)
                    && r.taken_at >= from
                    && r.taken_at <= cur.taken_at
                    && low_bp(r)
            })
        });

    let current_hr = current(&window, |r| r.heart_rate_bpm);
    let hr_is =
        |test: &dyn Fn(Age, f64) -> bool| current_hr.is_some_and(|(r, hr)| test(age(r), hr));
    let tachycardia_extreme = hr_is(&|a, hr| hr >= heart_rate_extreme_from(a));
    let tachycardia = hr_is(&|a, hr| hr > heart_rate_upper_limit(a)) || tachycardia_extreme;
    let bradycardia_severe = hr_is(&|a, hr| heart_rate_severe_below(a).is_some_and(|l| hr < l));
    let bradycardia =
        hr_is(&|a, hr| heart_rate_lower_limit(a).is_some_and(|l| hr < l)) || bradycardia_severe;

    let fast_breathing_measured = current(&window, |r| r.respiratory_rate_per_min)
        .is_some_and(|(r, rr)| rr >= breathing_rate_limit(age(r)));
    let spo2 = current(&window, |r| r.spo2_percent).map(|(_, s)| s);
    let hypoxia = spo2.is_some_and(|s| s < HYPOXIA_BELOW);
    let low_oxygen = spo2.is_some_and(|s| s < LOW_OXYGEN_BELOW);

    // §4.2 masked fever.
    let masked_fever = masked_fever(&all, steroid_doses, now);

    // §5 the current checklist; §6 the current pump status; §4.5 the current check.
    let checklist = current(&window, |r| r.symptoms.as_ref());
    let mut symptoms: Vec<Symptom> = checklist.map(|(_, s)| s.clone()).unwrap_or_default();
    symptoms.sort();
    symptoms.dedup();
    let has = |s: Symptom| symptoms.contains(&s);
    let pump = current(&window, |r| r.pump).map(|(_, p)| p);
    let neuro: Option<NeuroCheck> = current(&window, |r| r.neuro_check).map(|(_, n)| n);
    let ice = neuro.and_then(|n| n.ice);
    let capd = neuro.and_then(|n| n.capd);

    // §4.3 and §4.4.
    let fever_grade = fever_grade(&temps, now);
    let crs_grade_at_least = if (recent_fever || masked_fever) && (hypotension || hypoxia) {
        2
    } else if recent_fever {
        1
    } else {
        0
    };
    let sepsis_signs =
        (fever || recent_fever || masked_fever || hypothermia || has(Symptom::Rigors))
            && (has(Symptom::PaleColdSkin)
                || has(Symptom::LittleUrine)
                || has(Symptom::DizzinessFainting)
                || has(Symptom::UnusualSleepiness)
                || has(Symptom::NotInteracting)
                || has(Symptom::InconsolableCry)
                || low_oxygen
                || fast_breathing_measured
                || has(Symptom::FastBreathing));
    // §4.5.
    let neurotoxicity_suspected = symptoms.iter().any(|s| s.is_neurological())
        || ice.is_some_and(|s| s < NeuroCheck::ICE_MAX)
        || capd.is_some_and(|s| s >= NeuroCheck::CAPD_POSITIVE_FROM);
    let shock_signs = hypotension
        && (has(Symptom::DizzinessFainting)
            || has(Symptom::PaleColdSkin)
            || has(Symptom::UnusualSleepiness)
            || has(Symptom::Unresponsive));
    let infant_fluid_loss = (has(Symptom::Vomiting) || has(Symptom::Diarrhea))
        && checklist.is_some_and(|(r, _)| age(r).months < INFANT_FLUID_LOSS_UNDER_MONTHS);

    // §7 rules, in the rule set's order; sorted by action afterwards (stable).
    let mut fired: Vec<(String, Action)> = Vec::new();
    let mut fire = |on: bool, code: &str, action: Action| {
        if on {
            fired.push((code.to_string(), action));
        }
    };
    fire(fever, "fever", Action::CallNow);
    fire(infant_fever, "infant_fever", Action::Emergency);
    fire(hypothermia, "hypothermia", Action::CallNow);
    fire(hypotension, "hypotension", Action::CallNow);
    fire(
        hypotension_confirmed,
        "hypotension_confirmed",
        Action::Emergency,
    );
    fire(crs_grade_at_least == 2, "crs_grade_2", Action::Emergency);
    fire(sepsis_signs, "sepsis_signs", Action::Emergency);
    fire(shock_signs, "shock_signs", Action::Emergency);
    fire(hypoxia, "hypoxia", Action::Emergency);
    fire(low_oxygen && !hypoxia, "low_oxygen", Action::CallNow);
    fire(
        tachycardia && !tachycardia_extreme,
        "tachycardia",
        Action::CallToday,
    );
    fire(tachycardia_extreme, "tachycardia_extreme", Action::CallNow);
    fire(
        bradycardia && !bradycardia_severe,
        "bradycardia",
        Action::CallNow,
    );
    fire(bradycardia_severe, "bradycardia_severe", Action::Emergency);
    fire(
        fast_breathing_measured,
        "fast_breathing_measured",
        Action::CallNow,
    );
    fire(
        ice.is_some_and(|s| (7.0..NeuroCheck::ICE_MAX).contains(&s)),
        "icans_ice_1",
        Action::CallNow,
    );
    fire(
        ice.is_some_and(|s| s < 7.0),
        "icans_ice_2",
        Action::Emergency,
    );
    fire(
        capd.is_some_and(|s| s >= NeuroCheck::CAPD_POSITIVE_FROM),
        "capd_positive",
        Action::CallNow,
    );
    fire(infant_fluid_loss, "infant_fluid_loss", Action::CallNow);
    for s in &symptoms {
        fire(true, s.code(), s.action());
    }
    if let Some(p) = pump.filter(|p| *p != PumpStatus::Running) {
        fire(true, &format!("pump_{}", p.code()), p.action());
    }
    let no_recent_reading = window.is_empty();
    fire(no_recent_reading, "no_recent_reading", Action::Routine);
    fired.sort_by_key(|f| std::cmp::Reverse(f.1));

    let action = fired
        .iter()
        .map(|(_, a)| *a)
        .max()
        .unwrap_or(Action::Routine);
    // §7: an ambulance for a seizure, a child who cannot be woken, struggling to breathe or
    // blue lips, or oxygen below 90.
    let call_ambulance = has(Symptom::Seizure)
        || has(Symptom::Unresponsive)
        || has(Symptom::BreathingDifficulty)
        || hypoxia;
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
        sepsis_signs,
        masked_fever,
        hypotension,
        hypotension_confirmed,
        hypothermia,
        tachycardia,
        bradycardia,
        fast_breathing_measured,
        low_oxygen,
        hypoxia,
        fever,
        recent_fever,
        infant_fever,
        call_ambulance,
        reasons,
        advice: assessment_advice(action, call_ambulance, no_recent_reading),
    }
}
