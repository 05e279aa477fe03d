//! What care-rules v2 added (§10), each rule at its boundaries, on both sides.

#[path = "common/engine.rs"]
mod engine;
use engine::*;

use centinela_rules::plausibility::check_reading;
use centinela_rules::reading::NeuroCheck;
use centinela_rules::{
    assess, Action, Assessment, CarePlan, ErrorCode, PumpStatus, Reading, Symptom, TempUnit,
    Temperature,
};
use chrono::{DateTime, Duration, FixedOffset};

fn with_doses(birth: &str, readings: &[Reading], doses: &[DateTime<FixedOffset>]) -> Assessment {
    assess(
        &patient(birth),
        &CarePlan::default(),
        readings,
        doses,
        now(),
    )
}

fn plan(line: f64) -> CarePlan {
    CarePlan {
        fever_threshold_c: line,
    }
}

fn neuro(minutes: i64, check: NeuroCheck) -> Reading {
    Reading {
        neuro_check: Some(check),
        ..at(minutes)
    }
}

fn rr(minutes: i64, per_min: f64) -> Reading {
    Reading {
        respiratory_rate_per_min: Some(per_min),
        ..at(minutes)
    }
}

fn fever_and(c: f64, symptoms: &[Symptom]) -> Reading {
    Reading {
        symptoms: Some(symptoms.to_vec()),
        ..temp_c(5, c)
    }
}

/// The birth date that makes the child exactly `years` old on NOW's date (21 Nov 2026),
/// and the one a day later (still `years - 1`).
fn turns_today(years: i32) -> String {
    format!("{}-11-21", 2026 - years)
}
fn turns_tomorrow(years: i32) -> String {
    format!("{}-11-22", 2026 - years)
}

// ---------- §4.1 infant fever ----------

#[test]
fn infant_fever_is_38_0_under_3_months_whatever_the_plan() {
    // Worked example 7's shape: a line of 38.5 does not hide 38.2 in a young baby.
    let two_months = "2026-08-22"; // 3 months tomorrow
    let three_months = "2026-08-21"; // 3 months today
    let a = assess(
        &patient(two_months),
        &plan(38.5),
        &[temp_c(5, 38.0)],
        &[],
        now(),
    );
    assert!(a.infant_fever && !a.fever);
    assert_eq!(a.action, Action::Emergency);
    assert_eq!(codes(&a), ["infant_fever"]);
    let a = assess(
        &patient(two_months),
        &plan(38.5),
        &[temp_c(5, 37.9)],
        &[],
        now(),
    );
    assert!(!a.infant_fever);
    assert_eq!(a.action, Action::Routine);
    let a = assess(
        &patient(three_months),
        &plan(38.5),
        &[temp_c(5, 38.2)],
        &[],
        now(),
    );
    assert!(
        !a.infant_fever,
        "3 completed months is no longer an infant fever"
    );
    assert_eq!(a.action, Action::Routine);
    // °F: 100.4 °F is 38.00 °C; 100.3 °F is 37.94 °C.
    assert!(run(two_months, &[temp_f(5, 100.4)]).infant_fever);
    assert!(!run(two_months, &[temp_f(5, 100.3)]).infant_fever);
    // Both rules fire when the plan's line is reached too.
    assert_eq!(
        codes(&run(two_months, &[temp_c(5, 38.6)])),
        ["infant_fever", "fever"]
    );
    // Only the current temperature counts: an older 38.4 with a newer 37.5 is not.
    let a = run(two_months, &[temp_c(120, 38.4), temp_c(5, 37.5)]);
    assert!(!a.infant_fever && a.recent_fever);
}

#[test]
fn a_baby_born_on_the_31st_completes_month_three_on_the_last_day_of_november() {
    // Born 31 Aug: 3 months are completed on 30 Nov (§2), not on 1 Dec.
    let born = "2026-08-31";
    let on = |date: &str| t(&format!("{date}T08:00:00-06:00"));
    let r = |date: &str| Reading {
        temperature: Some(Temperature {
            value: 38.1,
            unit: TempUnit::C,
        }),
        ..Reading::at(on(date) - Duration::minutes(5))
    };
    let a = assess(
        &patient(born),
        &CarePlan::default(),
        &[r("2026-11-29")],
        &[],
        on("2026-11-29"),
    );
    assert!(a.infant_fever);
    let a = assess(
        &patient(born),
        &CarePlan::default(),
        &[r("2026-11-30")],
        &[],
        on("2026-11-30"),
    );
    assert!(!a.infant_fever);
}

