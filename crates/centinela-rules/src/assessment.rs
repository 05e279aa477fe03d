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

/// What the current vital signs show (care-rules §4.1), before any rule fires.
struct Vitals {
    fever: bool,
    recent_fever: bool,
    infant_fever: bool,
    hypothermia: bool,
    hypotension: bool,
    hypotension_confirmed: bool,
    tachycardia: bool,
    tachycardia_extreme: bool,
    bradycardia: bool,
    bradycardia_severe: bool,
    fast_breathing_measured: bool,
    hypoxia: bool,
    low_oxygen: bool,
}

/// What the current checklist, pump status and neurological check say (§5, §6, §4.5).
struct Signs {
    symptoms: Vec<Symptom>,
    pump: Option<PumpStatus>,
    ice: Option<f64>,
    capd: Option<f64>,
    /// The child's completed months when the checklist was filled in.
    checklist_months: Option<i64>,
}

impl Signs {
    fn has(&self, s: Symptom) -> bool {
        self.symptoms.contains(&s)
    }
}

/// §4.1: the newest value of each sign in the last 6 hours against this child's limits;
/// a fever in the last 24 hours; a low pressure confirmed within 30 minutes.
fn vitals(
    patient: &Patient,
    plan: &CarePlan,
    all: &[&Reading],
    window: &[&Reading],
    temps: &[(&Reading, f64)],
    now: DateTime<FixedOffset>,
) -> Vitals {
    let day = now - Duration::hours(RECENT_WINDOW_HOURS);
    let age = |r: &Reading| age_at(patient, r);
    let current_temp = current(window, |r| r.temperature.map(|t| t.celsius()));
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
    let current_bp = current(window, |r| r.systolic_mmhg);
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

    let current_hr = current(window, |r| r.heart_rate_bpm);
    let hr_is =
        |test: &dyn Fn(Age, f64) -> bool| current_hr.is_some_and(|(r, hr)| test(age(r), hr));
    let tachycardia_extreme = hr_is(&|a, hr| hr >= heart_rate_extreme_from(a));
    let tachycardia = hr_is(&|a, hr| hr > heart_rate_upper_limit(a)) || tachycardia_extreme;
    let bradycardia_severe = hr_is(&|a, hr| heart_rate_severe_below(a).is_some_and(|l| hr < l));
    let bradycardia =
        hr_is(&|a, hr| heart_rate_lower_limit(a).is_some_and(|l| hr < l)) || bradycardia_severe;

    let fast_breathing_measured = current(window, |r| r.respiratory_rate_per_min)
        .is_some_and(|(r, rr)| rr >= breathing_rate_limit(age(r)));
    let spo2 = current(window, |r| r.spo2_percent).map(|(_, s)| s);
    let hypoxia = spo2.is_some_and(|s| s < HYPOXIA_BELOW);
    let low_oxygen = spo2.is_some_and(|s| s < LOW_OXYGEN_BELOW);

    Vitals {
        fever,
        recent_fever,
        infant_fever,
        hypothermia,
        hypotension,
        hypotension_confirmed,
        tachycardia,
        tachycardia_extreme,
        bradycardia,
        bradycardia_severe,
        fast_breathing_measured,
        hypoxia,
        low_oxygen,
    }
}

/// §5, §6 and §4.5: the newest checklist, pump status and neurological check of the last
/// 6 hours.
fn signs(patient: &Patient, window: &[&Reading]) -> Signs {
    let checklist = current(window, |r| r.symptoms.as_ref());
    let mut symptoms: Vec<Symptom> = checklist.map(|(_, s)| s.clone()).unwrap_or_default();
    symptoms.sort();
    symptoms.dedup();
    let pump = current(window, |r| r.pump).map(|(_, p)| p);
    let neuro: Option<NeuroCheck> = current(window, |r| r.neuro_check).map(|(_, n)| n);
    let ice = neuro.and_then(|n| n.ice);
    let capd = neuro.and_then(|n| n.capd);

    Signs {
        symptoms,
        pump,
        ice,
        capd,
        checklist_months: checklist.map(|(r, _)| age_at(patient, r).months),
    }
}

