//! The printable documents, read back the way a person (or a screen reader) would: the
//! PDF bytes go through poppler's `pdftotext` and `pdfinfo`.

use std::path::Path;

use centinela_core::assessment::{heart_rate_upper_limit, systolic_lower_limit};
use centinela_core::bag::BagDuration;
use centinela_core::diary::{Language, Setup};
use centinela_core::files::write_atomic;
use centinela_core::messages::{pump_text, symptom_text};
use centinela_core::{Action, Age, PumpStatus, Symptom, TempUnit};
use centinela_documents::checklist::{checklist_document, checklist_pdf, ChecklistInput};
use centinela_documents::training_record::{training_record_pdf, TrainingRecordDoc};
use chrono::{DateTime, FixedOffset};

#[path = "common/checklist_fixture.rs"]
mod fixture;
use fixture::*;

fn render(
    setup: &Setup,
    lang: Language,
    due: Option<DateTime<FixedOffset>>,
) -> (String, String, usize) {
    let input = ChecklistInput {
        setup,
        next_bag_due: due,
        bag_duration: Some(BagDuration::H48),
        today: today(),
        lang,
    };
    let doc = checklist_document(&input);
    assert!(
        doc.uncovered_chars().is_empty(),
        "characters missing from the embedded fonts: {:?}",
        doc.uncovered_chars()
    );
    read_back(&checklist_pdf(&input))
}

fn pos(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not found in:\n{haystack}"))
}

/// Group headings in reading order, and a sign of each group after its own heading and
/// before the next one.
fn assert_grouped(raw: &str, lang: Language) {
    let heading = |en: &str, es: &str| match lang {
        Language::En => en.to_uppercase(),
        Language::Es => es.to_uppercase(),
    };
    let groups = [
        (Action::Emergency, heading("Emergency", "Emergencia")),
        (
            Action::CallNow,
            heading("Call the team now", "Llame al equipo ahora"),
        ),
        (
            Action::CallToday,
            heading("Tell the team today", "Avise al equipo hoy"),
        ),
        (Action::Routine, heading("All fine", "Todo bien")),
    ];
    // A box that goes on in the next column repeats its heading there, which the text
    // extraction puts in the middle of the line that was cut: keep only the first one.
    let mut flat = raw.to_string();
    for (_, h) in &groups {
        if let Some(first) = flat.find(h.as_str()) {
            let end = first + h.len();
            let rest = flat[end..].replace(&format!(" {h} "), " ");
            flat = format!("{}{rest}", &flat[..end]);
        }
    }
    let raw = flat.as_str();
    let starts: Vec<usize> = groups.iter().map(|(_, h)| pos(raw, h)).collect();
    assert!(
        starts.windows(2).all(|w| w[0] < w[1]),
        "groups out of order"
    );
    let words = |s: Symptom| {
        let t = symptom_text(s);
        match lang {
            Language::En => t.en,
            Language::Es => t.es,
        }
    };
    for (i, (action, _)) in groups.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(raw.len());
        for s in Symptom::ALL.iter().filter(|s| s.action() == *action) {
            let at = pos(raw, &words(*s));
            assert!(
                at > starts[i] && at < end,
                "{s:?} is not in the {action:?} group"
            );
        }
    }
    // Pump problems are call-now.
    let pump = match lang {
        Language::En => pump_text(PumpStatus::Leaking).en,
        Language::Es => pump_text(PumpStatus::Leaking).es,
    };
    let at = pos(raw, &pump);
    assert!(at > starts[1] && at < starts[2]);
}

