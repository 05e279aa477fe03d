//! The readings CSV (issue 6): read back with the csv crate it gives the diary exactly;
//! sharing mode names nobody and dates nothing (`centinela-cli export --format csv`:
//! crates/centinela-cli/tests/export_csv.rs).

use std::collections::HashMap;

use centinela_core::diary::{AmendmentLink, Diary, DiaryEntry, PatientRecord, StoreError};
use centinela_core::export::{
    readings_csv, unescape_csv_text, ExportMode, CARE_TEAM_COLUMNS, SHARING_COLUMNS,
};
use centinela_core::reading::NeuroCheck;
use centinela_core::{PumpStatus, Reading, Symptom, TempUnit, Temperature};
use chrono::{DateTime, FixedOffset, Utc};
use tempfile::TempDir;

#[path = "common/export_fixture.rs"]
mod fixture;
use fixture::csv_diary as diary;
use fixture::*;

fn all(d: &Diary) -> Vec<DiaryEntry> {
    d.readings_between(
        DateTime::<Utc>::MIN_UTC.fixed_offset(),
        DateTime::<Utc>::MAX_UTC.fixed_offset(),
    )
    .unwrap()
}

/// The CSV without its byte order mark, as header and rows of named cells.
fn parse(text: &str) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("the CSV starts with a UTF-8 byte order mark");
    let mut r = csv::Reader::from_reader(body.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|rec| {
            let rec = rec.unwrap();
            assert_eq!(rec.len(), header.len());
            header
                .iter()
                .cloned()
                .zip(rec.iter().map(String::from))
                .collect()
        })
        .collect();
    (header, rows)
}

fn opt<T: std::str::FromStr>(row: &HashMap<String, String>, col: &str) -> Option<T>
where
    T::Err: std::fmt::Debug,
{
    let v = &row[col];
    (!v.is_empty()).then(|| v.parse().unwrap())
}

/// A reading rebuilt from its row, with nothing but the CSV to go on.
fn reading_from(row: &HashMap<String, String>, taken_at: DateTime<FixedOffset>) -> Reading {
    let temperature = opt::<f64>(row, "temperature_as_entered").map(|value| Temperature {
        value,
        unit: match row["temperature_unit_entered"].as_str() {
            "C" => TempUnit::C,
            "F" => TempUnit::F,
            u => panic!("unit {u:?}"),
        },
    });
    let symptoms = (row["symptom_checklist_done"] == "true").then(|| {
        row["symptoms"]
            .split(';')
            .filter(|s| !s.is_empty())
            .map(|c| Symptom::from_code(c).unwrap())
            .collect()
    });
    Reading {
        taken_at,
        temperature,
        systolic_mmhg: opt(row, "systolic_mmhg"),
        diastolic_mmhg: opt(row, "diastolic_mmhg"),
        heart_rate_bpm: opt(row, "heart_rate_bpm"),
        spo2_percent: opt(row, "spo2_percent"),
        antipyretic_in_last_6h: opt(row, "antipyretic_last_6h"),
        antipyretic_given_at: opt::<String>(row, "antipyretic_given_at").map(|v| t(&v)),
        respiratory_rate_per_min: opt(row, "respiratory_rate_per_min"),
        neuro_check: match (opt(row, "neuro_ice"), opt(row, "neuro_capd")) {
            (None, None) => None,
            (ice, capd) => Some(NeuroCheck { ice, capd }),
        },
        symptoms,
        pump: opt::<String>(row, "pump").map(|p| PumpStatus::from_code(&p).unwrap()),
    }
}

/// Whole diary entries rebuilt from the care-team CSV (a correction's recorder is the
/// person who corrected, and it was written when the correction was made). Free-text
/// cells lose the quote that keeps Excel from running them as formulas.
fn entries_from(rows: &[HashMap<String, String>]) -> Vec<DiaryEntry> {
    let by_id: HashMap<i64, &HashMap<String, String>> = rows
        .iter()
        .map(|r| (r["reading_id"].parse().unwrap(), r))
        .collect();
    let text = |row: &HashMap<String, String>, col: &str| unescape_csv_text(&row[col]).to_string();
    let link = |other: i64, correction: &HashMap<String, String>| AmendmentLink {
        reading_id: other,
        reason: text(correction, "correction_reason"),
        amended_by: text(correction, "recorded_by"),
        amended_at: t(&correction["recorded_at"]),
    };
    rows.iter()
        .map(|row| {
            let id: i64 = row["reading_id"].parse().unwrap();
            DiaryEntry {
                id,
                reading: reading_from(row, t(&row["taken_at"])),
                recorded_at: t(&row["recorded_at"]),
                recorded_by: Some(text(row, "recorded_by")).filter(|s| !s.is_empty()),
                superseded_by: opt::<i64>(row, "corrected_by_reading").map(|c| link(c, by_id[&c])),
                corrects: opt::<i64>(row, "corrects_reading").map(|o| link(o, row)),
            }
        })
        .collect()
}

