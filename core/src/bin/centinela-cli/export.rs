//! `centinela-cli export --data-dir DIR --format csv|fhir --mode care-team|sharing
//! --out FILE [--now RFC3339]`: the readings as CSV or the diary as a FHIR R4 Bundle.
//!
//! Exit 0 written; 2 no diary, no child entered, or a bad value (the message lists what
//! is accepted); 1 the file cannot be written (nothing half-written is left); 64 usage.
//! It only reads the diary. `--now` sets the FHIR Bundle's timestamp (default: the clock).

use std::path::Path;
use std::process::ExitCode;

use centinela_core::diary::{Diary, StoreError, DIARY_FILE_NAME};
use centinela_core::export::{fhir_bundle, readings_csv, ExportMode};
use centinela_core::files::write_atomic;
use chrono::{DateTime, FixedOffset};

use crate::args::{flags, required};

const FLAGS: &[&str] = &["data-dir", "format", "mode", "out", "now"];

#[derive(Clone, Copy)]
enum Format {
    Csv,
    Fhir,
}

fn fail(code: u8, msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("centinela-cli export: {msg}");
    ExitCode::from(code)
}

pub fn run(args: &[String]) -> ExitCode {
    let parsed = match flags(args, FLAGS) {
        Ok(f) => f,
        Err(e) => return crate::usage_error(&e),
    };
    let (data_dir, format, mode, out) = match (
        required(&parsed, "data-dir"),
        required(&parsed, "format"),
        required(&parsed, "mode"),
        required(&parsed, "out"),
    ) {
        (Ok(d), Ok(f), Ok(m), Ok(o)) => (Path::new(d), f, m, Path::new(o)),
        (d, f, m, o) => {
            let missing = [d.err(), f.err(), m.err(), o.err()];
            let problem = missing.into_iter().flatten().collect::<Vec<_>>().join("; ");
            return crate::usage_error(&problem);
        }
    };
    let format = match format {
        "csv" => Format::Csv,
        "fhir" => Format::Fhir,
        other => {
            return fail(
                2,
                format!("--format {other:?} is not known (accepted: csv, fhir)"),
            )
        }
    };
    let mode = match mode {
        "care-team" => ExportMode::CareTeam,
        "sharing" => ExportMode::Sharing,
        other => {
            return fail(
                2,
                format!("--mode {other:?} is not known (accepted: care-team, sharing)"),
            )
        }
    };
    let now: DateTime<FixedOffset> = match parsed.get("now") {
        Some(s) => match DateTime::parse_from_rfc3339(s) {
            Ok(t) => t,
            Err(_) => {
                return fail(
                    2,
                    format!(
                        "--now {s:?} is not a time (accepted: RFC 3339 with an offset, \
                         e.g. 2026-11-21T10:00:00-06:00)"
                    ),
                )
            }
        },
        // The one clock read.
        None => chrono::Local::now().fixed_offset(),
    };

    // Opening would create an empty diary: look first, and only read.
    if !data_dir.join(DIARY_FILE_NAME).is_file() {
        return fail(
            2,
            format!(
                "no diary in {} (run Centinela's setup first)",
                data_dir.display()
            ),
        );
    }
    let diary = match Diary::open_in(data_dir) {
        Ok(d) => d,
        Err(e) => return fail(2, format!("cannot open the diary: {e}")),
    };
    let text = match format {
        Format::Csv => readings_csv(&diary, mode),
        Format::Fhir => fhir_bundle(&diary, mode, now),
    };
    let text = match text {
        Ok(t) => t,
        Err(StoreError::NoPatient) => {
            return fail(
                2,
                "the diary has no child entered yet: finish the setup in Centinela first",
            )
        }
        Err(e) => return fail(2, format!("cannot read the diary: {e}")),
    };
    match write_atomic(out, text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(1, format!("cannot write {}: {e}", out.display())),
    }
}
