//! A damaged diary is moved aside, untouched, and the family is offered their newest good
//! backup. The offer is kept in a marker file, so it comes back at every launch until the
//! family has chosen what to do: never a silent blank diary.
//!
//! - `set_aside` renames `diary.sqlite3` with its `-wal` and `-shm` into
//!   `<data_dir>/damaged/diary-damaged-<time>.sqlite3*` and writes `damaged/PENDING.json`.
//! - `pending` reads the marker; `clear` removes only the marker (the damaged files stay).

use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

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
/// leave the marker that offers a backup at the next launches.
pub fn set_aside(data_dir: &Path, reason: &str, now: DateTime<FixedOffset>) -> io::Result<Pending> {
    let _ = (data_dir, reason, now);
    Err(io::Error::other("not yet"))
}

/// The damaged diary waiting for the family's choice, if any.
pub fn pending(data_dir: &Path) -> Option<Pending> {
    let _ = data_dir;
    None
}

/// The family has chosen (restored a backup or started anew): remove the marker only.
pub fn clear(data_dir: &Path) -> io::Result<()> {
    let _ = marker(data_dir);
    Ok(())
}

fn marker(data_dir: &Path) -> PathBuf {
    data_dir.join(DAMAGED_DIR).join(PENDING_FILE)
}
