//! The care-rules engine (v2) at every boundary of the rules it kept from v1, on both sides (care-rules §2, §4–§7).

use centinela_rules::{
    assess, Action, CarePlan, PumpStatus, Reading, Symptom, TempUnit, Temperature,
};
use chrono::Duration;

#[path = "common/engine.rs"]
mod engine;
use engine::*;

// ---------- fever and the care plan threshold ----------

#[test]
fn fever_starts_at_38_0_not_37_9() {
    let a = run(FIVE, &[temp_c(10, 38.0)]);
    assert!(a.fever && a.recent_fever);
    assert_eq!(a.action, Action::CallNow);
    assert_eq!(codes(&a), ["fever"]);
    let a = run(FIVE, &[temp_c(10, 37.9)]);
    assert!(!a.fever && !a.recent_fever);
    assert_eq!(a.action, Action::Routine);
    assert!(a.reasons.is_empty());
}

#[test]
fn fahrenheit_is_rounded_then_compared() {
    // 100.4 °F → 38.00 °C; 100.3 °F → 37.94 °C.
    assert!(run(FIVE, &[temp_f(10, 100.4)]).fever);
    assert!(!run(FIVE, &[temp_f(10, 100.3)]).fever);
    assert_eq!(run(FIVE, &[temp_f(10, 102.2)]).fever_grade, 1);
    assert_eq!(run(FIVE, &[temp_f(10, 102.3)]).fever_grade, 2);
    assert_eq!(run(FIVE, &[temp_f(10, 104.0)]).fever_grade, 2);
    assert_eq!(run(FIVE, &[temp_f(10, 104.1)]).fever_grade, 3);
}

#[test]
fn care_plan_threshold_moves_fever_but_not_recent_fever_or_grade() {
    let plan = CarePlan {
        fever_threshold_c: 38.5,
    };
    let a = assess(&patient(FIVE), &plan, &[temp_c(10, 38.4)], &[], now());
    assert!(!a.fever, "38.4 is below a 38.5 care-plan line");
    assert!(a.recent_fever, "recent fever always uses 38.0");
    assert_eq!(a.fever_grade, 1);
    assert_eq!(a.crs_grade_at_least, 1);
    let a = assess(&patient(FIVE), &plan, &[temp_c(10, 38.5)], &[], now());
    assert!(a.fever);

    let low = CarePlan {
        fever_threshold_c: 37.5,
    };
    assert!(assess(&patient(FIVE), &low, &[temp_c(10, 37.5)], &[], now()).fever);
    let a = assess(&patient(FIVE), &low, &[temp_c(10, 37.4)], &[], now());
    assert!(!a.fever);
    // 37.5 is a fever under this plan but not CTCAE grade 1, and not a "recent fever".
    let a = assess(&patient(FIVE), &low, &[temp_c(10, 37.6)], &[], now());
    assert!(a.fever && !a.recent_fever);
    assert_eq!(a.fever_grade, 0);
    assert_eq!(a.crs_grade_at_least, 0);
}

// ---------- CTCAE fever grade ----------

#[test]
fn fever_grade_cut_offs() {
    for (c, grade) in [
        (37.9, 0),
        (38.0, 1),
        (39.0, 1),
        (39.01, 2),
        (39.1, 2),
        (40.0, 2),
        (40.01, 3),
        (40.1, 3),
    ] {
        assert_eq!(run(FIVE, &[temp_c(10, c)]).fever_grade, grade, "{c} °C");
    }
}

#[test]
fn fever_grade_uses_the_latest_temperature_within_24_hours() {
    let a = run(FIVE, &[temp_c(120, 39.5), temp_c(10, 37.0)]);
    assert_eq!(a.fever_grade, 0);
    assert!(a.recent_fever);
    // Nothing within 24 h → 0, even with an older fever.
    assert_eq!(run(FIVE, &[temp_c(24 * 60 + 1, 40.5)]).fever_grade, 0);
    // Exactly 24 h counts.
    assert_eq!(run(FIVE, &[temp_c(24 * 60, 40.5)]).fever_grade, 3);
}

