//! The diary store against real SQLite files in temporary folders.

use std::path::{Path, PathBuf};

use centinela_core::diary::{
    AlertState, Contact, ContactRole, Diary, PatientRecord, SteroidOccasion, StoreError,
    APPLICATION_ID, DIARY_FILE_NAME, SCHEMA_VERSION,
};
use centinela_core::paths::{ensure_data_dir, resolve_data_dir, DATA_DIR_ENV};
use centinela_core::reading::NeuroCheck;
use centinela_core::{
    Action, CarePlan, ErrorCode, PumpStatus, Reading, Symptom, TempUnit, Temperature, RULES_VERSION,
};
use chrono::{DateTime, Duration, FixedOffset};
use rusqlite::Connection;
use tempfile::TempDir;

#[path = "common/diary_state.rs"]
mod state;
use state::dump;

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn now() -> DateTime<FixedOffset> {
    t("2026-11-21T10:00:00-06:00")
}

fn child() -> PatientRecord {
    PatientRecord {
        name: "Sofía".into(),
        birth_date: "2020-03-14".parse().unwrap(),
        weight_kg: Some(18.5),
        height_cm: Some(108.0),
    }
}

fn new_diary() -> (TempDir, Diary) {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    diary.save_patient(&child(), now()).unwrap();
    (dir, diary)
}

fn calm(at: DateTime<FixedOffset>) -> Reading {
    let mut r = Reading::at(at);
    r.temperature = Some(Temperature {
        value: 36.8,
        unit: TempUnit::C,
    });
    r.heart_rate_bpm = Some(100.0);
    r.symptoms = Some(vec![]);
    r.pump = Some(PumpStatus::Running);
    r
}

fn fever(at: DateTime<FixedOffset>) -> Reading {
    let mut r = Reading::at(at);
    r.temperature = Some(Temperature {
        value: 101.3,
        unit: TempUnit::F,
    });
    r
}

fn count(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn patient_round_trips_and_survives_reopening() {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    assert_eq!(diary.patient().unwrap(), None);
    let mut p = child();
    p.name = "  Sofía  ".into();
    diary.save_patient(&p, now()).unwrap();
    assert_eq!(diary.patient().unwrap(), Some(child()));

    let mut older = child();
    older.weight_kg = Some(19.0);
    older.height_cm = None;
    diary.save_patient(&older, now()).unwrap();
    drop(diary);

    let diary = Diary::open(&dir.path().join(DIARY_FILE_NAME)).unwrap();
    assert_eq!(diary.patient().unwrap(), Some(older));
    assert_eq!(count(diary.connection(), "patient"), 1);
}

#[test]
fn implausible_patient_is_refused() {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    let cases = [
        PatientRecord {
            name: "   ".into(),
            ..child()
        },
        PatientRecord {
            height_cm: Some(300.0),
            ..child()
        },
        PatientRecord {
            height_cm: Some(f64::NAN),
            ..child()
        },
        PatientRecord {
            weight_kg: Some(0.0),
            ..child()
        },
        PatientRecord {
            birth_date: "2026-11-22".parse().unwrap(),
            ..child()
        },
    ];
    for p in cases {
        let err = diary.save_patient(&p, now()).unwrap_err();
        assert_eq!(err.code(), "rejected", "{p:?}");
    }
    assert_eq!(diary.patient().unwrap(), None);
}

#[test]
fn care_plan_defaults_then_round_trips() {
    let (dir, mut diary) = new_diary();
    assert_eq!(diary.care_plan().unwrap(), CarePlan::default());
    diary
        .save_care_plan(
            &CarePlan {
                fever_threshold_c: 37.8,
            },
            now(),
        )
        .unwrap();
    let err = diary
        .save_care_plan(
            &CarePlan {
                fever_threshold_c: 39.0,
            },
            now(),
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::Rejected(ref r) if r.field == "care_plan.fever_threshold_c"));
    drop(diary);
    let diary = Diary::open_in(dir.path()).unwrap();
    assert_eq!(diary.care_plan().unwrap().fever_threshold_c, 37.8);
}