// ---------- §4.1 hypothermia ----------

#[test]
fn hypothermia_is_below_36_00() {
    let a = run(FIVE, &[temp_c(5, 35.99)]);
    assert!(a.hypothermia);
    assert_eq!(a.action, Action::CallNow);
    assert_eq!(codes(&a), ["hypothermia"]);
    assert!(a.reasons[0].message.en.contains("again"));
    let a = run(FIVE, &[temp_c(5, 36.0)]);
    assert!(!a.hypothermia);
    assert_eq!(a.action, Action::Routine);
    // The review's 35.4 °C is no longer "all fine".
    assert_eq!(run(FIVE, &[temp_c(5, 35.4)]).action, Action::CallNow);
    // §2's examples: 96.7 °F → 35.94 °C (hypothermia); 96.8 °F → 36.00 °C (not).
    assert!(run(FIVE, &[temp_f(5, 96.7)]).hypothermia);
    assert!(!run(FIVE, &[temp_f(5, 96.8)]).hypothermia);
    // A temperature older than 6 hours is not current.
    assert!(!run(FIVE, &[temp_c(6 * 60 + 1, 35.0)]).hypothermia);
    assert!(run(FIVE, &[temp_c(6 * 60, 35.0)]).hypothermia);
}

// ---------- §4.1 hypotension confirmed ----------

#[test]
fn low_pressure_twice_within_30_minutes_is_confirmed() {
    // Five years old: the limit is 80.
    let a = run(FIVE, &[bp(35, 79.0), bp(5, 79.0)]);
    assert!(a.hypotension && a.hypotension_confirmed);
    assert_eq!(a.action, Action::Emergency);
    assert_eq!(codes(&a), ["hypotension_confirmed", "hypotension"]);
    // 31 minutes apart is not within 30.
    let a = run(FIVE, &[bp(36, 79.0), bp(5, 79.0)]);
    assert!(a.hypotension && !a.hypotension_confirmed);
    assert_eq!(a.action, Action::CallNow);
    // The earlier one at the limit (80) is not low.
    let a = run(FIVE, &[bp(20, 80.0), bp(5, 79.0)]);
    assert!(!a.hypotension_confirmed);
    // A low pressure followed by a normal one: neither hypotension nor confirmed.
    let a = run(FIVE, &[bp(20, 70.0), bp(5, 85.0)]);
    assert!(!a.hypotension && !a.hypotension_confirmed);
    // One low reading alone is not confirmed.
    assert!(!run(FIVE, &[bp(5, 60.0)]).hypotension_confirmed);
    // Two low readings at the same minute still count as two readings.
    assert!(run(FIVE, &[bp(5, 70.0), bp(5, 72.0)]).hypotension_confirmed);
}

#[test]
fn each_pressure_is_judged_at_the_age_of_its_own_reading() {
    // Turns 10 today (limit 90), was 9 yesterday (limit 88): 89 yesterday evening was not
    // low, 89 today is.
    let born = turns_today(10);
    let yesterday = Reading {
        systolic_mmhg: Some(89.0),
        diastolic_mmhg: Some(50.0),
        ..Reading::at(t("2026-11-20T23:50:00-06:00"))
    };
    let today = Reading {
        systolic_mmhg: Some(89.0),
        diastolic_mmhg: Some(50.0),
        ..Reading::at(t("2026-11-21T00:10:00-06:00"))
    };
    let a = assess(
        &patient(&born),
        &CarePlan::default(),
        &[yesterday.clone(), today.clone()],
        &[],
        t("2026-11-21T00:15:00-06:00"),
    );
    assert!(a.hypotension && !a.hypotension_confirmed);
    let low_yesterday = Reading {
        systolic_mmhg: Some(87.0),
        ..yesterday
    };
    let a = assess(
        &patient(&born),
        &CarePlan::default(),
        &[low_yesterday, today],
        &[],
        t("2026-11-21T00:15:00-06:00"),
    );
    assert!(a.hypotension_confirmed);
}

