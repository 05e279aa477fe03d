//! `centinela-cli backup --data-dir DIR [--out FILE] [--now RFC3339]`: a backup of the
//! diary in DIR, into DIR/backups (or FILE); prints the backup's path.
//!
//! `centinela-cli restore --data-dir DIR --from FILE [--now RFC3339]`: check FILE, keep
//! the diary in DIR as a backup, then put FILE's diary in its place. DIR may hold no diary
//! yet (a new computer). Prints what was restored and where the safety copy is.
//!
//! Exit 0 done; 2 refused (no diary to back up, a backup that is not usable), with the
//! reason on stderr and nothing changed; 1 a file could not be read or written.
//! `--now` names the backup's time (default: the clock).

use std::path::Path;
use std::process::ExitCode;

use centinela_core::backup::{self, BackupError, BackupSummary};
use centinela_core::diary::{Diary, StoreError, DIARY_FILE_NAME};
use centinela_core::paths::ensure_data_dir;
use chrono::{DateTime, FixedOffset};

use crate::outcome::fail;

fn backup_failed(cmd: &str, e: &BackupError) -> ExitCode {
    fail(cmd, if e.is_refusal() { 2 } else { 1 }, e)
}

/// A diary that cannot be opened: not a diary, or too new, is a refusal; the rest I/O.
fn open_failed(cmd: &str, e: &StoreError) -> ExitCode {
    let code = match e {
        StoreError::NotADiary { .. } | StoreError::NewerVersion { .. } => 2,
        _ => 1,
    };
    fail(cmd, code, format!("cannot open the diary: {e}"))
}

pub fn run_backup(data_dir: &Path, out: Option<&Path>, now: DateTime<FixedOffset>) -> ExitCode {
    const CMD: &str = "backup";
    // Opening would create an empty diary: look first.
    if !data_dir.join(DIARY_FILE_NAME).is_file() {
        return fail(
            CMD,
            2,
            format!("no diary in {}: nothing to back up", data_dir.display()),
        );
    }
    let diary = match Diary::open_in(data_dir) {
        Ok(d) => d,
        Err(e) => return open_failed(CMD, &e),
    };
    match backup::backup_now(&diary, data_dir, out, now) {
        Ok(summary) => {
            crate::emit(&summary.path);
            ExitCode::SUCCESS
        }
        Err(e) => backup_failed(CMD, &e),
    }
}

pub fn run_restore(data_dir: &Path, from: &Path, now: DateTime<FixedOffset>) -> ExitCode {
    const CMD: &str = "restore";
    // Refuse a bad file before creating or touching anything.
    if let Err(e) = backup::validate_backup(from) {
        return backup_failed(CMD, &e);
    }
    if let Err(e) = ensure_data_dir(data_dir) {
        return fail(
            CMD,
            1,
            format!("cannot create the folder {}: {e}", data_dir.display()),
        );
    }
    let mut diary = match Diary::open_in(data_dir) {
        Ok(d) => d,
        Err(e) => return open_failed(CMD, &e),
    };
    match backup::restore(&mut diary, data_dir, from, now) {
        Ok((restored, safety)) => {
            crate::emit(&format!(
                "restored {} from {}\ninto {}\nthe diary that was there before is kept at {}",
                describe(&restored),
                restored.path,
                data_dir.join(DIARY_FILE_NAME).display(),
                safety.path
            ));
            ExitCode::SUCCESS
        }
        Err(e) => backup_failed(CMD, &e),
    }
}

/// "the diary of Mateo (12 readings, the last taken ...; backup made ...)".
fn describe(s: &BackupSummary) -> String {
    let mut facts = vec![format!(
        "{} reading{}",
        s.readings,
        if s.readings == 1 { "" } else { "s" }
    )];
    if let Some(t) = s.last_reading_at {
        facts.push(format!("the last taken {}", t.to_rfc3339()));
    }
    if let Some(t) = s.made_at {
        facts.push(format!("backup made {}", t.to_rfc3339()));
    }
    format!(
        "the diary of {} ({})",
        s.child_name.as_deref().unwrap_or("(no name)"),
        facts.join(", ")
    )
}
