//! Bad input at every boundary the app has (property tests; `PROPTEST_CASES` sets the
//! budget, 256 by default, 4096 with `test.sh --long`):
//!
//! - The assess JSON (`centinela-cli assess`): arbitrary bytes, the fixtures with one
//!   part mutated, numbers JSON can't hold in an f64, huge strings, deep nesting. The
//!   answer is an assessment (the same twice) or a rejection with a known code and a
//!   message; never a panic or a stack overflow.
//! - The arguments of every command the UI can call, as JSON, through the same type and
//!   the same store method as the command. A refusal has a known code and leaves every
//!   table as it was; an accepted input leaves a whole diary whose every value reads back
//!   and passes the plausibility checks. The command list is read from the shell's
//!   `build.rs`, so a new command without an entry here fails the test.

use std::cell::Cell;
use std::path::Path;

use centinela_core::bag::NewBag;
use centinela_core::diary::{Diary, Settings, Setup, SteroidOccasion, StoreError};
use centinela_core::export::ExportMode;
use centinela_core::plausibility::{self, ErrorCode};
use centinela_core::scenario::assess_json;
use centinela_core::training::{NewNeuroBaseline, NewSignOff, Training};
use centinela_core::{Action, Reading};
use chrono::{DateTime, Duration, FixedOffset};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use rusqlite::Connection;
use serde_json::{json, Map, Value};
use tempfile::TempDir;

#[path = "common/diary_state.rs"]
mod state;
use state::rows;

const BUILD_RS: &str = include_str!("../../src-tauri/build.rs");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/assess");

const KNOWN_REJECTIONS: [ErrorCode; 8] = [
    ErrorCode::InvalidJson,
    ErrorCode::MissingField,
    ErrorCode::UnknownField,
    ErrorCode::OutOfRange,
    ErrorCode::UnknownCode,
    ErrorCode::Inconsistent,
    ErrorCode::LooksLikeFahrenheit,
    ErrorCode::FutureReading,
];

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(256)
}

fn config() -> Config {
    Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    }
}

// ---- random JSON ---------------------------------------------------------------------

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        prop_oneof![
            Just(-0.0f64),
            Just(1e308),
            Just(9.223372036854776e18),
            Just(36.8),
            Just(101.3),
            Just(0.0),
        ]
        .prop_map(|f| json!(f)),
        Just(json!(u64::MAX)),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("2026-11-21T10:00:00-06:00"),
            Just("2026-11-21"),
            Just("C"),
            Just("F"),
            Just("running"),
            Just("fever"),
            Just("call_now"),
            Just("team24h"),
            Just("48h"),
            Just("\u{0}"),
            Just("9999-12-31T23:59:59+14:00"),
            Just("-262144-01-01T00:00:00Z"),
        ]
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,16}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Every path (object keys and array indices) inside `v`.
fn paths(v: &Value, here: Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let mut p = here.clone();
                p.push(PathStep::Key(k.clone()));
                paths(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let mut p = here.clone();
                p.push(PathStep::Index(i));
                paths(x, p, out);
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn at_mut<'a>(v: &'a mut Value, path: &[PathStep]) -> Option<&'a mut Value> {
    let mut cur = v;
    for step in path {
        cur = match (step, cur) {
            (PathStep::Key(k), Value::Object(m)) => m.get_mut(k)?,
            (PathStep::Index(i), Value::Array(a)) => a.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// One change to a valid input.
#[derive(Debug, Clone)]
enum Mutation {
    /// Put a random value somewhere.
    Set(usize, Value),
    /// Drop a key.
    Drop(usize),
    /// Add a key no type knows.
    Unknown(usize, Value),
    /// A 100k-character string somewhere.
    Huge(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), any_json()).prop_map(|(i, v)| Mutation::Set(i, v)),
        2 => any::<usize>().prop_map(Mutation::Drop),
        1 => (any::<usize>(), any_json()).prop_map(|(i, v)| Mutation::Unknown(i, v)),
        1 => any::<usize>().prop_map(Mutation::Huge),
    ]
}

fn mutate(mut v: Value, m: &Mutation) -> Value {
    let mut all = vec![];
    paths(&v, vec![], &mut all);
    let pick = |i: usize| all[i % all.len()].clone();
    match m {
        Mutation::Set(i, x) => {
            if let Some(slot) = at_mut(&mut v, &pick(*i)) {
                *slot = x.clone();
            }
        }
        Mutation::Drop(i) => {
            let p = pick(*i);
            if let Some((PathStep::Key(k), parent)) = p.split_last() {
                if let Some(Value::Object(m)) = at_mut(&mut v, parent) {
                    m.remove(k);
                }
            }
        }
        Mutation::Unknown(i, x) => {
            // The nearest object at or above the picked path.
            let mut p = pick(*i);
            loop {
                if let Some(Value::Object(m)) = at_mut(&mut v, &p) {
                    m.insert("not_a_field".into(), x.clone());
                    break;
                }
                if p.pop().is_none() {
                    break;
                }
            }
        }
        Mutation::Huge(i) => {
            if let Some(slot) = at_mut(&mut v, &pick(*i)) {
                *slot = Value::String("x".repeat(100_000));
            }
        }
    }
    v
}

// ---- the assess JSON -----------------------------------------------------------------

fn fixtures() -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(FIXTURES)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "assess fixtures missing");
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// The answer is an assessment (the same when asked twice) or a clear rejection.
fn assess_is_sane(input: &str) -> Result<(), TestCaseError> {
    let first = assess_json(input);
    match &first {
        Ok(_) => prop_assert_eq!(&first, &assess_json(input), "not deterministic"),
        Err(r) => {
            prop_assert!(KNOWN_REJECTIONS.contains(&r.code), "code {:?}", r.code);
            prop_assert!(
                !r.message.trim().is_empty(),
                "a rejection without a message"
            );
        }
    }
    Ok(())
}

