//! The practice situations of the nurse's hour. Each one is a story, a practice child and
//! what the family sees (the facts to enter). The right answer is never stored here: it
//! is whatever the real engine says about the reading the caregiver enters
//! (`expected` below is only checked against the engine by the tests, so a story that
//! drifts from the rules fails CI). The words (title, story, teaching) are in the catalogue,
//! `locales/<language>/scenarios.ftl`, as `scenario-<id>-title`, `-story` and `-teaching`.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::assessment::Action;
use crate::catalogue;
use crate::messages::Text;
use crate::reading::{NeuroCheck, PumpStatus, Symptom};

/// What the caregiver sees in the situation and is asked to enter in the diary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ShownReading {
    pub temperature_c: Option<f64>,
    pub systolic_mmhg: Option<f64>,
    pub diastolic_mmhg: Option<f64>,
    pub heart_rate_bpm: Option<f64>,
    pub spo2_percent: Option<f64>,
    pub antipyretic_in_last_6h: bool,
    pub symptoms: Vec<Symptom>,
    pub pump: Option<PumpStatus>,
    /// The score of the guided neurological check, when the story gives one.
    pub neuro_check: Option<NeuroCheck>,
}

/// A reading already in the practice diary when the situation starts (e.g. the first of two
/// blood pressures), taken `minutes_before` the practice entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct EarlierReading {
    #[ts(type = "number")]
    pub minutes_before: u32,
    pub shown: ShownReading,
}

/// What a scenario is meant to exercise; the tests check that together they cover the
/// issue's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Fever,
    Neurological,
    Infant,
    Pump,
    LowBloodPressure,
    MaskedFever,
    Breathing,
    Everyday,
    /// Fever (or chills) with a sign of poor circulation: sepsis signs (care-rules §4.4).
    Sepsis,
    /// The catheter itself: out, cut or cracked (care-rules §6).
    Line,
}

/// One practice situation as defined in the app.
#[derive(Debug, Clone)]
pub struct ScenarioDef {
    /// Also names its words in the catalogue (`scenario-<id>-title`, …).
    pub id: &'static str,
    pub child_name: &'static str,
    /// The practice child's age on the day of practice, in completed months.
    pub age_months: u32,
    pub weight_kg: f64,
    pub shown: ShownReading,
    /// Readings already in the practice diary before the caregiver's entry.
    pub earlier: Vec<EarlierReading>,
    pub topics: &'static [Topic],
    /// The action the story is written for; tests hold the engine to it.
    pub expected: Action,
}

impl ScenarioDef {
    /// The situation's title, in both languages.
    pub fn title(&self) -> Text {
        self.words("title")
    }

    /// What happens, as the caregiver is told it.
    pub fn story(&self) -> Text {
        self.words("story")
    }

    /// What the nurse can say once the answer is in.
    pub fn teaching(&self) -> Text {
        self.words("teaching")
    }

    /// The ids of the situation's messages in the catalogue: title, story, teaching.
    pub fn message_ids(&self) -> [String; 3] {
        ["title", "story", "teaching"].map(|part| self.message_id(part))
    }

    fn message_id(&self, part: &str) -> String {
        format!("scenario-{}-{part}", self.id)
    }

    fn words(&self, part: &str) -> Text {
        catalogue::text(&self.message_id(part), &[])
    }

    /// The practice child's date of birth, so that they are `age_months` old on `today`.
    pub fn birth_date(&self, today: NaiveDate) -> NaiveDate {
        today
            .checked_sub_months(Months::new(self.age_months))
            .unwrap_or(today)
    }
}

fn shown() -> ShownReading {
    ShownReading {
        temperature_c: None,
        systolic_mmhg: None,
        diastolic_mmhg: None,
        heart_rate_bpm: None,
        spo2_percent: None,
        antipyretic_in_last_6h: false,
        symptoms: Vec::new(),
        pump: Some(PumpStatus::Running),
        neuro_check: None,
    }
}

