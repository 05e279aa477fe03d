//! Training mode: the practice scenarios against the real engine, the separation from the
//! family's diary, scoring, resuming and sign-off.

use centinela_core::catalogue;
use centinela_core::diary::{Diary, PatientRecord, StoreError, DIARY_FILE_NAME};
use centinela_core::neuro::{capd_score, ice_score, NeuroScale};
use centinela_core::reading::NeuroCheck;
use centinela_core::training::NewNeuroBaseline;
use centinela_core::training::{
    differences, engine_action_for_shown, module_title, scenarios, EntryField, NewSignOff,
    ScenarioDef, ShownReading, Topic, Training, MODULES, TRAINING_DIR,
};
use centinela_core::vocab::Language;
use centinela_core::{Action, Age, ErrorCode, PumpStatus, Reading, Symptom, TempUnit, Temperature};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use rusqlite::Connection;
use tempfile::TempDir;

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn now() -> DateTime<FixedOffset> {
    t("2026-11-21T02:00:00-06:00")
}

/// The reading a careful caregiver types for `shown`, in °C or °F.
fn typed(shown: &ShownReading, at: DateTime<FixedOffset>, unit: TempUnit) -> Reading {
    let mut r = Reading::at(at);
    r.temperature = shown.temperature_c.map(|c| match unit {
        TempUnit::C => Temperature {
            value: c,
            unit: TempUnit::C,
        },
        // One decimal, as the form takes it.
        TempUnit::F => Temperature {
            value: ((c * 9.0 / 5.0 + 32.0) * 10.0).round() / 10.0,
            unit: TempUnit::F,
        },
    });
    r.systolic_mmhg = shown.systolic_mmhg;
    r.diastolic_mmhg = shown.diastolic_mmhg;
    r.heart_rate_bpm = shown.heart_rate_bpm;
    r.spo2_percent = shown.spo2_percent;
    r.antipyretic_in_last_6h = Some(shown.antipyretic_in_last_6h);
    r.symptoms = Some(shown.symptoms.clone());
    r.pump = shown.pump;
    r.neuro_check = shown.neuro_check;
    r
}

fn family_diary(dir: &TempDir) -> Diary {
    let mut diary = Diary::open_in(dir.path()).unwrap();
    diary
        .save_patient(
            &PatientRecord {
                name: "Ana".into(),
                birth_date: "2019-06-02".parse().unwrap(),
                weight_kg: Some(20.0),
                height_cm: None,
            },
            now(),
        )
        .unwrap();
    diary
}

fn play(training: &mut Training, def: &ScenarioDef, unit: TempUnit, answer: Action) -> bool {
    training.start_scenario(def.id, now()).unwrap();
    training
        .add_practice_reading(&typed(&def.shown, now(), unit), Some("Mamá"), now())
        .unwrap();
    training.answer(answer, now()).unwrap().passed
}

#[test]
fn every_scenario_gets_the_action_it_was_written_for_from_the_real_engine() {
    let dir = TempDir::new().unwrap();
    let mut training = Training::open_in(dir.path()).unwrap();
    for def in scenarios::all() {
        let (action, reasons) = engine_action_for_shown(&def, now());
        assert_eq!(action, def.expected, "{}: reasons {reasons:?}", def.id);
        // And through the practice diary, as the caregiver would enter it, in both units.
        for unit in [TempUnit::C, TempUnit::F] {
            training.start_scenario(def.id, now()).unwrap();
            let saved = training
                .add_practice_reading(&typed(&def.shown, now(), unit), None, now())
                .unwrap();
            assert_eq!(
                saved.saved.assessment.action, def.expected,
                "{} in {unit:?}",
                def.id
            );
            assert!(
                saved.differences.is_empty(),
                "{}: {:?}",
                def.id,
                saved.differences
            );
        }
    }
}

