//! `centinela-cli`: the care rules and the diary without the GUI (spec/assess-cli.md).
//! The subcommands, their flags and the exit codes are defined once, in `args`; each
//! subcommand's module does its work.

mod args;
mod backup;
mod export;
mod outcome;
mod report;

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use centinela_core::diary::Language;
use centinela_core::scenario::assess_json;
use centinela_core::{ErrorCode, Rejection};
use centinela_documents::checklist::diary_checklist_pdf;
use clap::Parser;

use args::{Cli, Command};

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

fn checklist(data_dir: &Path, out: &Path, lang: Option<Language>) -> ExitCode {
    const CMD: &str = "checklist";
    let diary = match outcome::existing_diary(CMD, data_dir) {
        Ok(d) => d,
        Err(code) => return code,
    };
    // The one clock read: the sheet's date and the family's local time for the bag.
    let pdf = diary_checklist_pdf(&diary, chrono::Local::now(), lang);
    outcome::write_document(CMD, out, pdf)
}

fn main() -> ExitCode {
    // --help and --version exit 0; a bad argument exits 2 with what is accepted.
    let cli = Cli::parse();
    match cli.command {
        Command::Assess => assess(),
        Command::Checklist { diary, out, lang } => {
            checklist(&diary.data_dir, &out, lang.language())
        }
        Command::Report {
            diary,
            out,
            lang,
            now,
        } => report::run(&diary.data_dir, &out, lang.language(), now.now),
        Command::Export {
            diary,
            format,
            mode,
            out,
            now,
        } => export::run(&diary.data_dir, format, mode, &out, now.or_clock()),
        Command::Backup { diary, out, now } => {
            backup::run_backup(&diary.data_dir, out.as_deref(), now.or_clock())
        }
        Command::Restore { diary, from, now } => {
            backup::run_restore(&diary.data_dir, &from, now.or_clock())
        }
    }
}