#[test]
fn the_care_team_csv_reads_back_as_exactly_the_diary() {
    let (_dir, d) = diary();
    let text = readings_csv(&d, ExportMode::CareTeam).unwrap();
    let (header, rows) = parse(&text);
    assert_eq!(header, CARE_TEAM_COLUMNS);
    let stored = all(&d);
    assert_eq!(stored.len(), 6);
    let rebuilt = entries_from(&rows);
    assert_eq!(rebuilt, stored);
    // DateTime equality ignores the offset; Debug shows it (and every digit of every value).
    assert_eq!(format!("{rebuilt:#?}"), format!("{stored:#?}"));
    for (row, e) in rows.iter().zip(&stored) {
        assert_eq!(row["taken_at"], e.reading.taken_at.to_rfc3339());
        assert_eq!(row["in_effect"], e.is_effective().to_string());
    }
}

#[test]
fn the_care_team_csv_has_units_offsets_and_marks_corrections() {
    let (_dir, d) = diary();
    let text = readings_csv(&d, ExportMode::CareTeam).unwrap();
    // Byte order mark for Excel, CRLF line ends, one line per row plus the header (the
    // quoted reason holds one more line break).
    assert!(text.starts_with("\u{feff}reading_id,taken_at,in_effect,temperature_c,"));
    assert!(text.ends_with("\r\n"));
    assert_eq!(text.matches("\r\n").count(), 7);
    for unit_col in [
        "temperature_c",
        "systolic_mmhg",
        "diastolic_mmhg",
        "heart_rate_bpm",
        "spo2_percent",
    ] {
        assert!(text.lines().next().unwrap().contains(unit_col));
    }
    let (_, rows) = parse(&text);
    let r = |i: usize| &rows[i];
    // Oldest first, offsets as entered.
    assert_eq!(r(0)["taken_at"], "2026-11-17T22:30:00-06:00");
    assert_eq!(r(2)["taken_at"], "2026-11-19T08:15:42.250-06:00");
    assert_eq!(r(3)["taken_at"], "2026-11-20T07:05:00+01:00");
    // °F as entered, and in °C as the rules see it.
    assert_eq!(r(2)["temperature_as_entered"], "101.3");
    assert_eq!(r(2)["temperature_unit_entered"], "F");
    assert_eq!(r(2)["temperature_c"], "38.5");
    assert_eq!(r(2)["symptoms"], "headache;rash");
    assert_eq!(r(2)["pump"], "alarm");
    assert_eq!(r(2)["antipyretic_last_6h"], "true");
    assert_eq!(r(2)["recorded_by"], FATHER);
    // Empty checklist vs no checklist.
    assert_eq!(
        (
            r(0)["symptom_checklist_done"].as_str(),
            r(0)["symptoms"].as_str()
        ),
        ("true", "")
    );
    assert_eq!(
        (
            r(1)["symptom_checklist_done"].as_str(),
            r(1)["symptoms"].as_str()
        ),
        ("false", "")
    );
    assert_eq!(r(1)["antipyretic_last_6h"], "false");
    assert_eq!(r(1)["recorded_by"], "");
    // The corrected original is kept, marked, and points to its correction.
    let (orig, fix) = (r(4), r(5));
    assert_eq!(orig["in_effect"], "false");
    assert_eq!(orig["temperature_c"], "39.5");
    assert_eq!(orig["corrected_by_reading"], fix["reading_id"]);
    assert_eq!(orig["correction_reason"], "");
    assert_eq!(fix["in_effect"], "true");
    assert_eq!(fix["corrects_reading"], orig["reading_id"]);
    assert_eq!(fix["correction_reason"], REASON);
    assert_eq!(fix["recorded_by"], NURSE);
    assert_eq!(fix["recorded_at"], "2026-11-20T21:00:00-06:00");
}

