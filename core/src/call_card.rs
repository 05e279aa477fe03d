//! "When you call, say this" (issue 18): what a doctor on call who does not know the child
//! asks first, built from the diary in the order it is asked — who the child is, what is
//! happening now (each measured value with its time and the one before it), and what the
//! family has done and Centinela advised. What the diary does not know is left out, never
//! guessed.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::diary::{BagView, CourseView, DiaryEntry, Language, PatientRecord};
use crate::messages::{self, Text};
use crate::neuro::NeuroScale;
use crate::patient::Age;
use crate::reading::{Reading, Temperature};
use crate::Assessment;

/// One measured number of a reading, when it was measured.
type Measured = fn(&Reading) -> Option<f64>;

/// How far back the "before" values are looked for.
pub const LOOK_BACK_HOURS: i64 = 48;

/// The card: three short lists of sentences, each in both languages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct CallCard {
    pub title: Text,
    pub who: CallSection,
    pub what: CallSection,
    pub done: CallSection,
}

/// One part of the card, with its heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct CallSection {
    pub heading: Text,
    pub lines: Vec<Text>,
}

/// The child's usual neurological score (the nurse's baseline), to read the last check against.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Usual {
    pub scale: NeuroScale,
    pub score: f64,
}

/// What the card is built from.
pub struct Facts<'a> {
    pub patient: &'a PatientRecord,
    pub course: Option<&'a CourseView>,
    pub bag: Option<&'a BagView>,
    /// The readings of the last [`LOOK_BACK_HOURS`], oldest first (corrected ones are skipped).
    pub entries: &'a [DiaryEntry],
    pub assessment: Option<&'a Assessment>,
    /// The nurse's baselines, newest first (the first of a scale is the one compared with).
    pub usual: &'a [Usual],
    pub now: DateTime<FixedOffset>,
}

impl CallCard {
    /// The card as plain text in one language, for the clipboard (a message to the team).
    pub fn plain(&self, lang: Language) -> String {
        let pick = |t: &Text| match lang {
            Language::En => t.en.clone(),
            Language::Es => t.es.clone(),
        };
        let mut out = vec![pick(&self.title)];
        for part in [&self.who, &self.what, &self.done] {
            if part.lines.is_empty() {
                continue;
            }
            out.push(String::new());
            out.push(pick(&part.heading));
            out.extend(part.lines.iter().map(|l| format!("- {}", pick(l))));
        }
        out.join("\n")
    }
}

/// Builds the card from what the diary knows.
pub fn build(f: &Facts<'_>) -> CallCard {
    let [who_h, what_h, done_h] = messages::call_headings();
    CallCard {
        title: messages::call_title(),
        who: CallSection {
            heading: who_h,
            lines: who(f),
        },
        what: CallSection {
            heading: what_h,
            lines: what(f),
        },
        done: CallSection {
            heading: done_h,
            lines: done(f),
        },
    }
}

fn who(f: &Facts<'_>) -> Vec<Text> {
    let p = f.patient;
    let first = p
        .name
        .split_whitespace()
        .next()
        .unwrap_or(&p.name)
        .to_string();
    let today: NaiveDate = f.now.date_naive();
    let age = Age::on(p.birth_date, today);
    let mut out = vec![messages::call_child(&first, age, p.weight_kg)];
    if let Some(c) = f.course {
        if let Some(day) = c.day {
            out.push(messages::call_course_day(day, c.days));
        } else {
            out.push(messages::call_on_blinatumomab());
        }
        if let (Some(step_day), Some(day)) = (c.plan.step_up_day, c.day) {
            out.push(messages::call_step(day >= i64::from(step_day), step_day));
        }
    } else {
        out.push(messages::call_on_blinatumomab());
    }
    if let Some(b) = f.bag {
        out.push(messages::call_bag_on(&when(b.bag.hung_at, f.now)));
    }
    out
}