#[test]
fn assess_json_survives_arbitrary_bytes() {
    let mut runner = TestRunner::new(config());
    runner
        .run(&prop::collection::vec(any::<u8>(), 0..512), |bytes| {
            assess_is_sane(&String::from_utf8_lossy(&bytes))
        })
        .unwrap();
}

#[test]
fn assess_json_survives_mutated_fixtures() {
    let inputs: Vec<Value> = fixtures()
        .iter()
        .map(|s| serde_json::from_str(s).unwrap())
        .collect();
    let n = inputs.len();
    let mut runner = TestRunner::new(config());
    runner
        .run(&(0..n, mutation()), |(i, m)| {
            let v = mutate(inputs[i].clone(), &m);
            assess_is_sane(&v.to_string())
        })
        .unwrap();
}

/// What `serde_json::Value` cannot produce, written as text: numbers beyond f64, a
/// negative zero, 2^63, a key given twice.
#[test]
fn assess_json_survives_numbers_and_keys_json_values_cannot_hold() {
    let base = &fixtures()[0];
    let numbers = [
        "1e309",
        "-1e309",
        "-0",
        "-0.0",
        "9223372036854775808",
        "1e-400",
        "0e0",
    ];
    let mut tried = 0;
    for n in numbers {
        for field in [
            "\"value\": ",
            "\"systolic_mmhg\": ",
            "\"weight_kg\": ",
            "\"fever_threshold_c\": ",
        ] {
            let Some(at) = base.find(field) else { continue };
            let start = at + field.len();
            let end = start + base[start..].find([',', '}', '\n']).expect("a number ends");
            let input = format!("{}{n}{}", &base[..start], &base[end..]);
            assess_is_sane(&input).unwrap();
            tried += 1;
        }
    }
    assert!(
        tried >= numbers.len() * 3,
        "the fixture lost its fields ({tried})"
    );
    // A key given twice: serde refuses it or takes one of them; either way no panic.
    let twice = base.replacen('{', "{\"now\": \"2026-11-21T08:00:00-06:00\", ", 1);
    assess_is_sane(&twice).unwrap();
    let twice = base.replacen(
        "\"taken_at\"",
        "\"taken_at\": \"2020-01-01T00:00:00Z\", \"taken_at\"",
        1,
    );
    assess_is_sane(&twice).unwrap();
}