#[test]
fn alert_actions_are_those_the_diary_raised() {
    let (_dir, d) = diary();
    let (_, rows) = parse(&readings_csv(&d, ExportMode::CareTeam).unwrap());
    let alerts = d
        .alerts_between(now() - chrono::Duration::days(30), now())
        .unwrap();
    assert!(!alerts.is_empty(), "the °F fever raised an alert");
    for row in &rows {
        let id: i64 = row["reading_id"].parse().unwrap();
        let expected = alerts
            .iter()
            .filter(|a| a.reading_id == id)
            .map(|a| a.action)
            .max()
            .map(|a| a.code())
            .unwrap_or("");
        assert_eq!(row["alert_action"], expected, "reading {id}");
    }
    assert_ne!(rows[2]["alert_action"], "", "the fever reading's alert");
}

#[test]
fn the_sharing_csv_counts_course_days_and_names_nobody() {
    let (_dir, d) = diary();
    let text = readings_csv(&d, ExportMode::Sharing).unwrap();
    let (header, rows) = parse(&text);
    assert_eq!(header, SHARING_COLUMNS);
    for gone in [
        "taken_at",
        "recorded_at",
        "recorded_by",
        "correction_reason",
        "temperature_as_entered",
        "temperature_unit_entered",
    ] {
        assert!(!header.iter().any(|h| h == gone), "{gone}");
    }
    let times: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["course_day"].as_str(),
                r["minutes_since_course_start"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        times,
        [
            ("0", "-90"),  // 22:30 the evening before day 1
            ("1", "0"),    // midnight starting day 1
            ("2", "1935"), // 08:15:42 on day 2: seconds dropped
            ("3", "3305"), // 07:05 on its own clock (+01:00) on day 3
            ("3", "4080"), // the corrected original
            ("3", "4080"), // and its correction, same time
        ]
    );
    // The values and the correction links are all still there; the °F reading in °C only
    // (the unit a family uses hints at its country).
    assert_eq!(rows[2]["temperature_c"], "38.5");
    assert!(!text.contains("101.3"), "{text}");
    assert_eq!(rows[4]["in_effect"], "false");
    assert_eq!(rows[5]["corrects_reading"], rows[4]["reading_id"]);
    for s in SECRETS {
        assert!(!text.contains(s), "sharing CSV contains {s:?}");
    }
    // No calendar date, clock time or UTC offset at all.
    assert!(!text.contains("2026"));
    assert!(!text.contains(':'), "{text}");
}

#[test]
fn without_a_course_day_one_is_the_first_readings_date() {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    d.save_patient(
        &PatientRecord {
            name: CHILD.into(),
            birth_date: BIRTH.parse().unwrap(),
            weight_kg: None,
            height_cm: None,
        },
        now(),
    )
    .unwrap();
    // An empty diary: the header only.
    let text = readings_csv(&d, ExportMode::Sharing).unwrap();
    assert_eq!(text, format!("\u{feff}{}\r\n", SHARING_COLUMNS.join(",")));
    for at in ["2026-11-20T00:10:00-06:00", "2026-11-19T23:50:00-06:00"] {
        let mut r = Reading::at(t(at));
        r.heart_rate_bpm = Some(100.0);
        d.add_reading(&r, None, now()).unwrap();
    }
    let (_, rows) = parse(&readings_csv(&d, ExportMode::Sharing).unwrap());
    let times: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["course_day"].as_str(),
                r["minutes_since_course_start"].as_str(),
            )
        })
        .collect();
    assert_eq!(times, [("1", "1430"), ("2", "1450")]);
}

