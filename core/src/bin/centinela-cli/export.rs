//! `centinela-cli export` (being written).

use std::process::ExitCode;

pub fn run(_args: &[String]) -> ExitCode {
    crate::usage_error("export is not available yet")
}