/// The rules that fired, in the rule set's order (§7).
fn fired_rules(
    v: &Vitals,
    c: &Signs,
    d: &Derived,
    no_recent_reading: bool,
) -> Vec<(String, Action)> {
    // (fired, code, action), one line per rule of §7's table.
    let table = [
        (v.fever, "fever", Action::CallNow),
        (v.infant_fever, "infant_fever", Action::Emergency),
        (v.hypothermia, "hypothermia", Action::CallNow),
        (v.hypotension, "hypotension", Action::CallNow),
        (
            v.hypotension_confirmed,
            "hypotension_confirmed",
            Action::Emergency,
        ),
        (d.crs_grade_at_least == 2, "crs_grade_2", Action::Emergency),
        (d.sepsis_signs, "sepsis_signs", Action::Emergency),
        (d.shock_signs, "shock_signs", Action::Emergency),
        (v.hypoxia, "hypoxia", Action::Emergency),
        (v.low_oxygen && !v.hypoxia, "low_oxygen", Action::CallNow),
        (
            v.tachycardia && !v.tachycardia_extreme,
            "tachycardia",
            Action::CallToday,
        ),
        (
            v.tachycardia_extreme,
            "tachycardia_extreme",
            Action::CallNow,
        ),
        (
            v.bradycardia && !v.bradycardia_severe,
            "bradycardia",
            Action::CallNow,
        ),
        (
            v.bradycardia_severe,
            "bradycardia_severe",
            Action::Emergency,
        ),
        (
            v.fast_breathing_measured,
            "fast_breathing_measured",
            Action::CallNow,
        ),
    ];
    let mut fired: Vec<(String, Action)> = table
        .into_iter()
        .chain(neuro_rules(c))
        // After the neurological check, as in §7's order.
        .chain([(d.infant_fluid_loss, "infant_fluid_loss", Action::CallNow)])
        .filter(|(on, _, _)| *on)
        .map(|(_, code, action)| (code.to_string(), action))
        .collect();
    fired.extend(
        c.symptoms
            .iter()
            .map(|s| (s.code().to_string(), s.action())),
    );
    if let Some(p) = c.pump.filter(|p| *p != PumpStatus::Running) {
        fired.push((format!("pump_{}", p.code()), p.action()));
    }
    if no_recent_reading {
        fired.push(("no_recent_reading".to_string(), Action::Routine));
    }
    fired
}

/// §4.5's rules on the neurological check: ICE 7–9 calls now, under 7 is an emergency;
/// a positive CAPD calls now.
fn neuro_rules(c: &Signs) -> [(bool, &'static str, Action); 3] {
    let (ice, capd) = (c.ice, c.capd);
    [
        (
            ice.is_some_and(|s| (7.0..NeuroCheck::ICE_MAX).contains(&s)),
            "icans_ice_1",
            Action::CallNow,
        ),
        (
            ice.is_some_and(|s| s < 7.0),
            "icans_ice_2",
            Action::Emergency,
        ),
        (
            capd.is_some_and(|s| s >= NeuroCheck::CAPD_POSITIVE_FROM),
            "capd_positive",
            Action::CallNow,
        ),
    ]
}

/// §4.3, §4.4 and §4.5: what the signs together point to.
struct Derived {
    crs_grade_at_least: u8,
    sepsis_signs: bool,
    neurotoxicity_suspected: bool,
    shock_signs: bool,
    infant_fluid_loss: bool,
}

fn derived(v: &Vitals, c: &Signs, masked_fever: bool) -> Derived {
    let Vitals {
        fever,
        recent_fever,
        hypothermia,
        hypotension,
        hypoxia,
        low_oxygen,
        fast_breathing_measured,
        ..
    } = *v;
    let has = |s: Symptom| c.has(s);
    let (ice, capd, symptoms) = (c.ice, c.capd, &c.symptoms);
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
        && c.checklist_months
            .is_some_and(|m| m < INFANT_FLUID_LOSS_UNDER_MONTHS);

    Derived {
        crs_grade_at_least,
        sepsis_signs,
        neurotoxicity_suspected,
        shock_signs,
        infant_fluid_loss,
    }
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
    let window: Vec<&Reading> = all
        .iter()
        .copied()
        .filter(|r| r.taken_at >= six_h)
        .collect();
    let temps: Vec<(&Reading, f64)> = all
        .iter()
        .filter_map(|r| r.temperature.map(|t| (*r, t.celsius())))
        .collect();
    let v = vitals(patient, plan, &all, &window, &temps, now);
    // §4.2 masked fever.
    let masked_fever = masked_fever(&all, steroid_doses, now);
    let c = signs(patient, &window);
    let d = derived(&v, &c, masked_fever);
    let no_recent_reading = window.is_empty();
    let mut fired = fired_rules(&v, &c, &d, no_recent_reading);
    // Sorted by action (stable: the rule set's order within one action).
    fired.sort_by_key(|f| std::cmp::Reverse(f.1));

    let action = fired
        .iter()
        .map(|(_, a)| *a)
        .max()
        .unwrap_or(Action::Routine);
    // §7: an ambulance for a seizure, a child who cannot be woken, struggling to breathe or
    // blue lips, or oxygen below 90.
    let call_ambulance = c.has(Symptom::Seizure)
        || c.has(Symptom::Unresponsive)
        || c.has(Symptom::BreathingDifficulty)
        || v.hypoxia;
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
        fever_grade: fever_grade(&temps, now),
        crs_grade_at_least: d.crs_grade_at_least,
        crs_suspected: d.crs_grade_at_least >= 1,
        neurotoxicity_suspected: d.neurotoxicity_suspected,
        sepsis_signs: d.sepsis_signs,
        masked_fever,
        hypotension: v.hypotension,
        hypotension_confirmed: v.hypotension_confirmed,
        hypothermia: v.hypothermia,
        tachycardia: v.tachycardia,
        bradycardia: v.bradycardia,
        fast_breathing_measured: v.fast_breathing_measured,
        low_oxygen: v.low_oxygen,
        hypoxia: v.hypoxia,
        fever: v.fever,
        recent_fever: v.recent_fever,
        infant_fever: v.infant_fever,
        call_ambulance,
        reasons,
        advice: assessment_advice(action, call_ambulance, no_recent_reading),
    }
}