/// Each measured value of the newest reading, with the one before it.
fn what(f: &Facts<'_>) -> Vec<Text> {
    let effective: Vec<&Reading> = f
        .entries
        .iter()
        .filter(|e| e.is_effective())
        .map(|e| &e.reading)
        .filter(|r| r.taken_at <= f.now && r.taken_at >= f.now - Duration::hours(LOOK_BACK_HOURS))
        .collect();
    let Some(latest) = effective.last().copied() else {
        return vec![messages::call_no_reading()];
    };
    let earlier = &effective[..effective.len() - 1];
    // The newest earlier reading that measured the same thing.
    let before = |has: fn(&Reading) -> bool| earlier.iter().rev().find(|r| has(r)).copied();
    let at = |r: &Reading| when(r.taken_at, f.now);
    let mut out = vec![];

    if let Some(t) = latest.temperature {
        let prev =
            before(|r| r.temperature.is_some()).map(|r| (temp(r.temperature.unwrap()), at(r)));
        out.push(messages::call_value(
            messages::CallVital::Temperature,
            &temp(t),
            &at(latest),
            prev,
        ));
    }
    if let (Some(s), Some(d)) = (latest.systolic_mmhg, latest.diastolic_mmhg) {
        let prev = before(|r| r.systolic_mmhg.is_some() && r.diastolic_mmhg.is_some()).map(|r| {
            (
                bp(r.systolic_mmhg.unwrap(), r.diastolic_mmhg.unwrap()),
                at(r),
            )
        });
        out.push(messages::call_value(
            messages::CallVital::BloodPressure,
            &bp(s, d),
            &at(latest),
            prev,
        ));
    }
    let simple: [(messages::CallVital, Measured); 3] = [
        (messages::CallVital::Pulse, |r| r.heart_rate_bpm),
        (messages::CallVital::Breathing, |r| {
            r.respiratory_rate_per_min
        }),
        (messages::CallVital::Oxygen, |r| r.spo2_percent),
    ];
    for (vital, get) in simple {
        if let Some(v) = get(latest) {
            let prev = earlier
                .iter()
                .rev()
                .find_map(|r| get(r).map(|p| (number(p), at(r))));
            out.push(messages::call_value(vital, &number(v), &at(latest), prev));
        }
    }
    if let Some(signs) = latest.symptoms.as_ref().filter(|s| !s.is_empty()) {
        out.push(messages::call_signs(signs));
    }
    if let Some(pump) = latest.pump {
        out.push(messages::call_pump(pump));
    }
    if let Some(n) = latest.neuro_check {
        let (scale, score) = match (n.ice, n.capd) {
            (Some(ice), _) => (NeuroScale::Ice, ice),
            (None, Some(capd)) => (NeuroScale::Capd, capd),
            (None, None) => return out,
        };
        let usual = f
            .usual
            .iter()
            .rev()
            .find(|u| u.scale == scale)
            .map(|u| u.score);
        out.push(messages::call_neuro(scale, score, &at(latest), usual));
    }
    out
}

fn done(f: &Facts<'_>) -> Vec<Text> {
    let mut out = vec![];
    let latest = f
        .entries
        .iter()
        .rev()
        .find(|e| e.is_effective() && e.reading.taken_at <= f.now)
        .map(|e| &e.reading);
    if let Some(r) = latest {
        match (r.antipyretic_given_at, r.antipyretic_in_last_6h) {
            (Some(given), _) => out.push(messages::call_fever_medicine_at(&when(given, f.now))),
            (None, Some(true)) => out.push(messages::call_fever_medicine_recent()),
            _ => {}
        }
    }
    if let Some(a) = f.assessment {
        out.push(messages::call_advised(&a.advice));
    }
    out
}

fn temp(t: Temperature) -> String {
    let unit = match t.unit {
        crate::TempUnit::C => "°C",
        crate::TempUnit::F => "°F",
    };
    format!("{:.1} {unit}", t.value)
}

fn bp(s: f64, d: f64) -> String {
    format!("{}/{}", number(s), number(d))
}

