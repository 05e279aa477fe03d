//! `centinela-cli export --data-dir DIR --format csv|fhir --mode care-team|sharing
//! --out FILE [--now RFC3339]`: the readings as CSV or the diary as a FHIR R4 Bundle.
//!
//! Exit 0 written; 2 no diary or no child entered; 1 the file cannot be written (nothing
//! half-written is left).
//! It only reads the diary. `--now` sets the FHIR Bundle's timestamp (default: the clock).

use std::path::Path;
use std::process::ExitCode;

use centinela_core::diary::StoreError;
use centinela_core::export::{fhir_bundle, readings_csv, ExportMode};
use chrono::{DateTime, FixedOffset};

use crate::args::{Format, Mode};
use crate::outcome::{self, existing_diary, write_file};

const CMD: &str = "export";

fn fail(code: u8, msg: impl std::fmt::Display) -> ExitCode {
    outcome::fail(CMD, code, msg)
}

pub fn run(
    data_dir: &Path,
    format: Format,
    mode: Mode,
    out: &Path,
    now: DateTime<FixedOffset>,
) -> ExitCode {
    let mode = match mode {
        Mode::CareTeam => ExportMode::CareTeam,
        Mode::Sharing => ExportMode::Sharing,
    };
    let diary = match existing_diary(CMD, data_dir) {
        Ok(d) => d,
        Err(code) => return code,
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
    write_file(CMD, out, text.as_bytes())
}
