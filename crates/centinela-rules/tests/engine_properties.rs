//! Properties of the care-rules engine that must hold for every input (proptest).

use centinela_rules::reading::fahrenheit_to_celsius;
use centinela_rules::scenario::assess_json;
use centinela_rules::{
    assess, Action, CarePlan, Patient, PumpStatus, Reading, Symptom, TempUnit, Temperature,
};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use proptest::prelude::*;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T08:00:00-06:00").unwrap()
}

fn symptom() -> impl Strategy<Value = Symptom> {
    proptest::sample::select(Symptom::ALL.to_vec())
}

fn pump() -> impl Strategy<Value = PumpStatus> {
    proptest::sample::select(PumpStatus::ALL.to_vec())
}

/// A plausible reading within the last 30 hours.
fn reading() -> impl Strategy<Value = Reading> {
    (
        0i64..30 * 60,
        proptest::option::of(355u32..420),
        proptest::option::of((60u32..140, 30u32..55)),
        proptest::option::of(60u32..200),
        proptest::option::of(80u32..=100),
        proptest::option::of(any::<bool>()),
        proptest::option::of(proptest::collection::vec(symptom(), 0..4)),
        proptest::option::of(pump()),
        proptest::option::of(8u32..80),
        proptest::option::of(0i64..24 * 60),
    )
        .prop_map(
            |(mins, temp, bp, hr, spo2, anti, symptoms, pump, rr, given_before)| {
                let mut r = Reading::at(now() - Duration::minutes(mins));
                r.temperature = temp.map(|t| Temperature {
                    value: t as f64 / 10.0,
                    unit: TempUnit::C,
                });
                r.systolic_mmhg = bp.map(|(s, _)| s as f64);
                r.diastolic_mmhg = bp.map(|(_, d)| d as f64);
                r.heart_rate_bpm = hr.map(f64::from);
                r.spo2_percent = spo2.map(f64::from);
                r.antipyretic_in_last_6h = anti;
                r.symptoms = symptoms;
                r.pump = pump;
                r.respiratory_rate_per_min = rr.map(f64::from);
                r.antipyretic_given_at = given_before.map(|m| r.taken_at - Duration::minutes(m));
                if !r.has_content() {
                    r.pump = Some(PumpStatus::Running);
                }
                r
            },
        )
}