#[test]
fn a_reading_keeps_every_field_as_entered() {
    let (dir, mut diary) = new_diary();
    let full = Reading {
        taken_at: t("2026-11-21T09:30:15.250+05:30"),
        temperature: Some(Temperature {
            value: 99.1,
            unit: TempUnit::F,
        }),
        systolic_mmhg: Some(98.0),
        diastolic_mmhg: Some(61.5),
        heart_rate_bpm: Some(112.0),
        spo2_percent: Some(97.0),
        antipyretic_in_last_6h: Some(false),
        symptoms: Some(vec![Symptom::Rash, Symptom::DressingWetLoose]),
        pump: Some(PumpStatus::LineOutOrBroken),
        respiratory_rate_per_min: Some(26.0),
        antipyretic_given_at: Some(t("2026-11-21T07:45:00.125+05:30")),
        neuro_check: Some(NeuroCheck::capd(4.0)),
    };
    let mut checklist_empty = Reading::at(t("2026-11-21T09:40:00-06:00"));
    checklist_empty.symptoms = Some(vec![]);
    checklist_empty.antipyretic_in_last_6h = Some(true);
    let mut no_checklist = Reading::at(t("2026-11-21T09:41:00-06:00"));
    no_checklist.spo2_percent = Some(99.0);

    let a = diary.add_reading(&full, Some("mamá"), now()).unwrap();
    let b = diary.add_reading(&checklist_empty, None, now()).unwrap();
    let c = diary.add_reading(&no_checklist, Some("  "), now()).unwrap();
    drop(diary);

    let diary = Diary::open_in(dir.path()).unwrap();
    let ea = diary.entry(a.id).unwrap();
    assert_eq!(ea.reading, full);
    assert_eq!(
        ea.reading.taken_at.offset().local_minus_utc(),
        5 * 3600 + 1800
    );
    assert_eq!(ea.recorded_by.as_deref(), Some("mamá"));
    assert_eq!(ea.recorded_at, now());
    assert_eq!(ea.superseded_by, None);
    assert_eq!(ea.corrects, None);
    let eb = diary.entry(b.id).unwrap();
    assert_eq!(eb.reading, checklist_empty);
    assert_eq!(eb.reading.symptoms, Some(vec![]));
    assert_eq!(eb.recorded_by, None);
    let ec = diary.entry(c.id).unwrap();
    assert_eq!(ec.reading.symptoms, None);
    assert_eq!(ec.recorded_by, None);

    // °F as entered, °C normalised for queries; NULL and '[]' distinct in SQL.
    let (value, unit, c_value): (f64, String, f64) = diary
        .connection()
        .query_row(
            "SELECT temperature_value, temperature_unit, temperature_c FROM readings WHERE id = ?1",
            [a.id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((value, unit.as_str(), c_value), (99.1, "F", 37.28));
    let raw: Vec<Option<String>> = diary
        .connection()
        .prepare("SELECT symptoms FROM readings ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        raw,
        vec![
            Some(r#"["rash","dressing_wet_loose"]"#.to_string()),
            Some("[]".into()),
            None
        ]
    );

    // Ordered by the instant, whatever the offset: 09:30+05:30 is 04:00 UTC.
    let all = diary
        .readings_between(now() - Duration::days(1), now())
        .unwrap();
    assert_eq!(
        all.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![a.id, b.id, c.id]
    );
    let later = diary
        .readings_between(t("2026-11-21T09:40:00-06:00"), now())
        .unwrap();
    assert_eq!(later.len(), 2);
}

#[test]
fn a_calm_reading_raises_no_alert() {
    let (_dir, mut diary) = new_diary();
    let saved = diary
        .add_reading(&calm(now() - Duration::minutes(5)), None, now())
        .unwrap();
    assert_eq!(saved.assessment.action, Action::Routine);
    assert_eq!(saved.alert_id, None);
    assert_eq!(count(diary.connection(), "alerts"), 0);
}

#[test]
fn a_reading_without_a_patient_is_refused() {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    let err = diary.add_reading(&calm(now()), None, now()).unwrap_err();
    assert!(matches!(err, StoreError::NoPatient));
    assert_eq!(count(diary.connection(), "readings"), 0);
}

#[test]
fn a_rejected_reading_leaves_the_diary_exactly_as_it_was() {
    let (_dir, mut diary) = new_diary();
    diary
        .add_reading(&calm(now() - Duration::hours(1)), Some("papá"), now())
        .unwrap();
    diary.add_reading(&fever(now()), None, now()).unwrap();
    let before = dump(diary.connection());
    assert!(before.contains(&"readings (2 rows)".to_string()));
    assert!(before.contains(&"alerts (1 rows)".to_string()));

    let mut high_bp = calm(now());
    high_bp.systolic_mmhg = Some(300.0);
    high_bp.diastolic_mmhg = Some(80.0);
    let mut celsius_typo = calm(now());
    celsius_typo.temperature = Some(Temperature {
        value: 101.5,
        unit: TempUnit::C,
    });
    let future = fever(now() + Duration::minutes(6));
    let empty = Reading::at(now());

    for (reading, code, field) in [
        (&high_bp, ErrorCode::OutOfRange, "systolic_mmhg"),
        (
            &celsius_typo,
            ErrorCode::LooksLikeFahrenheit,
            "temperature.value",
        ),
        (&future, ErrorCode::FutureReading, "taken_at"),
        (&empty, ErrorCode::MissingField, "reading"),
    ] {
        match diary.add_reading(reading, Some("x"), now()) {
            Err(StoreError::Rejected(r)) => {
                assert_eq!((r.code, r.field.as_str()), (code, field));
            }
            other => panic!("expected a rejection, got {other:?}"),
        }
        assert_eq!(dump(diary.connection()), before);
        match diary.amend_reading(1, reading, "typo", "mamá", now()) {
            Err(StoreError::Rejected(r)) => assert_eq!(r.code, code),
            other => panic!("expected a rejection, got {other:?}"),
        }
        assert_eq!(dump(diary.connection()), before);
    }
}

#[test]
fn the_database_refuses_to_change_or_delete_readings_and_amendments() {
    let (_dir, mut diary) = new_diary();
    let saved = diary
        .add_reading(&calm(now() - Duration::hours(1)), None, now())
        .unwrap();
    diary
        .amend_reading(saved.id, &calm(now()), "wrong time", "mamá", now())
        .unwrap();
    let before = dump(diary.connection());
    let conn = diary.connection();
    for sql in [
        "UPDATE readings SET heart_rate_bpm = 80",
        "UPDATE readings SET recorded_by = 'someone' WHERE id = 1",
        "DELETE FROM readings WHERE id = 1",
        "DELETE FROM readings",
        "UPDATE amendments SET reason = 'other'",
        "DELETE FROM amendments",
    ] {
        let err = conn.execute(sql, []).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("cannot be"), "{sql}: {msg}");
    }
    // Foreign keys hold too: an amendment must point at real readings.
    assert!(conn
        .execute(
            "INSERT INTO amendments (original_id, corrected_id, reason, amended_by, amended_at)
             VALUES (998, 999, 'r', 'm', 'x')",
            [],
        )
        .is_err());
    assert_eq!(dump(diary.connection()), before);
}

#[test]
fn an_amendment_keeps_the_original_and_replaces_it_for_the_rules() {
    let (dir, mut diary) = new_diary();
    let mut typo = calm(now() - Duration::minutes(30));
    typo.heart_rate_bpm = Some(150.0); // tachycardia at 6 (above 130, below 180): call today
    let first = diary.add_reading(&typo, Some("papá"), now()).unwrap();
    assert_eq!(first.assessment.action, Action::CallToday);
    assert!(first.alert_id.is_some());

    let fixed = calm(now() - Duration::minutes(30));
    let later = now() + Duration::minutes(2);
    let second = diary
        .amend_reading(first.id, &fixed, " typed 150 for 110 ", "papá", later)
        .unwrap();
    assert_eq!(second.assessment.action, Action::Routine);
    assert_eq!(second.alert_id, None);
    assert_eq!(diary.effective_readings().unwrap(), vec![fixed.clone()]);
    drop(diary);

    let mut diary = Diary::open_in(dir.path()).unwrap();
    let entries = diary
        .readings_between(now() - Duration::hours(1), now())
        .unwrap();
    assert_eq!(entries.len(), 2);
    let (orig, corr) = (&entries[0], &entries[1]);
    assert_eq!(orig.id, first.id);
    assert_eq!(orig.reading, typo);
    assert!(!orig.is_effective());
    let link = orig.superseded_by.as_ref().unwrap();
    assert_eq!(link.reading_id, second.id);
    assert_eq!(link.reason, "typed 150 for 110");
    assert_eq!(link.amended_by, "papá");
    assert_eq!(link.amended_at, later);
    assert_eq!(corr.id, second.id);
    assert!(corr.is_effective());
    assert_eq!(corr.corrects.as_ref().unwrap().reading_id, first.id);
    assert_eq!(corr.recorded_by.as_deref(), Some("papá"));
    assert_eq!(diary.assess(later).unwrap().action, Action::Routine);

    // Amend the latest version, not the original twice.
    let err = diary
        .amend_reading(first.id, &fixed, "again", "papá", later)
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::AlreadyAmended { original_id, superseded_by, latest_id }
            if original_id == first.id && superseded_by == second.id && latest_id == second.id
    ));
    let third = diary
        .amend_reading(second.id, &fever(now()), "it was a fever", "mamá", later)
        .unwrap();
    assert_eq!(third.assessment.action, Action::CallNow);
    assert!(third.alert_id.is_some());
    let err = diary
        .amend_reading(first.id, &fixed, "again", "papá", later)
        .unwrap_err();
    assert!(matches!(err, StoreError::AlreadyAmended { latest_id, .. } if latest_id == third.id));

    // A reason and a name are required; unknown ids are refused.
    let before = dump(diary.connection());
    for (reason, by) in [("", "mamá"), ("why", " ")] {
        let err = diary
            .amend_reading(third.id, &fixed, reason, by, later)
            .unwrap_err();
        assert!(
            matches!(err, StoreError::Rejected(ref r) if r.code == ErrorCode::MissingField),
            "{err:?}"
        );
    }
    let err = diary
        .amend_reading(42, &fixed, "r", "m", later)
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::NotFound {
            what: "reading",
            id: 42
        }
    ));
    assert_eq!(dump(diary.connection()), before);
}

