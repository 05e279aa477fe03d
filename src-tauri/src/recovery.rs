//! Opening the diary at start, and what the window shows when that needs a decision.
//!
//! A damaged diary is moved aside untouched (`centinela_core::recovery`) and a new one is
//! opened, but the window shows the recovery screen, offering the newest good backup, until
//! the family chooses: never a silent blank diary. A diary that cannot be opened at all (a
//! newer Centinela's, or not a diary) is shown in the window, with nothing written.

use std::path::Path;
use std::sync::Mutex;

use centinela_core::backup::{self, BackupSummary};
use centinela_core::diary::{Diary, StoreError, DIARY_FILE_NAME};
use centinela_core::recovery::{self as core_recovery, Pending};
use chrono::{DateTime, FixedOffset};
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

/// Opens the diary in `dir` for this launch. A damaged one is set aside (with its `-wal`
/// and `-shm`) and a new, empty one opened in its place; the pending marker keeps the
/// recovery screen coming back until `finish_recovery`.
pub fn open_diary(dir: &Path, now: DateTime<FixedOffset>) -> Result<Diary, StoreError> {
    finish_a_half_done_move(dir)?;
    match Diary::open_in_at(dir, now) {
        Err(StoreError::Damaged { reason }) => {
            eprintln!("centinela: the diary is damaged ({reason}); moving it aside");
            let pending = core_recovery::set_aside(dir, &reason, now).map_err(|e| {
                // Never open a blank diary over a damaged one that could not be moved.
                StoreError::Damaged {
                    reason: format!("{reason}; it could not be moved aside: {e}"),
                }
            })?;
            eprintln!("centinela: damaged diary kept at {}", pending.moved_to);
            Diary::open_in_at(dir, now)
        }
        other => other,
    }
}

/// A crash in the middle of `set_aside` moves the `-wal` and `-shm` but leaves the file:
/// opened as it is, it would lack its last saves. Finish the move under the marker's name
/// first; if that fails, open nothing.
fn finish_a_half_done_move(dir: &Path) -> Result<(), StoreError> {
    let Some(p) = core_recovery::pending(dir) else {
        return Ok(());
    };
    let target = Path::new(&p.moved_to);
    // An unreadable marker names no file in `damaged/`: nothing to finish then.
    let half_done = !target.exists()
        && target.starts_with(dir.join(core_recovery::DAMAGED_DIR))
        && dir.join(DIARY_FILE_NAME).exists();
    if !half_done {
        return Ok(());
    }
    eprintln!("centinela: finishing the move aside of the damaged diary");
    core_recovery::set_aside(dir, &p.reason, p.at).map_err(|e| StoreError::Damaged {
        reason: format!(
            "{}; moving it aside stopped half way and could not be finished: {e}",
            p.reason
        ),
    })?;
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn side(path: &Path, suffix: &str) -> std::path::PathBuf {
        let mut s = path.as_os_str().to_owned();
        s.push(suffix);
        s.into()
    }

    #[test]
    fn a_move_aside_stopped_half_way_is_finished_before_the_diary_opens() {
        let tmp = tempfile::TempDir::new().unwrap();
        let dir = tmp.path();
        let now = DateTime::parse_from_rfc3339("2026-11-21T09:00:00-06:00").unwrap();
        let diary = dir.join(DIARY_FILE_NAME);
        // The diary's last save is only in its -wal when the app is killed.
        let live = tempfile::TempDir::new().unwrap();
        let d = Diary::open_in_at(live.path(), now).unwrap();
        d.connection()
            .execute_batch("CREATE TABLE last_save (x); INSERT INTO last_save VALUES (1);")
            .unwrap();
        for suffix in ["", "-wal", "-shm"] {
            let name = format!("{DIARY_FILE_NAME}{suffix}");
            std::fs::copy(live.path().join(&name), dir.join(&name)).unwrap();
        }
        drop(d);
        let p = core_recovery::set_aside(dir, "its check found: page 3", now).unwrap();
        // The crash came after the -wal moved, before the file did.
        let moved = Path::new(&p.moved_to);
        std::fs::rename(moved, &diary).unwrap();
        assert!(side(moved, "-wal").exists() && !moved.exists());

        let later = now + chrono::Duration::minutes(5);
        let d = open_diary(dir, later).unwrap();
        assert!(
            moved.exists(),
            "the file joined its -wal under the marker's name"
        );
        assert!(side(moved, "-wal").exists());
        let stale: i64 = d
            .connection()
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'last_save'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(stale, 0, "a new diary, not the old file without its -wal");
        let still = core_recovery::pending(dir).unwrap();
        assert_eq!(still.moved_to, p.moved_to);
        assert_eq!(still.reason, p.reason);
        assert_eq!(still.at, p.at);
        // Opening again changes nothing more.
        drop(d);
        drop(open_diary(dir, later).unwrap());
        assert!(moved.exists());
        assert_eq!(core_recovery::pending(dir).unwrap().moved_to, p.moved_to);
    }
}