#[test]
fn english_checklist_has_the_contacts_limits_and_groups_on_one_page() {
    let s = setup();
    let due = t("2026-11-22T14:30:00-06:00");
    let (layout, raw, pages) = render(&s, Language::En, Some(due));
    assert_eq!(pages, 1, "{layout}");
    assert!(
        raw.contains("Sofía: what to watch for and who to call"),
        "{raw}"
    );
    for c in &s.contacts {
        assert!(layout.contains(&c.phone), "phone {} missing", c.phone);
        if !c.name.is_empty() {
            assert!(raw.contains(&c.name), "name {} missing", c.name);
        }
    }
    // Care rules v2 §7: the emergency number first, in the emergency box; the team's ladder
    // (the 24/7 line first even though it is stored third) in the call-now box.
    let emergency_box = pos(&raw, "EMERGENCY");
    let call_now_box = pos(&raw, "CALL THE TEAM NOW");
    let in_emergency: Vec<usize> = [
        "1. Emergency number",
        "2. Emergency department: Urgencias Hospital Ángeles (Av. Insurgentes Sur 3700)",
    ]
    .iter()
    .map(|n| pos(&raw, n))
    .collect();
    assert!(emergency_box < in_emergency[0] && in_emergency[0] < in_emergency[1]);
    assert!(in_emergency[1] < call_now_box, "{raw}");
    let ladder: Vec<usize> = [
        "1. The team's 24-hour phone: Oncología pediátrica, Hospital Infantil",
        "2. Second contact: Dra. Begoña Núñez",
        "3. Second contact: Abuela Rocío",
    ]
    .iter()
    .map(|n| pos(&raw, n))
    .collect();
    assert!(call_now_box < ladder[0], "{raw}");
    assert!(ladder.windows(2).all(|w| w[0] < w[1]), "{raw}");
    assert!(
        !raw.contains("in this order"),
        "no single list mixing both ladders"
    );
    // The emergency has no waiting step; call now has the 10 minutes.
    assert!(!raw[..call_now_box].contains("10 minutes"));
    assert!(raw[call_now_box..].contains("picks up or calls back within 10 minutes"));

    // The limits for a 6-year-old today, from the engine.
    let age = Age::on(s.patient.birth_date, today()).unwrap();
    assert_eq!(age.years, 6);
    let sys = systolic_lower_limit(age);
    assert_eq!(sys, 82.0);
    assert!(
        raw.contains("Temperature 38.0 °C (100.4 °F) or more"),
        "{raw}"
    );
    assert!(raw.contains(&format!("Low blood pressure (top number below {sys:.0})")));
    assert!(raw.contains(&format!(
        "Pulse above {:.0} beats a minute",
        heart_rate_upper_limit(age)
    )));
    assert!(raw.contains("Oxygen (SpO₂) below 92%"));
    assert!(raw.contains("Oxygen (SpO₂) below 90%"));
    assert!(raw.contains("6 years"));
    // Low pressure with shock signs is an emergency, the engine's list in words.
    let shock = pos(
        &raw,
        &format!("Low blood pressure (top number below {sys:.0}) and any of:"),
    );
    for sign in [
        "much sleepier than usual, hard to keep awake",
        "dizzy, light-headed, or fainted",
        "pale, gray or blotchy skin; cold hands and feet",
    ] {
        let at = pos(&raw[shock..], sign) + shock;
        assert!(at < call_now_box, "{sign}");
    }
    // The v2 emergencies.
    for line in [
        "possible serious infection, even with a normal blood pressure",
        "twice within 30 minutes",
        "The pulse is below 60 a minute",
        "The catheter came out, or it is cut or cracked",
    ] {
        assert!(pos(&raw, line) < call_now_box, "{line}");
    }
    assert!(pos(&raw, "Temperature below 36.0 °C (96.8 °F)") > call_now_box);
    assert!(pos(&raw, "Breathing 27 or more a minute") > call_now_box);
    assert!(raw.contains("Fever medicine can hide a fever"));
    assert!(raw.contains("A reading every 6 h, every 4 h on close-watch days"));
    assert!(raw.contains("a new bag every 48 h"));
    assert!(raw.contains("Do not change the pump settings, do not flush the line"));
    assert!(
        raw.contains("Next bag change: Sun, Nov 22, 2026, 2:30 PM"),
        "{raw}"
    );
    assert_grouped(&raw, Language::En);
    // Issue 18: the "when you call" box comes last, after the routine, in the card's order.
    let call = pos(&raw, "WHEN YOU CALL, SAY THIS");
    assert!(pos(&raw, "ALL FINE") < call, "{raw}");
    let parts: Vec<usize> = [
        "Who: Sofía, 6 years",
        "On blinatumomab at home; the course day",
        "What is happening: each sign with its value and time",
        "What you did, what Centinela advised: a repeat reading; Centinela's advice.",
    ]
    .iter()
    .map(|n| pos(&raw, n))
    .collect();
    assert!(
        call < parts[0] && parts.windows(2).all(|w| w[0] < w[1]),
        "{raw}"
    );
}

