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

use crate::diary::DIARY_FILE_NAME;
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