// ---------- §4.1 heart rate: extreme tachycardia, bradycardia ----------

#[test]
fn extreme_tachycardia_is_220_under_1_year_and_180_from_1_year() {
    let baby = turns_tomorrow(1); // 0 years
    let one = turns_today(1);
    let a = run(&baby, &[hr(5, 219.0)]);
    assert!(a.tachycardia);
    assert_eq!(codes(&a), ["tachycardia"]);
    assert_eq!(a.action, Action::CallToday);
    let a = run(&baby, &[hr(5, 220.0)]);
    assert!(a.tachycardia, "extreme counts as tachycardia too");
    assert_eq!(codes(&a), ["tachycardia_extreme"]);
    assert_eq!(a.action, Action::CallNow);
    // At 1 year (limit > 180), 180 is already extreme; 179 is not even fast.
    assert_eq!(codes(&run(&one, &[hr(5, 180.0)])), ["tachycardia_extreme"]);
    assert!(!run(&one, &[hr(5, 179.0)]).tachycardia);
    // The day before the first birthday, 180 is not fast at all.
    assert!(!run(&baby, &[hr(5, 180.0)]).tachycardia);
    // Five years old: 179 is fast (call today), 180 extreme (call now).
    assert_eq!(run(FIVE, &[hr(5, 179.0)]).action, Action::CallToday);
    assert_eq!(run(FIVE, &[hr(5, 180.0)]).action, Action::CallNow);
}

#[test]
fn bradycardia_in_babies_is_below_100_then_below_90() {
    let a = run(&born_days_ago(27), &[hr(5, 99.0)]);
    assert!(a.bradycardia);
    assert_eq!(codes(&a), ["bradycardia"]);
    assert_eq!(a.action, Action::CallNow);
    assert!(a.reasons[0].message.en.contains("again"));
    assert!(!run(&born_days_ago(27), &[hr(5, 100.0)]).bradycardia);
    // From day 28 the limit is 90.
    assert!(!run(&born_days_ago(28), &[hr(5, 99.0)]).bradycardia);
    assert!(run(&born_days_ago(28), &[hr(5, 89.0)]).bradycardia);
    assert!(!run(&born_days_ago(28), &[hr(5, 90.0)]).bradycardia);
    // From 1 year only severe bradycardia counts.
    assert!(run(&turns_tomorrow(1), &[hr(5, 89.0)]).bradycardia);
    let a = run(&turns_today(1), &[hr(5, 89.0)]);
    assert!(!a.bradycardia);
    assert_eq!(a.action, Action::Routine);
}

#[test]
fn severe_bradycardia_is_below_60_under_12_years() {
    // The review's heart rate of 45 at age 4.
    let a = run(&turns_today(4), &[hr(5, 45.0)]);
    assert!(a.bradycardia);
    assert_eq!(codes(&a), ["bradycardia_severe"]);
    assert_eq!(a.action, Action::Emergency);
    assert_eq!(
        codes(&run(&turns_today(4), &[hr(5, 59.0)])),
        ["bradycardia_severe"]
    );
    assert_eq!(run(&turns_today(4), &[hr(5, 60.0)]).action, Action::Routine);
    // A baby under 60: severe only (bradycardia is not listed twice).
    assert_eq!(
        codes(&run(&born_days_ago(10), &[hr(5, 55.0)])),
        ["bradycardia_severe"]
    );
    // The 12th birthday ends it.
    assert_eq!(
        codes(&run(&turns_tomorrow(12), &[hr(5, 45.0)])),
        ["bradycardia_severe"]
    );
    let a = run(&turns_today(12), &[hr(5, 45.0)]);
    assert!(!a.bradycardia);
    assert_eq!(a.action, Action::Routine);
}

// ---------- §4.1 measured breathing rate ----------

