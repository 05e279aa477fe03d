//! A diary reading: what a caregiver wrote down at one moment (care-rules v2 §1).

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::vocab::Action;

/// The unit a temperature was entered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub enum TempUnit {
    C,
    F,
}

/// A temperature as the caregiver entered it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Temperature {
    pub value: f64,
    pub unit: TempUnit,
}

impl Temperature {
    /// The value every rule compares (care-rules §2): °F becomes °C rounded to
    /// 2 decimals, half away from zero; °C is used as entered.
    pub fn celsius(&self) -> f64 {
        match self.unit {
            TempUnit::C => self.value,
            TempUnit::F => fahrenheit_to_celsius(self.value),
        }
    }
}

/// C = (F − 32) × 5 / 9, rounded to 2 decimals half away from zero (care-rules §2).
pub fn fahrenheit_to_celsius(f: f64) -> f64 {
    // f64::round rounds half away from zero.
    ((f - 32.0) * 5.0 / 9.0 * 100.0).round() / 100.0
}

/// °C to °F for display, rounded to 1 decimal.
pub fn celsius_to_fahrenheit(c: f64) -> f64 {
    ((c * 9.0 / 5.0 + 32.0) * 10.0).round() / 10.0
}

macro_rules! symptoms {
    ($( $variant:ident => $code:literal, $action:ident, $neuro:literal; )*) => {
        /// The symptom checklist codes of care-rules v2 (§5), in the rule set's order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
        #[serde(rename_all = "snake_case")]
        pub enum Symptom { $( $variant, )* }

        impl Symptom {
            /// Every code, in the order of care-rules §5 (emergency signs first).
            pub const ALL: &'static [Symptom] = &[ $( Symptom::$variant, )* ];

            /// The code used in JSON, the database and reason codes.
            pub fn code(self) -> &'static str {
                match self { $( Symptom::$variant => $code, )* }
            }

            /// The action this sign calls for on its own (care-rules §5).
            pub fn action(self) -> Action {
                match self { $( Symptom::$variant => Action::$action, )* }
            }

            /// Whether the sign counts towards suspected neurotoxicity (care-rules §4.5).
            pub fn is_neurological(self) -> bool {
                match self { $( Symptom::$variant => $neuro, )* }
            }

            pub fn from_code(code: &str) -> Option<Symptom> {
                match code { $( $code => Some(Symptom::$variant), )* _ => None }
            }
        }
    };
}

symptoms! {
    Seizure => "seizure", Emergency, true;
    Unresponsive => "unresponsive", Emergency, true;
    BreathingDifficulty => "breathing_difficulty", Emergency, false;
    Confusion => "confusion", CallNow, true;
    SpeechDifficulty => "speech_difficulty", CallNow, true;
    Tremor => "tremor", CallNow, true;
    UnusualSleepiness => "unusual_sleepiness", CallNow, true;
    BalanceProblem => "balance_problem", CallNow, true;
    NotInteracting => "not_interacting", CallNow, true;
    InconsolableCry => "inconsolable_cry", CallNow, true;
    Rigors => "rigors", CallNow, false;
    FastBreathing => "fast_breathing", CallNow, false;
    DizzinessFainting => "dizziness_fainting", CallNow, false;
    PaleColdSkin => "pale_cold_skin", CallNow, false;
    SevereHeadache => "severe_headache", CallNow, false;
    VomitingPersistent => "vomiting_persistent", CallNow, false;
    DiarrheaSevere => "diarrhea_severe", CallNow, false;
    RashWidespread => "rash_widespread", CallNow, false;
    Bleeding => "bleeding", CallNow, false;
    LittleUrine => "little_urine", CallNow, false;
    Headache => "headache", CallToday, false;
    Nausea => "nausea", CallToday, false;
    Vomiting => "vomiting", CallToday, false;
    Diarrhea => "diarrhea", CallToday, false;
    Rash => "rash", CallToday, false;
    Fatigue => "fatigue", CallToday, false;
    MuscleAches => "muscle_aches", CallToday, false;
    LineSiteRedness => "line_site_redness", CallToday, false;
    DressingWetLoose => "dressing_wet_loose", CallToday, false;
}

/// What the infusion pump shows (care-rules §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum PumpStatus {
    Running,
    Alarm,
    Stopped,
    Disconnected,
    Leaking,
    BagEmpty,
    /// The catheter itself came out, or is cut or cracked (care-rules v2 §6): an emergency.
    LineOutOrBroken,
}

