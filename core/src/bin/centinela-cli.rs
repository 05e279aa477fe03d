//! `centinela-cli`: the care rules without the GUI (spec/assess-cli.md).
//!
//! `centinela-cli assess < scenario.json` prints one assessment as JSON (exit 0), or one
//! JSON error naming the field (exit 2). It never touches the diary database.

use std::io::{Read, Write};
use std::process::ExitCode;

use centinela_core::scenario::assess_json;
use centinela_core::{ErrorCode, Rejection};

const USAGE: &str = "usage: centinela-cli assess < scenario.json > assessment.json";

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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("assess") if args.len() == 1 => assess(),
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