#[test]
fn scenarios_cover_every_action_and_every_situation_the_issue_names() {
    let all = scenarios::all();
    assert!(all.len() >= 12, "only {} scenarios", all.len());
    for action in [
        Action::Routine,
        Action::CallToday,
        Action::CallNow,
        Action::Emergency,
    ] {
        assert!(all.iter().any(|s| s.expected == action), "no {action:?}");
    }
    for topic in [
        Topic::Neurological,
        Topic::Infant,
        Topic::Pump,
        Topic::LowBloodPressure,
        Topic::MaskedFever,
        Topic::Fever,
    ] {
        assert!(
            all.iter().any(|s| s.topics.contains(&topic)),
            "no {topic:?}"
        );
    }
    let mut ids: Vec<&str> = all.iter().map(|s| s.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), all.len(), "scenario ids must be unique");
}

#[test]
fn each_topic_is_what_the_engine_actually_sees() {
    let dir = TempDir::new().unwrap();
    let mut training = Training::open_in(dir.path()).unwrap();
    for def in scenarios::all() {
        training.start_scenario(def.id, now()).unwrap();
        let a = training
            .add_practice_reading(&typed(&def.shown, now(), TempUnit::C), None, now())
            .unwrap()
            .saved
            .assessment;
        for topic in def.topics {
            let holds = match topic {
                Topic::Fever => def.shown.temperature_c.is_some(),
                Topic::Neurological => a.neurotoxicity_suspected,
                Topic::Infant => def.age_months < 12,
                Topic::Pump => a.reasons.iter().any(|r| r.code.starts_with("pump_")),
                Topic::LowBloodPressure => a.hypotension,
                Topic::MaskedFever => a.masked_fever && !a.fever,
                Topic::Breathing => a.hypoxia || a.low_oxygen,
                Topic::Everyday => true,
                Topic::Sepsis => a.sepsis_signs,
                Topic::Line => a
                    .reasons
                    .iter()
                    .any(|r| r.code == "pump_line_out_or_broken"),
            };
            assert!(holds, "{} claims {topic:?}: {a:?}", def.id);
        }
    }
}

#[test]
fn every_scenario_text_is_in_the_catalogue_in_both_languages() {
    for def in scenarios::all() {
        let texts = [def.title(), def.story(), def.teaching()];
        for (id, text) in def.message_ids().iter().zip(texts) {
            assert!(id.starts_with(&format!("scenario-{}-", def.id)), "{id}");
            for lang in [Language::En, Language::Es] {
                assert!(catalogue::has(lang, id), "{id} missing in {lang:?}");
            }
            assert_eq!(text, catalogue::text(id, &[]), "{id}");
            assert!(!text.en.trim().is_empty(), "{id}: empty in English");
            assert!(!text.es.trim().is_empty(), "{id}: empty in Spanish");
            assert_ne!(text.en, text.es, "{id}: the Spanish is the English");
        }
    }
    // And no words in scenarios.ftl for a situation the app does not have.
    let ids: Vec<String> = scenarios::all()
        .iter()
        .flat_map(|d| d.message_ids())
        .collect();
    for (lang, file) in [
        ("en", include_str!("../../locales/en/scenarios.ftl")),
        ("es-MX", include_str!("../../locales/es-MX/scenarios.ftl")),
    ] {
        for line in file.lines().filter(|l| l.starts_with("scenario-")) {
            let id = line.split(" =").next().unwrap().trim();
            assert!(ids.iter().any(|i| i == id), "{lang}: {id} has no scenario");
        }
    }
}