/// Whole numbers without a decimal point, others with one.
fn number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// A time as said on the phone: "at 1:50 AM" today, "on Sun at 8:00 PM" another day.
pub fn when(at: DateTime<FixedOffset>, now: DateTime<FixedOffset>) -> Text {
    messages::call_time(at, at.date_naive() != now.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bag::{Bag, BagDuration};
    use crate::course::CoursePlan;
    use crate::reading::{PumpStatus, Symptom, TempUnit};
    use crate::Action;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }
    const NOW: &str = "2026-11-21T02:10:00-06:00";

    fn patient(weight: Option<f64>) -> PatientRecord {
        PatientRecord {
            name: "Sofía Ramírez".into(),
            birth_date: "2019-08-02".parse().unwrap(),
            weight_kg: weight,
            height_cm: None,
        }
    }

    fn entry(id: i64, r: Reading) -> DiaryEntry {
        DiaryEntry {
            id,
            recorded_at: r.taken_at,
            reading: r,
            recorded_by: None,
            superseded_by: None,
            corrects: None,
        }
    }

    fn temp_at(at: &str, c: f64) -> Reading {
        Reading {
            temperature: Some(Temperature {
                value: c,
                unit: TempUnit::C,
            }),
            ..Reading::at(t(at))
        }
    }

    fn course() -> CourseView {
        let plan = CoursePlan::new(
            "2026-11-16".parse().unwrap(),
            "2026-12-06".parse().unwrap(),
            Some(8),
        );
        CourseView {
            plan,
            day: Some(6),
            days: 21,
            step_up_date: Some("2026-11-23".parse().unwrap()),
            close_watch_today: false,
            before_start: false,
            ended: false,
        }
    }

    fn bag() -> BagView {
        let hung = t("2026-11-20T09:30:00-06:00");
        BagView {
            bag: Bag {
                id: 1,
                hung_at: hung,
                duration: BagDuration::H48,
                extension_hours: 0,
                note: None,
                due_at: (hung + Duration::hours(48)).to_utc(),
                recorded_at: hung,
                recorded_by: None,
            },
            due_at: hung + Duration::hours(48),
            heads_up_at: hung + Duration::hours(46),
            minutes_left: 100,
            overdue: false,
            call_now: false,
        }
    }

    fn card(entries: &[DiaryEntry], weight: Option<f64>) -> CallCard {
        let p = patient(weight);
        let c = course();
        let b = bag();
        build(&Facts {
            patient: &p,
            course: Some(&c),
            bag: Some(&b),
            entries,
            assessment: None,
            usual: &[],
            now: t(NOW),
        })
    }

    #[test]
    fn who_the_child_is_and_where_the_course_stands() {
        let c = card(&[], Some(24.0));
        let en: Vec<&str> = c.who.lines.iter().map(|l| l.en.as_str()).collect();
        assert_eq!(en[0], "Sofía, 7 years, 24 kg.");
        assert_eq!(en[1], "On blinatumomab at home: day 6 of 21.");
        assert_eq!(en[2], "Before the dose step-up (day 8).");
        assert_eq!(en[3], "The current bag was started on Fri at 9:30 AM.");
        assert_eq!(c.who.lines[0].es, "Sofía, 7 años, 24 kg.");
        assert_eq!(
            c.who.lines[3].es,
            "La bolsa actual se colocó el vie a las 9:30 a.m."
        );
    }

    #[test]
    fn an_unknown_weight_is_left_out_never_guessed() {
        let c = card(&[], None);
        assert_eq!(c.who.lines[0].en, "Sofía, 7 years.");
        assert!(!c.who.lines[0].es.contains("kg"));
    }

    #[test]
    fn a_fever_with_the_value_before_it() {
        let entries = [
            entry(1, temp_at("2026-11-20T20:00:00-06:00", 37.4)),
            entry(2, temp_at("2026-11-21T01:50:00-06:00", 38.6)),
        ];
        let c = card(&entries, Some(24.0));
        assert_eq!(
            c.what.lines[0].en,
            "Temperature 38.6 °C at 1:50 AM (before: 37.4 °C on Fri at 8:00 PM)."
        );
        assert_eq!(
            c.what.lines[0].es,
            "Temperatura 38.6 °C a la 1:50 a.m. (antes: 37.4 °C el vie a las 8:00 p.m.)."
        );
    }

    #[test]
    fn fever_medicine_a_paused_pump_and_the_signs() {
        let r = Reading {
            heart_rate_bpm: Some(150.0),
            symptoms: Some(vec![Symptom::Rigors]),
            pump: Some(PumpStatus::Stopped),
            antipyretic_in_last_6h: Some(true),
            antipyretic_given_at: Some(t("2026-11-21T01:00:00-06:00")),
            ..temp_at("2026-11-21T01:50:00-06:00", 38.6)
        };
        let c = card(&[entry(1, r)], Some(24.0));
        let what: Vec<&str> = c.what.lines.iter().map(|l| l.en.as_str()).collect();
        assert_eq!(what[0], "Temperature 38.6 °C at 1:50 AM.");
        assert_eq!(what[1], "Pulse 150 a minute at 1:50 AM.");
        assert_eq!(what[2], "Signs checked: shaking chills.");
        assert_eq!(
            c.what.lines[2].es,
            "Señales marcadas: escalofríos con temblor."
        );
        assert_eq!(what[3], "The pump has stopped.");
        assert_eq!(c.done.lines[0].en, "Fever medicine given at 1:00 AM.");
        assert_eq!(
            c.done.lines[0].es,
            "Medicina para la fiebre dada a la 1:00 a.m."
        );
    }

    #[test]
    fn a_corrected_reading_does_not_count() {
        let mut old = entry(1, temp_at("2026-11-21T01:50:00-06:00", 39.9));
        old.superseded_by = Some(crate::diary::AmendmentLink {
            reading_id: 2,
            reason: "typo".into(),
            amended_by: "Ana".into(),
            amended_at: t("2026-11-21T01:55:00-06:00"),
        });
        let c = card(
            &[old, entry(2, temp_at("2026-11-21T01:50:00-06:00", 38.9))],
            None,
        );
        assert_eq!(c.what.lines[0].en, "Temperature 38.9 °C at 1:50 AM.");
    }

    #[test]
    fn the_neurological_check_against_the_usual_score() {
        let r = Reading {
            neuro_check: Some(crate::reading::NeuroCheck {
                ice: Some(7.0),
                capd: None,
            }),
            ..Reading::at(t("2026-11-21T01:50:00-06:00"))
        };
        let p = patient(None);
        let usual = [Usual {
            scale: NeuroScale::Ice,
            score: 10.0,
        }];
        let e = [entry(1, r)];
        let c = build(&Facts {
            patient: &p,
            course: None,
            bag: None,
            entries: &e,
            assessment: None,
            usual: &usual,
            now: t(NOW),
        });
        assert_eq!(
            c.what.lines[0].en,
            "Neurological check (ICE): 7 of 10 at 1:50 AM; usual: 10."
        );
        // No course: still said, without a day.
        assert_eq!(c.who.lines[1].en, "On blinatumomab at home.");
    }

    #[test]
    fn no_reading_is_said_and_the_advice_is_carried() {
        let p = patient(None);
        let mut a = crate::assess(&p.patient(), &crate::CarePlan::default(), &[], &[], t(NOW));
        a.action = Action::CallNow;
        let c = build(&Facts {
            patient: &p,
            course: None,
            bag: None,
            entries: &[],
            assessment: Some(&a),
            usual: &[],
            now: t(NOW),
        });
        assert_eq!(c.what.lines[0].en, "No reading in the last 48 hours.");
        assert!(
            c.done.lines[0].en.starts_with("Centinela advised: "),
            "{}",
            c.done.lines[0].en
        );
        let plain = c.plain(Language::Es);
        assert!(plain.starts_with("Cuando llame, diga esto"), "{plain}");
        assert!(plain.contains("\n- Sofía, 7 años."), "{plain}");
    }
}
