//! `centinela-cli report` (being written).

use std::process::ExitCode;

pub fn run(_args: &[String]) -> ExitCode {
    crate::usage_error("report is not available yet")
}