#[test]
fn fast_breathing_bands_by_age_at_the_limit_and_one_below() {
    for (birth, limit) in [
        (born_days_ago(100), 60.0),
        (turns_tomorrow(1), 60.0),
        (turns_today(1), 50.0),
        (turns_tomorrow(3), 50.0),
        (turns_today(3), 40.0),
        (turns_tomorrow(5), 40.0),
        (turns_today(5), 29.0),
        (turns_today(6), 27.0),
        (turns_tomorrow(8), 27.0),
        (turns_today(8), 25.0),
        (turns_today(11), 25.0),
        (turns_today(12), 25.0),
        (turns_today(30), 25.0),
    ] {
        let a = run(&birth, &[rr(5, limit)]);
        assert!(a.fast_breathing_measured, "{birth}: {limit} is fast");
        assert_eq!(codes(&a), ["fast_breathing_measured"], "{birth}");
        assert_eq!(a.action, Action::CallNow);
        let a = run(&birth, &[rr(5, limit - 1.0)]);
        assert!(
            !a.fast_breathing_measured,
            "{birth}: {} is not",
            limit - 1.0
        );
        assert_eq!(a.action, Action::Routine);
    }
}

// ---------- §4.2 masked fever ----------

#[test]
fn fever_medicine_time_masks_for_6_hours_inclusive() {
    let low_bp = bp(5, 70.0);
    let given = |minutes_ago: i64| Reading {
        antipyretic_given_at: Some(now() - Duration::minutes(minutes_ago)),
        ..at(0)
    };
    let a = run(FIVE, &[given(6 * 60), low_bp.clone()]);
    assert!(a.masked_fever);
    assert_eq!(a.crs_grade_at_least, 2);
    assert_eq!(a.action, Action::Emergency);
    let a = run(FIVE, &[given(6 * 60 + 1), low_bp.clone()]);
    assert!(!a.masked_fever);
    assert_eq!(a.action, Action::CallNow);
    // The "yes" answer covers its reading's own 6 hours.
    let yes = |minutes: i64| Reading {
        antipyretic_in_last_6h: Some(true),
        ..at(minutes)
    };
    assert!(run(FIVE, &[yes(6 * 60), low_bp.clone()]).masked_fever);
    assert!(!run(FIVE, &[yes(6 * 60 + 1), low_bp]).masked_fever);
}

#[test]
fn a_steroid_dose_masks_for_24_hours_inclusive() {
    // The review's start day: dexamethasone in the morning, 36.9 °C and low pressure.
    let r = Reading {
        systolic_mmhg: Some(70.0),
        diastolic_mmhg: Some(40.0),
        ..temp_c(5, 36.9)
    };
    let dose = |minutes_ago: i64| now() - Duration::minutes(minutes_ago);
    let a = with_doses(FIVE, std::slice::from_ref(&r), &[dose(24 * 60)]);
    assert!(a.masked_fever);
    assert_eq!(a.crs_grade_at_least, 2);
    assert_eq!(a.action, Action::Emergency);
    let a = with_doses(FIVE, std::slice::from_ref(&r), &[dose(24 * 60 + 1)]);
    assert!(!a.masked_fever);
    assert_eq!(a.action, Action::CallNow);
    // A dose timed after now is not considered.
    assert!(
        !with_doses(
            FIVE,
            std::slice::from_ref(&r),
            &[now() + Duration::minutes(1)]
        )
        .masked_fever
    );
    // A dose with nothing else is not an alert by itself.
    assert_eq!(
        with_doses(FIVE, &[temp_c(5, 37.0)], &[dose(60)]).action,
        Action::Routine
    );
}

// ---------- §4.4 sepsis signs ----------

const PERFUSION: [Symptom; 7] = [
    Symptom::PaleColdSkin,
    Symptom::LittleUrine,
    Symptom::DizzinessFainting,
    Symptom::UnusualSleepiness,
    Symptom::NotInteracting,
    Symptom::InconsolableCry,
    Symptom::FastBreathing,
];

#[test]
fn fever_with_any_sign_of_poor_circulation_is_an_emergency_with_normal_pressure() {
    for sign in PERFUSION {
        let a = run(
            FIVE,
            &[Reading {
                systolic_mmhg: Some(95.0),
                diastolic_mmhg: Some(60.0),
                ..fever_and(38.0, &[sign])
            }],
        );
        assert!(a.sepsis_signs, "{sign:?}");
        assert!(!a.hypotension);
        assert_eq!(a.action, Action::Emergency, "{sign:?}");
        assert_eq!(codes(&a)[0], "sepsis_signs");
        // No fever side: the sign alone is call now, not sepsis.
        let a = run(FIVE, &[fever_and(37.9, &[sign])]);
        assert!(!a.sepsis_signs, "{sign:?} without fever");
        assert_eq!(a.action, Action::CallNow);
    }
    // A sign that is not about circulation does not make it sepsis.
    assert!(!run(FIVE, &[fever_and(38.5, &[Symptom::Headache])]).sepsis_signs);
}

