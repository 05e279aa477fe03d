//! A family's diary (two days of a course) and the report read back with poppler,
//! shared by the documents' tests and the command line's.
#![allow(dead_code)] // each test file uses its own subset

use std::path::Path;
use std::process::Command;

use centinela_core::bag::{BagDuration, NewBag};
use centinela_core::diary::{Alert, Diary, Language, Setup};
use centinela_core::files::write_atomic;
use centinela_core::reminder::Wake;
use centinela_core::{Age, PumpStatus, Reading, Symptom, TempUnit, Temperature};
use centinela_documents::report::{diary_report_document, diary_report_pdf};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use chrono_tz::America::Mexico_City;
use tempfile::TempDir;

// ---- a family's diary ----------------------------------------------------------------------

/// A local time in Mexico City (UTC-6 all year since 2022).
pub fn at(s: &str) -> DateTime<FixedOffset> {
    let naive = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    Mexico_City
        .from_local_datetime(&naive)
        .single()
        .unwrap()
        .fixed_offset()
}

pub fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Sofía turns 7 on 25 November, during the course: her systolic limit goes from 82 to 84.
pub fn setup(unit: &str, lang: &str) -> Setup {
    serde_json::from_value(serde_json::json!({
        "patient": { "name": "Sofía Ramírez López", "birth_date": "2019-11-25", "weight_kg": 21.5 },
        "care_plan": { "fever_threshold_c": 38.0 },
        "contacts": [
            { "role": "team24h", "name": "Oncología pediátrica", "phone": "+52 55 5555 0101" }
        ],
        "settings": { "language": lang, "temperature_unit": unit, "caregiver": "Lupita",
                      "start_at_login": false },
        "course": { "start": "2026-11-18", "end": "2026-12-08", "step_up_day": 8 }
    }))
    .unwrap()
}

pub fn temp(c: f64) -> Option<Temperature> {
    Some(Temperature {
        value: c,
        unit: TempUnit::C,
    })
}

pub fn bag(hung_at: DateTime<FixedOffset>) -> NewBag {
    NewBag {
        hung_at,
        duration: BagDuration::H48,
        extension_hours: 0,
        note: None,
    }
}

/// What the family diary below holds, for the assertions.
pub struct Family {
    pub _dir: TempDir,
    pub diary: Diary,
    /// The alert acknowledged with what the team said, and the one left open.
    pub acknowledged: Alert,
    pub open: Alert,
}

pub const REASON: &str = "typed 39.8 instead of 38.9";
pub const TEAM_SAID: &str = "Give paracetamol and call back in one hour";

/// Day 1 and 2 of a course: a bag, a fever typed wrong and corrected, an alert
/// acknowledged with the team's words, a low blood pressure left unacknowledged, an
/// interruption, and a reading reminder answered 90 minutes late.
pub fn family(unit: &str, lang: &str) -> Family {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    diary
        .save_setup(&setup(unit, lang), at("2026-11-17 12:00"))
        .unwrap();
    // The evening before day 1: the premedication reminder, confirmed at once.
    let eve = at("2026-11-17 18:00");
    diary
        .run_reminders(eve, &Mexico_City, Wake::Running)
        .unwrap();
    for r in diary.open_reminders().unwrap() {
        diary
            .acknowledge_reminder(r.id, Some("Lupita"), eve)
            .unwrap();
    }

    let t = at("2026-11-18 09:00");
    diary.log_bag(&bag(t), Some("Enfermera Ruth"), t).unwrap();

    let t = at("2026-11-18 10:00");
    diary
        .add_reading(
            &Reading {
                temperature: temp(36.8),
                systolic_mmhg: Some(95.0),
                diastolic_mmhg: Some(60.0),
                heart_rate_bpm: Some(100.0),
                spo2_percent: Some(98.0),
                symptoms: Some(vec![]),
                pump: Some(PumpStatus::Running),
                ..Reading::at(t)
            },
            Some("Lupita"),
            t,
        )
        .unwrap();

    let t = at("2026-11-18 14:00");
    let typo = diary
        .add_reading(
            &Reading {
                temperature: temp(39.8),
                heart_rate_bpm: Some(118.0),
                ..Reading::at(t)
            },
            Some("Lupita"),
            t,
        )
        .unwrap();
    let fixed = diary
        .amend_reading(
            typo.id,
            &Reading {
                temperature: temp(38.9),
                heart_rate_bpm: Some(118.0),
                ..Reading::at(t)
            },
            REASON,
            "Lupita",
            at("2026-11-18 14:10"),
        )
        .unwrap();
    let acknowledged = diary
        .acknowledge_alert(
            fixed.alert_id.unwrap(),
            "Lupita",
            Some(TEAM_SAID),
            at("2026-11-18 14:30"),
        )
        .unwrap();

    // Low blood pressure after a fever, with a headache: nobody acknowledges it.
    let t = at("2026-11-18 18:00");
    let low = diary
        .add_reading(
            &Reading {
                temperature: temp(37.2),
                systolic_mmhg: Some(78.0),
                diastolic_mmhg: Some(50.0),
                heart_rate_bpm: Some(125.0),
                symptoms: Some(vec![Symptom::Headache]),
                pump: Some(PumpStatus::Running),
                ..Reading::at(t)
            },
            Some("Lupita"),
            t,
        )
        .unwrap();
    let open = diary.alert(low.alert_id.unwrap()).unwrap();

    // Close watch on day 1: the next reading is due at 22:00. It comes at 23:30.
    let due = at("2026-11-18 22:00");
    diary
        .run_reminders(due, &Mexico_City, Wake::Running)
        .unwrap();
    let t = at("2026-11-18 23:30");
    diary
        .add_reading(
            &Reading {
                temperature: temp(37.0),
                systolic_mmhg: Some(90.0),
                diastolic_mmhg: Some(58.0),
                ..Reading::at(t)
            },
            Some("Lupita"),
            t,
        )
        .unwrap();

    diary
        .pause_infusion(
            "Line blocked, nurse on the way",
            Some("Lupita"),
            at("2026-11-19 08:00"),
        )
        .unwrap();
    diary
        .resume_infusion(Some("Enfermera Ruth"), at("2026-11-19 09:30"))
        .unwrap();
    Family {
        _dir: dir,
        diary,
        acknowledged,
        open,
    }
}