#[test]
fn grade_4_needs_a_run_above_40_of_more_than_24_hours() {
    // Run from 25 h ago to 10 min ago: longer than 24 h → grade 4, reaching past the window.
    let long = [
        temp_c(25 * 60, 40.2),
        temp_c(12 * 60, 40.6),
        temp_c(10, 40.1),
    ];
    assert_eq!(run(FIVE, &long).fever_grade, 4);
    // Exactly 24 h between first and last of the run → 3.
    let exact = [temp_c(24 * 60 + 10, 40.2), temp_c(10, 40.1)];
    assert_eq!(run(FIVE, &exact).fever_grade, 3);
    // One minute more → 4.
    let more = [temp_c(24 * 60 + 11, 40.2), temp_c(10, 40.1)];
    assert_eq!(run(FIVE, &more).fever_grade, 4);
    // A reading of exactly 40.0 breaks the run.
    let broken = [
        temp_c(26 * 60, 40.5),
        temp_c(13 * 60, 40.0),
        temp_c(12 * 60, 40.6),
        temp_c(10, 40.1),
    ];
    assert_eq!(run(FIVE, &broken).fever_grade, 3);
    // Order of input does not matter.
    let shuffled = [
        temp_c(10, 40.1),
        temp_c(25 * 60, 40.2),
        temp_c(12 * 60, 40.6),
    ];
    assert_eq!(run(FIVE, &shuffled).fever_grade, 4);
}

// ---------- windows ----------

#[test]
fn current_window_is_6_hours_inclusive() {
    let a = run(FIVE, &[temp_c(6 * 60, 38.2)]);
    assert!(a.fever);
    assert!(!codes(&a).contains(&"no_recent_reading"));
    let r = Reading {
        temperature: Some(Temperature {
            value: 38.2,
            unit: TempUnit::C,
        }),
        ..Reading::at(now() - Duration::hours(6) - Duration::seconds(1))
    };
    let a = run(FIVE, &[r]);
    assert!(!a.fever, "older than 6 h is not current");
    assert!(a.recent_fever, "but still a recent fever");
    assert_eq!(a.crs_grade_at_least, 1);
    assert_eq!(codes(&a), ["no_recent_reading"]);
    assert_eq!(a.action, Action::Routine);
}

#[test]
fn recent_fever_window_is_24_hours_inclusive() {
    assert!(run(FIVE, &[temp_c(24 * 60, 38.0)]).recent_fever);
    let r = Reading {
        temperature: Some(Temperature {
            value: 38.0,
            unit: TempUnit::C,
        }),
        ..Reading::at(now() - Duration::hours(24) - Duration::seconds(1))
    };
    assert!(!run(FIVE, &[r]).recent_fever);
}

#[test]
fn no_reading_at_all_prompts_a_reading() {
    let a = run(FIVE, &[]);
    assert_eq!(a.action, Action::Routine);
    assert_eq!(codes(&a), ["no_recent_reading"]);
}

#[test]
fn readings_after_now_are_not_considered() {
    let later = Reading {
        temperature: Some(Temperature {
            value: 39.5,
            unit: TempUnit::C,
        }),
        ..Reading::at(now() + Duration::minutes(3))
    };
    let a = run(FIVE, &[later, temp_c(30, 36.8)]);
    assert!(!a.fever);
    assert_eq!(a.fever_grade, 0);
}

#[test]
fn the_latest_reading_carrying_a_field_is_current_whatever_the_input_order() {
    let a = run(FIVE, &[temp_c(30, 36.9), temp_c(200, 38.9)]);
    assert!(!a.fever);
    let a = run(FIVE, &[temp_c(200, 36.9), temp_c(30, 38.9)]);
    assert!(a.fever);
    // A newer reading without temperature does not hide the older one's temperature.
    let a = run(FIVE, &[hr(5, 100.0), temp_c(200, 38.9)]);
    assert!(a.fever);
}

// ---------- oxygen ----------

#[test]
fn spo2_92_91_90_89() {
    let a = run(FIVE, &[spo2(5, 92.0)]);
    assert!(!a.low_oxygen && !a.hypoxia);
    assert_eq!(a.action, Action::Routine);
    let a = run(FIVE, &[spo2(5, 91.0)]);
    assert!(a.low_oxygen && !a.hypoxia);
    assert_eq!(codes(&a), ["low_oxygen"]);
    assert_eq!(a.action, Action::CallNow);
    let a = run(FIVE, &[spo2(5, 90.0)]);
    assert!(a.low_oxygen && !a.hypoxia);
    assert_eq!(a.action, Action::CallNow);
    let a = run(FIVE, &[spo2(5, 89.0)]);
    assert!(a.low_oxygen && a.hypoxia);
    assert_eq!(
        codes(&a),
        ["hypoxia"],
        "low_oxygen does not fire with hypoxia"
    );
    assert_eq!(a.action, Action::Emergency);
}

// ---------- blood pressure by age (PALS) ----------

/// Birth date such that the child is `days` old on NOW's local date.
fn hypotensive(birth: &str, sys: f64) -> bool {
    run(birth, &[bp(5, sys)]).hypotension
}