#[test]
fn assess_json_refuses_ten_thousand_levels_of_nesting_without_overflowing() {
    for deep in [
        format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
        format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000)),
        format!(
            "{{\"patient\": {{\"birth_date\": \"2021-05-14\"}}, \"now\": \"2026-11-21T08:00:00-06:00\", \"readings\": {}{}}}",
            "[".repeat(10_000),
            "]".repeat(10_000)
        ),
        "[".repeat(10_000),
    ] {
        let r = assess_json(&deep).expect_err("deep nesting is not an assess request");
        assert!(KNOWN_REJECTIONS.contains(&r.code), "{:?}: {}", r.code, r.message);
    }
}

// ---- command arguments ----------------------------------------------------------------

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T10:00:00-06:00").unwrap()
}

fn setup_json() -> Value {
    json!({
        "patient": { "name": "Sofía", "birth_date": "2020-03-14", "weight_kg": 18.5, "height_cm": 108.0 },
        "care_plan": { "fever_threshold_c": 38.0 },
        "contacts": [
            { "role": "team24h", "name": "Oncología", "phone": "+52 55 5555 0101" },
            { "role": "emergency_number", "name": "", "phone": "911" }
        ],
        "settings": { "language": "es", "temperature_unit": "C", "caregiver": "Ana", "start_at_login": false },
        "course": { "start": "2026-11-18", "end": "2026-12-08", "step_up_day": 8 }
    })
}

fn reading_json() -> Value {
    json!({
        "taken_at": "2026-11-21T09:50:00-06:00",
        "temperature": { "value": 38.4, "unit": "C" },
        "systolic_mmhg": 92, "diastolic_mmhg": 58, "heart_rate_bpm": 128, "spo2_percent": 97,
        "antipyretic_in_last_6h": false, "symptoms": ["rigors"], "pump": "running"
    })
}

/// How the fuzz feeds one command.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// Takes JSON the core parses: fuzzed here.
    Core,
    /// No argument, or only the shell's own (a dialog, a path the shell checks, a
    /// signal): covered by tests/e2e/fuzz-commands.test.js and security.test.js.
    ShellOnly,
}

