//! The shell's shared state and its one error type: the diary behind its lock, the
//! clock, and the error every command returns. A leaf, so every module can use it
//! without an import circle through the commands.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use centinela_core::diary::{Diary, StoreError};
use centinela_core::plausibility::Rejection;
use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};

/// The app's state shared by every command.
pub struct Shell {
    pub diary: Mutex<Diary>,
    pub clock: Clock,
    /// Where the diary lives, to open it again when it was opened read-only.
    pub data_dir: PathBuf,
}

/// The wall clock in the computer's time zone, optionally shifted for tests
/// (`CENTINELA_CLOCK_OFFSET_MINUTES`), so rules about "now" can be exercised end to end.
#[derive(Debug, Clone, Copy, Default)]
pub struct Clock {
    pub offset_minutes: i64,
}

impl Clock {
    pub fn from_env() -> Clock {
        Clock {
            offset_minutes: std::env::var("CENTINELA_CLOCK_OFFSET_MINUTES")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
        }
    }

    pub fn now(&self) -> DateTime<FixedOffset> {
        chrono::Local::now().fixed_offset() + Duration::minutes(self.offset_minutes)
    }
}

/// An error the UI turns into words: `code` is stable, `message` is English for logs.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct CommandError {
    pub code: String,
    pub message: String,
    /// The field at fault, when there is one (e.g. `contacts[0].phone`, `systolic_mmhg`).
    pub field: Option<String>,
    /// For `rejected`: which field, why, and the accepted range.
    pub rejection: Option<Box<Rejection>>,
}

impl CommandError {
    /// Asked before the diary was opened (it could not be, or the app is still starting).
    pub fn diary_not_open() -> CommandError {
        CommandError {
            code: "storage".into(),
            message: "the diary is not open".into(),
            field: None,
            rejection: None,
        }
    }
}

impl From<StoreError> for CommandError {
    fn from(e: StoreError) -> Self {
        CommandError {
            code: e.code().to_string(),
            message: e.to_string(),
            field: match &e {
                StoreError::Rejected(r) => Some(r.field.clone()),
                StoreError::InvalidPhone { field } => Some(field.clone()),
                _ => None,
            },
            rejection: match e {
                StoreError::Rejected(r) => Some(Box::new(r)),
                _ => None,
            },
        }
    }
}

impl From<centinela_core::backup::BackupError> for CommandError {
    fn from(e: centinela_core::backup::BackupError) -> Self {
        CommandError {
            code: e.code().to_string(),
            message: e.to_string(),
            field: None,
            rejection: None,
        }
    }
}

impl From<Rejection> for CommandError {
    fn from(r: Rejection) -> Self {
        StoreError::Rejected(r).into()
    }
}

pub type Answer<T> = Result<T, CommandError>;

pub fn locked(shell: &Shell) -> Answer<MutexGuard<'_, Diary>> {
    shell.diary.lock().map_err(|_| CommandError {
        code: "storage".into(),
        message: "the diary is unavailable after an earlier failure; restart Centinela".into(),
        field: None,
        rejection: None,
    })
}

/// The diary, for a command that writes. One opened read-only (its folder could not be
/// written at start) is opened again first, read-write if it now can be: the family freed
/// the disk or fixed the folder, then pressed Save again.
pub fn writable(shell: &Shell) -> Answer<MutexGuard<'_, Diary>> {
    let mut diary = locked(shell)?;
    if diary.is_read_only() {
        match reopen(shell, &mut diary) {
            // The save itself says why (read_only).
            Ok(false) => eprintln!("centinela: the diary folder still cannot be written"),
            Ok(true) => eprintln!("centinela: the diary can be written again"),
            Err(e) => eprintln!("centinela: cannot open the diary again: {e}"),
        }
    }
    Ok(diary)
}

/// Open the diary again in place, as at start; true when it can now be written.
pub fn reopen(shell: &Shell, diary: &mut Diary) -> Result<bool, StoreError> {
    let path = shell.data_dir.join(centinela_core::diary::DIARY_FILE_NAME);
    diary.reopen_at(&path, shell.clock.now())?;
    Ok(!diary.is_read_only())
}

/// An error with its code and an English message for the log.
pub fn failed(code: &str, message: String) -> CommandError {
    CommandError {
        code: code.into(),
        message,
        field: None,
        rejection: None,
    }
}
