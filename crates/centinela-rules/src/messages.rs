//! The words the family reads for each reason and action, in English and Mexican Spanish.
//! Every sentence is a message of the one catalogue (`locales/*/engine.ftl`); this module
//! picks the message and fills it in. Written for a tired parent: what was seen, then what to do.

use crate::catalogue::{self, num, text, text_by};
use crate::reading::{PumpStatus, Symptom};
use crate::vocab::{Action, Language};
use crate::vocab::{ReminderKind, Wake};

pub use crate::vocab::Text;

/// The family-facing wording of a symptom: the checkbox's own words (care-rules §5 meaning).
pub fn symptom_text(s: Symptom) -> Text {
    text(&format!("symptom-{}", s.code()), &[])
}

/// The family-facing wording of a pump status, as a sentence.
pub fn pump_text(p: PumpStatus) -> Text {
    text(&format!("pump-sentence-{}", p.code()), &[])
}

/// The sentence for a reason code (care-rules §7).
pub fn reason_message(code: &str) -> Text {
    if let Some(s) = Symptom::from_code(code) {
        return symptom_text(s);
    }
    let id = format!("reason-{code}");
    if catalogue::has(Language::En, &id) {
        return text(&id, &[]);
    }
    text("reason-unknown", &[("code", code.into())])
}

/// What an action means for the family (care-rules §7), in general: the fridge sheet
/// and training use it; an assessment uses [`assessment_advice`].
pub fn action_advice(action: Action) -> Text {
    text(&format!("advice-{}", action.code()), &[])
}

/// The advice of one assessment (care-rules §7): the emergency says which way to go, and
/// a routine result with no reading for 6 hours asks for one.
pub fn assessment_advice(action: Action, call_ambulance: bool, no_recent_reading: bool) -> Text {
    match action {
        Action::Emergency if call_ambulance => text("advice-ambulance", &[]),
        Action::Emergency => text("advice-emergency-department", &[]),
        Action::Routine if no_recent_reading => text("advice-no-recent-reading", &[]),
        other => action_advice(other),
    }
}

/// The title of a reminder's notification and banner. Generic: no name, no value.
pub fn reminder_title(kind: ReminderKind) -> Text {
    text(&format!("reminder-title-{}", kind.code()), &[])
}

/// What to do about a reminder.
pub fn reminder_body(kind: ReminderKind) -> Text {
    text(&format!("reminder-body-{}", kind.code()), &[])
}

/// The title of a grouped notice: several reminders found on one tick.
pub fn reminders_group(count: u32, wake: Wake) -> Text {
    let id = match wake {
        Wake::Slept => "reminders-group-slept",
        Wake::Started => "reminders-group-started",
        Wake::Running => "reminders-group-running",
    };
    text(id, &[("count", num(count))])
}

/// The body of a grouped notice: the most urgent one first.
pub fn reminders_group_body(top: ReminderKind) -> Text {
    let t = reminder_title(top);
    text_by("reminders-group-body", |lang| {
        vec![("top", t.get(lang).to_string().into())]
    })
}

/// The heading for something that may keep the alarm from waking the family (issue 20).
pub fn watch_title(c: crate::vocab::Concern) -> Text {
    concern_message("concern-title", c)
}

/// What to do about it.
pub fn watch_advice(c: crate::vocab::Concern) -> Text {
    concern_message("concern-advice", c)
}

fn concern_message(prefix: &str, c: crate::vocab::Concern) -> Text {
    use crate::vocab::Concern::*;
    let args = match c {
        SoundLow {
            volume_percent,
            limit_percent,
        } => vec![
            ("volume", num(volume_percent)),
            ("limit", num(limit_percent)),
        ],
        BatteryAlarm { percent } | BatteryLow { percent } => vec![("percent", num(percent))],
        _ => vec![],
    };
    text(&format!("{prefix}-{}", c.code()), &args)
}

/// The heading of one notification for several such things at once.
pub fn watch_several() -> Text {
    text("concern-several", &[])
}