#[test]
fn spanish_checklist_extracts_with_its_accents() {
    let s = setup();
    let (layout, raw, pages) = render(&s, Language::Es, None);
    assert_eq!(pages, 1, "{layout}");
    for needle in [
        "Sofía: qué vigilar y a quién llamar",
        "1. Número de emergencias",
        "1. Teléfono de 24 horas del equipo: Oncología pediátrica, Hospital Infantil",
        "EMERGENCIA",
        "LLAME AL EQUIPO AHORA",
        "AVISE AL EQUIPO HOY",
        "TODO BIEN",
        "Temperatura de 38.0 °C (100.4 °F) o más",
        "Presión baja (número de arriba menor de 82)",
        "Pulso mayor de 130 latidos por minuto",
        "Oxigenación (SpO₂) menor de 90%",
        "Próximo cambio de bolsa: aún no anotado",
        "La medicina para la fiebre puede ocultar la fiebre",
        "No cambie la programación de la bomba, no lave la línea",
        "6 años",
        // Issue 18: the "when you call" box, in the card's order.
        "CUANDO LLAME, DIGA ESTO",
        "Quién: Sofía, 6 años",
        "Con blinatumomab en casa; día del ciclo",
        "Qué está pasando: cada señal con su valor y hora",
        "Qué hizo usted, qué aconsejó Centinela: un registro repetido; el consejo de Centinela.",
    ] {
        assert!(raw.contains(needle), "{needle:?} missing from:\n{raw}");
    }
    for c in &s.contacts {
        assert!(layout.contains(&c.phone));
    }
    assert!(raw.contains("Begoña Núñez"));
    assert_grouped(&raw, Language::Es);
}

#[test]
fn fahrenheit_family_sees_its_own_unit_first() {
    let mut s = setup();
    s.settings.temperature_unit = TempUnit::F;
    s.care_plan.fever_threshold_c = 38.5;
    let (_, raw, pages) = render(&s, Language::En, None);
    assert_eq!(pages, 1);
    assert!(
        raw.contains("Temperature 101.3 °F (38.5 °C) or more"),
        "{raw}"
    );
    assert!(raw.contains("Next bag change: not entered yet"));
}

#[test]
fn a_younger_child_gets_younger_limits() {
    let mut s = setup();
    s.patient.birth_date = "2026-03-01".parse().unwrap(); // 8 months on the day
    let (_, raw, pages) = render(&s, Language::En, None);
    assert_eq!(pages, 1);
    assert!(raw.contains("top number below 70"));
    assert!(raw.contains("Pulse above 180"));
    assert!(raw.contains("8 months"));
}

#[test]
fn long_names_and_many_contacts_still_print_everything() {
    let mut s = setup();
    let extra = s.contacts[1].clone();
    for i in 0..4 {
        let mut c = extra.clone();
        c.name = format!("Contacto adicional número {i} con un nombre bastante largo");
        c.phone = format!("55 0000 00{i:02}");
        s.contacts.push(c);
    }
    let (layout, _, pages) = render(&s, Language::Es, None);
    assert!(pages <= 2);
    for c in &s.contacts {
        assert!(layout.contains(&c.phone));
    }
}