#[test]
fn a_fever_raises_an_alert_that_is_acknowledged_once() {
    let (dir, mut diary) = new_diary();
    let saved = diary
        .add_reading(&fever(now() - Duration::minutes(1)), Some("mamá"), now())
        .unwrap();
    assert_eq!(saved.assessment.action, Action::CallNow);
    let alert_id = saved.alert_id.expect("a fever raises an alert");
    drop(diary);

    let mut diary = Diary::open_in(dir.path()).unwrap();
    let open = diary.open_alerts().unwrap();
    assert_eq!(open.len(), 1);
    let alert = &open[0];
    assert_eq!(alert.id, alert_id);
    assert_eq!(alert.reading_id, saved.id);
    assert_eq!(alert.rules_version, RULES_VERSION);
    assert_eq!(alert.action, Action::CallNow);
    assert_eq!(alert.reasons, saved.assessment.reasons);
    assert!(alert.reasons.iter().any(|r| r.code == "fever"));
    assert_eq!(alert.raised_at, now());
    assert_eq!(alert.state, AlertState::Raised);
    assert_eq!(alert.acknowledged_by, None);

    let at = now() + Duration::minutes(12);
    let err = diary
        .acknowledge_alert(alert_id, " ", None, at)
        .unwrap_err();
    assert_eq!(err.code(), "rejected");
    let acked = diary
        .acknowledge_alert(
            alert_id,
            "mamá",
            Some("Come to the day hospital; bring the pump."),
            at,
        )
        .unwrap();
    assert_eq!(acked.state, AlertState::Acknowledged);
    assert_eq!(acked.acknowledged_by.as_deref(), Some("mamá"));
    assert_eq!(acked.acknowledged_at, Some(at));
    assert_eq!(
        acked.team_said.as_deref(),
        Some("Come to the day hospital; bring the pump.")
    );
    assert!(diary.open_alerts().unwrap().is_empty());

    let before = dump(diary.connection());
    let err = diary
        .acknowledge_alert(alert_id, "papá", Some("other"), at)
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::AlreadyAcknowledged { id, ref acknowledged_by, .. }
            if id == alert_id && acknowledged_by == "mamá"
    ));
    assert!(matches!(
        diary.acknowledge_alert(99, "papá", None, at),
        Err(StoreError::NotFound {
            what: "alert",
            id: 99
        })
    ));
    // The database itself refuses a second acknowledgement, edits and deletion.
    let conn = diary.connection();
    for sql in [
        "UPDATE alerts SET acknowledged_by = 'papá'",
        "UPDATE alerts SET state = 'raised', acknowledged_by = NULL, acknowledged_at = NULL, team_said = NULL",
        "DELETE FROM alerts",
    ] {
        assert!(conn.execute(sql, []).is_err(), "{sql}");
    }
    assert_eq!(dump(diary.connection()), before);
    drop(diary);

    let diary = Diary::open_in(dir.path()).unwrap();
    let listed = diary
        .alerts_between(now() - Duration::hours(1), now() + Duration::hours(1))
        .unwrap();
    assert_eq!(listed, vec![acked]);
    assert!(diary
        .alerts_between(now() + Duration::hours(1), now() + Duration::hours(2))
        .unwrap()
        .is_empty());
}

