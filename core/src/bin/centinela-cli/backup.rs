//! `centinela-cli backup` and `centinela-cli restore` (being written).

use std::process::ExitCode;

pub fn run_backup(_args: &[String]) -> ExitCode {
    crate::usage_error("backup is not available yet")
}

pub fn run_restore(_args: &[String]) -> ExitCode {
    crate::usage_error("restore is not available yet")
}