#[test]
fn write_atomic_replaces_whole_or_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("checklist.pdf");
    write_atomic(&target, b"old").unwrap();
    write_atomic(&target, b"new content").unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), b"new content");
    let names = |p: &Path| {
        let mut v: Vec<String> = std::fs::read_dir(p)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    assert_eq!(names(dir.path()), ["checklist.pdf"], "no stray temp file");

    // Into a folder that does not exist: an error, and nothing created.
    let missing = dir.path().join("nope").join("checklist.pdf");
    assert!(write_atomic(&missing, b"x").is_err());
    assert!(!dir.path().join("nope").exists());

    // Over a directory: the rename fails, the directory stays, the temp file is removed.
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("inside"), b"keep").unwrap();
    assert!(write_atomic(&sub, b"x").is_err());
    assert!(sub.is_dir());
    assert_eq!(names(dir.path()), ["checklist.pdf", "sub"]);
}

fn record(lang: Language) -> TrainingRecordDoc {
    TrainingRecordDoc {
        lang,
        child_name: "Sofía Ramírez López".into(),
        caregivers: vec!["Guadalupe López".into(), "Martín Ramírez".into()],
        nurse: "Enf. Itzel Hernández".into(),
        signed_at: t("2026-11-17T16:05:00-06:00"),
        modules: vec![
            ("Taking the temperature".into(), true),
            ("Blood pressure and oxygen".into(), true),
            ("Signs and what to do".into(), true),
            ("The pump and the bag".into(), false),
        ],
        score_passed: 9,
        score_total: 10,
        note: Some("Practise the blood pressure cuff again at the first bag change.".into()),
    }
}

#[test]
fn training_record_names_nurse_score_and_signature_lines() {
    let (layout, raw, pages) = read_back(&training_record_pdf(&record(Language::En)));
    assert_eq!(pages, 1, "{layout}");
    for needle in [
        "Home-care training record",
        "Sofía Ramírez López",
        "Guadalupe López, Martín Ramírez",
        "Enf. Itzel Hernández",
        "Practice score 9 of 10 situations passed",
        "Tue, Nov 17, 2026, 4:05 PM",
        "The pump and the bag Not covered",
        "Practise the blood pressure cuff again",
        "Enf. Itzel Hernández — nurse",
        "Guadalupe López — caregiver",
        "Martín Ramírez — caregiver",
    ] {
        assert!(raw.contains(needle), "{needle:?} missing from:\n{raw}");
    }

    let mut es = record(Language::Es);
    es.note = None;
    let (_, raw, pages) = read_back(&training_record_pdf(&es));
    assert_eq!(pages, 1);
    for needle in [
        "Registro de capacitación para el cuidado en casa",
        "Personas capacitadas",
        "Resultado de la práctica 9 de 10 situaciones aprobadas",
        "mar 17 de nov de 2026, 4:05 p.m.",
        "Martín Ramírez — persona capacitada",
    ] {
        assert!(raw.contains(needle), "{needle:?} missing from:\n{raw}");
    }
}

/// Issue 17: each sign reads the same on the fridge sheet as on the checkbox that was
/// checked and on the result (one catalogue message per code, `symptom-<code>`).
#[test]
fn every_sign_on_the_fridge_sheet_has_the_checkbox_words() {
    use centinela_core::catalogue;
    let s = setup();
    for lang in [Language::En, Language::Es] {
        let (_, raw, _) = render(&s, lang, None);
        let flat = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        for &sign in Symptom::ALL.iter() {
            let checkbox = catalogue::words(lang, &format!("symptom-{}", sign.code()), &[]);
            assert_eq!(symptom_text(sign).get(lang), checkbox, "{sign:?}");
            assert!(
                flat.contains(&checkbox),
                "{lang:?} {sign:?}: {checkbox:?} not on the sheet"
            );
        }
    }
}
