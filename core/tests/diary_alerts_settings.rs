//! Alerts that don't repeat themselves, one acknowledgement for all, and the settings row.

use centinela_core::diary::{AlertState, Diary, Language, PatientRecord, Settings, StoreError};
use centinela_core::{Action, PumpStatus, Reading, Symptom, TempUnit, Temperature};
use chrono::{DateTime, Duration, FixedOffset};
use tempfile::TempDir;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T02:00:00-06:00").unwrap()
}

fn diary() -> (TempDir, Diary) {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    d.save_patient(
        &PatientRecord {
            name: "Mateo".into(),
            birth_date: "2019-08-02".parse().unwrap(),
            weight_kg: Some(24.0),
            height_cm: None,
        },
        now(),
    )
    .unwrap();
    (dir, d)
}

fn fever(at: DateTime<FixedOffset>, c: f64) -> Reading {
    Reading {
        temperature: Some(Temperature {
            value: c,
            unit: TempUnit::C,
        }),
        ..Reading::at(at)
    }
}

#[test]
fn the_same_open_warning_is_not_raised_twice() {
    let (_d, mut diary) = diary();
    let first = diary.add_reading(&fever(now(), 38.4), None, now()).unwrap();
    let later = now() + Duration::minutes(30);
    let second = diary.add_reading(&fever(later, 38.6), None, later).unwrap();
    assert_eq!(second.assessment.action, Action::CallNow);
    assert_eq!(
        first.alert_id, second.alert_id,
        "same reasons: same open alert"
    );
    assert_eq!(diary.open_alerts().unwrap().len(), 1);

    // A changed situation (the pump alarms too) is a new alert.
    let third_at = later + Duration::minutes(10);
    let third = diary
        .add_reading(
            &Reading {
                pump: Some(PumpStatus::Alarm),
                ..Reading::at(third_at)
            },
            None,
            third_at,
        )
        .unwrap();
    assert_ne!(third.alert_id, first.alert_id);
    assert_eq!(diary.open_alerts().unwrap().len(), 2);
}

#[test]
fn after_acknowledgement_the_same_warning_is_raised_again() {
    let (_d, mut diary) = diary();
    let first = diary.add_reading(&fever(now(), 38.4), None, now()).unwrap();
    diary
        .acknowledge_alert(
            first.alert_id.unwrap(),
            "Mamá",
            Some("paracetamol, call back"),
            now(),
        )
        .unwrap();
    let later = now() + Duration::hours(1);
    let again = diary.add_reading(&fever(later, 38.9), None, later).unwrap();
    assert!(again.alert_id.is_some());
    assert_ne!(again.alert_id, first.alert_id);
}

#[test]
fn one_acknowledgement_answers_every_open_alert() {
    let (_d, mut diary) = diary();
    diary.add_reading(&fever(now(), 38.4), None, now()).unwrap();
    let at = now() + Duration::minutes(5);
    diary
        .add_reading(
            &Reading {
                symptoms: Some(vec![Symptom::Seizure]),
                ..Reading::at(at)
            },
            None,
            at,
        )
        .unwrap();
    assert_eq!(diary.open_alerts().unwrap().len(), 2);
    let when = at + Duration::minutes(20);
    let done = diary
        .acknowledge_open_alerts("Papá", Some("go to the ED"), when)
        .unwrap();
    assert_eq!(done.len(), 2);
    for a in &done {
        assert_eq!(a.state, AlertState::Acknowledged);
        assert_eq!(a.acknowledged_by.as_deref(), Some("Papá"));
        assert_eq!(a.team_said.as_deref(), Some("go to the ED"));
        assert_eq!(a.acknowledged_at, Some(when));
    }
    assert!(diary.open_alerts().unwrap().is_empty());
    assert!(diary
        .acknowledge_open_alerts("Papá", None, when)
        .unwrap()
        .is_empty());
    // A name is required.
    assert!(matches!(
        diary.acknowledge_open_alerts("  ", None, when),
        Err(StoreError::Rejected(_))
    ));
}

#[test]
fn settings_default_round_trip() {
    let dir = TempDir::new().unwrap();
    {
        let mut d = Diary::open_in(dir.path()).unwrap();
        assert_eq!(d.settings().unwrap(), Settings::default());
        let s = Settings {
            language: Language::En,
            temperature_unit: TempUnit::F,
            caregiver: Some("  Ana  ".into()),
            start_at_login: true,
        };
        d.save_settings(&s, now()).unwrap();
    }
    let d = Diary::open_in(dir.path()).unwrap();
    let s = d.settings().unwrap();
    assert_eq!(s.language, Language::En);
    assert_eq!(s.temperature_unit, TempUnit::F);
    assert_eq!(s.caregiver.as_deref(), Some("Ana"));
    assert!(s.start_at_login);
}

#[test]
fn the_nurses_sound_level_is_kept_apart_from_the_settings() {
    let (dir, mut diary) = diary();
    assert_eq!(
        diary.sound_limit().unwrap(),
        50,
        "the default before the nurse sets one"
    );
    assert_eq!(diary.set_sound_limit(35, now()).unwrap(), 35);
    // Saving the family's settings (as the settings screen does) leaves the level alone.
    diary.save_settings(&Settings::default(), now()).unwrap();
    assert_eq!(diary.sound_limit().unwrap(), 35);
    // Out of range: refused with the accepted range, nothing written.
    for bad in [9, 101, -5] {
        match diary.set_sound_limit(bad, now()) {
            Err(StoreError::Rejected(r)) => {
                assert_eq!(r.field, "sound_limit_percent");
                assert_eq!((r.min, r.max), (Some(10.0), Some(100.0)));
            }
            other => panic!("{bad}: {other:?}"),
        }
    }
    assert_eq!(diary.sound_limit().unwrap(), 35);
    drop(diary);
    // Kept across a restart.
    let again = Diary::open_in(dir.path()).unwrap();
    assert_eq!(again.sound_limit().unwrap(), 35);
}