#[test]
fn sql_may_only_acknowledge_a_raised_alert_and_touch_nothing_else() {
    let (_dir, mut diary) = new_diary();
    diary.add_reading(&fever(now()), None, now()).unwrap();
    let conn = diary.connection();
    // Changing the rules version or reasons, even while acknowledging, is refused.
    assert!(conn
        .execute(
            "UPDATE alerts SET state = 'acknowledged', acknowledged_by = 'a',
                 acknowledged_at = 'x', rules_version = 'care-rules/0'",
            [],
        )
        .is_err());
    assert!(conn
        .execute("UPDATE alerts SET reasons = '[]'", [])
        .is_err());
    // Acknowledging without saying who is refused by the table's checks.
    assert!(conn
        .execute("UPDATE alerts SET state = 'acknowledged'", [])
        .is_err());
    assert_eq!(
        conn.execute(
            "UPDATE alerts SET state = 'acknowledged', acknowledged_by = 'a', acknowledged_at = 'x'",
            [],
        )
        .unwrap(),
        1
    );
}

#[test]
fn contacts_keep_their_order_and_are_replaced_as_a_whole() {
    let (dir, mut diary) = new_diary();
    assert!(diary.contacts().unwrap().is_empty());
    let ladder = vec![
        Contact {
            role: ContactRole::Team24h,
            name: "Hemato-oncología 24 h".into(),
            phone: "+52 (55) 1234-5678".into(),
            address: None,
        },
        Contact {
            role: ContactRole::Second,
            name: "Dra. Pérez".into(),
            phone: "55.8765.4321".into(),
            address: None,
        },
        Contact {
            role: ContactRole::EmergencyDepartment,
            name: "Hospital Infantil".into(),
            phone: "55 5228 9917".into(),
            address: Some("Dr. Márquez 162, Doctores, CDMX".into()),
        },
        Contact {
            role: ContactRole::EmergencyNumber,
            name: "".into(),
            phone: "911".into(),
            address: None,
        },
    ];
    diary.set_contacts(&ladder).unwrap();
    assert_eq!(diary.contacts().unwrap(), ladder);

    let mut reversed = ladder.clone();
    reversed.reverse();
    diary.set_contacts(&reversed).unwrap();
    drop(diary);
    let mut diary = Diary::open_in(dir.path()).unwrap();
    assert_eq!(diary.contacts().unwrap(), reversed);

    let before = dump(diary.connection());
    let mut bad = ladder.clone();
    bad[1].phone = "call me".into();
    assert!(matches!(
        diary.set_contacts(&bad),
        Err(StoreError::InvalidPhone { ref field }) if field == "contacts[1].phone"
    ));
    let mut bad = ladder.clone();
    bad[2].phone = "12".into();
    assert_eq!(
        diary.set_contacts(&bad).unwrap_err().code(),
        "invalid_phone"
    );
    let mut bad = ladder.clone();
    bad[0].name = " ".into();
    assert!(matches!(
        diary.set_contacts(&bad),
        Err(StoreError::Rejected(ref r)) if r.field == "contacts[0].name"
    ));
    assert_eq!(dump(diary.connection()), before);
    diary.set_contacts(&[]).unwrap();
    assert!(diary.contacts().unwrap().is_empty());
}

