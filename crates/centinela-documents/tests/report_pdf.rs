//! The clinic report, read back the way a nurse (or a screen reader) would: a real diary
//! in a temporary folder, written through the public API with an injected clock, then the
//! PDF through poppler's `pdftotext` and `pdfinfo`.

use centinela_core::assessment::{heart_rate_upper_limit, systolic_lower_limit};
use centinela_core::diary::{ClosedBy, Diary, Language, Reminder, ReminderState, StoreError};
use centinela_core::messages::{reminder_body, reminder_title};
use centinela_core::reminder::{ReminderKind, Wake};
use centinela_core::{Action, PumpStatus, Reading};
use centinela_documents::report::{
    diary_report_document, diary_report_pdf, is_missed, missed_reminders, MISSED_AFTER_MINUTES,
};
use chrono::{DateTime, Duration, FixedOffset};
use chrono_tz::America::Mexico_City;
use tempfile::TempDir;

#[path = "common/report_fixture.rs"]
mod fixture;
use fixture::*;

#[test]
fn english_report_has_the_child_the_course_corrections_alerts_and_missed_reminders() {
    let f = family("C", "es");
    // The family reads Spanish; the nurse asks for English.
    let text = report(&f.diary, Some(Language::En));
    let raw = &text.raw;
    assert!(text.pages.len() >= 2, "{raw}");

    // The header.
    has(&text, "Clinic report: Sofía Ramírez López");
    has(&text, "Mon, Nov 25, 2019 (age 6 years)");
    has(&text, "21.5 kg");
    has(&text, "Fever limit (care plan) 38.0 °C (100.4 °F)");
    has(&text, "Thu, Nov 19, 2026, 12:00 PM");
    has(&text, centinela_core::assessment::RULES_VERSION);
    has(&text, "UTC-06:00");

    // The course.
    has(&text, "Today Day 2 of 21 (close-watch day)");
    has(&text, "Start (day 1) Wed, Nov 18, 2026");
    has(&text, "day 8, Wed, Nov 25, 2026");
    has(&text, "Enfermera Ruth");
    has(&text, "Line blocked, nurse on the way");
    has(&text, "Thu, Nov 19, 2026, 9:30 AM");
    has(&text, "1 h 30 min");
    has(&text, "Bags put on");
    assert!(!raw.contains("hung") && !raw.contains("Hung"), "{raw}");

    // The summary: the last reading is "on" a date.
    assert!(raw.contains("; the last on "), "{raw}");

    // The charts, with the fever limit and the age limits (it changes on her birthday).
    has(&text, "Temperature, °C");
    has(&text, "Fever limit (care plan): 38.0 °C");
    let before = systolic_lower_limit(age_on("2026-11-24"));
    let after = systolic_lower_limit(age_on("2026-11-25"));
    assert_eq!((before, after), (82.0, 84.0), "the fixture's birthday");
    has(
        &text,
        &format!("Low for age: below {before:.0} mmHg, {after:.0} mmHg from Wed, Nov 25, 2026"),
    );
    let hr = heart_rate_upper_limit(age_on("2026-11-19"));
    has(&text, &format!("Fast for age: above {hr:.0} a minute"));
    has(&text, "Day of the course (top) and date");

    // The correction: the original in its row, then its correction, with who, when, why.
    let corrected = pos(raw, "Corrected 39.8 °C");
    let note = pos(
        raw,
        &format!("Corrected by Lupita on Wed, Nov 18, 2026, 2:10 PM. Reason: “{REASON}”"),
    );
    let correction = pos(raw, "Correction 38.9 °C");
    assert!(corrected < note && note < correction, "{raw}");

    // The alerts: acknowledged with what the team said, and one left open.
    assert_eq!(f.acknowledged.action, Action::CallNow);
    has(&text, "By Lupita, Wed, Nov 18, 2026, 2:30 PM");
    has(&text, &format!("The team said: “{TEAM_SAID}”"));
    let words = match f.open.action {
        Action::Emergency => "Emergency",
        Action::CallNow => "Call the team now",
        Action::CallToday => "Tell the team today",
        Action::Routine => unreachable!("an alert is never routine"),
    };
    has(&text, &format!("A2 Wed, Nov 18, 2026, 6:00 PM {words}"));
    has(&text, "Not acknowledged");
    has(&text, "Blood pressure is low for the child's age.");
    // The reading that raised it points at it, in words.
    has(
        &text,
        &format!("6:00 PM 37.2 °C 78/50 125 – Mild headache Running normally {words} (A2)"),
    );

    // The missed reminder: the reading due at 22:00, entered at 23:30.
    has(&text, "Time for a reading Wed, Nov 18, 2026, 10:00 PM Reading entered Wed, Nov 18, 2026, 11:30 PM (1 h 30 min after its time)");
    // The premedication reminder was confirmed on time: not listed.
    assert!(!raw.contains("Tomorrow the infusion starts"), "{raw}");

    // Numbered pages.
    let n = text.pages.len();
    for (i, page) in text.pages.iter().enumerate() {
        assert!(page.contains(&format!("Page {} of {n}", i + 1)), "{page}");
    }
}

