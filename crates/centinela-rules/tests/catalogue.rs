//! The one catalogue (issue 17): both languages hold the same messages with the same
//! variables, every file in `locales/` is compiled in, and every message the engine names exists.

use std::collections::{BTreeMap, BTreeSet};

use centinela_rules::catalogue::{self, FILES};
use centinela_rules::reading::{PumpStatus, Symptom};
use centinela_rules::vocab::{Action, Concern, Language, ReminderKind};
use fluent_syntax::ast;

const LOCALES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales");

/// Each message's id → the variables and messages it refers to.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    let mut out = BTreeMap::new();
    for entry in res.body {
        if let ast::Entry::Message(m) = entry {
            let mut refs = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_refs(p, &mut refs);
            }
            out.insert(m.id.name.to_string(), refs);
        }
    }
    out
}

fn pattern_refs(p: &ast::Pattern<&str>, refs: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_refs(expression, refs);
        }
    }
}

fn expression_refs(e: &ast::Expression<&str>, refs: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            // A selector is grammar (Spanish "a la 1" / "a las 2"): each language picks its own.
            let mut own = BTreeSet::new();
            inline_refs(selector, &mut own);
            refs.extend(own.into_iter().filter(|r| !r.starts_with('$')));
            for v in variants {
                pattern_refs(&v.value, refs);
            }
        }
        ast::Expression::Inline(i) => inline_refs(i, refs),
    }
}

fn inline_refs(i: &ast::InlineExpression<&str>, refs: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            refs.insert(format!("${}", id.name));
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_refs(expression, refs),
        _ => {}
    }
}

fn folder_files(lang: Language) -> BTreeSet<String> {
    let dir = format!("{LOCALES}/{}", catalogue::folder(lang));
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect()
}

fn all_messages(lang: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (l, name, text) in FILES {
        if l == lang {
            for (id, refs) in messages(text) {
                assert!(all.insert(id.clone(), refs).is_none(), "{name}: {id} twice");
            }
        }
    }
    all
}

#[test]
fn every_file_in_locales_is_compiled_in_for_both_languages() {
    for lang in [Language::En, Language::Es] {
        let compiled: BTreeSet<String> = FILES
            .iter()
            .filter(|(l, _, _)| *l == lang)
            .map(|(_, n, _)| n.to_string())
            .collect();
        assert_eq!(
            compiled,
            folder_files(lang),
            "locales/{}",
            catalogue::folder(lang)
        );
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_variables() {
    let (en, es) = (all_messages(Language::En), all_messages(Language::Es));
    let only = |a: &BTreeMap<String, _>, b: &BTreeMap<String, _>| -> Vec<String> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    };
    assert_eq!(only(&en, &es), Vec::<String>::new(), "only in English");
    assert_eq!(only(&es, &en), Vec::<String>::new(), "only in Spanish");
    let vars = |refs: &BTreeSet<String>| -> BTreeSet<String> {
        refs.iter()
            .filter(|r| r.starts_with('$'))
            .cloned()
            .collect()
    };
    let differ: Vec<&String> = en
        .keys()
        .filter(|k| vars(&en[*k]) != vars(&es[*k]))
        .collect();
    assert!(differ.is_empty(), "different variables: {differ:?}");
    // A reference to another message must resolve in the same language.
    for (lang, msgs) in [("en", &en), ("es", &es)] {
        for (id, refs) in msgs {
            for r in refs.iter().filter(|r| !r.starts_with('$')) {
                assert!(msgs.contains_key(r), "{lang}: {id} refers to missing {r}");
            }
        }
    }
}

#[test]
fn the_spanish_is_not_the_english_copied() {
    // Names and codes that are the same in both languages.
    const SAME: [&str; 6] = [
        "app-name",
        "lang-en",
        "lang-es",
        "call-amount-temperature",
        "setup-unitC",
        "setup-unitF",
    ];
    let en = all_messages(Language::En);
    let copied: Vec<&String> = en
        .keys()
        .filter(|id| !SAME.contains(&id.as_str()))
        .filter(|id| {
            let (e, s) = (
                catalogue::words(Language::En, id, &[]),
                catalogue::words(Language::Es, id, &[]),
            );
            e == s && e.chars().any(|c| c.is_alphabetic()) && !e.starts_with('{')
        })
        .collect();
    // Pure templates ("{ $a } { $b }") are the same by nature; everything else is words.
    let copied: Vec<&&String> = copied
        .iter()
        .filter(|id| catalogue::words(Language::En, id, &[]).contains(' '))
        .collect();
    assert!(copied.is_empty(), "copied: {copied:?}");
}

#[test]
fn every_message_the_engine_builds_from_a_code_exists() {
    let mut ids: Vec<String> = Vec::new();
    ids.extend(Symptom::ALL.iter().map(|s| format!("symptom-{}", s.code())));
    ids.extend(
        PumpStatus::ALL
            .iter()
            .map(|p| format!("pump-sentence-{}", p.code())),
    );
    ids.extend(
        PumpStatus::ALL
            .iter()
            .filter(|p| **p != PumpStatus::Running)
            .map(|p| format!("reason-pump_{}", p.code())),
    );
    for a in [
        Action::Routine,
        Action::CallToday,
        Action::CallNow,
        Action::Emergency,
    ] {
        ids.push(format!("advice-{}", a.code()));
        ids.push(format!("action-{}", a.code()));
    }
    for k in ReminderKind::ALL {
        ids.push(format!("reminder-title-{}", k.code()));
        ids.push(format!("reminder-body-{}", k.code()));
    }
    for c in [
        Concern::SoundMuted,
        Concern::SoundLow {
            volume_percent: 1,
            limit_percent: 2,
        },
        Concern::NotificationsHidden,
        Concern::BatteryAlarm { percent: 1 },
        Concern::BatteryLow { percent: 1 },
        Concern::UnpluggedAtNight,
        Concern::StartAtLoginOff,
    ] {
        ids.push(format!("concern-title-{}", c.code()));
        ids.push(format!("concern-advice-{}", c.code()));
    }
    ids.extend((1..=7).map(|d| format!("weekday-short-{d}")));
    for lang in [Language::En, Language::Es] {
        let missing: Vec<&String> = ids.iter().filter(|id| !catalogue::has(lang, id)).collect();
        assert!(missing.is_empty(), "{lang:?}: {missing:?}");
    }
}

#[test]
fn every_message_id_written_in_the_rules_code_exists() {
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let en = all_messages(Language::En);
    // The first part of every id ("call", "advice", …): a literal starting so is an id.
    let prefixes: BTreeSet<&str> = en.keys().filter_map(|id| id.split('-').next()).collect();
    let mut named = BTreeSet::new();
    for entry in std::fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            let code = std::fs::read_to_string(&path).unwrap();
            for literal in code.split('"').skip(1).step_by(2) {
                let kebab = literal.contains('-')
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                if kebab && prefixes.contains(literal.split('-').next().unwrap()) {
                    named.insert(literal.to_string());
                }
            }
        }
    }
    assert!(named.len() > 20, "found {named:?}");
    let missing: Vec<&String> = named
        .iter()
        // A prefix the code completes with a code ("concern-title-" + "sound_low") counts when
        // some message starts with it.
        .filter(|id| {
            !catalogue::has(Language::En, id)
                && !en.keys().any(|k| k.starts_with(&format!("{id}-")))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "named in src/ but not in the catalogue: {missing:?}"
    );
}