#[test]
fn every_connection_runs_wal_full_sync_and_foreign_keys() {
    let (dir, diary) = new_diary();
    let conn = diary.connection();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let sync: i64 = conn
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    let fk: i64 = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    let app: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        (mode.as_str(), sync, fk, app, version),
        ("wal", 2, 1, APPLICATION_ID, SCHEMA_VERSION)
    );
    drop(diary);
    // A second opening sets them again (synchronous and foreign keys are per connection).
    let diary = Diary::open_in(dir.path()).unwrap();
    let sync: i64 = diary
        .connection()
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    let fk: i64 = diary
        .connection()
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!((sync, fk), (2, 1));
}

fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_diary_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("newer.sqlite3");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID};
             CREATE TABLE future (x);
             INSERT INTO future VALUES (1);
             PRAGMA user_version = 7;"
        ))
        .unwrap();
    }
    let before = file_bytes(&path);
    let err = Diary::open(&path).unwrap_err();
    assert!(matches!(
        err,
        StoreError::NewerVersion { found: 7, supported } if supported == SCHEMA_VERSION
    ));
    assert_eq!(
        err.to_string(),
        format!("this diary was written by a newer Centinela (schema 7; this version reads up to {SCHEMA_VERSION}): update the app")
    );
    let json = serde_json::to_value(&err).unwrap();
    assert_eq!(json["code"], "newer_version");
    assert_eq!(json["found"], 7);
    assert_eq!(file_bytes(&path), before);
    assert!(!dir.path().join("newer.sqlite3-wal").exists());
}