#[test]
fn spanish_report_reads_back_with_its_accents() {
    let f = family("C", "es");
    // No language asked: the family's.
    let text = report(&f.diary, None);
    has(&text, "Informe clínico: Sofía Ramírez López");
    has(&text, "lun 25 de nov de 2019 (6 años)");
    has(
        &text,
        "Límite de fiebre (plan de cuidados) 38.0 °C (100.4 °F)",
    );
    has(&text, "Hoy Día 2 de 21 (día de vigilancia estrecha)");
    has(&text, "Gráficas");
    has(&text, "Temperatura, °C");
    has(
        &text,
        "Baja para la edad: menor de 82 mmHg, 84 mmHg desde el mié 25 de nov de 2026",
    );
    has(&text, "Presión arterial sistólica, mmHg");
    has(&text, "Día del ciclo (arriba) y fecha");
    // "Registro" is masculine: a corrected one is "corregido".
    has(&text, "Corregido 39.8 °C");
    has(
        &text,
        &format!("Corregido por Lupita el mié 18 de nov de 2026, 2:10 p.m. Motivo: “{REASON}”"),
    );
    assert!(!text.raw.contains("Corregida"), "{}", text.raw);
    assert!(
        !text.raw.contains("p.m.."),
        "one full stop after p.m.: {}",
        text.raw
    );
    has(&text, "Corrección 38.9 °C");
    has(&text, "Por Lupita, mié 18 de nov de 2026, 2:30 p.m.");
    has(&text, &format!("El equipo dijo: “{TEAM_SAID}”"));
    has(&text, "Sin atender");
    has(&text, "Llame al equipo ahora");
    has(&text, "Dolor de cabeza leve");
    has(&text, "Interrupciones de la infusión");
    // The course is "el ciclo"; what the engine raises is "una alerta".
    has(&text, "El ciclo");
    has(&text, "; el último el ");
    assert!(!text.raw.contains("tratamiento"), "{}", text.raw);
    assert!(!text.raw.to_lowercase().contains("aviso"), "{}", text.raw);
    has(&text, "Es hora de tomar los signos mié 18 de nov de 2026, 10:00 p.m. Registro anotado el mié 18 de nov de 2026, 11:30 p.m. (1 h 30 min después de su hora)");
    let n = text.pages.len();
    assert!(text.pages[0].contains(&format!("Página 1 de {n}")));
}

#[test]
fn fahrenheit_families_read_fahrenheit() {
    let f = family("F", "en");
    let text = report(&f.diary, None);
    has(&text, "Fever limit (care plan) 100.4 °F (38.0 °C)");
    has(&text, "Temperature, °F");
    has(&text, "Fever limit (care plan): 100.4 °F");
    // 39.8 °C typed, corrected to 38.9 °C.
    has(&text, "Corrected 103.6 °F");
    has(&text, "Correction 102.0 °F");
    assert!(!text.raw.contains("39.8 °C"), "{}", text.raw);
}

// ---- the "missed" rule at its boundary ------------------------------------------------------

fn reminder(kind: ReminderKind, due: DateTime<FixedOffset>) -> Reminder {
    Reminder {
        id: 1,
        kind,
        subject_id: 0,
        due_at: due,
        state: ReminderState::Delivered,
        deliveries: 1,
        first_delivered_at: Some(due),
        acknowledged_at: None,
        closed_by: None,
        acknowledged_by: None,
        can_acknowledge: kind != ReminderKind::BagDue,
        title: reminder_title(kind),
        body: reminder_body(kind),
    }
}