#[test]
fn every_fever_side_counts_for_sepsis_signs() {
    let pale = |minutes: i64| ticked(minutes, &[Symptom::PaleColdSkin]);
    // Fever now; recent fever (20 h ago); masked fever; hypothermia; rigors ticked.
    assert!(run(FIVE, &[temp_c(5, 38.0), pale(5)]).sepsis_signs);
    assert!(run(FIVE, &[temp_c(20 * 60, 38.3), temp_c(10, 37.2), pale(5)]).sepsis_signs);
    assert!(
        run(
            FIVE,
            &[Reading {
                antipyretic_in_last_6h: Some(true),
                ..pale(5)
            }]
        )
        .sepsis_signs
    );
    assert!(run(FIVE, &[temp_c(5, 35.9), pale(5)]).sepsis_signs);
    assert!(!run(FIVE, &[temp_c(5, 36.0), pale(5)]).sepsis_signs);
    assert!(run(FIVE, &[ticked(5, &[Symptom::Rigors, Symptom::LittleUrine])]).sepsis_signs);
    // A fever more than 24 hours ago does not count.
    assert!(!run(FIVE, &[temp_c(24 * 60 + 1, 38.5), pale(5)]).sepsis_signs);
    // A plan line of 38.5: 38.2 is not "fever" but is a recent fever (≥ 38.0).
    let a = assess(
        &patient(FIVE),
        &plan(38.5),
        &[fever_and(38.2, &[Symptom::PaleColdSkin])],
        &[],
        now(),
    );
    assert!(!a.fever && a.sepsis_signs);
}

#[test]
fn fever_with_oxygen_below_92_or_fast_breathing_is_sepsis_signs() {
    let fever_spo2 = |s: f64| Reading {
        spo2_percent: Some(s),
        ..temp_c(5, 38.2)
    };
    let a = run(FIVE, &[fever_spo2(91.0)]);
    assert!(a.sepsis_signs && a.low_oxygen && !a.hypoxia);
    assert_eq!(a.action, Action::Emergency);
    let a = run(FIVE, &[fever_spo2(92.0)]);
    assert!(!a.sepsis_signs);
    assert_eq!(a.action, Action::CallNow);
    // Measured fast breathing (five years: 29).
    let fever_rr = |n: f64| Reading {
        respiratory_rate_per_min: Some(n),
        ..temp_c(5, 38.2)
    };
    assert!(run(FIVE, &[fever_rr(29.0)]).sepsis_signs);
    assert!(!run(FIVE, &[fever_rr(28.0)]).sepsis_signs);
}

// ---------- §4.5 the neurological check ----------

#[test]
fn ice_score_10_is_normal_7_to_9_call_now_6_and_below_emergency() {
    let teen = turns_today(12);
    for (score, action, code) in [
        (10.0, Action::Routine, None),
        (9.0, Action::CallNow, Some("icans_ice_1")),
        (7.0, Action::CallNow, Some("icans_ice_1")),
        (6.0, Action::Emergency, Some("icans_ice_2")),
        (0.0, Action::Emergency, Some("icans_ice_2")),
    ] {
        let a = run(&teen, &[neuro(5, NeuroCheck::ice(score))]);
        assert_eq!(a.action, action, "ICE {score}");
        assert_eq!(a.neurotoxicity_suspected, code.is_some(), "ICE {score}");
        assert_eq!(
            codes(&a),
            code.into_iter().collect::<Vec<_>>(),
            "ICE {score}"
        );
    }
}

#[test]
fn capd_score_9_or_more_is_positive() {
    let child = turns_tomorrow(12); // 11 years
    let a = run(&child, &[neuro(5, NeuroCheck::capd(8.0))]);
    assert!(!a.neurotoxicity_suspected);
    assert_eq!(a.action, Action::Routine);
    for score in [9.0, 32.0] {
        let a = run(&child, &[neuro(5, NeuroCheck::capd(score))]);
        assert!(a.neurotoxicity_suspected);
        assert_eq!(codes(&a), ["capd_positive"]);
        assert_eq!(a.action, Action::CallNow);
    }
}

