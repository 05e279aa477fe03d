//! The readings as a CSV table: one row per stored reading, corrected originals included.

use std::collections::HashMap;

use super::{all_entries, CourseClock, ExportMode};
use crate::diary::{Diary, DiaryEntry, StoreError};
use crate::reading::{Reading, TempUnit};

/// The columns of the care-team table, in order. Units are in the names; an empty cell
/// means "not recorded".
///
/// **Free text** (`correction_reason`, `recorded_by`: what someone typed) that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return is written behind one `'`, so a
/// spreadsheet shows it as text instead of running it as a formula; text that starts with
/// `'` itself gets one more, so removing one leading `'` ([`unescape_csv_text`]) always
/// gives back exactly what was typed. No other column is ever changed: they hold numbers,
/// codes and times, never free text.
///
/// | column | meaning |
/// |---|---|
/// | `reading_id` | the diary's number for the reading |
/// | `taken_at` | when it was taken, RFC 3339 with the UTC offset as entered, e.g. `2026-11-20T08:00:00-06:00` |
/// | `in_effect` | `true`, or `false` when a later reading corrects it (the rules no longer count it) |
/// | `temperature_c` | in °C; a °F entry converted as the rules do (2 decimals) |
/// | `temperature_as_entered` | the number the family typed |
/// | `temperature_unit_entered` | `C` or `F` |
/// | `systolic_mmhg`, `diastolic_mmhg` | blood pressure, mmHg |
/// | `heart_rate_bpm` | beats per minute |
/// | `spo2_percent` | oxygen saturation, % |
/// | `respiratory_rate_per_min` | breaths per minute, counted for a full minute |
/// | `antipyretic_last_6h` | `true`/`false`: fever medicine in the last 6 hours |
/// | `antipyretic_given_at` | when the fever medicine was given, RFC 3339 (care team only) |
/// | `neuro_ice`, `neuro_capd` | the neurological check's score: ICE (0–10, age 12 and over) or CAPD (0–32, under 12) |
/// | `symptom_checklist_done` | `true` when the checklist was filled in (even with nothing ticked) |
/// | `symptoms` | the ticked symptom codes, joined with `;` (e.g. `headache;rash`) |
/// | `pump` | the pump status code (`running`, `alarm`, `stopped`, `disconnected`, `leaking`, `bag_empty`, `line_out_or_broken`) |
/// | `corrects_reading` | on a correction: the `reading_id` it corrects |
/// | `corrected_by_reading` | on a corrected original: the `reading_id` of its correction |
/// | `correction_reason` | on a correction: why, as written (free text, see above) |
/// | `recorded_at` | when it was written in the diary, RFC 3339 |
/// | `recorded_by` | who wrote it (for a correction: who corrected); free text, see above |
/// | `alert_action` | when writing it raised an alert: the action (`call_today`, `call_now`, `emergency`) |
pub const CARE_TEAM_COLUMNS: &[&str] = &[
    "reading_id",
    "taken_at",
    "in_effect",
    "temperature_c",
    "temperature_as_entered",
    "temperature_unit_entered",
    "systolic_mmhg",
    "diastolic_mmhg",
    "heart_rate_bpm",
    "spo2_percent",
    "respiratory_rate_per_min",
    "antipyretic_last_6h",
    "antipyretic_given_at",
    "symptom_checklist_done",
    "symptoms",
    "pump",
    "neuro_ice",
    "neuro_capd",
    "corrects_reading",
    "corrected_by_reading",
    "correction_reason",
    "recorded_at",
    "recorded_by",
    "alert_action",
];