fn ended(mut r: Reminder, after_min: i64, by: ClosedBy) -> Reminder {
    r.state = ReminderState::Acknowledged;
    r.acknowledged_at = Some(r.due_at + Duration::minutes(after_min));
    r.closed_by = Some(by);
    r
}

#[test]
fn a_reminder_is_missed_when_not_dealt_with_within_the_hour() {
    use ReminderKind::*;
    assert_eq!(MISSED_AFTER_MINUTES, 60);
    let due = at("2026-11-18 22:00");
    let m = Duration::minutes;
    for kind in [ReadingDue, BagDue, PremedicationStart, PremedicationStepUp] {
        let open = reminder(kind, due);
        // Still open: on time up to the hour, missed after it.
        assert!(!is_missed(&open, due + m(59)), "{kind:?}");
        assert!(!is_missed(&open, due + m(60)), "{kind:?}");
        assert!(is_missed(&open, due + m(61)), "{kind:?}");
        // Ended: judged by when, whatever the report's time.
        let late_now = due + m(600);
        assert!(!is_missed(
            &ended(open.clone(), 59, ClosedBy::Reading),
            late_now
        ));
        assert!(!is_missed(
            &ended(open.clone(), 60, ClosedBy::NewBag),
            late_now
        ));
        assert!(is_missed(
            &ended(open.clone(), 61, ClosedBy::Family),
            late_now
        ));
        // Ended by the course ending: judged by when, like the others.
        for (after, missed) in [(5, false), (60, false), (61, true)] {
            assert_eq!(
                is_missed(&ended(open.clone(), after, ClosedBy::CourseEnded), late_now),
                missed,
                "{kind:?} ended by the course {after} min after its time"
            );
        }
    }
    // The overdue alarm always counts; the heads-up and the long pause never do.
    assert!(is_missed(
        &ended(reminder(BagOverdue, due), 1, ClosedBy::NewBag),
        due + m(1)
    ));
    assert!(!is_missed(&reminder(BagHeadsUp, due), due + m(600)));
    assert!(!is_missed(&reminder(LongPause, due), due + m(600)));

    let list = [
        reminder(ReadingDue, due),
        ended(reminder(BagDue, due), 59, ClosedBy::NewBag),
        reminder(BagHeadsUp, due),
    ];
    let missed = missed_reminders(&list, due + m(61));
    assert_eq!(
        missed.iter().map(|r| r.kind).collect::<Vec<_>>(),
        [ReadingDue]
    );
}

/// A bag due at 09:00 on day 3 is changed `late` minutes after; the report is made at
/// `report_at` minutes after.
fn bag_changed_late(late: Option<i64>, report_at: i64) -> (Vec<Reminder>, Text) {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    diary
        .save_setup(&setup("C", "en"), at("2026-11-17 12:00"))
        .unwrap();
    let hung = at("2026-11-18 09:00");
    diary.log_bag(&bag(hung), None, hung).unwrap();
    let due = at("2026-11-20 09:00");
    let m = Duration::minutes;
    // The laptop was awake at the due time only: no overdue alarm was stored.
    diary
        .run_reminders(due, &Mexico_City, Wake::Running)
        .unwrap();
    if let Some(late) = late {
        let t = due + m(late);
        diary.log_bag(&bag(t), Some("Ruth"), t).unwrap();
    }
    let now = due + m(report_at);
    let bag_due: Vec<Reminder> = diary
        .reminders_between(due, due)
        .unwrap()
        .into_iter()
        .filter(|r| r.kind == ReminderKind::BagDue)
        .collect();
    assert_eq!(bag_due.len(), 1);
    let pdf = diary_report_pdf(&diary, now, None).unwrap().unwrap();
    (
        bag_due.into_iter().filter(|r| is_missed(r, now)).collect(),
        read_back(&pdf),
    )
}

