//! Every "what to do" box of the training modules against the real engine (issue 15).
//!
//! The boxes live in `ui/src/lib/trainingModules.ts`; each box that states an action for a
//! situation has situations in `ui/src/lib/trainingCases.json` (the UI's tests check that
//! every such box has some, and that each situation's action is its box's). Here each
//! situation is played through the engine with the standard care plan, as practice does,
//! and must get exactly that action. A box whose words drift from the rules fails CI.

use std::path::Path;

use centinela_core::plausibility::check_reading;
use centinela_core::{assess, Action, CarePlan, Patient, Reading};
use chrono::{DateTime, Duration, FixedOffset, Months};
use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    callout: String,
    action: Action,
    says: String,
    #[serde(default)]
    age_months: Option<u32>,
    #[serde(default)]
    age_days: Option<i64>,
    readings: Vec<Earlier>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Earlier {
    minutes_before: i64,
    reading: Value,
}

fn cases() -> Vec<Case> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/trainingCases.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("trainingCases.json")
}

/// Two in the morning, as at home when it matters.
fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T02:00:00-06:00").unwrap()
}

fn patient(c: &Case) -> Patient {
    let today = now().date_naive();
    let birth_date = match (c.age_months, c.age_days) {
        (Some(m), None) => today.checked_sub_months(Months::new(m)).unwrap(),
        (None, Some(d)) => today - Duration::days(d),
        _ => panic!("{}: give age_months or age_days", c.says),
    };
    Patient {
        birth_date,
        weight_kg: Some(20.0),
    }
}

fn readings(c: &Case, p: &Patient) -> Vec<Reading> {
    c.readings
        .iter()
        .map(|e| {
            let mut v = e.reading.clone();
            let at = now() - Duration::minutes(e.minutes_before);
            v.as_object_mut()
                .expect("a reading is an object")
                .insert("taken_at".into(), Value::String(at.to_rfc3339()));
            let r: Reading = serde_json::from_value(v)
                .unwrap_or_else(|e| panic!("{} / {}: {e}", c.callout, c.says));
            check_reading(&r, p, now(), "reading")
                .unwrap_or_else(|e| panic!("{} / {}: refused: {e:?}", c.callout, c.says));
            r
        })
        .collect()
}

#[test]
fn every_what_to_do_box_gets_its_action_from_the_engine_on_each_of_its_situations() {
    let cases = cases();
    assert!(cases.len() >= 60, "only {} situations", cases.len());
    let mut wrong = Vec::new();
    for c in &cases {
        let p = patient(c);
        let rs = readings(c, &p);
        let a = assess(&p, &CarePlan::default(), &rs, &[], now());
        if a.action != c.action {
            let codes: Vec<&str> = a.reasons.iter().map(|r| r.code.as_str()).collect();
            wrong.push(format!(
                "{} ({}): the box says {:?}, the engine {:?} {codes:?}",
                c.callout, c.says, c.action, a.action
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn the_situations_can_fail_a_box_that_says_the_wrong_action() {
    // The same machinery, with a box that claims fever + pale skin is only "call now" (what
    // the v1 training taught): the engine disagrees.
    let c: Case = serde_json::from_value(serde_json::json!({
        "callout": "v1", "action": "call_now", "says": "fever with pale skin", "age_months": 84,
        "readings": [{"minutes_before": 0, "reading": {
            "temperature": {"value": 38.4, "unit": "C"}, "symptoms": ["pale_cold_skin"],
            "antipyretic_in_last_6h": false, "pump": "running"}}]
    }))
    .unwrap();
    let p = patient(&c);
    let a = assess(&p, &CarePlan::default(), &readings(&c, &p), &[], now());
    assert_eq!(a.action, Action::Emergency);
    assert_ne!(a.action, c.action);
}