#[test]
fn only_the_current_check_counts() {
    let teen = turns_today(14);
    // A newer normal check replaces an older poor one.
    let a = run(
        &teen,
        &[
            neuro(60, NeuroCheck::ice(5.0)),
            neuro(5, NeuroCheck::ice(10.0)),
        ],
    );
    assert_eq!(a.action, Action::Routine);
    // A check older than 6 hours is not current.
    let a = run(
        &teen,
        &[neuro(6 * 60 + 1, NeuroCheck::ice(5.0)), temp_c(5, 37.0)],
    );
    assert!(!a.neurotoxicity_suspected);
    // A falling score: 10, then 8 → call now.
    let a = run(
        &teen,
        &[
            neuro(120, NeuroCheck::ice(10.0)),
            neuro(5, NeuroCheck::ice(8.0)),
        ],
    );
    assert_eq!(codes(&a), ["icans_ice_1"]);
}

#[test]
fn the_check_must_fit_the_age_at_the_reading() {
    let check = |birth: &str, c: NeuroCheck| {
        let r = neuro(5, c);
        check_reading(&r, &patient(birth), now(), "readings[0]")
    };
    let twelve = turns_today(12);
    let eleven = turns_tomorrow(12);
    assert!(check(&twelve, NeuroCheck::ice(10.0)).is_ok());
    let e = check(&twelve, NeuroCheck::capd(3.0)).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::Inconsistent, "readings[0].neuro_check.capd")
    );
    assert!(check(&eleven, NeuroCheck::capd(3.0)).is_ok());
    let e = check(&eleven, NeuroCheck::ice(10.0)).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::Inconsistent, "readings[0].neuro_check.ice")
    );
    // Scores: whole numbers within 0–10 and 0–32.
    for bad in [-1.0, 10.5, 11.0, f64::NAN] {
        let e = check(&twelve, NeuroCheck::ice(bad)).unwrap_err();
        assert_eq!(e.code, ErrorCode::OutOfRange, "ICE {bad}");
        assert_eq!(e.field, "readings[0].neuro_check.ice");
    }
    assert!(check(&twelve, NeuroCheck::ice(0.0)).is_ok());
    assert!(check(&eleven, NeuroCheck::capd(32.0)).is_ok());
    let e = check(&eleven, NeuroCheck::capd(33.0)).unwrap_err();
    assert_eq!(
        (e.code, e.min, e.max),
        (ErrorCode::OutOfRange, Some(0.0), Some(32.0))
    );
    assert!(check(&eleven, NeuroCheck::capd(8.5))
        .unwrap_err()
        .message
        .contains("whole number"));
    // Exactly one score.
    for both_or_none in [
        NeuroCheck {
            ice: Some(10.0),
            capd: Some(3.0),
        },
        NeuroCheck {
            ice: None,
            capd: None,
        },
    ] {
        let e = check(&twelve, both_or_none).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_str()),
            (ErrorCode::Inconsistent, "readings[0].neuro_check")
        );
    }
}

// ---------- §3 the other new inputs ----------

#[test]
fn breathing_rate_is_a_whole_number_from_5_to_120() {
    let check = |n: f64| check_reading(&rr(5, n), &patient(FIVE), now(), "");
    assert!(check(5.0).is_ok() && check(120.0).is_ok());
    for bad in [4.0, 121.0, 24.5, f64::INFINITY] {
        let e = check(bad).unwrap_err();
        assert_eq!(e.code, ErrorCode::OutOfRange, "{bad}");
        assert_eq!(e.field, "respiratory_rate_per_min");
    }
    assert!(check(24.5).unwrap_err().message.contains("whole number"));
}

#[test]
fn fever_medicine_time_is_within_the_24_hours_before_its_reading() {
    let with_given = |minutes_before: i64| Reading {
        antipyretic_given_at: Some(now() - Duration::minutes(5 + minutes_before)),
        ..at(5)
    };
    let check = |r: &Reading| check_reading(r, &patient(FIVE), now(), "");
    assert!(check(&with_given(0)).is_ok());
    assert!(check(&with_given(24 * 60)).is_ok());
    let e = check(&with_given(24 * 60 + 1)).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::OutOfRange, "antipyretic_given_at")
    );
    let e = check(&with_given(-1)).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::Inconsistent, "antipyretic_given_at")
    );
    // A fever-medicine time alone is a reading with content.
    assert!(check(&Reading {
        antipyretic_given_at: Some(now() - Duration::hours(1)),
        ..at(5)
    })
    .is_ok());
}