#[test]
fn a_bag_changed_59_minutes_late_is_on_time_61_is_missed() {
    let (missed, text) = bag_changed_late(Some(59), 600);
    assert!(missed.is_empty());
    assert!(!text.raw.contains("Time to change the infusion bag"));

    let (missed, text) = bag_changed_late(Some(61), 600);
    assert_eq!(missed.len(), 1);
    assert_eq!(missed[0].closed_by, Some(ClosedBy::NewBag));
    has(
        &text,
        "Time to change the infusion bag Fri, Nov 20, 2026, 9:00 AM New bag logged Fri, Nov 20, 2026, 10:01 AM (1 h 01 min after its time)",
    );

    // Not changed yet: on time at 59 minutes, missed at 61, still open.
    let (missed, _) = bag_changed_late(None, 59);
    assert!(missed.is_empty());
    let (missed, text) = bag_changed_late(None, 61);
    assert_eq!(missed.len(), 1);
    has(
        &text,
        "Time to change the infusion bag Fri, Nov 20, 2026, 9:00 AM Still open at this report (1 h 01 min after its time)",
    );
}

/// The last bag of the course (it ends 8 Dec) is due at `due`; the laptop is awake then
/// and at midnight, when the course ends and closes it. The report is made next morning.
fn last_bag_due_at(due: &str) -> (Vec<Reminder>, Text) {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    diary
        .save_setup(&setup("C", "en"), at("2026-11-17 12:00"))
        .unwrap();
    let due = at(due);
    let hung = due - Duration::hours(48);
    diary.log_bag(&bag(hung), None, hung).unwrap();
    diary
        .run_reminders(due, &Mexico_City, Wake::Running)
        .unwrap();
    let midnight = at("2026-12-09 00:00");
    diary
        .run_reminders(midnight, &Mexico_City, Wake::Running)
        .unwrap();
    let bag_due: Vec<Reminder> = diary
        .reminders_between(due, due)
        .unwrap()
        .into_iter()
        .filter(|r| r.kind == ReminderKind::BagDue)
        .collect();
    assert_eq!(bag_due.len(), 1);
    assert_eq!(bag_due[0].closed_by, Some(ClosedBy::CourseEnded));
    assert_eq!(bag_due[0].acknowledged_at, Some(midnight));
    let now = at("2026-12-09 09:00");
    let pdf = diary_report_pdf(&diary, now, None).unwrap().unwrap();
    (
        bag_due.into_iter().filter(|r| is_missed(r, now)).collect(),
        read_back(&pdf),
    )
}

#[test]
fn a_bag_due_just_before_the_course_ends_is_judged_by_when_it_ended() {
    let title = reminder_title(ReminderKind::BagDue).en;
    // Due 23:30, closed at midnight by the course end: 30 minutes, on time.
    let (missed, text) = last_bag_due_at("2026-12-08 23:30");
    assert!(missed.is_empty());
    assert!(!text.raw.contains(&title), "{}", text.raw);

    // Due 22:59: still open 61 minutes later, missed.
    let (missed, text) = last_bag_due_at("2026-12-08 22:59");
    assert_eq!(missed.len(), 1);
    has(
        &text,
        &format!(
            "{title} Tue, Dec 8, 2026, 10:59 PM Still open when the course ended, \
             Wed, Dec 9, 2026, 12:00 AM (1 h 01 min after its time)"
        ),
    );
    // The rule as printed no longer lists every reminder the course end closed.
    has(&text, "whatever ended it");
    assert!(!text.raw.contains("or was still open when the course ended"));
}

/// A bag due at 09:00 on day 3; the laptop is awake at 09:00 and at 09:30, when the
/// overdue alarm goes off; a new bag is logged `changed` minutes after 09:00 (if at all).
fn bag_overdue(changed: Option<i64>, report_at: i64, lang: &str) -> Text {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    diary
        .save_setup(&setup("C", lang), at("2026-11-17 12:00"))
        .unwrap();
    let hung = at("2026-11-18 09:00");
    diary.log_bag(&bag(hung), None, hung).unwrap();
    let due = at("2026-11-20 09:00");
    let m = Duration::minutes;
    for t in [due, due + m(30)] {
        diary.run_reminders(t, &Mexico_City, Wake::Running).unwrap();
    }
    if let Some(changed) = changed {
        let t = due + m(changed);
        diary.log_bag(&bag(t), Some("Ruth"), t).unwrap();
    }
    let alarm = diary.reminders_between(due + m(30), due + m(30)).unwrap();
    assert_eq!(
        alarm.iter().map(|r| r.kind).collect::<Vec<_>>(),
        [ReminderKind::BagOverdue]
    );
    let now = due + m(report_at);
    read_back(&diary_report_pdf(&diary, now, None).unwrap().unwrap())
}