/// Ends a sentence with one full stop ("9:30 a.m." already has it).
fn sentence(s: String) -> String {
    if s.ends_with('.') {
        s
    } else {
        s + "."
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallVital {
    Temperature,
    BloodPressure,
    Pulse,
    Breathing,
    Oxygen,
}

impl CallVital {
    fn code(self) -> &'static str {
        match self {
            CallVital::Temperature => "temperature",
            CallVital::BloodPressure => "blood_pressure",
            CallVital::Pulse => "pulse",
            CallVital::Breathing => "breathing",
            CallVital::Oxygen => "oxygen",
        }
    }
}

/// An age as the family says it: "6 years", "14 months", "9 days" (no-break space).
pub fn format_age(lang: Language, age: crate::patient::Age) -> String {
    let (id, n) = if age.years >= 1 {
        ("age-years", age.years)
    } else if age.months >= 1 {
        ("age-months", age.months)
    } else {
        ("age-days", age.days)
    };
    catalogue::words(lang, id, &[("n", num(n as f64))])
}

/// The call card's heading (issue 18).
pub fn call_title() -> Text {
    text("call-title", &[])
}

/// Its three parts, in the order a doctor on call asks.
pub fn call_headings() -> [Text; 3] {
    ["call-heading-who", "call-heading-what", "call-heading-did"].map(|id| text(id, &[]))
}

/// "Sofía, 7 years, 24 kg." — the weight only when the diary has it.
pub fn call_child(
    first_name: &str,
    age: Option<crate::patient::Age>,
    weight_kg: Option<f64>,
) -> Text {
    // The age as the fridge sheet says it ("7 years", "14 months"), with a plain space.
    let age_in = |lang| age.map(|a| format_age(lang, a).replace('\u{a0}', " "));
    let weight = weight_kg.map(|w| {
        if w.fract() == 0.0 {
            format!("{w:.0} kg")
        } else {
            format!("{w:.1} kg")
        }
    });
    let line = |lang| {
        let parts: Vec<String> = std::iter::once(first_name.to_string())
            .chain(age_in(lang))
            .chain(weight.clone())
            .collect();
        format!("{}.", parts.join(", "))
    };
    Text {
        en: line(Language::En),
        es: line(Language::Es),
    }
}

pub fn call_course_day(day: i64, days: i64) -> Text {
    text(
        "call-course-day",
        &[("day", num(day as f64)), ("days", num(days as f64))],
    )
}

pub fn call_on_blinatumomab() -> Text {
    text("call-on-blinatumomab", &[])
}

/// Before or after the dose step-up.
pub fn call_step(after: bool, step_day: u8) -> Text {
    let id = if after {
        "call-step-after"
    } else {
        "call-step-before"
    };
    text(id, &[("day", num(step_day))])
}

/// A sentence from message `id` whose `{ $name }` is a phrase already in each language.
fn sentence_with(id: &str, name: &str, phrase: &Text) -> Text {
    let t = text_by(id, |lang| vec![(name, phrase.get(lang).to_string().into())]);
    Text {
        en: sentence(t.en),
        es: sentence(t.es),
    }
}

pub fn call_bag_on(when: &Text) -> Text {
    sentence_with("call-bag-on", "when", when)
}

/// A time for the card, with its preposition: "at 1:50 AM", or "on Fri at 8:00 PM" on
/// another day; Spanish (Mexico) "a la 1:50 a.m.", "el vie a las 8:00 p.m.". 12-hour clock,
/// as the screens show it.
pub fn call_time(at: chrono::DateTime<chrono::FixedOffset>, other_day: bool) -> Text {
    use chrono::{Datelike, Timelike};
    let weekday = at.weekday().number_from_monday();
    text_by(if other_day { "call-at-day" } else { "call-at" }, |lang| {
        let mut args = crate::dates::clock_args(at.hour(), at.minute());
        let day = catalogue::words(lang, &format!("weekday-short-{weekday}"), &[]);
        args.push(("day", day.into()));
        args
    })
}

/// "Temperature 38.6 °C at 1:50 AM (before: 37.4 °C at Fri 8:00 PM)."
pub fn call_value(
    vital: CallVital,
    value: &str,
    at: &Text,
    before: Option<(String, Text)>,
) -> Text {
    let code = vital.code();
    let amount = |lang, v: &str| {
        catalogue::words(
            lang,
            &format!("call-amount-{code}"),
            &[("value", v.to_string().into())],
        )
    };
    let id = if before.is_some() {
        "call-reading-before"
    } else {
        "call-reading"
    };
    let t = text_by(id, |lang| {
        let mut args = vec![
            (
                "name",
                catalogue::words(lang, &format!("call-name-{code}"), &[]).into(),
            ),
            ("amount", amount(lang, value).into()),
            ("at", at.get(lang).to_string().into()),
        ];
        if let Some((v, t)) = &before {
            args.push(("before", amount(lang, v).into()));
            args.push(("beforeAt", t.get(lang).to_string().into()));
        }
        args
    });
    Text {
        en: sentence(t.en),
        es: sentence(t.es),
    }
}

/// The signs checked on the newest reading.
pub fn call_signs(signs: &[Symptom]) -> Text {
    let lower = |s: &str| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let names: Vec<Text> = signs.iter().map(|&s| symptom_text(s)).collect();
    let joined = |lang| {
        names
            .iter()
            .map(|n| lower(n.get(lang)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let list = Text {
        en: joined(Language::En),
        es: joined(Language::Es),
    };
    sentence_with("call-signs", "signs", &list)
}

pub fn call_pump(p: PumpStatus) -> Text {
    let t = pump_text(p);
    Text {
        en: sentence(t.en),
        es: sentence(t.es),
    }
}

/// "Neurological check (ICE): 7 of 10 at 1:50 AM; usual: 10."
pub fn call_neuro(
    scale: crate::neuro::NeuroScale,
    score: f64,
    at: &Text,
    usual: Option<f64>,
) -> Text {
    let (name, max) = match scale {
        crate::neuro::NeuroScale::Ice => ("ICE", 10),
        crate::neuro::NeuroScale::Capd => ("CAPD", 32),
    };
    let n = |v: f64| {
        if v.fract() == 0.0 {
            format!("{v:.0}")
        } else {
            format!("{v:.1}")
        }
    };
    let id = if usual.is_some() {
        "call-neuro-usual"
    } else {
        "call-neuro"
    };
    let t = text_by(id, |lang| {
        let mut args = vec![
            ("scale", name.into()),
            ("score", n(score).into()),
            ("max", num(max)),
            ("at", at.get(lang).to_string().into()),
        ];
        if let Some(u) = usual {
            args.push(("usual", n(u).into()));
        }
        args
    });
    Text {
        en: sentence(t.en),
        es: sentence(t.es),
    }
}

pub fn call_no_reading() -> Text {
    text("call-no-reading", &[])
}

pub fn call_fever_medicine_at(when: &Text) -> Text {
    sentence_with("call-fever-medicine-at", "when", when)
}

pub fn call_fever_medicine_recent() -> Text {
    text("call-fever-medicine-recent", &[])
}

pub fn call_advised(advice: &Text) -> Text {
    text_by("call-advised", |lang| {
        vec![("advice", advice.get(lang).to_string().into())]
    })
}

/// The fridge sheet's "when you call, say" box (issue 18): what to have ready, in the card's
/// order; the app's card says the same with the diary's values.
pub fn call_sheet_who() -> Text {
    text("call-sheet-who", &[])
}

pub fn call_sheet_what() -> Text {
    text("call-sheet-what", &[])
}

pub fn call_sheet_did() -> Text {
    text("call-sheet-did", &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_code_has_its_own_words_in_both_languages() {
        let mut codes: Vec<String> = [
            "fever",
            "hypotension",
            "crs_grade_2",
            "shock_signs",
            "hypoxia",
            "low_oxygen",
            "tachycardia",
            "infant_fever",
            "hypothermia",
            "hypotension_confirmed",
            "sepsis_signs",
            "tachycardia_extreme",
            "bradycardia",
            "bradycardia_severe",
            "fast_breathing_measured",
            "icans_ice_1",
            "icans_ice_2",
            "capd_positive",
            "infant_fluid_loss",
            "no_recent_reading",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        codes.extend(Symptom::ALL.iter().map(|s| s.code().to_string()));
        codes.extend(
            PumpStatus::ALL
                .iter()
                .filter(|p| **p != PumpStatus::Running)
                .map(|p| format!("pump_{}", p.code())),
        );
        for code in codes {
            let t = reason_message(&code);
            assert_ne!(t.en, code, "no English words for {code}");
            assert_ne!(t.es, code, "no Spanish words for {code}");
            assert_ne!(t.en, t.es, "untranslated {code}");
        }
    }

    #[test]
    fn every_reminder_has_its_own_words_in_both_languages() {
        for k in ReminderKind::ALL {
            for t in [reminder_title(k), reminder_body(k)] {
                assert!(!t.en.is_empty() && !t.es.is_empty());
                assert_ne!(t.en, t.es, "untranslated {k:?}");
            }
        }
    }
}