/// Every command of build.rs: how it is fed, and a valid argument object.
fn table() -> Vec<(&'static str, Kind, Value)> {
    use Kind::*;
    vec![
        ("app_info", ShellOnly, json!({})),
        ("get_home", ShellOnly, json!({})),
        ("get_setup", ShellOnly, json!({})),
        ("save_setup", Core, json!({ "setup": setup_json() })),
        (
            "save_settings",
            Core,
            json!({ "settings": setup_json()["settings"] }),
        ),
        ("check_reading", Core, json!({ "reading": reading_json() })),
        (
            "add_reading",
            Core,
            json!({ "reading": reading_json(), "recorded_by": "Ana" }),
        ),
        (
            "amend_reading",
            Core,
            json!({ "original_id": 1, "reading": reading_json(), "reason": "typo", "amended_by": "Ana" }),
        ),
        ("get_diary", Core, json!({ "days": 21 })),
        ("get_chart", Core, json!({ "days": 7 })),
        (
            "acknowledge_alerts",
            Core,
            json!({ "acknowledged_by": "Ana", "team_said": "paracetamol" }),
        ),
        (
            "log_bag",
            Core,
            json!({ "bag": { "hung_at": "2026-11-21T09:30:00-06:00", "duration": "48h", "extension_hours": 2, "note": "ok" }, "recorded_by": "Ana" }),
        ),
        ("get_bags", ShellOnly, json!({})),
        (
            "pause_infusion",
            Core,
            json!({ "reason": "line kinked", "paused_by": "Ana" }),
        ),
        ("resume_infusion", Core, json!({ "resumed_by": "Ana" })),
        (
            "acknowledge_reminder",
            Core,
            json!({ "id": 1, "acknowledged_by": "Ana" }),
        ),
        (
            "record_steroid_dose",
            Core,
            json!({ "given_at": "2026-11-21T08:00:00-06:00", "occasion": "start", "recorded_by": "Ana" }),
        ),
        ("get_training", ShellOnly, json!({})),
        (
            "training_record_baseline",
            Core,
            json!({ "baseline": { "scale": "capd", "items": [0, 0, 0, 0, 0, 0, 0, 0], "nurse": "Enf. Ruiz", "taken_at": "2026-11-21T08:00:00-06:00" } }),
        ),
        ("get_neuro_baselines", ShellOnly, json!({})),
        // Issue 16's alarm and keep-awake commands: no input the core parses.
        ("alarm_state", ShellOnly, json!({})),
        ("alarm_check_device", ShellOnly, json!({})),
        ("alarm_acknowledge", ShellOnly, json!({})),
        ("alarm_silence", ShellOnly, json!({})),
        (
            "alarm_test",
            ShellOnly,
            json!({ "summary": "Test", "body": "Test" }),
        ),
        ("get_keep_awake", ShellOnly, json!({})),
        ("set_keep_awake", ShellOnly, json!({ "enabled": true })),
        // Issue 20's Quit question: a yes or no, nothing the core parses.
        ("quit_asked", ShellOnly, json!({})),
        ("quit_answer", ShellOnly, json!({ "quit": true })),
        // Issue 20's watch: the nurse's sound level is checked by the core.
        ("get_watch", ShellOnly, json!({})),
        ("dismiss_absence", ShellOnly, json!({})),
        ("set_sound_limit", ShellOnly, json!({ "percent": 50 })),
        // Issue 18's call card: built from the diary; Copy takes a language.
        ("get_call_card", ShellOnly, json!({})),
        ("copy_call_card", ShellOnly, json!({ "lang": "es" })),
        (
            "training_complete_module",
            Core,
            json!({ "id": "crs_signs" }),
        ),
        (
            "training_start_scenario",
            Core,
            json!({ "id": "night_fever_chills" }),
        ),
        (
            "training_add_reading",
            Core,
            json!({ "reading": reading_json(), "recorded_by": "Ana" }),
        ),
        ("training_answer", Core, json!({ "answer": "call_now" })),
        (
            "training_sign_off",
            Core,
            json!({ "sign_off": { "caregivers": ["Ana"], "nurse": "Enf. Ruiz", "note": "bien" } }),
        ),
        ("training_reset", ShellOnly, json!({})),
        ("export_checklist", ShellOnly, json!({})),
        ("export_training_record", Core, json!({ "id": 1 })),
        ("open_exported", ShellOnly, json!({ "path": "/etc/passwd" })),
        ("save_report", Core, json!({ "lang": "es" })),
        (
            "save_export",
            Core,
            json!({ "format": "csv", "mode": "sharing" }),
        ),
        ("get_backups", ShellOnly, json!({})),
        ("backup_now", ShellOnly, json!({})),
        ("save_backup_copy", ShellOnly, json!({})),
        ("pick_backup", Core, json!({ "lang": "en" })),
        ("restore_backup", Core, json!({ "path": "/etc/passwd" })),
        // Issue 7's start-up and recovery commands: no input the core parses.
        ("startup_ready", ShellOnly, json!({})),
        ("get_recovery", ShellOnly, json!({})),
        ("finish_recovery", ShellOnly, json!({})),
    ]
}