/// Day 2 of 21, at noon.
pub fn report_time() -> DateTime<FixedOffset> {
    at("2026-11-19 12:00")
}

// ---- reading the PDF back ------------------------------------------------------------------

pub struct Text {
    /// `pdftotext -raw`, whitespace runs as one space.
    pub raw: String,
    /// Each page's `pdftotext -layout`.
    pub pages: Vec<String>,
}

pub fn pdftotext(path: &Path, args: &[&str]) -> String {
    let out = Command::new("pdftotext")
        .args(args)
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "pdftotext failed");
    // A no-break space reads as a space.
    String::from_utf8(out.stdout)
        .unwrap()
        .replace('\u{a0}', " ")
}

pub fn read_back(pdf: &[u8]) -> Text {
    assert!(pdf.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    write_atomic(&path, pdf).unwrap();
    if let Some(keep) = std::env::var_os("CENTINELA_KEEP_PDF") {
        // For looking at the result: CENTINELA_KEEP_PDF=/tmp/x cargo test ...
        let n = std::fs::read_dir(&keep).map(|d| d.count()).unwrap_or(0);
        let _ = std::fs::copy(&path, Path::new(&keep).join(format!("report-{n}.pdf")));
    }
    let info = Command::new("pdfinfo").arg(&path).output().unwrap();
    assert!(info.status.success(), "pdfinfo refused the file");
    let info = String::from_utf8(info.stdout).unwrap();
    let n: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .expect("pdfinfo prints the page count")
        .trim()
        .parse()
        .unwrap();
    let raw = pdftotext(&path, &["-raw"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let pages = (1..=n)
        .map(|p| {
            let p = p.to_string();
            pdftotext(&path, &["-layout", "-f", &p, "-l", &p])
        })
        .collect();
    Text { raw, pages }
}

pub fn report(diary: &Diary, lang: Option<Language>) -> Text {
    let doc = diary_report_document(diary, report_time(), lang)
        .unwrap()
        .unwrap();
    assert!(
        doc.uncovered_chars().is_empty(),
        "characters missing from the embedded fonts: {:?}",
        doc.uncovered_chars()
    );
    read_back(
        &diary_report_pdf(diary, report_time(), lang)
            .unwrap()
            .unwrap(),
    )
}

pub fn pos(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not found in:\n{haystack}"))
}

pub fn has(text: &Text, needle: &str) {
    pos(&text.raw, needle);
}

pub fn age_on(date: &str) -> Age {
    Age::on(d("2019-11-25"), d(date)).unwrap()
}

// ---- the report in English and Spanish --------------------------------------------------