#[test]
fn a_file_that_is_not_a_diary_is_refused_and_left_untouched() {
    let dir = TempDir::new().unwrap();
    let other = dir.path().join("other.sqlite3");
    {
        let conn = Connection::open(&other).unwrap();
        conn.execute_batch("CREATE TABLE notes (text); INSERT INTO notes VALUES ('hi');")
            .unwrap();
    }
    let before = file_bytes(&other);
    let err = Diary::open(&other).unwrap_err();
    assert_eq!(err.code(), "not_a_diary", "{err}");
    assert_eq!(file_bytes(&other), before);

    let foreign = dir.path().join("foreign.sqlite3");
    {
        let conn = Connection::open(&foreign).unwrap();
        conn.execute_batch("PRAGMA application_id = 42; CREATE TABLE t (x);")
            .unwrap();
    }
    assert_eq!(Diary::open(&foreign).unwrap_err().code(), "not_a_diary");

    let text = dir.path().join("notes.txt");
    std::fs::write(
        &text,
        "this is not SQLite at all, just some words to fill a page. ".repeat(20),
    )
    .unwrap();
    let before = file_bytes(&text);
    let err = Diary::open(&text).unwrap_err();
    assert_eq!(err.code(), "not_a_diary", "{err}");
    assert_eq!(file_bytes(&text), before);
}

#[test]
fn errors_serialise_as_codes_with_details() {
    let err = StoreError::AlreadyAmended {
        original_id: 1,
        superseded_by: 2,
        latest_id: 3,
    };
    let json = serde_json::to_value(&err).unwrap();
    assert_eq!(json["code"], "already_amended");
    assert_eq!(json["latest_id"], 3);
    assert!(json["message"]
        .as_str()
        .unwrap()
        .contains("amend reading 3"));
    let (_dir, mut diary) = new_diary();
    let mut r = calm(now());
    r.spo2_percent = Some(120.0);
    let err = diary.add_reading(&r, None, now()).unwrap_err();
    let json = serde_json::to_value(&err).unwrap();
    assert_eq!(json["code"], "rejected");
    assert_eq!(json["rejection"]["code"], "out_of_range");
    assert_eq!(json["rejection"]["field"], "spo2_percent");
    assert_eq!(json["rejection"]["max"], 100.0);
}

