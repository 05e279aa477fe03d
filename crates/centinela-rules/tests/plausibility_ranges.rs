//! Plausibility (care-rules §3): each accepted range at both edges, and the error codes.

use centinela_rules::plausibility::{check_care_plan, check_patient, check_reading};
use centinela_rules::{CarePlan, ErrorCode, Patient, Reading, TempUnit, Temperature};
use chrono::{DateTime, Duration, FixedOffset};

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T08:00:00-06:00").unwrap()
}

fn child() -> Patient {
    Patient {
        birth_date: "2021-05-14".parse().unwrap(),
        weight_kg: Some(17.5),
    }
}

fn check(r: &Reading) -> Result<(), ErrorCode> {
    check_reading(r, &child(), now(), "readings[0]").map_err(|e| e.code)
}

fn base() -> Reading {
    Reading::at(now() - Duration::minutes(5))
}

fn temp(value: f64, unit: TempUnit) -> Reading {
    Reading {
        temperature: Some(Temperature { value, unit }),
        ..base()
    }
}

#[test]
fn temperature_ranges_and_the_fahrenheit_hint() {
    use ErrorCode::*;
    use TempUnit::*;
    for (v, u, want) in [
        (30.0, C, Ok(())),
        (45.0, C, Ok(())),
        (29.9, C, Err(OutOfRange)),
        (45.1, C, Err(OutOfRange)),
        (85.9, C, Err(OutOfRange)),
        (86.0, C, Err(LooksLikeFahrenheit)),
        (101.5, C, Err(LooksLikeFahrenheit)),
        (113.0, C, Err(LooksLikeFahrenheit)),
        (113.1, C, Err(OutOfRange)),
        (86.0, F, Ok(())),
        (113.0, F, Ok(())),
        (85.9, F, Err(OutOfRange)),
        (113.1, F, Err(OutOfRange)),
        (38.0, F, Err(OutOfRange)),
        (f64::NAN, C, Err(OutOfRange)),
        (f64::INFINITY, F, Err(OutOfRange)),
    ] {
        assert_eq!(check(&temp(v, u)), want, "{v} {u:?}");
    }
    let e = check_reading(&temp(101.5, TempUnit::C), &child(), now(), "readings[0]").unwrap_err();
    assert_eq!(e.field, "readings[0].temperature.value");
    assert!(e.message.contains("°F") || e.message.contains("\"F\""));
}

fn pressure(sys: Option<f64>, dia: Option<f64>) -> Reading {
    Reading {
        systolic_mmhg: sys,
        diastolic_mmhg: dia,
        ..base()
    }
}

#[test]
fn blood_pressure_ranges_and_consistency() {
    use ErrorCode::*;
    for (s, d, want) in [
        (40.0, 20.0, Ok(())),
        (260.0, 200.0, Ok(())),
        (39.0, 20.0, Err(OutOfRange)),
        (261.0, 100.0, Err(OutOfRange)),
        (100.0, 19.0, Err(OutOfRange)),
        (250.0, 201.0, Err(OutOfRange)),
        (90.0, 90.0, Err(Inconsistent)),
        (90.0, 95.0, Err(Inconsistent)),
        (90.0, 89.0, Ok(())),
    ] {
        assert_eq!(check(&pressure(Some(s), Some(d))), want, "{s}/{d}");
    }
    assert_eq!(check(&pressure(Some(90.0), None)), Err(Inconsistent));
    assert_eq!(check(&pressure(None, Some(60.0))), Err(Inconsistent));
    let e = check_reading(
        &pressure(Some(300.0), Some(60.0)),
        &child(),
        now(),
        "readings[1]",
    )
    .unwrap_err();
    assert_eq!(e.field, "readings[1].systolic_mmhg");
    assert_eq!(e.message, "systolic must be between 40 and 260 mmHg");
    assert_eq!((e.min, e.max), (Some(40.0), Some(260.0)));
}

#[test]
fn heart_rate_and_spo2_ranges() {
    use ErrorCode::*;
    for (v, want) in [
        (30.0, Ok(())),
        (300.0, Ok(())),
        (29.0, Err(OutOfRange)),
        (301.0, Err(OutOfRange)),
    ] {
        let r = Reading {
            heart_rate_bpm: Some(v),
            ..base()
        };
        assert_eq!(check(&r), want, "hr {v}");
    }
    for (v, want) in [
        (50.0, Ok(())),
        (100.0, Ok(())),
        (49.0, Err(OutOfRange)),
        (100.5, Err(OutOfRange)),
    ] {
        let r = Reading {
            spo2_percent: Some(v),
            ..base()
        };
        assert_eq!(check(&r), want, "spo2 {v}");
    }
}

#[test]
fn taken_at_limits() {
    let ok = Reading {
        heart_rate_bpm: Some(100.0),
        ..Reading::at(now() + Duration::minutes(5))
    };
    assert_eq!(check(&ok), Ok(()));
    let late = Reading {
        taken_at: now() + Duration::minutes(5) + Duration::seconds(1),
        ..ok.clone()
    };
    assert_eq!(check(&late), Err(ErrorCode::FutureReading));
    let before_birth = Reading {
        taken_at: DateTime::parse_from_rfc3339("2021-05-13T23:00:00-06:00").unwrap(),
        ..ok.clone()
    };
    assert_eq!(check(&before_birth), Err(ErrorCode::OutOfRange));
    let birth_day = Reading {
        taken_at: DateTime::parse_from_rfc3339("2021-05-14T00:10:00-06:00").unwrap(),
        ..ok
    };
    assert_eq!(check(&birth_day), Ok(()));
}

#[test]
fn a_reading_must_carry_something() {
    assert_eq!(check(&base()), Err(ErrorCode::MissingField));
    let empty_checklist = Reading {
        symptoms: Some(vec![]),
        ..base()
    };
    assert_eq!(
        check(&empty_checklist),
        Ok(()),
        "an empty checklist is a finding"
    );
}

#[test]
fn birth_date_and_care_plan_limits() {
    let p = |d: &str| Patient {
        birth_date: d.parse().unwrap(),
        weight_kg: None,
    };
    assert!(check_patient(&p("2026-11-21"), now()).is_ok());
    assert_eq!(
        check_patient(&p("2026-11-22"), now()).unwrap_err().code,
        ErrorCode::OutOfRange
    );
    assert!(
        check_patient(&p("1905-11-22"), now()).is_ok(),
        "120, 121 tomorrow"
    );
    assert!(check_patient(&p("1905-11-21"), now()).is_err(), "121 today");
    for (v, ok) in [
        (37.5, true),
        (38.5, true),
        (37.4, false),
        (38.6, false),
        (f64::NAN, false),
    ] {
        let r = check_care_plan(&CarePlan {
            fever_threshold_c: v,
        });
        assert_eq!(r.is_ok(), ok, "{v}");
    }
}