#[test]
fn neonate_and_infant_limits() {
    let day27 = born_days_ago(27);
    assert!(hypotensive(&day27, 59.0));
    assert!(!hypotensive(&day27, 60.0));
    let day28 = born_days_ago(28);
    assert!(hypotensive(&day28, 69.0));
    assert!(!hypotensive(&day28, 70.0));
    // 11 months and a bit: still under one year.
    assert!(hypotensive("2025-11-22", 69.0));
    assert!(!hypotensive("2025-11-22", 70.0));
}

#[test]
fn child_limits_70_plus_2_per_year_then_90() {
    for (birth, limit) in [
        ("2025-11-21", 72.0), // first birthday today
        ("2021-05-14", 80.0), // 5 y
        ("2017-05-14", 88.0), // 9 y
        ("2016-05-14", 90.0), // 10 y
        ("2000-01-01", 90.0), // adult
    ] {
        assert!(
            hypotensive(birth, limit - 1.0),
            "{birth}: {} is low",
            limit - 1.0
        );
        assert!(!hypotensive(birth, limit), "{birth}: {limit} is not low");
    }
}

#[test]
fn tenth_birthday_the_day_before_and_the_day_of() {
    // Born 2016-11-21: 10 on NOW's date (limit 90); born 2016-11-22: still 9 (limit 88).
    assert!(hypotensive("2016-11-21", 89.0));
    assert!(!hypotensive("2016-11-22", 89.0));
    assert!(hypotensive("2016-11-22", 87.0));
}

#[test]
fn leap_day_child_turns_ten_on_first_of_march() {
    let p = patient("2016-02-29");
    let plan = CarePlan::default();
    let reading = |date: &str| Reading {
        systolic_mmhg: Some(89.0),
        diastolic_mmhg: Some(50.0),
        ..Reading::at(t(&format!("{date}T10:00:00-06:00")))
    };
    let on = |date: &str| t(&format!("{date}T11:00:00-06:00"));
    let feb28 = assess(&p, &plan, &[reading("2026-02-28")], &[], on("2026-02-28"));
    assert!(!feb28.hypotension, "still 9 on 28 Feb (limit 88)");
    let mar1 = assess(&p, &plan, &[reading("2026-03-01")], &[], on("2026-03-01"));
    assert!(mar1.hypotension, "10 on 1 March (limit 90)");
}

#[test]
fn age_is_taken_at_the_readings_local_date_not_utc() {
    // 20:00 at −06:00 on 20 Nov is already 21 Nov in UTC: the child turns 10 on 21 Nov.
    let p = patient("2016-11-21");
    let r = Reading {
        systolic_mmhg: Some(89.0),
        diastolic_mmhg: Some(50.0),
        ..Reading::at(t("2026-11-20T20:00:00-06:00"))
    };
    let a = assess(
        &p,
        &CarePlan::default(),
        &[r],
        &[],
        t("2026-11-20T21:00:00-06:00"),
    );
    assert!(!a.hypotension, "local date 20 Nov: still 9, limit 88");
    // The same instant written with a UTC offset has local date 21 Nov: age 10, limit 90.
    let r = Reading {
        systolic_mmhg: Some(89.0),
        diastolic_mmhg: Some(50.0),
        ..Reading::at(t("2026-11-21T02:00:00+00:00"))
    };
    let a = assess(
        &p,
        &CarePlan::default(),
        &[r],
        &[],
        t("2026-11-21T03:00:00+00:00"),
    );
    assert!(a.hypotension);
}

#[test]
fn age_comes_from_the_reading_that_supplied_the_value() {
    // Pressure taken yesterday at age 9 (limit 88), assessed today at age 10.
    let p = patient("2016-11-21");
    let r = Reading {
        systolic_mmhg: Some(89.0),
        diastolic_mmhg: Some(50.0),
        ..Reading::at(t("2026-11-20T23:30:00-06:00"))
    };
    let a = assess(
        &p,
        &CarePlan::default(),
        &[r],
        &[],
        t("2026-11-21T01:00:00-06:00"),
    );
    assert!(!a.hypotension);
}

// ---------- heart rate by age ----------