#[test]
fn the_data_folder_follows_the_flag_then_the_environment() {
    // The only test in this binary that touches the process environment.
    let tmp = TempDir::new().unwrap();
    let from_env = tmp.path().join("from-env").join("nested");
    let from_flag = tmp.path().join("from-flag");
    std::env::set_var(DATA_DIR_ENV, &from_env);
    assert_eq!(resolve_data_dir(None).unwrap(), from_env);
    assert_eq!(
        resolve_data_dir(Some(from_flag.clone())).unwrap(),
        from_flag
    );
    std::env::remove_var(DATA_DIR_ENV);
    let platform = resolve_data_dir(None).unwrap();
    assert!(platform.ends_with("org.centinela.desktop"), "{platform:?}");
    assert_ne!(platform, from_env);

    ensure_data_dir(&from_env).unwrap();
    ensure_data_dir(&from_env).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&from_env).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
    }
    let diary = Diary::open_in(&from_env).unwrap();
    drop(diary);
    let file: PathBuf = from_env.join(DIARY_FILE_NAME);
    assert!(file.exists());
}

#[test]
fn a_failure_after_the_reading_is_inserted_rolls_everything_back() {
    let (_dir, mut diary) = new_diary();
    diary
        .add_reading(&calm(now() - Duration::hours(1)), None, now())
        .unwrap();
    // Make the alert insert fail, as a full disk or a bug would, after the reading row
    // has been written inside the transaction.
    diary
        .connection()
        .execute_batch(
            "CREATE TEMP TRIGGER alerts_fail BEFORE INSERT ON main.alerts
             BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;",
        )
        .unwrap();
    let before = dump(diary.connection());
    let err = diary.add_reading(&fever(now()), None, now()).unwrap_err();
    assert_eq!(err.code(), "storage", "{err}");
    assert_eq!(dump(diary.connection()), before);
    let err = diary
        .amend_reading(1, &fever(now()), "it was a fever", "mamá", now())
        .unwrap_err();
    assert_eq!(err.code(), "storage", "{err}");
    assert_eq!(dump(diary.connection()), before);
    assert_eq!(count(diary.connection(), "amendments"), 0);
}

#[test]
fn a_reading_timed_slightly_ahead_of_the_clock_still_counts() {
    // A reading up to 5 minutes "in the future" is accepted (clock skew, care-rules §3);
    // the store assesses at its time so that a fever on it is not overlooked.
    let (_dir, mut diary) = new_diary();
    let saved = diary
        .add_reading(&fever(now() + Duration::minutes(3)), None, now())
        .unwrap();
    assert_eq!(saved.assessment.action, Action::CallNow);
    assert!(saved.alert_id.is_some());
}

#[test]
fn a_steroid_dose_is_stored_and_masks_a_fever_for_24_hours() {
    let (dir, mut diary) = new_diary();
    let dose = now() - Duration::hours(20);
    diary
        .record_steroid_dose(dose, SteroidOccasion::Start, Some("mamá"), now())
        .unwrap();
    // 36.9 °C with low pressure (limit 82 at age 6): masked fever and CRS grade 2.
    let mut r = calm(now() - Duration::minutes(5));
    r.temperature = Some(Temperature {
        value: 36.9,
        unit: TempUnit::C,
    });
    r.systolic_mmhg = Some(75.0);
    r.diastolic_mmhg = Some(40.0);
    let saved = diary.add_reading(&r, Some("mamá"), now()).unwrap();
    assert!(saved.assessment.masked_fever);
    assert_eq!(saved.assessment.action, Action::Emergency);
    // 24 hours and a minute after the dose it no longer counts.
    let later = dose + Duration::hours(24) + Duration::minutes(1);
    assert!(!diary.assess(later).unwrap().masked_fever);
    assert!(
        diary
            .assess(dose + Duration::hours(24))
            .unwrap()
            .masked_fever
    );
    drop(diary);
    let mut diary = Diary::open_in(dir.path()).unwrap();
    let doses = diary.steroid_doses().unwrap();
    assert_eq!(doses.len(), 1);
    assert_eq!(doses[0].given_at, dose);
    assert_eq!(doses[0].occasion, SteroidOccasion::Start);
    assert_eq!(doses[0].recorded_by.as_deref(), Some("mamá"));
    // A dose timed in the future is refused and nothing is stored.
    let err = diary
        .record_steroid_dose(
            now() + Duration::minutes(6),
            SteroidOccasion::Restart,
            None,
            now(),
        )
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Rejected(ref r) if r.field == "given_at"),
        "{err:?}"
    );
    assert_eq!(diary.steroid_doses().unwrap().len(), 1);
}