#[test]
fn without_a_course_a_corrected_wrong_date_does_not_move_day_one() {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    d.save_patient(
        &PatientRecord {
            name: CHILD.into(),
            birth_date: BIRTH.parse().unwrap(),
            weight_kg: None,
            height_cm: None,
        },
        now(),
    )
    .unwrap();
    // The year typed wrong, then corrected: only the corrected date counts.
    let mut typo = Reading::at(t("2025-11-19T08:00:00-06:00"));
    typo.heart_rate_bpm = Some(100.0);
    let id = d.add_reading(&typo, None, now()).unwrap().id;
    let mut fixed = typo.clone();
    fixed.taken_at = t("2026-11-19T08:00:00-06:00");
    d.amend_reading(id, &fixed, "wrong year", NURSE, now())
        .unwrap();
    let mut next = Reading::at(t("2026-11-20T09:00:00-06:00"));
    next.heart_rate_bpm = Some(105.0);
    d.add_reading(&next, None, now()).unwrap();

    let (_, rows) = parse(&readings_csv(&d, ExportMode::Sharing).unwrap());
    let times: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["in_effect"].as_str(),
                r["course_day"].as_str(),
                r["minutes_since_course_start"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        times,
        [
            // The corrected original keeps its own (wrong) day, 365 days before day 1.
            ("false", "-364", "-525120"),
            ("true", "1", "480"),
            ("true", "2", "1980"),
        ]
    );
}

/// Text a spreadsheet would run as a formula (or the quote that marks it) in every
/// free-text column; the store trims tabs and line breaks at the ends, so those are
/// checked on the escaping itself in the unit tests.
const FORMULAS: [&str; 5] = [
    "=HYPERLINK(\"http://example.com/x\",\"ver\")",
    "+52 55 0000 0000",
    "-Papá",
    "@SUM(A1:A9)",
    "'ya con comilla'",
];

#[test]
fn free_text_a_spreadsheet_would_run_is_quoted_and_reads_back_exactly() {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    d.save_patient(
        &PatientRecord {
            name: CHILD.into(),
            birth_date: BIRTH.parse().unwrap(),
            weight_kg: None,
            height_cm: None,
        },
        now(),
    )
    .unwrap();
    let mut minute = 0;
    let mut at = || {
        minute += 1;
        t(&format!("2026-11-20T08:{minute:02}:00-06:00"))
    };
    for (i, text) in FORMULAS.iter().enumerate() {
        let mut r = Reading::at(at());
        r.heart_rate_bpm = Some(100.0 + i as f64);
        let id = d.add_reading(&r, Some(text), now()).unwrap().id;
        // The correction's reason and who corrected are free text too.
        let other = FORMULAS[(i + 1) % FORMULAS.len()];
        r.heart_rate_bpm = Some(90.0);
        d.amend_reading(id, &r, text, other, now()).unwrap();
    }
    let mut plain = Reading::at(at());
    plain.spo2_percent = Some(97.0);
    d.add_reading(&plain, Some(MOTHER), now()).unwrap();

    let text = readings_csv(&d, ExportMode::CareTeam).unwrap();
    let (_, rows) = parse(&text);
    assert_eq!(rows.len(), 2 * FORMULAS.len() + 1);
    let free = ["correction_reason", "recorded_by"];
    for row in &rows {
        for (col, cell) in row {
            let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']);
            if free.contains(&col.as_str()) {
                // Each formula is written behind one quote, and nothing else is changed.
                if risky {
                    let original = cell.strip_prefix('\'').unwrap();
                    assert!(FORMULAS.contains(&original), "{col}: {cell:?}");
                    assert_eq!(unescape_csv_text(cell), original);
                } else {
                    assert_eq!(unescape_csv_text(cell), cell);
                }
            } else {
                assert!(!risky, "{col} is not free text: {cell:?}");
                assert!(!cell.starts_with('\''), "{col}: {cell:?}");
            }
        }
    }
    for f in FORMULAS {
        assert!(
            rows.iter().any(|r| r["recorded_by"] == format!("'{f}")),
            "{f}"
        );
        assert!(
            rows.iter()
                .any(|r| r["correction_reason"] == format!("'{f}")),
            "{f}"
        );
    }
    assert_eq!(rows.last().unwrap()["recorded_by"], MOTHER);
    // Read back through the documented unquoting, the diary is exactly as stored.
    let stored = all(&d);
    let rebuilt = entries_from(&rows);
    assert_eq!(rebuilt, stored);
    assert_eq!(format!("{rebuilt:#?}"), format!("{stored:#?}"));
}

#[test]
fn no_child_no_csv() {
    let dir = TempDir::new().unwrap();
    let d = Diary::open_in(dir.path()).unwrap();
    for mode in [ExportMode::CareTeam, ExportMode::Sharing] {
        assert!(matches!(readings_csv(&d, mode), Err(StoreError::NoPatient)));
    }
}