#[test]
fn a_bag_overdue_alarm_counts_the_delay_from_when_the_bag_was_due() {
    let title = reminder_title(ReminderKind::BagOverdue);
    // Changed 35 minutes after it was due, 5 after the alarm: the nurse reads 35.
    let text = bag_overdue(Some(35), 600, "en");
    has(
        &text,
        &format!(
            "{} Fri, Nov 20, 2026, 9:30 AM New bag logged Fri, Nov 20, 2026, 9:35 AM \
             (35 min after the bag was due)",
            title.en
        ),
    );
    let text = bag_overdue(Some(35), 600, "es");
    has(
        &text,
        &format!(
            "{} vie 20 de nov de 2026, 9:30 a.m. Bolsa nueva registrada el vie 20 de nov de 2026, 9:35 a.m. \
             (35 min después de la hora de cambiar la bolsa)",
            title.es
        ),
    );
    // Not changed yet, an hour after it was due.
    let text = bag_overdue(None, 60, "en");
    has(
        &text,
        &format!(
            "{} Fri, Nov 20, 2026, 9:30 AM Still open at this report \
             (1 h 00 min after the bag was due)",
            title.en
        ),
    );
}

#[test]
fn a_wrong_date_corrected_does_not_stretch_the_charts() {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    diary
        .save_setup(&setup("C", "en"), at("2026-11-17 12:00"))
        .unwrap();
    let now = at("2026-11-18 10:05");
    // The year typed wrong: 2025 for 2026.
    let typo = diary
        .add_reading(
            &Reading {
                temperature: temp(36.9),
                ..Reading::at(at("2025-11-18 10:00"))
            },
            Some("Lupita"),
            now,
        )
        .unwrap();
    diary
        .amend_reading(
            typo.id,
            &Reading {
                temperature: temp(36.9),
                ..Reading::at(at("2026-11-18 10:00"))
            },
            "wrong year",
            "Lupita",
            now,
        )
        .unwrap();
    let text = report(&diary, None);
    // The original is still in the table, under its own (wrong) day.
    has(&text, "Tue, Nov 18, 2025");
    // The charts cover the course, 18 Nov to 8 Dec: no date label from another month.
    for month in [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
    ] {
        assert!(
            !text.raw.contains(&format!(" {month}")),
            "{month} on a chart:\n{}",
            text.raw
        );
    }
    has(&text, "18 Nov");
    has(&text, "Dec 8");
    // Nor an age limit from the wrong year in the chart captions.
    has(
        &text,
        "Low for age: below 82 mmHg, 84 mmHg from Wed, Nov 25, 2026 Systolic",
    );
}

// ---- edge cases ----------------------------------------------------------------------------

#[test]
fn a_diary_with_no_readings_still_makes_a_report() {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    let mut s = setup("C", "en");
    s.course = None;
    diary.save_setup(&s, at("2026-11-17 12:00")).unwrap();
    let text = report(&diary, None);
    assert_eq!(text.pages.len(), 1, "{}", text.raw);
    has(&text, "Clinic report: Sofía Ramírez López");
    has(&text, "no course entered yet");
    has(&text, "No bag logged yet.");
    has(&text, "No interruptions.");
    has(&text, "No temperature readings yet");
    has(&text, "No blood pressure readings yet");
    has(&text, "No pulse readings yet");
    has(&text, "No alerts were raised.");
    has(&text, "No reminders were missed.");
    has(&text, "No readings yet.");
    has(&text, "Page 1 of 1");
}

#[test]
fn a_diary_without_setup_has_no_report() {
    let dir = TempDir::new().unwrap();
    let diary = Diary::open_in(dir.path()).unwrap();
    assert!(matches!(
        diary_report_pdf(&diary, report_time(), Some(Language::En)),
        Ok(None)
    ));
}