/// The columns of the sharing table: the care-team columns without `taken_at`,
/// `correction_reason`, `recorded_at` and `recorded_by` (no free text at all), without
/// `temperature_as_entered` and `temperature_unit_entered` (°C only: the unit hints at
/// the country), and with the time as `course_day` and `minutes_since_course_start`
/// (see [`crate::export`]; both can be negative before day 1).
pub const SHARING_COLUMNS: &[&str] = &[
    "reading_id",
    "course_day",
    "minutes_since_course_start",
    "in_effect",
    "temperature_c",
    "systolic_mmhg",
    "diastolic_mmhg",
    "heart_rate_bpm",
    "spo2_percent",
    "respiratory_rate_per_min",
    "antipyretic_last_6h",
    "symptom_checklist_done",
    "symptoms",
    "pump",
    "neuro_ice",
    "neuro_capd",
    "corrects_reading",
    "corrected_by_reading",
    "alert_action",
];

/// The readings as CSV text: a UTF-8 byte order mark, the header row, then one row per
/// stored reading, oldest first, lines ending in CRLF, quoted where needed (RFC 4180).
///
/// The byte order mark is there because the people who open this file mostly use Excel,
/// which reads a CSV without one in the Windows code page and garbles "Sofía" or a
/// Spanish correction reason. LibreOffice and most libraries skip it (in Python, open
/// with `encoding="utf-8-sig"`).
///
/// Columns: [`CARE_TEAM_COLUMNS`] or [`SHARING_COLUMNS`]. [`StoreError::NoPatient`]
/// before the child is entered.
pub fn readings_csv(diary: &Diary, mode: ExportMode) -> Result<String, StoreError> {
    diary.patient()?.ok_or(StoreError::NoPatient)?;
    let entries = all_entries(diary)?;
    let clock = CourseClock::for_diary(diary, &entries)?;
    let alerts = alert_actions(diary)?;
    let columns = match mode {
        ExportMode::CareTeam => CARE_TEAM_COLUMNS,
        ExportMode::Sharing => SHARING_COLUMNS,
    };
    let mut out = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    out.write_record(columns).map_err(csv_failed)?;
    for e in &entries {
        let cells = cells(e, clock, alerts.get(&e.id).copied());
        let row = columns.iter().map(|c| {
            cells
                .iter()
                .find(|(name, _)| name == c)
                .map_or("", |(_, v)| v.as_str())
        });
        out.write_record(row).map_err(csv_failed)?;
    }
    let bytes = out.into_inner().map_err(|e| csv_failed(e.into_error()))?;
    let text = String::from_utf8(bytes).map_err(|e| StoreError::corrupt(e.to_string()))?;
    Ok(format!("\u{feff}{text}"))
}

/// A free-text cell of [`readings_csv`] as it was typed: without the one leading `'` put
/// before text a spreadsheet would run as a formula (see [`CARE_TEAM_COLUMNS`]). Only for
/// the free-text columns; other cells never start with `'`.
pub fn unescape_csv_text(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

/// Free text made safe to open in a spreadsheet; [`unescape_csv_text`] undoes it.
fn escape_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Writing into memory only fails on a bug; say what happened rather than panic.
fn csv_failed(e: impl std::fmt::Display) -> StoreError {
    StoreError::corrupt(format!("the CSV could not be written: {e}"))
}

/// The most urgent action of the alerts raised when each reading was written.
fn alert_actions(diary: &Diary) -> Result<HashMap<i64, &'static str>, StoreError> {
    let mut alerts = diary.alerts_between(
        chrono::DateTime::<chrono::Utc>::MIN_UTC.fixed_offset(),
        chrono::DateTime::<chrono::Utc>::MAX_UTC.fixed_offset(),
    )?;
    alerts.sort_by_key(|a| a.action);
    Ok(alerts
        .into_iter()
        .map(|a| (a.reading_id, a.action.code()))
        .collect())
}

