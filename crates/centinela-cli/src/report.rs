//! `centinela-cli report --data-dir DIR --out FILE.pdf [--lang en|es] [--now RFC3339]`:
//! the clinic report of the diary in DIR as a PDF. It only reads the diary.
//!
//! Exits 0 when written; 2 when there is no diary or no setup; 1 when the file cannot be
//! written.

use std::path::Path;
use std::process::ExitCode;

use centinela_core::diary::Language;
use centinela_documents::report::diary_report_pdf;
use chrono::{DateTime, FixedOffset};

use crate::outcome::{existing_diary, write_document};

const CMD: &str = "report";

pub fn run(
    data_dir: &Path,
    out: &Path,
    lang: Option<Language>,
    now: Option<DateTime<FixedOffset>>,
) -> ExitCode {
    let diary = match existing_diary(CMD, data_dir) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let pdf = match now {
        // The times are shown in the offset of --now.
        Some(now) => diary_report_pdf(&diary, now, lang),
        // The one clock read, in the computer's own time zone.
        None => diary_report_pdf(&diary, chrono::Local::now(), lang),
    };
    write_document(CMD, out, pdf)
}