#[test]
fn an_open_interruption_is_still_paused() {
    let f = family("C", "en");
    let mut diary = f.diary;
    diary
        .pause_infusion(
            "Pump alarm, waiting for the team",
            None,
            at("2026-11-19 10:00"),
        )
        .unwrap();
    let text = report(&diary, None);
    has(
        &text,
        "Thu, Nov 19, 2026, 10:00 AM Still paused 2 h 00 min so far Pump alarm, waiting for the team",
    );
    has(
        &text,
        "The infusion is paused now, since Thu, Nov 19, 2026, 10:00 AM",
    );
}

#[test]
fn three_weeks_of_readings_paginate_with_the_table_header_on_every_page() {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    diary
        .save_setup(&setup("C", "en"), at("2026-11-17 12:00"))
        .unwrap();
    let start = at("2026-11-18 08:00");
    let step = Duration::minutes(100); // 300 readings over about 21 days
    for i in 0..300 {
        let t = start + step * i;
        let wave = (i as f64 / 7.0).sin();
        diary
            .add_reading(
                &Reading {
                    temperature: temp(((37.2 + 0.9 * wave) * 10.0).round() / 10.0),
                    systolic_mmhg: Some((96.0 + 12.0 * wave).round()),
                    diastolic_mmhg: Some(60.0),
                    heart_rate_bpm: Some((110.0 - 15.0 * wave).round()),
                    spo2_percent: Some(97.0),
                    symptoms: Some(vec![]),
                    pump: Some(PumpStatus::Running),
                    ..Reading::at(t)
                },
                None,
                t,
            )
            .unwrap();
    }
    let now = start + step * 300;
    let doc = diary_report_document(&diary, now, None).unwrap().unwrap();
    assert!(doc.uncovered_chars().is_empty());
    let text = read_back(&diary_report_pdf(&diary, now, None).unwrap().unwrap());
    assert!(text.pages.len() > 3, "{} pages", text.pages.len());

    // Every page from the one the table starts on repeats its header row.
    let first = text
        .pages
        .iter()
        .position(|p| p.contains("Every reading"))
        .expect("the table's heading");
    assert!(first + 1 < text.pages.len(), "the table spans pages");
    for (i, page) in text.pages.iter().enumerate().skip(first) {
        // The header is the first thing on a continued page (its titles may wrap).
        let top: String = page.lines().take(3).collect::<Vec<_>>().join("\n");
        let top = if i == first {
            page.as_str()
        } else {
            top.as_str()
        };
        for col in [
            "Time", "Temp.", "BP", "mmHg", "Pulse", "SpO₂", "Signs", "Pump", "Alert",
        ] {
            assert!(top.contains(col), "{col} missing on page {}:\n{top}", i + 1);
        }
    }
    // Every day has its band (the last reading falls the day after the course), and every
    // reading is a row: each says its pump was running.
    for day in 1..=21 {
        has(&text, &format!("Day {day} of 21 · "));
    }
    let last = start + step * 299;
    assert_eq!(last, at("2026-12-09 02:20"));
    let last_page = text.pages.last().unwrap();
    assert!(
        last_page.contains("Wed, Dec 9, 2026") && last_page.contains("2:20 AM"),
        "{last_page}"
    );
    assert_eq!(text.raw.matches(" Running normally").count(), 300);

    // The charts are drawn, labelled and captioned on the pages.
    for words in [
        "Temperature, °C",
        "Systolic blood pressure, mmHg",
        "Pulse, beats a minute",
        "Pulse (beats a minute)",
        "Day of the course (top) and date",
        "Temperature (°C)",
        "Systolic (mmHg)",
    ] {
        has(&text, words);
    }
    assert!(!text.raw.contains("No temperature readings yet"));
}

#[test]
fn store_errors_are_not_swallowed() {
    // A report of a diary that cannot be read is an error, not an empty report.
    let dir = TempDir::new().unwrap();
    let diary = Diary::open_in(dir.path()).unwrap();
    diary
        .connection()
        .execute_batch(
            "INSERT INTO patient (id, name, birth_date, updated_at)
             VALUES (1, 'X', '2026-13-45', '2026-11-17T12:00:00-06:00')",
        )
        .unwrap();
    assert!(matches!(
        diary_report_pdf(&diary, report_time(), None),
        Err(StoreError::Corrupt { .. })
    ));
}