/// A child whose birthday is far from every reading (so small shifts keep each age band).
fn patient() -> impl Strategy<Value = Patient> {
    (0i64..17).prop_map(|years| Patient {
        // Born in mid-May: NOW (21 Nov) is half a year away from any birthday.
        birth_date: NaiveDate::from_ymd_opt(2026 - years as i32 - 1, 5, 20).unwrap(),
        weight_kg: None,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn ticking_a_symptom_never_lowers_the_action(
        p in patient(),
        readings in proptest::collection::vec(reading(), 0..6),
        extra in symptom(),
    ) {
        let plan = CarePlan::default();
        let before = assess(&p, &plan, &readings, &[], now());
        // Tick the symptom on the current checklist, or start one on the newest reading.
        let mut after_readings = readings.clone();
        let window_start = now() - Duration::hours(6);
        let current = after_readings
            .iter_mut()
            .filter(|r| r.taken_at >= window_start && r.symptoms.is_some())
            .max_by_key(|r| r.taken_at);
        match current {
            Some(r) => r.symptoms.as_mut().unwrap().push(extra),
            None => after_readings.push(Reading { symptoms: Some(vec![extra]), ..Reading::at(now()) }),
        }
        let after = assess(&p, &plan, &after_readings, &[], now());
        prop_assert!(after.action >= before.action, "{:?} -> {:?}", before.action, after.action);
        prop_assert!(after.action >= extra.action());
    }

    /// Care-rules v2 §4.2: fever medicine or a steroid dose can only hide a fever, so
    /// saying "yes" or adding a dose never makes the result less urgent.
    #[test]
    fn fever_medicine_or_a_steroid_dose_never_lowers_the_action(
        p in patient(),
        readings in proptest::collection::vec(reading(), 1..6),
        pick in any::<proptest::sample::Index>(),
        how in 0u8..3,
        dose_minutes in 0i64..30 * 60,
        doses in proptest::collection::vec(0i64..30 * 60, 0..3),
    ) {
        let plan = CarePlan::default();
        let dose_times: Vec<_> = doses.iter().map(|m| now() - Duration::minutes(*m)).collect();
        let before = assess(&p, &plan, &readings, &dose_times, now());
        let mut after_readings = readings.clone();
        let mut after_doses = dose_times.clone();
        let r = &mut after_readings[pick.index(readings.len())];
        match how {
            0 => r.antipyretic_in_last_6h = Some(true),
            // Adding a time, never moving an existing one earlier (that would take a "yes" away).
            1 => {
                let given = r.taken_at - Duration::minutes(dose_minutes % (24 * 60));
                r.antipyretic_given_at = Some(r.antipyretic_given_at.map_or(given, |g| g.max(given)));
            }
            _ => after_doses.push(now() - Duration::minutes(dose_minutes)),
        }
        let after = assess(&p, &plan, &after_readings, &after_doses, now());
        prop_assert!(after.action >= before.action, "{:?} -> {:?}", before.action, after.action);
        prop_assert!(after.masked_fever || !before.masked_fever);
        prop_assert!(after.crs_grade_at_least >= before.crs_grade_at_least);
    }

    /// Care-rules v2 §4.2: each "yes" covers its own six hours; a later "no" cancels nothing.
    #[test]
    fn a_later_no_never_cancels_an_earlier_yes(
        p in patient(),
        readings in proptest::collection::vec(reading(), 0..6),
        yes_minutes in 1i64..6 * 60,
        no_after in 0i64..6 * 60,
    ) {
        let plan = CarePlan::default();
        let mut with_yes = readings.clone();
        with_yes.push(Reading { antipyretic_in_last_6h: Some(true), ..Reading::at(now() - Duration::minutes(yes_minutes)) });
        let before = assess(&p, &plan, &with_yes, &[], now());
        prop_assert!(before.masked_fever);
        let no_at = (now() - Duration::minutes(yes_minutes) + Duration::minutes(no_after)).min(now());
        let mut with_no = with_yes.clone();
        with_no.push(Reading { antipyretic_in_last_6h: Some(false), ..Reading::at(no_at) });
        let after = assess(&p, &plan, &with_no, &[], now());
        prop_assert!(after.masked_fever);
        prop_assert_eq!(after.action, before.action);
        prop_assert_eq!(after.reasons, before.reasons);
    }

    #[test]
    fn shifting_every_time_by_the_same_amount_changes_nothing(
        p in patient(),
        readings in proptest::collection::vec(reading(), 0..6),
        shift_minutes in -60i64 * 24 * 60..60 * 24 * 60,
    ) {
        let plan = CarePlan::default();
        let shift = Duration::minutes(shift_minutes);
        let before = assess(&p, &plan, &readings, &[], now());
        let moved: Vec<Reading> = readings
            .iter()
            .map(|r| Reading {
                taken_at: r.taken_at + shift,
                antipyretic_given_at: r.antipyretic_given_at.map(|at| at + shift),
                ..r.clone()
            })
            .collect();
        let after = assess(&p, &plan, &moved, &[], now() + shift);
        prop_assert_eq!(before, after);
    }

    #[test]
    fn fahrenheit_and_its_celsius_give_the_same_assessment(
        p in patient(),
        tenths_f in 860u32..=1130,
        mins in 0i64..30 * 60,
        threshold_tenths in 375u32..=385,
    ) {
        let f = tenths_f as f64 / 10.0;
        let plan = CarePlan { fever_threshold_c: threshold_tenths as f64 / 10.0 };
        let taken = now() - Duration::minutes(mins);
        let in_f = Reading {
            temperature: Some(Temperature { value: f, unit: TempUnit::F }),
            ..Reading::at(taken)
        };
        let in_c = Reading {
            temperature: Some(Temperature { value: fahrenheit_to_celsius(f), unit: TempUnit::C }),
            ..Reading::at(taken)
        };
        prop_assert_eq!(assess(&p, &plan, &[in_f], &[], now()), assess(&p, &plan, &[in_c], &[], now()));
    }

    #[test]
    fn any_json_gives_an_assessment_or_a_typed_rejection(input in json_like()) {
        // Must never panic; the result is either kind.
        match assess_json(&input) {
            Ok(a) => prop_assert!(a.action >= Action::Routine),
            Err(r) => prop_assert!(!r.message.is_empty()),
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(input in ".{0,200}") {
        let _ = assess_json(&input);
    }
}

/// Scenario-shaped JSON with wild values in every place.
fn json_like() -> impl Strategy<Value = String> {
    let number = prop_oneof![
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| f.to_string()),
        (-50i64..400).prop_map(|n| n.to_string()),
        Just("null".to_string()),
        Just("\"x\"".to_string()),
        Just("1e400".to_string()),
    ];
    let date = prop_oneof![
        Just("\"2021-05-14\"".to_string()),
        Just("\"2026-11-22\"".to_string()),
        Just("\"1890-01-01\"".to_string()),
        Just("\"2021-02-30\"".to_string()),
        Just("7".to_string()),
    ];
    let stamp = prop_oneof![
        Just("\"2026-11-21T07:00:00-06:00\"".to_string()),
        Just("\"2026-11-21T08:04:59-06:00\"".to_string()),
        Just("\"2026-11-21T08:06:00-06:00\"".to_string()),
        Just("\"2019-01-01T00:00:00Z\"".to_string()),
        Just("\"2026-11-21T07:00:00\"".to_string()),
        Just("\"yesterday\"".to_string()),
    ];
    let unit = prop_oneof![Just("\"C\""), Just("\"F\""), Just("\"K\""), Just("1")];
    let sym = prop_oneof![
        Just("[]".to_string()),
        Just("[\"seizure\",\"rash\"]".to_string()),
        Just("[\"fever\"]".to_string()),
        Just("\"seizure\"".to_string()),
    ];
    let reading = (
        stamp.clone(),
        number.clone(),
        unit,
        number.clone(),
        number.clone(),
        number.clone(),
        sym,
        proptest::bool::ANY,
    )
        .prop_map(|(ts, temp, unit, sys, dia, hr, sym, typo)| {
            let extra = if typo { ",\"temprature\":1" } else { "" };
            format!(
                "{{\"taken_at\":{ts},\"temperature\":{{\"value\":{temp},\"unit\":{unit}}},\"systolic_mmhg\":{sys},\"diastolic_mmhg\":{dia},\"heart_rate_bpm\":{hr},\"symptoms\":{sym}{extra}}}"
            )
        });
    (
        date,
        stamp,
        number,
        proptest::collection::vec(reading, 0..4),
    )
        .prop_map(|(birth, now, threshold, readings)| {
            format!(
                "{{\"patient\":{{\"birth_date\":{birth}}},\"care_plan\":{{\"fever_threshold_c\":{threshold}}},\"now\":{now},\"readings\":[{}]}}",
                readings.join(",")
            )
        })
}