// ---------- §5, §6, §7: codes, fluid loss, the words of each action ----------

#[test]
fn the_new_codes_call_for_their_actions() {
    let a = run(FIVE, &[ticked(5, &[Symptom::InconsolableCry])]);
    assert!(a.neurotoxicity_suspected);
    assert_eq!(a.action, Action::CallNow);
    let a = run(FIVE, &[ticked(5, &[Symptom::DressingWetLoose])]);
    assert_eq!(a.action, Action::CallToday);
    let a = run(
        FIVE,
        &[Reading {
            pump: Some(PumpStatus::LineOutOrBroken),
            ..at(5)
        }],
    );
    assert_eq!(a.action, Action::Emergency);
    assert!(!a.call_ambulance, "go now, by car if quicker");
}

#[test]
fn vomiting_or_diarrhoea_under_6_months_is_call_now() {
    let five_months = "2026-05-22"; // 6 months tomorrow
    let six_months = "2026-05-21";
    for sign in [Symptom::Vomiting, Symptom::Diarrhea] {
        let a = run(five_months, &[ticked(5, &[sign])]);
        assert_eq!(a.action, Action::CallNow, "{sign:?}");
        assert_eq!(codes(&a), ["infant_fluid_loss", sign.code()]);
        let a = run(six_months, &[ticked(5, &[sign])]);
        assert_eq!(a.action, Action::CallToday, "{sign:?}");
        assert_eq!(codes(&a), [sign.code()]);
    }
    // Other stomach signs are not fluid loss by this rule.
    assert_eq!(
        codes(&run(five_months, &[ticked(5, &[Symptom::Nausea])])),
        ["nausea"]
    );
}

#[test]
fn the_words_of_each_action_follow_section_7() {
    // Emergency: an ambulance for a seizure, cannot wake, breathing or oxygen below 90.
    for r in [
        ticked(5, &[Symptom::Seizure]),
        ticked(5, &[Symptom::Unresponsive]),
        ticked(5, &[Symptom::BreathingDifficulty]),
        spo2(5, 89.0),
    ] {
        let a = run(FIVE, &[r]);
        assert!(a.call_ambulance);
        assert!(a.advice.en.contains("ambulance") && a.advice.en.contains("do not drive"));
        assert!(a.advice.es.contains("ambulancia"));
    }
    // Other emergencies: go now; never a waiting step.
    let a = run(FIVE, &[fever_and(38.6, &[Symptom::PaleColdSkin])]);
    assert_eq!(a.action, Action::Emergency);
    assert!(!a.call_ambulance);
    for advice in [
        &a.advice,
        &run(FIVE, &[ticked(5, &[Symptom::Seizure])]).advice,
    ] {
        assert!(advice.en.contains("Take the pump and the bag"));
        assert!(advice.en.contains("blinatumomab"));
        assert!(!advice.en.contains("10 minutes") && !advice.es.contains("10 minutos"));
    }
    assert!(a.advice.en.contains("emergency department now"));
    // Call now: picks up or calls back, and what to do while waiting.
    let a = run(FIVE, &[temp_c(5, 38.1)]);
    assert!(a
        .advice
        .en
        .contains("picks up or calls back within 10 minutes"));
    assert!(a.advice.en.contains("15 minutes"));
    // Call today: daytime, no bag change.
    let a = run(FIVE, &[ticked(5, &[Symptom::Headache])]);
    assert!(a.advice.en.contains("8 a.m.") && !a.advice.en.contains("bag"));
    // Routine: nothing to do now; with no reading for 6 hours, take one now.
    let a = run(FIVE, &[temp_c(5, 37.0)]);
    assert!(a.advice.en.starts_with("Nothing to do now"));
    let a = run(FIVE, &[]);
    assert_eq!(codes(&a), ["no_recent_reading"]);
    assert!(a.advice.en.starts_with("Take a reading now"));
    assert!(a.advice.es.starts_with("Tome los signos ahora"));
}