fn build_rs_commands() -> Vec<String> {
    let start = BUILD_RS
        .find(".commands(&[")
        .expect("build.rs lists commands");
    let list = &BUILD_RS[start + ".commands(&[".len()..];
    let list = &list[..list.find(']').unwrap()];
    list.split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn every_command_in_build_rs_has_a_fuzz_entry() {
    let table = table();
    let commands = build_rs_commands();
    assert!(commands.len() >= 30, "{commands:?}");
    for c in &commands {
        assert!(
            table.iter().any(|(name, _, _)| name == c),
            "command {c} (build.rs) has no entry in fuzz_inputs.rs's table"
        );
    }
}

struct World {
    _dir: TempDir,
    diary: Diary,
    training: Training,
    /// A second look at the training store, to compare its tables.
    training_store: Connection,
}

fn world() -> World {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in_at(dir.path(), now()).unwrap();
    // Commits need not reach the disk here: this is about what is written, not when.
    diary
        .connection()
        .execute_batch("PRAGMA synchronous = OFF")
        .unwrap();
    let setup: Setup = serde_json::from_value(setup_json()).unwrap();
    diary.save_setup(&setup, now()).unwrap();
    let mut r: Reading = serde_json::from_value(reading_json()).unwrap();
    r.taken_at = now() - Duration::minutes(30);
    diary.add_reading(&r, Some("Ana"), now()).unwrap();
    let mut training = Training::open_in(dir.path()).unwrap();
    let signed: NewSignOff =
        serde_json::from_value(json!({ "caregivers": ["Ana"], "nurse": "Enf. Ruiz" })).unwrap();
    training.sign_off(&signed, now()).unwrap();
    let training_store = Connection::open(training.dir().join("training.sqlite3")).unwrap();
    World {
        _dir: dir,
        diary,
        training,
        training_store,
    }
}

fn arg<T: serde::de::DeserializeOwned>(args: &Value, key: &str) -> Result<T, ()> {
    serde_json::from_value(args.get(key).cloned().unwrap_or(Value::Null)).map_err(|_| ())
}

/// The outcome of feeding `args` to `command`: not parsed, refused with a code, or done.
enum Outcome {
    NotParsed,
    Refused(StoreError),
    Done,
}

fn feed(w: &mut World, command: &str, args: &Value) -> Outcome {
    macro_rules! args {
        ($($name:ident : $t:ty),*) => {
            $( let $name: $t = match arg(args, stringify!($name)) {
                Ok(v) => v,
                Err(()) => return Outcome::NotParsed,
            }; )*
        };
    }
    let now = now();
    let d = &mut w.diary;
    let t = &mut w.training;
    let done = |r: Result<(), StoreError>| match r {
        Ok(()) => Outcome::Done,
        Err(e) => Outcome::Refused(e),
    };
    match command {
        "save_setup" => {
            args!(setup: Setup);
            done(d.save_setup(&setup, now))
        }
        "save_settings" => {
            args!(settings: Settings);
            done(d.save_settings(&settings, now))
        }
        "check_reading" => {
            args!(reading: Reading);
            let patient = d.patient().unwrap().unwrap().patient();
            done(plausibility::check_reading(&reading, &patient, now, "").map_err(Into::into))
        }
        "add_reading" => {
            args!(reading: Reading, recorded_by: Option<String>);
            done(
                d.add_reading(&reading, recorded_by.as_deref(), now)
                    .map(drop),
            )
        }
        "amend_reading" => {
            args!(original_id: i64, reading: Reading, reason: String, amended_by: String);
            done(
                d.amend_reading(original_id, &reading, &reason, &amended_by, now)
                    .map(drop),
            )
        }
        "get_diary" | "get_chart" => {
            args!(days: u32);
            let from = now - Duration::days(i64::from(days.clamp(1, 60)));
            let to = now + Duration::minutes(5);
            done(
                d.readings_between(from, to)
                    .and_then(|_| d.alerts_between(from, to))
                    .and_then(|_| d.chart(from, to))
                    .map(drop),
            )
        }
        "acknowledge_alerts" => {
            args!(acknowledged_by: String, team_said: Option<String>);
            done(
                d.acknowledge_open_alerts(&acknowledged_by, team_said.as_deref(), now)
                    .map(drop),
            )
        }
        "log_bag" => {
            args!(bag: NewBag, recorded_by: Option<String>);
            done(d.log_bag(&bag, recorded_by.as_deref(), now).map(drop))
        }
        "pause_infusion" => {
            args!(reason: String, paused_by: Option<String>);
            done(
                d.pause_infusion(&reason, paused_by.as_deref(), now)
                    .map(drop),
            )
        }
        "resume_infusion" => {
            args!(resumed_by: Option<String>);
            done(d.resume_infusion(resumed_by.as_deref(), now).map(drop))
        }
        "acknowledge_reminder" => {
            args!(id: i64, acknowledged_by: Option<String>);
            done(
                d.acknowledge_reminder(id, acknowledged_by.as_deref(), now)
                    .map(drop),
            )
        }
        "record_steroid_dose" => {
            args!(given_at: DateTime<FixedOffset>, occasion: SteroidOccasion, recorded_by: Option<String>);
            done(d.record_steroid_dose(given_at, occasion, recorded_by.as_deref(), now))
        }
        "training_record_baseline" => {
            args!(baseline: NewNeuroBaseline);
            let birth = d.patient().unwrap().unwrap().birth_date;
            done(t.record_baseline(&baseline, birth, now).map(drop))
        }
        "training_complete_module" => {
            args!(id: String);
            done(t.complete_module(&id, now))
        }
        "training_start_scenario" => {
            args!(id: String);
            done(t.start_scenario(&id, now).map(drop))
        }
        "training_add_reading" => {
            args!(reading: Reading, recorded_by: Option<String>);
            done(
                t.add_practice_reading(&reading, recorded_by.as_deref(), now)
                    .map(drop),
            )
        }
        "training_answer" => {
            args!(answer: Action);
            done(t.answer(answer, now).map(drop))
        }
        "training_sign_off" => {
            args!(sign_off: NewSignOff);
            done(t.sign_off(&sign_off, now).map(drop))
        }
        "export_training_record" => {
            args!(id: i64);
            done(t.signoff(id).map(drop))
        }
        "save_report" | "pick_backup" => {
            // Only the language is parsed; the dialog is the shell's.
            args!(lang: Option<centinela_core::diary::Language>);
            let _ = lang;
            Outcome::Done
        }
        "save_export" => {
            args!(mode: ExportMode);
            done(match mode {
                ExportMode::CareTeam | ExportMode::Sharing => {
                    centinela_core::export::readings_csv(d, mode).map(drop)
                }
            })
        }
        "restore_backup" => {
            args!(path: String);
            // The shell lets only our backups or the picked file through; the core's
            // check must still never panic on any path.
            let _ = centinela_core::backup::validate_backup(Path::new(&path));
            Outcome::Done
        }
        other => panic!("{other}: no feeder (the table says Core)"),
    }
}

/// Put the diary in the state where the valid example of `command` can succeed, so that
/// the fuzz reaches past "not now" refusals (a pause already open, a correction already
/// made, no practice scenario started).
fn prepare(w: &mut World, command: &str, args: &mut Value) {
    let now = now();
    match command {
        // Id 1 stands for "the latest reading in effect" (it changes with each case).
        "amend_reading" if args.get("original_id") == Some(&json!(1)) => {
            let latest = w.diary.latest_effective_entry(now).unwrap().unwrap();
            args["original_id"] = json!(latest.id);
        }
        "pause_infusion" if w.diary.open_pause().unwrap().is_some() => {
            w.diary.resume_infusion(None, now).unwrap();
        }
        "resume_infusion" if w.diary.open_pause().unwrap().is_none() => {
            w.diary.pause_infusion("fuzz", None, now).unwrap();
        }
        "training_add_reading" | "training_answer" => {
            w.training
                .start_scenario("night_fever_chills", now)
                .unwrap();
            if command == "training_answer" {
                let r: Reading = serde_json::from_value(reading_json()).unwrap();
                w.training.add_practice_reading(&r, None, now).unwrap();
            }
        }
        _ => {}
    }
}

/// Codes a refusal of bad input may carry; `storage`, `corrupt` or `damaged` here would
/// mean the input got past the checks and the database refused it (or worse).
const INPUT_CODES: [&str; 7] = [
    "rejected",
    "invalid_phone",
    "not_found",
    "already_amended",
    "already_acknowledged",
    "training_order",
    "no_patient",
];

/// After an accepted input: the diary is whole, and everything reads back and is plausible.
fn whole(d: &Diary) -> Result<(), String> {
    let c = d.connection();
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    if ok != "ok" {
        return Err(ok);
    }
    let setup = d
        .setup()
        .map_err(|e| format!("setup reads back: {e}"))?
        .ok_or("setup gone")?;
    d.home(now()).map_err(|e| format!("home: {e}"))?;
    d.bags().map_err(|e| format!("bags: {e}"))?;
    d.pauses().map_err(|e| format!("pauses: {e}"))?;
    let far = Duration::days(400);
    d.alerts_between(now() - far, now() + far)
        .map_err(|e| format!("alerts: {e}"))?;
    let patient = setup.patient.patient();
    for e in d
        .readings_between(now() - far, now() + far)
        .map_err(|e| format!("readings: {e}"))?
    {
        plausibility::check_reading(&e.reading, &patient, e.recorded_at, "")
            .map_err(|r| format!("reading {} stored but implausible: {r:?}", e.id))?;
    }
    Ok(())
}

fn input_for(valid: Value) -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => mutation().prop_map(move |m| mutate(valid.clone(), &m)),
        1 => any_json(),
    ]
}