#[test]
fn plurals_and_times_follow_each_language() {
    use centinela_rules::messages::{call_time, format_age, reminders_group};
    use centinela_rules::patient::Age;
    use centinela_rules::vocab::Wake;
    let age = |years, months, days| Age {
        years,
        months,
        days,
    };
    assert_eq!(format_age(Language::Es, age(1, 12, 365)), "1\u{a0}año");
    assert_eq!(format_age(Language::Es, age(0, 1, 40)), "1\u{a0}mes");
    assert_eq!(format_age(Language::Es, age(0, 2, 70)), "2\u{a0}meses");
    assert_eq!(format_age(Language::En, age(0, 0, 1)), "1\u{a0}day");
    let one = reminders_group(1, Wake::Running);
    assert_eq!(
        (one.en.as_str(), one.es.as_str()),
        ("1 reminder is due", "1 recordatorio pendiente")
    );
    let two = reminders_group(2, Wake::Started);
    assert!(
        two.es.starts_with("2 recordatorios vencieron"),
        "{}",
        two.es
    );
    let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
    let t = call_time(at("2026-11-20T13:05:00-06:00"), false);
    assert_eq!(
        (t.en.as_str(), t.es.as_str()),
        ("at 1:05 PM", "a la 1:05 p.m.")
    );
    let t = call_time(at("2026-11-20T20:00:00-06:00"), true);
    assert_eq!(
        (t.en.as_str(), t.es.as_str()),
        ("on Fri at 8:00 PM", "el vie a las 8:00 p.m.")
    );
}

#[test]
fn a_sentence_ending_on_p_m_has_one_full_stop() {
    assert_eq!(
        catalogue::one_full_stop("el último el lun 7 de dic, 12:04 p.m.."),
        "el último el lun 7 de dic, 12:04 p.m."
    );
    assert_eq!(
        catalogue::one_full_stop("Done at 9 a.m.. Next"),
        "Done at 9 a.m. Next"
    );
    assert_eq!(catalogue::one_full_stop("at 2:05 PM."), "at 2:05 PM.");
}
