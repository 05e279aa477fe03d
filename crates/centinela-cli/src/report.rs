//! `centinela-cli report --data-dir DIR --out FILE.pdf [--lang en|es] [--now RFC3339]`:
//! the clinic report of the diary in DIR as a PDF. It only reads the diary.
//!
//! Exits 0 when written; 2 when there is no diary or no setup; 1 when the file cannot be
//! written.

use std::path::Path;
use std::process::ExitCode;

use centinela_core::diary::{Diary, Language, DIARY_FILE_NAME};
use centinela_core::files::write_atomic;
use centinela_documents::report::diary_report_pdf;
use chrono::{DateTime, FixedOffset};

fn fail(code: u8, msg: String) -> ExitCode {
    eprintln!("centinela-cli report: {msg}");
    ExitCode::from(code)
}

pub fn run(
    data_dir: &Path,
    out: &Path,
    lang: Option<Language>,
    now: Option<DateTime<FixedOffset>>,
) -> ExitCode {
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
    let pdf = match now {
        // The times are shown in the offset of --now.
        Some(now) => diary_report_pdf(&diary, now, lang),
        // The one clock read, in the computer's own time zone.
        None => diary_report_pdf(&diary, chrono::Local::now(), lang),
    };
    let pdf = match pdf {
        Ok(Some(pdf)) => pdf,
        Ok(None) => {
            return fail(
                2,
                "the diary has no setup yet (the child, the plan and the contacts): \
                 finish the setup in Centinela first"
                    .into(),
            )
        }
        Err(e) => return fail(2, format!("cannot read the diary: {e}")),
    };
    match write_atomic(out, &pdf) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(1, format!("cannot write {}: {e}", out.display())),
    }
}