#[test]
fn every_command_argument_is_refused_cleanly_or_stored_whole() {
    let mut report = vec![];
    for (command, kind, valid) in table() {
        if kind != Kind::Core {
            continue;
        }
        let mut w = world();
        let mut valid = valid;
        prepare(&mut w, command, &mut valid);
        // The valid input is accepted (or refused for the diary's state, not its shape).
        match feed(&mut w, command, &valid) {
            Outcome::NotParsed => panic!("{command}: the valid example does not parse"),
            Outcome::Refused(e) => assert!(
                INPUT_CODES.contains(&e.code()),
                "{command}: the valid example gives {e}"
            ),
            Outcome::Done => {}
        }
        // proptest wants an Fn: the world and the counts live in cells.
        let w = std::cell::RefCell::new(w);
        let (parsed, refused, done) = (Cell::new(0u32), Cell::new(0u32), Cell::new(0u32));
        let mut runner = TestRunner::new(config());
        let result = runner.run(&input_for(valid.clone()), |mut args| {
            let w = &mut *w.borrow_mut();
            prepare(w, command, &mut args);
            let before = rows(w.diary.connection());
            let tbefore = rows(&w.training_store);
            match feed(w, command, &args) {
                Outcome::NotParsed => {}
                Outcome::Refused(e) => {
                    parsed.set(parsed.get() + 1);
                    refused.set(refused.get() + 1);
                    prop_assert!(
                        INPUT_CODES.contains(&e.code()),
                        "{}: {} ({}) for {}",
                        command,
                        e,
                        e.code(),
                        args
                    );
                    prop_assert!(!e.to_string().trim().is_empty());
                    prop_assert!(
                        before == rows(w.diary.connection()),
                        "{}: refused, yet the diary changed",
                        command
                    );
                    prop_assert!(
                        tbefore == rows(&w.training_store),
                        "{}: refused, yet the practice diary changed",
                        command
                    );
                }
                Outcome::Done => {
                    parsed.set(parsed.get() + 1);
                    done.set(done.get() + 1);
                    if let Err(e) = whole(&w.diary) {
                        return Err(TestCaseError::fail(format!("{command}: {e} after {args}")));
                    }
                }
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("{command}: {e}");
        }
        report.push(format!(
            "{command}: {} parsed, {} refused, {} done",
            parsed.get(),
            refused.get(),
            done.get()
        ));
    }
    eprintln!("{}", report.join("\n"));
}