/// Every practice situation, in the order the nurse is offered them.
pub fn all() -> Vec<ScenarioDef> {
    use Symptom::*;
    vec![
        ScenarioDef {
            id: "night_fever_chills",
            child_name: "Mateo",
            age_months: 7 * 12 + 2,
            weight_kg: 23.0,
            shown: ShownReading {
                temperature_c: Some(38.4),
                symptoms: vec![Rigors],
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Fever],
            expected: Action::CallNow,
        },
        ScenarioDef {
            id: "pump_alarm_empty_bag",
            child_name: "Valentina",
            age_months: 9 * 12 + 5,
            weight_kg: 28.0,
            shown: ShownReading {
                temperature_c: Some(36.8),
                pump: Some(PumpStatus::BagEmpty),
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Pump],
            expected: Action::CallNow,
        },
        ScenarioDef {
            id: "infant_no_eye_contact",
            child_name: "Sofía",
            age_months: 10,
            weight_kg: 8.5,
            shown: ShownReading {
                temperature_c: Some(37.1),
                symptoms: vec![NotInteracting],
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Neurological, Topic::Infant],
            expected: Action::CallNow,
        },
        ScenarioDef {
            id: "seizure",
            child_name: "Diego",
            age_months: 4 * 12 + 7,
            weight_kg: 16.0,
            shown: ShownReading {
                temperature_c: Some(37.6),
                symptoms: vec![Seizure, UnusualSleepiness],
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Neurological],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "fever_low_pressure",
            child_name: "Lucía",
            age_months: 6 * 12 + 3,
            weight_kg: 20.0,
            shown: ShownReading {
                temperature_c: Some(38.9),
                systolic_mmhg: Some(76.0),
                diastolic_mmhg: Some(44.0),
                heart_rate_bpm: Some(128.0),
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Fever, Topic::LowBloodPressure],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "low_pressure_teen",
            child_name: "Andrés",
            age_months: 14 * 12 + 1,
            weight_kg: 50.0,
            shown: ShownReading {
                temperature_c: Some(36.9),
                systolic_mmhg: Some(86.0),
                diastolic_mmhg: Some(54.0),
                heart_rate_bpm: Some(96.0),
                spo2_percent: Some(98.0),
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::LowBloodPressure],
            expected: Action::CallNow,
        },
        ScenarioDef {
            id: "fever_medicine_hides_fever",
            child_name: "Emilia",
            age_months: 5 * 12 + 8,
            weight_kg: 18.0,
            shown: ShownReading {
                temperature_c: Some(37.4),
                systolic_mmhg: Some(74.0),
                diastolic_mmhg: Some(42.0),
                antipyretic_in_last_6h: true,
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::MaskedFever, Topic::LowBloodPressure],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "low_oxygen_fast_breathing",
            child_name: "Camila",
            age_months: 11 * 12 + 6,
            weight_kg: 36.0,
            shown: ShownReading {
                temperature_c: Some(38.2),
                spo2_percent: Some(88.0),
                symptoms: vec![FastBreathing],
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Breathing, Topic::Fever],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "confused_words",
            child_name: "Santiago",
            age_months: 13 * 12 + 4,
            weight_kg: 45.0,
            shown: ShownReading {
                temperature_c: Some(37.0),
                systolic_mmhg: Some(108.0),
                diastolic_mmhg: Some(66.0),
                symptoms: vec![Confusion, SpeechDifficulty],
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Neurological],
            expected: Action::CallNow,
        },
        ScenarioDef {
            id: "toddler_wobbly",
            child_name: "Leo",
            age_months: 2 * 12 + 3,
            weight_kg: 12.5,
            shown: ShownReading {
                temperature_c: Some(36.9),
                symptoms: vec![BalanceProblem, Tremor],
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Neurological],
            expected: Action::CallNow,
        },
        ScenarioDef {
            id: "headache_nausea",
            child_name: "Regina",
            age_months: 9 * 12 + 1,
            weight_kg: 27.0,
            shown: ShownReading {
                temperature_c: Some(37.3),
                systolic_mmhg: Some(104.0),
                diastolic_mmhg: Some(64.0),
                symptoms: vec![Headache, Nausea],
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Everyday],
            expected: Action::CallToday,
        },
        ScenarioDef {
            id: "line_site_redness",
            child_name: "Isabela",
            age_months: 8 * 12 + 9,
            weight_kg: 25.0,
            shown: ShownReading {
                temperature_c: Some(37.0),
                symptoms: vec![LineSiteRedness],
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Everyday],
            expected: Action::CallToday,
        },
        ScenarioDef {
            id: "fast_heart_toddler",
            child_name: "Renata",
            age_months: 3 * 12 + 4,
            weight_kg: 14.0,
            shown: ShownReading {
                temperature_c: Some(37.5),
                heart_rate_bpm: Some(150.0),
                spo2_percent: Some(97.0),
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Everyday],
            expected: Action::CallToday,
        },
        ScenarioDef {
            id: "just_below_fever",
            child_name: "Pablo",
            age_months: 12 * 12 + 2,
            weight_kg: 40.0,
            shown: ShownReading {
                temperature_c: Some(37.9),
                systolic_mmhg: Some(112.0),
                diastolic_mmhg: Some(70.0),
                heart_rate_bpm: Some(90.0),
                spo2_percent: Some(98.0),
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Fever, Topic::Everyday],
            expected: Action::Routine,
        },
        ScenarioDef {
            id: "all_well",
            child_name: "Ximena",
            age_months: 15 * 12 + 7,
            weight_kg: 52.0,
            shown: ShownReading {
                temperature_c: Some(36.7),
                systolic_mmhg: Some(110.0),
                diastolic_mmhg: Some(68.0),
                heart_rate_bpm: Some(84.0),
                spo2_percent: Some(99.0),
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Everyday],
            expected: Action::Routine,
        },
        ScenarioDef {
            id: "infant_fever",
            child_name: "Valeria",
            age_months: 1,
            weight_kg: 4.6,
            shown: ShownReading {
                temperature_c: Some(38.2),
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Infant, Topic::Fever],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "sepsis_normal_pressure",
            child_name: "Tomás",
            age_months: 5 * 12 + 2,
            weight_kg: 18.5,
            shown: ShownReading {
                temperature_c: Some(38.6),
                systolic_mmhg: Some(96.0),
                diastolic_mmhg: Some(60.0),
                symptoms: vec![PaleColdSkin],
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Fever, Topic::Sepsis],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "catheter_out",
            child_name: "Julia",
            age_months: 8 * 12 + 4,
            weight_kg: 26.0,
            shown: ShownReading {
                temperature_c: Some(36.9),
                symptoms: vec![DressingWetLoose],
                pump: Some(PumpStatus::LineOutOrBroken),
                ..shown()
            },
            earlier: Vec::new(),
            topics: &[Topic::Pump, Topic::Line],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "falling_ice",
            child_name: "Mariana",
            age_months: 14 * 12 + 3,
            weight_kg: 48.0,
            shown: ShownReading {
                temperature_c: Some(37.2),
                neuro_check: Some(NeuroCheck::ice(6.0)),
                ..shown()
            },
            earlier: vec![EarlierReading {
                minutes_before: 240,
                shown: ShownReading {
                    neuro_check: Some(NeuroCheck::ice(9.0)),
                    ..shown()
                },
            }],
            topics: &[Topic::Neurological],
            expected: Action::Emergency,
        },
        ScenarioDef {
            id: "repeat_pressure",
            child_name: "Nicolás",
            age_months: 6 * 12 + 5,
            weight_kg: 21.0,
            shown: ShownReading {
                systolic_mmhg: Some(79.0),
                diastolic_mmhg: Some(47.0),
                ..shown()
            },
            earlier: vec![EarlierReading {
                minutes_before: 20,
                shown: ShownReading {
                    temperature_c: Some(37.1),
                    systolic_mmhg: Some(78.0),
                    diastolic_mmhg: Some(46.0),
                    ..shown()
                },
            }],
            topics: &[Topic::LowBloodPressure],
            expected: Action::Emergency,
        },
    ]
}

/// The scenario with this id.
pub fn by_id(id: &str) -> Option<ScenarioDef> {
    all().into_iter().find(|s| s.id == id)
}