#[test]
fn tachycardia_limits_by_completed_years() {
    for (birth, limit) in [
        (born_days_ago(3).as_str(), 180.0),
        // 1 y (limit 180) is in engine_rules_v2: from 1 year, 180 is already extreme.
        ("2024-11-21", 140.0), // 2 today
        ("2020-11-22", 140.0), // 5 y
        ("2020-11-21", 130.0), // 6 today
        ("2013-11-22", 130.0), // 12 y
        ("2013-11-21", 110.0), // 13 today
        ("2008-11-22", 110.0), // 17 y
        ("2008-11-21", 100.0), // 18 today
    ] {
        let at_limit = run(birth, &[hr(5, limit)]);
        assert!(!at_limit.tachycardia, "{birth}: {limit} is not fast");
        let above = run(birth, &[hr(5, limit + 1.0)]);
        assert!(above.tachycardia, "{birth}: {} is fast", limit + 1.0);
        assert_eq!(above.action, Action::CallToday);
        assert_eq!(codes(&above), ["tachycardia"]);
    }
}

// ---------- CRS, masked fever, shock ----------

fn with_antipyretic(mut r: Reading) -> Reading {
    r.antipyretic_in_last_6h = Some(true);
    r
}

#[test]
fn crs_floor() {
    // Recent fever alone → 1.
    let a = run(FIVE, &[temp_c(60, 38.3)]);
    assert_eq!((a.crs_grade_at_least, a.crs_suspected), (1, true));
    // Hypotension alone → 0.
    let a = run(FIVE, &[bp(5, 70.0)]);
    assert_eq!((a.crs_grade_at_least, a.crs_suspected), (0, false));
    assert_eq!(a.action, Action::CallNow);
    // Recent fever + hypotension → 2, emergency.
    let a = run(FIVE, &[temp_c(120, 38.3), bp(5, 70.0)]);
    assert_eq!(a.crs_grade_at_least, 2);
    assert_eq!(a.action, Action::Emergency);
    assert_eq!(codes(&a)[0], "crs_grade_2");
    // Masked fever (antipyretic, normal temperature) + hypoxia → 2.
    let a = run(FIVE, &[with_antipyretic(temp_c(10, 37.0)), spo2(5, 88.0)]);
    assert!(a.masked_fever);
    assert_eq!(a.crs_grade_at_least, 2);
    // v2 §4.4: masked fever with low oxygen is also a sepsis sign.
    assert_eq!(codes(&a), ["crs_grade_2", "sepsis_signs", "hypoxia"]);
    // Masked fever alone is not CRS and fires nothing.
    let a = run(FIVE, &[with_antipyretic(temp_c(10, 37.0))]);
    assert_eq!(a.crs_grade_at_least, 0);
    assert_eq!(a.action, Action::Routine);
    // An antipyretic given more than 6 hours ago is not current.
    let a = run(FIVE, &[with_antipyretic(at(7 * 60)), bp(5, 70.0)]);
    assert!(!a.masked_fever);
    assert_eq!(a.crs_grade_at_least, 0);
    // v2 §4.2: a newer "no antipyretic" does not cancel an older "yes" (v1 let it).
    let no = Reading {
        antipyretic_in_last_6h: Some(false),
        ..at(5)
    };
    let a = run(FIVE, &[with_antipyretic(at(60)), no, bp(5, 70.0)]);
    assert!(a.masked_fever);
    assert_eq!(a.crs_grade_at_least, 2);
}

#[test]
fn shock_signs_need_hypotension_and_a_sign() {
    for sign in [
        Symptom::DizzinessFainting,
        Symptom::PaleColdSkin,
        Symptom::UnusualSleepiness,
        Symptom::Unresponsive,
    ] {
        let a = run(FIVE, &[bp(5, 70.0), ticked(5, &[sign])]);
        assert!(codes(&a).contains(&"shock_signs"), "{sign:?}");
        assert_eq!(a.action, Action::Emergency);
        let a = run(FIVE, &[bp(5, 80.0), ticked(5, &[sign])]);
        assert!(
            !codes(&a).contains(&"shock_signs"),
            "{sign:?} without hypotension"
        );
    }
    let a = run(FIVE, &[bp(5, 70.0), ticked(5, &[Symptom::Headache])]);
    assert!(!codes(&a).contains(&"shock_signs"));
}

// ---------- symptoms and neurotoxicity ----------

#[test]
fn every_symptom_calls_for_its_action() {
    for s in Symptom::ALL {
        let a = run(FIVE, &[ticked(5, &[*s])]);
        assert_eq!(a.action, s.action(), "{}", s.code());
        assert_eq!(codes(&a), [s.code()]);
        assert_eq!(
            a.neurotoxicity_suspected,
            s.is_neurological(),
            "{}",
            s.code()
        );
    }
    let emergency: Vec<_> = Symptom::ALL
        .iter()
        .filter(|s| s.action() == Action::Emergency)
        .map(|s| s.code())
        .collect();
    assert_eq!(
        emergency,
        ["seizure", "unresponsive", "breathing_difficulty"]
    );
    let call_today = Symptom::ALL
        .iter()
        .filter(|s| s.action() == Action::CallToday)
        .count();
    assert_eq!(call_today, 9);
    assert_eq!(Symptom::ALL.len(), 29);
}