fn num(v: Option<f64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn flag(v: Option<bool>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// Every column's value for one entry, named; the mode picks which ones are written.
fn cells(
    e: &DiaryEntry,
    clock: Option<CourseClock>,
    alert: Option<&'static str>,
) -> Vec<(&'static str, String)> {
    let r = &e.reading;
    let mut cells = vec![
        ("reading_id", e.id.to_string()),
        ("taken_at", r.taken_at.to_rfc3339()),
        ("in_effect", e.is_effective().to_string()),
    ];
    cells.extend(measurement_cells(r));
    cells.extend(record_cells(e));
    cells.push(("alert_action", alert.unwrap_or_default().to_string()));
    // There is always a clock when there is a reading; the guard keeps this total.
    if let Some(clock) = clock {
        cells.push(("course_day", clock.day(r.taken_at).to_string()));
        cells.push((
            "minutes_since_course_start",
            clock.minutes(r.taken_at).to_string(),
        ));
    }
    cells
}

/// The reading's measurements, checklist, pump and neurological check.
fn measurement_cells(r: &Reading) -> Vec<(&'static str, String)> {
    let t = r.temperature;
    vec![
        ("temperature_c", num(t.map(|t| t.celsius()))),
        ("temperature_as_entered", num(t.map(|t| t.value))),
        (
            "temperature_unit_entered",
            t.map(|t| match t.unit {
                TempUnit::C => "C",
                TempUnit::F => "F",
            })
            .unwrap_or_default()
            .to_string(),
        ),
        ("systolic_mmhg", num(r.systolic_mmhg)),
        ("diastolic_mmhg", num(r.diastolic_mmhg)),
        ("heart_rate_bpm", num(r.heart_rate_bpm)),
        ("spo2_percent", num(r.spo2_percent)),
        ("respiratory_rate_per_min", num(r.respiratory_rate_per_min)),
        ("antipyretic_last_6h", flag(r.antipyretic_in_last_6h)),
        (
            "antipyretic_given_at",
            r.antipyretic_given_at
                .map(|t| t.to_rfc3339())
                .unwrap_or_default(),
        ),
        ("symptom_checklist_done", r.symptoms.is_some().to_string()),
        (
            "symptoms",
            r.symptoms
                .iter()
                .flatten()
                .map(|s| s.code())
                .collect::<Vec<_>>()
                .join(";"),
        ),
        (
            "pump",
            r.pump.map(|p| p.code()).unwrap_or_default().to_string(),
        ),
        ("neuro_ice", num(r.neuro_check.and_then(|c| c.ice))),
        ("neuro_capd", num(r.neuro_check.and_then(|c| c.capd))),
    ]
}

/// Who recorded the entry and when, and what it corrects or was corrected by.
fn record_cells(e: &DiaryEntry) -> Vec<(&'static str, String)> {
    vec![
        (
            "corrects_reading",
            e.corrects
                .as_ref()
                .map(|l| l.reading_id.to_string())
                .unwrap_or_default(),
        ),
        (
            "corrected_by_reading",
            e.superseded_by
                .as_ref()
                .map(|l| l.reading_id.to_string())
                .unwrap_or_default(),
        ),
        (
            "correction_reason",
            e.corrects
                .as_ref()
                .map(|l| escape_text(&l.reason))
                .unwrap_or_default(),
        ),
        ("recorded_at", e.recorded_at.to_rfc3339()),
        (
            "recorded_by",
            e.recorded_by
                .as_deref()
                .map(escape_text)
                .unwrap_or_default(),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::{escape_text, unescape_csv_text};

    #[test]
    fn text_a_spreadsheet_would_run_gets_one_quote_and_gets_it_back() {
        for risky in [
            "=1+1", "+52", "-x", "@SUM(A1)", "\tx", "\rx", "'quoted", "'", "=",
        ] {
            let cell = escape_text(risky);
            assert_eq!(cell, format!("'{risky}"));
            assert_eq!(unescape_csv_text(&cell), risky);
        }
        // Only the first character counts; empty and ordinary text are left alone.
        for plain in ["", "Mamá", "a=1", " =1", "Enfermera -Rosa", "1-2"] {
            assert_eq!(escape_text(plain), plain);
            assert_eq!(unescape_csv_text(plain), plain);
        }
    }
}
