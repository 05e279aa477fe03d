//! Setup, Home and chart points, with an injected clock.

use centinela_core::diary::{ContactRole, Diary, SetupProblem, StoreError};
use centinela_core::{Action, Reading, TempUnit, Temperature};
use chrono::{DateTime, Duration, FixedOffset};
use tempfile::TempDir;

#[path = "common/family_fixture.rs"]
mod family;
use family::{setup, temp};

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T02:00:00-06:00").unwrap()
}

#[test]
fn first_run_setup_round_trips_and_home_has_no_problem() {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    assert_eq!(d.setup().unwrap(), None);
    let home = d.home(now()).unwrap();
    assert!(home.patient.is_none() && home.assessment.is_none());
    d.save_setup(&setup(), now()).unwrap();
    let d = Diary::open_in(dir.path()).unwrap();
    assert_eq!(d.setup().unwrap(), Some(setup()));
    let home = d.home(now()).unwrap();
    assert_eq!(home.schedule.course.as_ref().unwrap().day, Some(3));
    assert_eq!(home.schedule.course.as_ref().unwrap().days, 21);
    assert!(home.problems.is_empty());
    let a = home.assessment.unwrap();
    assert_eq!(a.action, Action::Routine);
    assert_eq!(a.reasons[0].code, "no_recent_reading");
}

#[test]
fn a_refused_setup_writes_nothing() {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    let mut bad = setup();
    bad.contacts[1].phone = "call me".into(); // the last thing checked
    assert!(matches!(
        d.save_setup(&bad, now()),
        Err(StoreError::InvalidPhone { .. })
    ));
    assert_eq!(d.setup().unwrap(), None, "the patient was not saved either");
    let mut bad = setup();
    bad.care_plan.fever_threshold_c = 39.0;
    assert!(d.save_setup(&bad, now()).is_err());
    assert_eq!(d.setup().unwrap(), None);
}

#[test]
fn missing_team_line_is_a_problem_on_home() {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    let mut s = setup();
    s.contacts.retain(|c| c.role != ContactRole::Team24h);
    d.save_setup(&s, now()).unwrap();
    assert_eq!(d.home(now()).unwrap().problems, [SetupProblem::NoTeamLine]);
}

#[test]
fn home_shows_latest_effective_reading_and_open_alerts_most_urgent_first() {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    d.save_setup(&setup(), now()).unwrap();
    let t1 = now() - Duration::minutes(50);
    let first = d.add_reading(&temp(t1, 38.4), Some("Lucía"), t1).unwrap();
    let t2 = now() - Duration::minutes(20);
    let r2 = Reading {
        spo2_percent: Some(88.0),
        ..Reading::at(t2)
    };
    d.add_reading(&r2, Some("Lucía"), t2).unwrap();
    // Correct the first reading: 37.4, not 38.4.
    let fixed = d
        .amend_reading(first.id, &temp(t1, 37.4), "typo", "Lucía", now())
        .unwrap();
    let home = d.home(now()).unwrap();
    assert_eq!(
        home.latest.as_ref().unwrap().reading.spo2_percent,
        Some(88.0)
    );
    assert_eq!(home.open_alerts[0].action, Action::Emergency);
    assert!(home.open_alerts.len() >= 2);
    assert_eq!(home.assessment.unwrap().action, Action::Emergency);
    // The corrected reading is not the latest entry in effect (it is older than r2).
    assert_ne!(home.latest.unwrap().id, fixed.id);
}

#[test]
fn chart_points_carry_the_limits_for_the_age_at_each_reading() {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    d.save_setup(&setup(), now()).unwrap();
    // The day before the 6th birthday (age 5: SBP limit 80, HR limit 140) and the day of it
    // (age 6: SBP limit 82, HR limit 130).
    let before = DateTime::parse_from_rfc3339("2026-11-20T22:00:00-06:00").unwrap();
    let r = Reading {
        systolic_mmhg: Some(81.0),
        diastolic_mmhg: Some(50.0),
        heart_rate_bpm: Some(135.0),
        temperature: Some(Temperature {
            value: 38.3,
            unit: TempUnit::C,
        }),
        ..Reading::at(before)
    };
    d.add_reading(&r, None, before).unwrap();
    let on = now() - Duration::minutes(5);
    d.add_reading(
        &Reading {
            taken_at: on,
            ..r.clone()
        },
        None,
        now(),
    )
    .unwrap();
    let chart = d.chart(now() - Duration::days(2), now()).unwrap();
    assert_eq!(chart.fever_threshold_c, 38.3);
    let [a, b] = &chart.points[..] else {
        panic!("two points: {:?}", chart.points)
    };
    assert_eq!((a.systolic_limit, a.heart_rate_limit), (80.0, 140.0));
    assert!(!a.systolic_flag && !a.heart_rate_flag && a.fever_flag);
    assert_eq!((b.systolic_limit, b.heart_rate_limit), (82.0, 130.0));
    assert!(b.systolic_flag && b.heart_rate_flag);
}

#[test]
fn home_keeps_the_last_call_for_six_hours() {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    d.save_setup(&setup(), now()).unwrap();
    let t0 = now() - Duration::hours(2);
    d.add_reading(&temp(t0, 38.6), None, t0).unwrap();
    assert!(d.home(now()).unwrap().last_call.is_none());
    let called = now() - Duration::hours(1);
    d.acknowledge_open_alerts("Lucía", Some("paracetamol; call back at 4"), called)
        .unwrap();
    let home = d.home(now()).unwrap();
    assert!(home.open_alerts.is_empty());
    let call = home.last_call.expect("the call is shown");
    assert_eq!(
        call.team_said.as_deref(),
        Some("paracetamol; call back at 4")
    );
    // Exactly 6 hours after the call it is still shown; a second later it is not.
    let edge = called + Duration::hours(6);
    assert!(d.home(edge).unwrap().last_call.is_some());
    assert!(d
        .home(edge + Duration::seconds(1))
        .unwrap()
        .last_call
        .is_none());
}