#[test]
fn neurological_signs_are_exactly_the_nine_of_v2() {
    let neuro: Vec<_> = Symptom::ALL
        .iter()
        .filter(|s| s.is_neurological())
        .map(|s| s.code())
        .collect();
    assert_eq!(
        neuro,
        [
            "seizure",
            "unresponsive",
            "confusion",
            "speech_difficulty",
            "tremor",
            "unusual_sleepiness",
            "balance_problem",
            "not_interacting",
            "inconsolable_cry"
        ]
    );
}

#[test]
fn only_the_current_checklist_counts() {
    // An older checklist with a seizure, a newer empty one: nothing ticked now.
    let a = run(FIVE, &[ticked(120, &[Symptom::Seizure]), ticked(10, &[])]);
    assert!(!a.neurotoxicity_suspected);
    assert_eq!(a.action, Action::Routine);
    // An older checklist does not add to a newer one.
    let a = run(
        FIVE,
        &[
            ticked(120, &[Symptom::Seizure]),
            ticked(10, &[Symptom::Headache]),
        ],
    );
    assert_eq!(codes(&a), ["headache"]);
    // A newer reading without a checklist leaves the older checklist current.
    let a = run(FIVE, &[ticked(120, &[Symptom::Tremor]), temp_c(5, 37.0)]);
    assert_eq!(codes(&a), ["tremor"]);
}

#[test]
fn infant_not_interacting_is_neurotoxicity() {
    // Worked example 4: eight-month-old, not interacting, 37.2 °C.
    let birth = "2026-03-15";
    let r = Reading {
        temperature: Some(Temperature {
            value: 37.2,
            unit: TempUnit::C,
        }),
        symptoms: Some(vec![Symptom::NotInteracting]),
        ..at(5)
    };
    let a = run(birth, &[r]);
    assert!(a.neurotoxicity_suspected);
    assert_eq!(a.action, Action::CallNow);
}

// ---------- pump ----------

#[test]
fn every_pump_problem_is_call_now_but_a_catheter_out_and_running_is_normal() {
    for p in PumpStatus::ALL {
        let a = run(
            FIVE,
            &[Reading {
                pump: Some(*p),
                ..at(5)
            }],
        );
        if *p == PumpStatus::Running {
            assert_eq!(a.action, Action::Routine);
            assert!(a.reasons.is_empty());
        } else if *p == PumpStatus::LineOutOrBroken {
            // v2 §6: the catheter came out or broke.
            assert_eq!(a.action, Action::Emergency);
            assert_eq!(codes(&a), ["pump_line_out_or_broken"]);
            assert!(a.reasons[0].message.en.contains("clean gauze"));
            assert!(a.reasons[0].message.es.contains("gasa limpia"));
        } else {
            assert_eq!(a.action, Action::CallNow, "{}", p.code());
            assert_eq!(codes(&a), [format!("pump_{}", p.code())]);
            assert!(a.reasons[0].message.en.contains("flush"));
            assert!(a.reasons[0].message.en.contains("do not reconnect"));
            assert!(a.reasons[0].message.es.contains("lave la línea"));
        }
    }
}

// ---------- action and reasons ----------

#[test]
fn reasons_are_sorted_most_urgent_first_and_action_is_the_highest() {
    let r = Reading {
        temperature: Some(Temperature {
            value: 38.6,
            unit: TempUnit::C,
        }),
        heart_rate_bpm: Some(150.0),
        symptoms: Some(vec![Symptom::Headache, Symptom::Seizure, Symptom::Rigors]),
        pump: Some(PumpStatus::Alarm),
        ..at(5)
    };
    let a = run(FIVE, &[r]);
    assert_eq!(a.action, Action::Emergency);
    assert_eq!(
        codes(&a),
        [
            "seizure",
            "fever",
            "rigors",
            "pump_alarm",
            "tachycardia",
            "headache"
        ]
    );
    for w in a.reasons.windows(2) {
        assert!(w[0].action >= w[1].action);
    }
    assert_eq!(a.rules_version, "care-rules/2");
}

#[test]
fn duplicate_ticks_count_once() {
    let a = run(FIVE, &[ticked(5, &[Symptom::Rash, Symptom::Rash])]);
    assert_eq!(codes(&a), ["rash"]);
}
