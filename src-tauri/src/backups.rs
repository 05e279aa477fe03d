//! Backups from the desktop: the automatic daily copy, "make a backup now", a copy saved
//! where the family picks (a USB stick for a new laptop), and restore.
//!
//! Restore only reads a file the family picked in the open dialog or one of the app's own
//! backups; the window cannot name any other path.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use centinela_core::backup::{self, BackupSummary};
use centinela_core::diary::Language;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;

use crate::dialog::{ask_where, export_dir, SaveAs};
use crate::shell::{failed, shell_of};
use crate::shell::{locked, writable, CommandError};
use crate::AppState;

type Answer<T> = Result<T, CommandError>;

/// The backup file the family last picked in the open dialog (already validated).
#[derive(Default)]
pub struct PickedBackup(pub Mutex<Option<PathBuf>>);

/// The backups screen: the app's own backups, newest first, and where they are kept.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct BackupsView {
    pub backups: Vec<BackupSummary>,
    pub folder: String,
}

/// A restore done: what came back, and where the diary as it was before is kept.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct Restored {
    pub restored: BackupSummary,
    pub safety_copy: BackupSummary,
}

fn data_dir<R: Runtime>(app: &AppHandle<R>) -> PathBuf {
    app.state::<AppState>().data_dir.clone()
}

// Off the main thread (like every command that may wait on the disk or the diary lock),
// so the window never freezes.
#[tauri::command(async)]
pub fn get_backups(app: AppHandle) -> Answer<BackupsView> {
    let dir = data_dir(&app);
    Ok(BackupsView {
        backups: backup::list_backups(&dir)?,
        folder: dir.join("backups").display().to_string(),
    })
}

/// "Make a backup now", into the app's backups folder.
#[tauri::command(async)]
pub fn backup_now(app: AppHandle) -> Answer<BackupSummary> {
    let shell = shell_of(&app)?;
    let now = shell.clock.now().with_timezone(&chrono::Local);
    let diary = locked(&shell)?;
    Ok(backup::backup_now(&diary, &data_dir(&app), None, now)?)
}

/// "Save a copy of the diary…": a backup where the family picks (e.g. a USB stick), to
/// restore on another computer. `None` when they cancel.
#[tauri::command]
pub async fn save_backup_copy(app: AppHandle) -> Answer<Option<BackupSummary>> {
    let shell = shell_of(&app)?;
    let now = shell.clock.now();
    let lang = locked(&shell)?.settings()?.language;
    let w = |id| centinela_core::catalogue::words(lang, id, &[]);
    let (title, filter) = (w("dialog-backup-title"), w("dialog-backup-filter"));
    let what = SaveAs {
        title: &title,
        filter: &filter,
        extension: "sqlite3",
        file_name: format!("{}-{}.sqlite3", w("dialog-backup-file"), now.date_naive()),
    };
    let Some(dest) = ask_where(&app, &what) else {
        return Ok(None);
    };
    let diary = locked(&shell)?;
    let local = now.with_timezone(&chrono::Local);
    Ok(Some(backup::backup_now(
        &diary,
        &data_dir(&app),
        Some(&dest),
        local,
    )?))
}

/// "Restore from a file…": the open dialog, then the file is checked and described, so the
/// family sees whose diary it is before anything changes. `None` when they cancel.
#[tauri::command]
pub async fn pick_backup(app: AppHandle, lang: Language) -> Answer<Option<BackupSummary>> {
    // The screen's language: on a new computer's first run the diary has no settings yet.
    let title = centinela_core::catalogue::words(lang, "dialog-pick-backup-title", &[]);
    let mut dialog = app.dialog().file().set_title(title);
    if let Some(dir) = export_dir().filter(|d| d.is_dir()) {
        dialog = dialog.set_directory(dir);
    }
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    let Some(path) = dialog.blocking_pick_file().and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    let summary = backup::validate_backup(&path)?;
    if let Ok(mut picked) = app.state::<PickedBackup>().0.lock() {
        *picked = Some(path);
    }
    Ok(Some(summary))
}

/// Whether the window may restore from `path`: one of the app's own backups, or the file
/// the family picked.
fn may_restore(path: &Path, backups_dir: &Path, picked: Option<&Path>) -> bool {
    if picked == Some(path) {
        return true;
    }
    let (Ok(real), Ok(dir)) = (path.canonicalize(), backups_dir.canonicalize()) else {
        return false;
    };
    real.parent() == Some(dir.as_path())
}

/// Replace the diary with a backup. The backup is checked first and the current diary is
/// kept as a backup before anything changes.
#[tauri::command(async)]
pub fn restore_backup(app: AppHandle, path: String) -> Answer<Restored> {
    let dir = data_dir(&app);
    let path = PathBuf::from(path);
    let picked = app
        .state::<PickedBackup>()
        .0
        .lock()
        .ok()
        .and_then(|p| p.clone());
    if !may_restore(&path, &dir.join("backups"), picked.as_deref()) {
        return Err(failed(
            "not_a_backup_choice",
            format!(
                "{} is neither one of Centinela's backups nor the file chosen to restore",
                path.display()
            ),
        ));
    }
    let shell = shell_of(&app)?;
    let now = shell.clock.now().with_timezone(&chrono::Local);
    let (restored, safety_copy) = {
        // A restore writes into the diary: one opened read-only is tried again first.
        let mut diary = writable(&shell)?;
        let done = backup::restore(&mut diary, &dir, &path, now)?;
        if let Ok(settings) = diary.settings() {
            crate::tray::set_tray_language(&app, settings.language);
        }
        done
    };
    Ok(Restored {
        restored,
        safety_copy,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_backups_or_the_picked_file_can_be_restored() {
        let data = tempfile::TempDir::new().unwrap();
        let backups = data.path().join("backups");
        std::fs::create_dir(&backups).unwrap();
        let ours = backups.join("diary-daily-2026-11-21.sqlite3");
        std::fs::write(&ours, b"x").unwrap();
        assert!(may_restore(&ours, &backups, None));

        let elsewhere = tempfile::TempDir::new().unwrap();
        let usb = elsewhere.path().join("copy.sqlite3");
        std::fs::write(&usb, b"x").unwrap();
        assert!(!may_restore(&usb, &backups, None));
        assert!(may_restore(&usb, &backups, Some(&usb)));
        // Picking one file does not open the door to its neighbours.
        let other = elsewhere.path().join("other.sqlite3");
        std::fs::write(&other, b"x").unwrap();
        assert!(!may_restore(&other, &backups, Some(&usb)));
        // A path that climbs out of the backups folder is judged by where it really is.
        let climbing = backups
            .join("..")
            .join("..")
            .join(elsewhere.path().file_name().unwrap())
            .join("other.sqlite3");
        assert!(!may_restore(&climbing, &backups, None));
        assert!(!may_restore(
            &backups.join("missing.sqlite3"),
            &backups,
            None
        ));
    }
}
