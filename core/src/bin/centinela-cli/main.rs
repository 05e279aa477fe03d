//! `centinela-cli`: the care rules without the GUI (spec/assess-cli.md).
//!
//! `centinela-cli assess < scenario.json` prints one assessment as JSON (exit 0), or one
//! JSON error naming the field (exit 2). It never touches the diary database.
//!
//! `centinela-cli checklist --data-dir DIR --out FILE [--lang en|es]` prints the fridge
//! checklist of the diary in DIR as a PDF (exit 0); a diary without a setup, or no diary,
//! exits 2 with the reason on stderr. It only reads the diary.

mod args;
mod backup;
mod export;
mod report;

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use centinela_core::checklist::diary_checklist_pdf;
use centinela_core::diary::{Diary, Language, DIARY_FILE_NAME};
use centinela_core::files::write_atomic;
use centinela_core::scenario::assess_json;
use centinela_core::{ErrorCode, Rejection};

const USAGE: &str = "usage: centinela-cli assess < scenario.json > assessment.json
       centinela-cli checklist --data-dir DIR --out FILE.pdf [--lang en|es]
       centinela-cli report --data-dir DIR --out FILE.pdf [--lang en|es] [--now RFC3339]
       centinela-cli export --data-dir DIR --format csv|fhir --mode care-team|sharing --out FILE [--now RFC3339]
       centinela-cli backup --data-dir DIR [--out FILE.sqlite3] [--now RFC3339]
       centinela-cli restore --data-dir DIR --from FILE.sqlite3 [--now RFC3339]";

/// Print to stdout; a closed pipe (e.g. `| head`) is not worth a panic.
fn emit(text: &str) {
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

fn print_error(r: &Rejection) {
    emit(&serde_json::json!({ "error": r }).to_string());
}

fn assess() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        print_error(&Rejection::new(
            ErrorCode::InvalidJson,
            "",
            format!("standard input is not readable UTF-8 text: {e}"),
        ));
        return ExitCode::from(2);
    }
    match assess_json(&input) {
        Ok(a) => {
            emit(&serde_json::to_string_pretty(&a).expect("an assessment always serialises"));
            ExitCode::SUCCESS
        }
        Err(r) => {
            print_error(&r);
            ExitCode::from(2)
        }
    }
}

struct ChecklistArgs {
    data_dir: PathBuf,
    out: PathBuf,
    lang: Option<Language>,
}

fn checklist_args(args: &[String]) -> Option<ChecklistArgs> {
    let (mut data_dir, mut out, mut lang) = (None, None, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next()?;
        match flag.as_str() {
            "--data-dir" => data_dir = Some(PathBuf::from(value)),
            "--out" => out = Some(PathBuf::from(value)),
            "--lang" => {
                lang = Some(match value.as_str() {
                    "en" => Language::En,
                    "es" => Language::Es,
                    _ => return None,
                })
            }
            _ => return None,
        }
    }
    Some(ChecklistArgs {
        data_dir: data_dir?,
        out: out?,
        lang,
    })
}

fn checklist(args: ChecklistArgs) -> ExitCode {
    let fail = |code: u8, msg: String| {
        eprintln!("centinela-cli checklist: {msg}");
        ExitCode::from(code)
    };
    // Opening would create an empty diary: look first, and only read.
    if !args.data_dir.join(DIARY_FILE_NAME).is_file() {
        return fail(
            2,
            format!(
                "no diary in {} (run Centinela's setup first)",
                args.data_dir.display()
            ),
        );
    }
    let diary = match Diary::open_in(&args.data_dir) {
        Ok(d) => d,
        Err(e) => return fail(2, format!("cannot open the diary: {e}")),
    };
    // The one clock read: the sheet's date and the family's local time for the bag.
    let pdf = match diary_checklist_pdf(&diary, chrono::Local::now(), args.lang) {
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
    match write_atomic(&args.out, &pdf) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(1, format!("cannot write {}: {e}", args.out.display())),
    }
}

/// Bad arguments: the usage on stderr, exit 64 (EX_USAGE).
pub(crate) fn usage_error(problem: &str) -> ExitCode {
    eprintln!("centinela-cli: {problem}\n{USAGE}");
    ExitCode::from(64)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("assess") if args.len() == 1 => assess(),
        Some("checklist") => match checklist_args(&args[1..]) {
            Some(a) => checklist(a),
            None => {
                eprintln!("{USAGE}");
                ExitCode::from(64)
            }
        },
        Some("report") => report::run(&args[1..]),
        Some("export") => export::run(&args[1..]),
        Some("backup") => backup::run_backup(&args[1..]),
        Some("restore") => backup::run_restore(&args[1..]),
        Some("--version") => {
            println!(
                "centinela-cli {} ({})",
                env!("CARGO_PKG_VERSION"),
                centinela_core::RULES_VERSION
            );
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(64)
        }
    }
}
