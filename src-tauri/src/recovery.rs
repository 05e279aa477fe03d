//! What the window shows when opening the diary at start needs a decision.
//!
//! A damaged diary is moved aside untouched and a new one is opened
//! (`centinela_core::recovery::open_or_set_aside`, the same for every caller), but the
//! window shows the recovery screen, offering the newest good backup, until the family
//! chooses: never a silent blank diary. A diary that cannot be opened at all (a newer
//! Centinela's, or not a diary) is shown in the window, with nothing written.

use std::sync::Mutex;

use centinela_core::backup::{self, BackupSummary};
use centinela_core::recovery::{self as core_recovery, Pending};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager};

use crate::shell::failed;
use crate::shell::CommandError;
use crate::AppState;

type Answer<T> = Result<T, CommandError>;

/// Why the diary could not be opened at start, when it could not: then no `Shell` is
/// managed, no reminders run, and the window only says what happened.
#[derive(Default)]
pub struct CannotOpen(pub Mutex<Option<CommandError>>);

/// What the window shows before setup or Home, while it is `Some`.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct Recovery {
    /// A damaged diary moved aside, untouched: what was wrong, where it is, when.
    pub damaged: Option<Pending>,
    /// The newest backup that passes its check, offered first (None: there is none).
    pub newest_backup: Option<BackupSummary>,
    /// The diary cannot be opened at all (e.g. a newer Centinela's). Nothing was written.
    pub cannot_open: Option<CommandError>,
    /// The data folder, to say where the diary is.
    pub data_dir: String,
}

/// What the window must show first, if anything.
#[tauri::command(async)]
pub fn get_recovery(app: AppHandle) -> Answer<Option<Recovery>> {
    let dir = app.state::<AppState>().data_dir.clone();
    let cannot_open = app
        .try_state::<CannotOpen>()
        .and_then(|c| c.0.lock().ok().and_then(|c| c.clone()));
    let damaged = if cannot_open.is_none() {
        core_recovery::pending(&dir)
    } else {
        None
    };
    if cannot_open.is_none() && damaged.is_none() {
        return Ok(None);
    }
    // A folder of backups that cannot be read offers none; the other choices remain.
    let newest_backup = match &damaged {
        Some(_) => backup::list_backups(&dir)
            .unwrap_or_default()
            .into_iter()
            .next(),
        None => None,
    };
    Ok(Some(Recovery {
        damaged,
        newest_backup,
        cannot_open,
        data_dir: dir.display().to_string(),
    }))
}

/// The family has chosen (a backup restored, or a new diary): the recovery screen stops
/// coming back. The damaged file stays where it was moved.
#[tauri::command(async)]
pub fn finish_recovery(app: AppHandle) -> Answer<()> {
    let dir = app.state::<AppState>().data_dir.clone();
    core_recovery::clear(&dir).map_err(|e| {
        failed(
            "storage",
            format!("cannot clear the recovery marker in {}: {e}", dir.display()),
        )
    })
}