#[test]
fn the_practice_child_has_the_stated_age_on_any_day_including_month_ends_and_leap_days() {
    let mut day: NaiveDate = "2027-12-01".parse().unwrap();
    let end: NaiveDate = "2029-03-31".parse().unwrap();
    while day <= end {
        for def in scenarios::all() {
            let age = Age::on(def.birth_date(day), day).unwrap();
            assert_eq!(age.months, i64::from(def.age_months), "{} on {day}", def.id);
        }
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn practice_never_touches_the_family_diary() {
    let dir = TempDir::new().unwrap();
    let diary = family_diary(&dir);
    let before: i64 = diary
        .connection()
        .query_row("SELECT count(*) FROM readings", [], |r| r.get(0))
        .unwrap();
    drop(diary);

    let mut training = Training::open_in(dir.path()).unwrap();
    for def in scenarios::all() {
        play(&mut training, &def, TempUnit::C, def.expected);
    }
    training
        .sign_off(
            &NewSignOff {
                caregivers: vec!["Rosa".into()],
                nurse: "Enf. Carmen".into(),
                note: None,
            },
            now(),
        )
        .unwrap();

    let diary = Diary::open_in(dir.path()).unwrap();
    let conn = diary.connection();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM readings"), before);
    assert_eq!(count("SELECT count(*) FROM alerts"), 0);
    let name: String = conn
        .query_row("SELECT name FROM patient", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        name, "Ana",
        "the family's child is not replaced by a practice child"
    );
    // The training files live in their own folder, apart from the diary file.
    assert!(training.dir().starts_with(dir.path().join(TRAINING_DIR)));
    assert!(!training.dir().join(DIARY_FILE_NAME).exists());
}

#[test]
fn a_wrong_answer_is_scored_against_the_engine_and_the_next_try_can_pass() {
    let dir = TempDir::new().unwrap();
    let mut training = Training::open_in(dir.path()).unwrap();
    let def = scenarios::by_id("night_fever_chills").unwrap();

    training.start_scenario(def.id, now()).unwrap();
    training
        .add_practice_reading(&typed(&def.shown, now(), TempUnit::C), None, now())
        .unwrap();
    let wrong = training.answer(Action::CallToday, now()).unwrap();
    assert!(!wrong.correct && !wrong.passed);
    assert_eq!(wrong.engine_action, Action::CallNow);
    assert!(wrong.reasons.iter().any(|r| r.code == "fever"));
    assert!(wrong.teaching.es.contains("38.0"));

    let o = training.overview().unwrap();
    let p = o.scenarios.iter().find(|s| s.id == def.id).unwrap();
    assert_eq!((p.attempts, p.passed), (1, Some(false)));
    assert_eq!(o.score.passed, 0);
    assert_eq!(o.score.total as usize, scenarios::all().len());

    assert!(play(&mut training, &def, TempUnit::F, Action::CallNow));
    let o = training.overview().unwrap();
    let p = o.scenarios.iter().find(|s| s.id == def.id).unwrap();
    assert_eq!((p.attempts, p.passed), (2, Some(true)));
    assert_eq!(o.score.passed, 1);
}

#[test]
fn a_mistyped_entry_is_shown_and_does_not_pass_even_with_the_engine_agreeing() {
    let dir = TempDir::new().unwrap();
    let mut training = Training::open_in(dir.path()).unwrap();
    let def = scenarios::by_id("night_fever_chills").unwrap();
    training.start_scenario(def.id, now()).unwrap();
    let mut r = typed(&def.shown, now(), TempUnit::C);
    // Typed 36.8 for 38.4 and forgot the chills.
    r.temperature = Some(Temperature {
        value: 36.8,
        unit: TempUnit::C,
    });
    r.symptoms = Some(vec![]);
    let saved = training.add_practice_reading(&r, None, now()).unwrap();
    assert_eq!(
        saved.differences,
        vec![EntryField::Temperature, EntryField::Symptoms]
    );
    assert_eq!(saved.saved.assessment.action, Action::Routine);
    let result = training.answer(Action::Routine, now()).unwrap();
    assert!(result.correct, "the answer matches what the engine said");
    assert!(!result.entry_matched && !result.passed);
    assert_eq!(result.expected_action, Action::CallNow);
}

#[test]
fn entry_comparison_boundaries() {
    let shown = ShownReading {
        temperature_c: Some(38.4),
        systolic_mmhg: Some(76.0),
        diastolic_mmhg: Some(44.0),
        heart_rate_bpm: None,
        spo2_percent: None,
        antipyretic_in_last_6h: false,
        symptoms: vec![Symptom::Rigors],
        pump: Some(PumpStatus::Running),
        neuro_check: None,
    };
    let mut r = typed(&shown, now(), TempUnit::C);
    assert!(differences(&shown, &r).is_empty());
    // 101.1 °F is 38.39 °C: the same reading. 101.3 °F (38.5 °C) is not.
    r.temperature = Some(Temperature {
        value: 101.1,
        unit: TempUnit::F,
    });
    assert!(differences(&shown, &r).is_empty());
    r.temperature = Some(Temperature {
        value: 101.3,
        unit: TempUnit::F,
    });
    assert_eq!(differences(&shown, &r), vec![EntryField::Temperature]);
    r = typed(&shown, now(), TempUnit::C);
    // Pump "running" and pump not said are the same to the rules.
    r.pump = None;
    r.antipyretic_in_last_6h = None;
    assert!(differences(&shown, &r).is_empty());
    r.pump = Some(PumpStatus::Alarm);
    r.systolic_mmhg = Some(77.0);
    r.antipyretic_in_last_6h = Some(true);
    r.symptoms = Some(vec![Symptom::Rigors, Symptom::Headache]);
    assert_eq!(
        differences(&shown, &r),
        vec![
            EntryField::BloodPressure,
            EntryField::Antipyretic,
            EntryField::Symptoms,
            EntryField::Pump
        ]
    );
}

#[test]
fn steps_out_of_order_and_unknown_ids_are_refused_with_nothing_written() {
    let dir = TempDir::new().unwrap();
    let mut training = Training::open_in(dir.path()).unwrap();
    let any = Reading {
        temperature: Some(Temperature {
            value: 37.0,
            unit: TempUnit::C,
        }),
        ..Reading::at(now())
    };
    assert!(matches!(
        training.add_practice_reading(&any, None, now()),
        Err(StoreError::TrainingOrder { .. })
    ));
    match training.start_scenario("no_such_case", now()) {
        Err(StoreError::Rejected(r)) => {
            assert_eq!(
                (r.code, r.field.as_str()),
                (ErrorCode::UnknownCode, "scenario")
            );
            assert!(r.message.contains("night_fever_chills"), "{}", r.message);
        }
        other => panic!("{other:?}"),
    }
    match training.complete_module("knitting", now()) {
        Err(StoreError::Rejected(r)) => assert_eq!(r.field, "module"),
        other => panic!("{other:?}"),
    }
    training.start_scenario("seizure", now()).unwrap();
    assert!(matches!(
        training.answer(Action::Emergency, now()),
        Err(StoreError::TrainingOrder { .. })
    ));
    // A reading the real rules refuse (39 °C typed in °F) is refused here the same way.
    let mut bad = any.clone();
    bad.temperature = Some(Temperature {
        value: 39.0,
        unit: TempUnit::F,
    });
    assert!(matches!(
        training.add_practice_reading(&bad, None, now()),
        Err(StoreError::Rejected(_))
    ));
    let o = training.overview().unwrap();
    assert!(o.in_progress.unwrap().saved.is_none());
    assert!(o.scenarios.iter().all(|s| s.attempts == 0));
    assert!(o.modules.iter().all(|m| m.done_at.is_none()));
}

#[test]
fn an_interrupted_session_resumes_after_closing_the_app() {
    let dir = TempDir::new().unwrap();
    {
        let mut training = Training::open_in(dir.path()).unwrap();
        training.complete_module("why_home", now()).unwrap();
        training
            .complete_module("crs_signs", now() + Duration::minutes(8))
            .unwrap();
        let def = scenarios::by_id("pump_alarm_empty_bag").unwrap();
        training.start_scenario(def.id, now()).unwrap();
        training
            .add_practice_reading(&typed(&def.shown, now(), TempUnit::C), None, now())
            .unwrap();
    }
    let mut training = Training::open_in(dir.path()).unwrap();
    let o = training.overview().unwrap();
    assert_eq!(o.started_at, Some(now()));
    let done: Vec<&str> = o
        .modules
        .iter()
        .filter(|m| m.done_at.is_some())
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(done, ["why_home", "crs_signs"]);
    let ip = o.in_progress.expect("the scenario in play is remembered");
    assert_eq!(ip.scenario.id, "pump_alarm_empty_bag");
    assert_eq!(
        ip.saved.unwrap().saved.assessment.action,
        Action::CallNow,
        "the saved entry is remembered, so the answer step can resume"
    );
    let r = training.answer(Action::CallNow, now()).unwrap();
    assert!(r.passed);
    assert!(training.overview().unwrap().in_progress.is_none());
}

#[test]
fn sign_off_records_who_when_what_and_the_score_and_survives_a_reset() {
    let dir = TempDir::new().unwrap();
    let mut training = Training::open_in(dir.path()).unwrap();
    for m in &MODULES[..5] {
        training.complete_module(m, now()).unwrap();
    }
    let defs = scenarios::all();
    for def in &defs[..3] {
        assert!(play(&mut training, def, TempUnit::C, def.expected));
    }
    play(&mut training, &defs[3], TempUnit::C, Action::Routine);

    for (new, field) in [
        (
            NewSignOff {
                caregivers: vec!["  ".into()],
                nurse: "Carmen".into(),
                note: None,
            },
            "caregivers",
        ),
        (
            NewSignOff {
                caregivers: vec!["Rosa".into()],
                nurse: " ".into(),
                note: None,
            },
            "nurse",
        ),
    ] {
        match training.sign_off(&new, now()) {
            Err(StoreError::Rejected(r)) => {
                assert_eq!((r.code, r.field.as_str()), (ErrorCode::MissingField, field))
            }
            other => panic!("{other:?}"),
        }
    }
    assert!(training.signoffs().unwrap().is_empty());

    let s = training
        .sign_off(
            &NewSignOff {
                caregivers: vec![" Rosa Pérez ".into(), "".into(), "Luis Pérez".into()],
                nurse: "Enf. Carmen Ruiz".into(),
                note: Some("  ".into()),
            },
            now() + Duration::minutes(55),
        )
        .unwrap();
    assert_eq!(s.caregivers, ["Rosa Pérez", "Luis Pérez"]);
    assert_eq!(s.nurse, "Enf. Carmen Ruiz");
    assert_eq!(s.note, None);
    assert_eq!(s.signed_at, now() + Duration::minutes(55));
    assert_eq!(s.modules, MODULES[..5].to_vec());
    assert_eq!((s.score.passed, s.score.total as usize), (3, defs.len()));

    training.reset().unwrap();
    let o = training.overview().unwrap();
    assert!(o.modules.iter().all(|m| m.done_at.is_none()));
    assert!(o
        .scenarios
        .iter()
        .all(|p| p.attempts == 0 && p.passed.is_none()));
    assert_eq!(o.started_at, None);
    assert_eq!(
        o.signoffs,
        vec![s.clone()],
        "a reset keeps the sign-off record"
    );

    // The record cannot be changed or removed behind the app's back.
    let conn = Connection::open(training.dir().join("training.sqlite3")).unwrap();
    assert!(conn.execute("UPDATE signoffs SET nurse = 'x'", []).is_err());
    assert!(conn.execute("DELETE FROM signoffs", []).is_err());
}

#[test]
fn a_diary_is_not_opened_as_training_and_training_is_not_opened_as_a_diary() {
    let dir = TempDir::new().unwrap();
    drop(Training::open_in(dir.path()).unwrap());
    let training_file = dir.path().join(TRAINING_DIR).join("training.sqlite3");
    assert!(matches!(
        Diary::open(&training_file),
        Err(StoreError::NotADiary { .. })
    ));
    // A diary placed where the training store belongs is refused, not overwritten.
    let other = TempDir::new().unwrap();
    std::fs::create_dir_all(other.path().join(TRAINING_DIR)).unwrap();
    drop(family_diary(&other));
    std::fs::copy(
        other.path().join(DIARY_FILE_NAME),
        other.path().join(TRAINING_DIR).join("training.sqlite3"),
    )
    .unwrap();
    assert!(Training::open_in(other.path()).is_err());
}

#[test]
fn module_titles_for_the_printed_record_match_the_screens() {
    // The screens and the printed record both read `module-<id>-title` from the catalogue;
    // the English is the title the modules have always had.
    let english = [
        ("why_home", "Why the infusion is given at home"),
        ("crs_signs", "Cytokine release syndrome (CRS)"),
        ("neuro_signs", "Changes in the brain and nerves"),
        ("measuring", "Measuring and writing it down"),
        ("pump", "Living with the pump"),
        ("bag_changes", "Bag changes"),
        ("call_ladder", "Who to call, day and night"),
    ];
    assert_eq!(english.map(|(id, _)| id), MODULES);
    for (id, en) in english {
        let message = format!("module-{id}-title");
        for lang in [Language::En, Language::Es] {
            assert!(
                catalogue::has(lang, &message),
                "{message} missing in {lang:?}"
            );
        }
        let title = module_title(id).unwrap();
        assert_eq!(title, catalogue::text(&message, &[]), "{id}");
        assert_eq!(title.en, en, "{id}");
        assert!(!title.es.trim().is_empty(), "{id}");
        assert_ne!(title.es, title.en, "{id}: the Spanish is the English");
    }
    assert!(module_title("knitting").is_none());
}

#[test]
fn the_issue_15_situations_are_there_and_the_engine_gives_them_their_actions() {
    // id, action, the reason that must fire.
    for (id, action, reason) in [
        ("infant_fever", Action::Emergency, "infant_fever"),
        ("sepsis_normal_pressure", Action::Emergency, "sepsis_signs"),
        ("catheter_out", Action::Emergency, "pump_line_out_or_broken"),
        ("falling_ice", Action::Emergency, "icans_ice_2"),
        (
            "repeat_pressure",
            Action::Emergency,
            "hypotension_confirmed",
        ),
    ] {
        let def = scenarios::by_id(id).unwrap_or_else(|| panic!("no scenario {id}"));
        let (got, reasons) = engine_action_for_shown(&def, now());
        assert_eq!(got, action, "{id}: {reasons:?}");
        assert!(
            reasons.iter().any(|r| r.code == reason),
            "{id}: {reasons:?}"
        );
    }
    // The trap: the second low pressure alone (without the first in the diary) is only a
    // call-now; the practice diary holds the first, so the entry is judged with it.
    let def = scenarios::by_id("repeat_pressure").unwrap();
    let alone = ScenarioDef {
        earlier: Vec::new(),
        ..def.clone()
    };
    assert_eq!(engine_action_for_shown(&alone, now()).0, Action::CallNow);
    let dir = TempDir::new().unwrap();
    let mut training = Training::open_in(dir.path()).unwrap();
    training.start_scenario(def.id, now()).unwrap();
    let saved = training
        .add_practice_reading(&typed(&def.shown, now(), TempUnit::C), None, now())
        .unwrap();
    assert_eq!(saved.saved.assessment.action, Action::Emergency);
    // The earlier reading is shown on the card, so the caregiver knows it is there.
    let card = training.in_progress().unwrap().unwrap().scenario;
    assert_eq!(card.earlier.len(), 1);
    assert_eq!(card.earlier[0].minutes_before, 20);
}

#[test]
fn a_neuro_score_typed_differently_is_a_difference() {
    let def = scenarios::by_id("falling_ice").unwrap();
    let mut r = typed(&def.shown, now(), TempUnit::C);
    assert!(differences(&def.shown, &r).is_empty());
    r.neuro_check = Some(NeuroCheck::ice(7.0));
    assert_eq!(differences(&def.shown, &r), vec![EntryField::NeuroCheck]);
    r.neuro_check = None;
    assert_eq!(differences(&def.shown, &r), vec![EntryField::NeuroCheck]);
}

#[test]
fn practice_teaching_never_states_38_as_the_familys_own_line() {
    // 38.0 may appear as the standard plan's fever limit (practice) or as the infant rule,
    // never as "the fever limit" alone.
    for def in scenarios::all() {
        let (teaching, story) = (def.teaching(), def.story());
        for text in [teaching.en, teaching.es, story.en, story.es] {
            if text.contains("38.0") && def.id != "infant_fever" {
                assert!(
                    text.contains("standard plan") || text.contains("plan estándar"),
                    "{}: {text}",
                    def.id
                );
            }
        }
    }
}

#[test]
fn ice_and_capd_scores_from_hand_worked_answers() {
    // ICE: year ✔, month ✖, city ✔, hospital ✔; objects ✔ ✖ ✔; command ✔; writing ✖;
    // counting ✔ → 4 − 1 + 2 + 1 + 0 + 1 = 7.
    assert_eq!(ice_score(&[1, 0, 1, 1, 1, 0, 1, 1, 0, 1]).unwrap(), 7);
    assert_eq!(ice_score(&[1; 10]).unwrap(), 10);
    assert_eq!(ice_score(&[0; 10]).unwrap(), 0);
    assert!(ice_score(&[1; 9]).is_err());
    assert!(ice_score(&[1, 1, 1, 1, 1, 1, 1, 1, 1, 2]).is_err());
    // CAPD, answers 0 never … 4 always. A well child: eye contact always (4 → 0), purposeful
    // always (4 → 0), aware often (3 → 1), communicates always (4 → 0); restless rarely (1),
    // inconsolable never (0), underactive rarely (1), slow never (0) → 0+0+1+0+1+0+1+0 = 3.
    assert_eq!(capd_score(&[4, 4, 3, 4, 1, 0, 1, 0]).unwrap(), 3);
    // A child in delirium: eye contact rarely (1 → 3), purposeful sometimes (2 → 2), aware
    // rarely (1 → 3), communicates never (0 → 4); restless often (3), inconsolable sometimes
    // (2), underactive rarely (1), slow often (3) → 3+2+3+4+3+2+1+3 = 21.
    assert_eq!(capd_score(&[1, 2, 1, 0, 3, 2, 1, 3]).unwrap(), 21);
    // The reversal is what makes "never" on items 1–4 the worst: all "never" = 16.
    assert_eq!(capd_score(&[0; 8]).unwrap(), 16);
    assert_eq!(capd_score(&[4; 8]).unwrap(), 16);
    assert_eq!(capd_score(&[0, 0, 0, 0, 4, 4, 4, 4]).unwrap(), 32);
    assert_eq!(capd_score(&[4, 4, 4, 4, 0, 0, 0, 0]).unwrap(), 0);
    assert!(capd_score(&[0; 7]).is_err());
    assert!(capd_score(&[5, 0, 0, 0, 0, 0, 0, 0]).is_err());
}

#[test]
fn the_nurses_baseline_is_scored_from_its_answers_checked_for_age_and_kept_by_a_reset() {
    let dir = TempDir::new().unwrap();
    let mut training = Training::open_in(dir.path()).unwrap();
    let five: NaiveDate = "2021-05-14".parse().unwrap();
    let thirteen: NaiveDate = "2013-05-14".parse().unwrap();
    let capd = NewNeuroBaseline {
        scale: NeuroScale::Capd,
        items: vec![4, 4, 3, 4, 1, 0, 1, 0],
        nurse: " Enf. Carmen ".into(),
        taken_at: now(),
    };
    let b = training.record_baseline(&capd, five, now()).unwrap();
    assert_eq!(
        (b.scale, b.score, b.nurse.as_str()),
        (NeuroScale::Capd, 3, "Enf. Carmen")
    );
    // The wrong scale for the age is refused, as the engine refuses it.
    match training.record_baseline(&capd, thirteen, now()) {
        Err(StoreError::Rejected(r)) => assert_eq!(r.code, ErrorCode::Inconsistent),
        other => panic!("{other:?}"),
    }
    let ice = NewNeuroBaseline {
        scale: NeuroScale::Ice,
        items: vec![1; 10],
        nurse: "Carmen".into(),
        taken_at: now(),
    };
    assert!(training.record_baseline(&ice, five, now()).is_err());
    assert_eq!(
        training
            .record_baseline(&ice, thirteen, now())
            .unwrap()
            .score,
        10
    );
    // Bad answers, a missing nurse, a future time: refused, nothing written.
    for bad in [
        NewNeuroBaseline {
            items: vec![4, 4, 4],
            ..capd.clone()
        },
        NewNeuroBaseline {
            nurse: "  ".into(),
            ..capd.clone()
        },
        NewNeuroBaseline {
            taken_at: now() + Duration::minutes(6),
            ..capd.clone()
        },
    ] {
        assert!(
            training.record_baseline(&bad, five, now()).is_err(),
            "{bad:?}"
        );
    }
    assert_eq!(training.baselines().unwrap().len(), 2);
    // Newest first; a later one is the baseline.
    let later = NewNeuroBaseline {
        items: vec![4, 4, 4, 4, 0, 0, 0, 0],
        taken_at: now() + Duration::minutes(1),
        ..capd.clone()
    };
    training
        .record_baseline(&later, five, now() + Duration::minutes(2))
        .unwrap();
    let all = training.baselines().unwrap();
    assert_eq!(all[0].score, 0);
    training.reset().unwrap();
    assert_eq!(
        training.baselines().unwrap().len(),
        3,
        "a reset keeps baselines"
    );
    drop(training);
    let training = Training::open_in(dir.path()).unwrap();
    assert_eq!(training.baselines().unwrap(), all);
    let conn = Connection::open(training.dir().join("training.sqlite3")).unwrap();
    assert!(conn
        .execute("UPDATE neuro_baselines SET score = 9", [])
        .is_err());
    assert!(conn.execute("DELETE FROM neuro_baselines", []).is_err());
}

#[test]
fn a_schema_1_training_store_gains_the_baselines_and_keeps_its_sign_offs() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join(TRAINING_DIR).join("training.sqlite3");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    {
        let mut training = Training::open_in(dir.path()).unwrap();
        training
            .sign_off(
                &NewSignOff {
                    caregivers: vec!["Rosa".into()],
                    nurse: "Carmen".into(),
                    note: None,
                },
                now(),
            )
            .unwrap();
    }
    // Make it a schema 1 store, as issue 5 wrote it.
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TRIGGER neuro_baselines_no_update; DROP TRIGGER neuro_baselines_no_delete;
             DROP TABLE neuro_baselines; PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let mut training = Training::open_in(dir.path()).unwrap();
    assert_eq!(training.signoffs().unwrap().len(), 1);
    let five: NaiveDate = "2021-05-14".parse().unwrap();
    let b = NewNeuroBaseline {
        scale: NeuroScale::Capd,
        items: vec![4, 4, 4, 4, 0, 0, 0, 0],
        nurse: "Carmen".into(),
        taken_at: now(),
    };
    training.record_baseline(&b, five, now()).unwrap();
    let v: i64 = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 2);
}
