//! A damaged diary is moved aside, untouched, and the family is offered their newest good
//! backup. The offer is kept in a marker file, so it comes back at every launch until the
//! family has chosen what to do: never a silent blank diary.
//!
//! - `set_aside` renames `diary.sqlite3` with its `-wal` and `-shm` into
//!   `<data_dir>/damaged/diary-damaged-<time>.sqlite3*` and writes `damaged/PENDING.json`.
//! - `pending` reads the marker; `clear` removes only the marker (the damaged files stay).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, Local};
use serde::{Deserialize, Serialize};

use crate::diary::{Diary, StoreError, DIARY_FILE_NAME};
use crate::files::{side_file, sync_dir, write_atomic};

/// The folder, inside the data folder, where damaged diaries are kept.
pub const DAMAGED_DIR: &str = "damaged";

/// The marker file inside [`DAMAGED_DIR`].
pub const PENDING_FILE: &str = "PENDING.json";

/// A damaged diary that was moved aside and is waiting for the family's choice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Pending {
    /// What was wrong with it, in plain English (for logs; the UI has its own words).
    pub reason: String,
    /// Where the untouched file is now.
    pub moved_to: String,
    /// When it was moved aside.
    pub at: DateTime<FixedOffset>,
}

/// Move the diary in `data_dir` (and its side files) aside into [`DAMAGED_DIR`], and
/// leave the marker that offers a backup at every launch until [`clear`].
///
/// The marker is written first, so a crash half way still brings the offer back; the
/// `-wal` and `-shm` move before the file itself, so a new diary can never meet an old
/// `-wal`. Renames only: the damaged bytes are kept exactly. A second call after a crash
/// half way reuses the marker's name. With no diary file there is nothing to move: the
/// marker already there is returned, or `NotFound`.
pub fn set_aside(data_dir: &Path, reason: &str, now: DateTime<FixedOffset>) -> io::Result<Pending> {
    let diary = data_dir.join(DIARY_FILE_NAME);
    if !diary.exists() {
        return pending(data_dir).ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::NotFound,
                format!("there is no diary at {} to move aside", diary.display()),
            )
        });
    }
    let dir = data_dir.join(DAMAGED_DIR);
    crate::paths::ensure_data_dir(&dir)?;
    let target = match pending(data_dir) {
        // A move that stopped half way: finish it under the same name.
        Some(p) if !Path::new(&p.moved_to).exists() && Path::new(&p.moved_to).starts_with(&dir) => {
            PathBuf::from(p.moved_to)
        }
        _ => free_name(&dir, now)?,
    };
    let p = Pending {
        reason: reason.to_string(),
        moved_to: target.display().to_string(),
        at: now,
    };
    let json = serde_json::to_vec_pretty(&p).map_err(io::Error::other)?;
    write_atomic(&marker(data_dir), &json)?;
    for suffix in ["-wal", "-shm", "-journal", ""] {
        let from = side_file(&diary, suffix);
        match fs::rename(&from, side_file(&target, suffix)) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    sync_dir(&dir);
    sync_dir(data_dir);
    Ok(p)
}

/// The damaged diary waiting for the family's choice, if any. A marker that cannot be
/// read still counts (a blank diary must never be shown silently): its reason says so.
pub fn pending(data_dir: &Path) -> Option<Pending> {
    let path = marker(data_dir);
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
        Err(e) => return Some(unreadable(&path, &e.to_string())),
    };
    match serde_json::from_slice(&bytes) {
        Ok(p) => Some(p),
        Err(e) => Some(unreadable(&path, &e.to_string())),
    }
}

/// The family has chosen (restored a backup or started anew): remove the marker only;
/// the damaged files stay in [`DAMAGED_DIR`].
pub fn clear(data_dir: &Path) -> io::Result<()> {
    match fs::remove_file(marker(data_dir)) {
        Ok(()) => {
            sync_dir(&data_dir.join(DAMAGED_DIR));
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

fn unreadable(marker: &Path, why: &str) -> Pending {
    let at = fs::metadata(marker)
        .and_then(|m| m.modified())
        .map(|t| DateTime::<Local>::from(t).fixed_offset())
        .unwrap_or_default();
    Pending {
        reason: format!("the note about a damaged diary could not be read ({why})"),
        moved_to: marker.parent().unwrap_or(marker).display().to_string(),
        at,
    }
}

fn marker(data_dir: &Path) -> PathBuf {
    data_dir.join(DAMAGED_DIR).join(PENDING_FILE)
}

/// `diary-damaged-<local time>.sqlite3`, with `-2`, `-3`... when taken.
fn free_name(dir: &Path, now: DateTime<FixedOffset>) -> io::Result<PathBuf> {
    let stamp = now.format("%Y-%m-%dT%H-%M-%S");
    for n in 1..=999 {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let path = dir.join(format!("diary-damaged-{stamp}{suffix}.sqlite3"));
        let taken = ["", "-wal", "-shm"]
            .iter()
            .any(|s| side_file(&path, s).exists());
        if !taken {
            return Ok(path);
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("too many damaged diaries set aside at {stamp}"),
    ))
}

/// Opens the diary in `dir` for this launch: the one entry point that opens a diary or
/// sets it aside (the desktop app calls it at start). A damaged one is set aside (with its `-wal`
/// and `-shm`) and a new, empty one opened in its place; the pending marker keeps the
/// recovery screen coming back until `finish_recovery`.
pub fn open_or_set_aside(dir: &Path, now: DateTime<FixedOffset>) -> Result<Diary, StoreError> {
    finish_a_half_done_move(dir)?;
    match Diary::open_in_at(dir, now) {
        Err(StoreError::Damaged { reason }) => {
            eprintln!("centinela: the diary is damaged ({reason}); moving it aside");
            let pending = set_aside(dir, &reason, now).map_err(|e| {
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
    let Some(p) = pending(dir) else {
        return Ok(());
    };
    let target = Path::new(&p.moved_to);
    // An unreadable marker names no file in `damaged/`: nothing to finish then.
    let half_done = !target.exists()
        && target.starts_with(dir.join(DAMAGED_DIR))
        && dir.join(DIARY_FILE_NAME).exists();
    if !half_done {
        return Ok(());
    }
    eprintln!("centinela: finishing the move aside of the damaged diary");
    set_aside(dir, &p.reason, p.at).map_err(|e| StoreError::Damaged {
        reason: format!(
            "{}; moving it aside stopped half way and could not be finished: {e}",
            p.reason
        ),
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::side_file as side;

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
        let p = set_aside(dir, "its check found: page 3", now).unwrap();
        // The crash came after the -wal moved, before the file did.
        let moved = Path::new(&p.moved_to);
        std::fs::rename(moved, &diary).unwrap();
        assert!(side(moved, "-wal").exists() && !moved.exists());

        let later = now + chrono::Duration::minutes(5);
        let d = open_or_set_aside(dir, later).unwrap();
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
        let still = pending(dir).unwrap();
        assert_eq!(still.moved_to, p.moved_to);
        assert_eq!(still.reason, p.reason);
        assert_eq!(still.at, p.at);
        // Opening again changes nothing more.
        drop(d);
        drop(open_or_set_aside(dir, later).unwrap());
        assert!(moved.exists());
        assert_eq!(pending(dir).unwrap().moved_to, p.moved_to);
    }
}