impl PumpStatus {
    pub const ALL: &'static [PumpStatus] = &[
        PumpStatus::Running,
        PumpStatus::Alarm,
        PumpStatus::Stopped,
        PumpStatus::Disconnected,
        PumpStatus::Leaking,
        PumpStatus::BagEmpty,
        PumpStatus::LineOutOrBroken,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PumpStatus::Running => "running",
            PumpStatus::Alarm => "alarm",
            PumpStatus::Stopped => "stopped",
            PumpStatus::Disconnected => "disconnected",
            PumpStatus::Leaking => "leaking",
            PumpStatus::BagEmpty => "bag_empty",
            PumpStatus::LineOutOrBroken => "line_out_or_broken",
        }
    }

    /// The action this status calls for (care-rules §6); `running` calls for none.
    pub fn action(self) -> Action {
        match self {
            PumpStatus::Running => Action::Routine,
            PumpStatus::LineOutOrBroken => Action::Emergency,
            _ => Action::CallNow,
        }
    }

    pub fn from_code(code: &str) -> Option<PumpStatus> {
        PumpStatus::ALL.iter().copied().find(|p| p.code() == code)
    }
}

/// The caregiver's neurological check (care-rules §4.5, ASTCT 2019): the ICE score from
/// age 12, the CAPD score under 12. Exactly one of the two is given.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct NeuroCheck {
    /// Immune effector cell encephalopathy score, 0–10; 10 is normal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ice: Option<f64>,
    /// Cornell Assessment of Pediatric Delirium, 0–32; 9 or more is positive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capd: Option<f64>,
}

impl NeuroCheck {
    pub const ICE_MAX: f64 = 10.0;
    pub const CAPD_MAX: f64 = 32.0;
    /// A CAPD score at or above this is positive (care-rules §4.5).
    pub const CAPD_POSITIVE_FROM: f64 = 9.0;
    /// The age (completed years) from which the ICE score is used instead of CAPD.
    pub const ICE_FROM_YEARS: i64 = 12;

    pub fn ice(score: f64) -> NeuroCheck {
        NeuroCheck {
            ice: Some(score),
            capd: None,
        }
    }

    pub fn capd(score: f64) -> NeuroCheck {
        NeuroCheck {
            ice: None,
            capd: Some(score),
        }
    }
}

/// One diary entry. Every field but `taken_at` is optional; a symptom list that is
/// present but empty means "checklist done, nothing ticked" (care-rules §4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub taken_at: DateTime<FixedOffset>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<Temperature>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub systolic_mmhg: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diastolic_mmhg: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heart_rate_bpm: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spo2_percent: Option<f64>,
    /// Breaths counted over a full minute (care-rules v2 §4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respiratory_rate_per_min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antipyretic_in_last_6h: Option<bool>,
    /// When the last dose of fever medicine was given (care-rules v2 §4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antipyretic_given_at: Option<DateTime<FixedOffset>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symptoms: Option<Vec<Symptom>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pump: Option<PumpStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neuro_check: Option<NeuroCheck>,
}

impl Reading {
    /// A reading with only a time, to be filled in field by field.
    pub fn at(taken_at: DateTime<FixedOffset>) -> Reading {
        Reading {
            taken_at,
            temperature: None,
            systolic_mmhg: None,
            diastolic_mmhg: None,
            heart_rate_bpm: None,
            spo2_percent: None,
            respiratory_rate_per_min: None,
            antipyretic_in_last_6h: None,
            antipyretic_given_at: None,
            symptoms: None,
            pump: None,
            neuro_check: None,
        }
    }

    /// Whether the reading carries anything besides its time (care-rules §3).
    pub fn has_content(&self) -> bool {
        self.temperature.is_some()
            || self.systolic_mmhg.is_some()
            || self.diastolic_mmhg.is_some()
            || self.heart_rate_bpm.is_some()
            || self.spo2_percent.is_some()
            || self.respiratory_rate_per_min.is_some()
            || self.antipyretic_in_last_6h.is_some()
            || self.antipyretic_given_at.is_some()
            || self.symptoms.is_some()
            || self.pump.is_some()
            || self.neuro_check.is_some()
    }
}
