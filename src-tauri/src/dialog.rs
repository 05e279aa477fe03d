//! The save dialog the family answers, and the folder documents go to. Shared by the
//! exports and the backups, so neither imports the other.

use std::path::PathBuf;

use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;

/// Where documents go: `Documents/Centinela` (or `~/Documents/Centinela` when the
/// system names no documents folder).
pub fn export_dir() -> Option<PathBuf> {
    dirs::document_dir()
        .or_else(|| dirs::home_dir().map(|h| h.join("Documents")))
        .map(|d| d.join("Centinela"))
}

/// What a save dialog offers: a title, a file type and a suggested name.
pub(crate) struct SaveAs<'a> {
    pub title: &'a str,
    pub filter: &'a str,
    pub extension: &'a str,
    pub file_name: String,
}

/// Ask where to save, starting in `Documents/Centinela`. `None` when the family cancels.
/// Blocks until the dialog closes, so it must run off the main thread (async commands do).
pub(crate) fn ask_where(app: &AppHandle, what: &SaveAs<'_>) -> Option<PathBuf> {
    let mut dialog = app
        .dialog()
        .file()
        .set_title(what.title)
        .set_file_name(&what.file_name)
        .add_filter(what.filter, &[what.extension]);
    if let Some(dir) = export_dir().filter(|d| std::fs::create_dir_all(d).is_ok()) {
        dialog = dialog.set_directory(dir);
    }
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    let path = dialog.blocking_save_file()?.into_path().ok()?;
    Some(with_extension(path, what.extension))
}

/// A name typed without its extension gets it, so the file opens in the right program.
/// The dialog only asked about replacing the name as typed, so when the added extension
/// would land on an existing file, a free name is taken instead (" (2)", " (3)", ...).
fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    let has = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension));
    if has {
        return path;
    }
    let stem = path.file_name().unwrap_or_default().to_os_string();
    let named = |suffix: &str| {
        let mut name = stem.clone();
        name.push(format!("{suffix}.{extension}"));
        path.with_file_name(name)
    };
    let first = named("");
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| named(&format!(" ({n})")))
        .find(|p| !p.exists())
        .expect("some numbered name is free")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_typed_without_its_extension_gets_it() {
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(with_extension(p("/u/report"), "pdf"), p("/u/report.pdf"));
        assert_eq!(
            with_extension(p("/u/report.pdf"), "pdf"),
            p("/u/report.pdf")
        );
        assert_eq!(
            with_extension(p("/u/report.PDF"), "pdf"),
            p("/u/report.PDF")
        );
        assert_eq!(with_extension(p("/u/data.v2"), "csv"), p("/u/data.v2.csv"));
    }

    #[test]
    fn an_added_extension_never_lands_on_an_existing_file() {
        let dir = tempfile::TempDir::new().unwrap();
        let typed = dir.path().join("Centinela-backup");
        std::fs::write(dir.path().join("Centinela-backup.sqlite3"), b"older backup").unwrap();
        let chosen = with_extension(typed.clone(), "sqlite3");
        assert_eq!(chosen, dir.path().join("Centinela-backup (2).sqlite3"));
        std::fs::write(&chosen, b"x").unwrap();
        assert_eq!(
            with_extension(typed, "sqlite3"),
            dir.path().join("Centinela-backup (3).sqlite3")
        );
        // A name the family typed in full was already confirmed by the dialog.
        let full = dir.path().join("Centinela-backup.sqlite3");
        assert_eq!(with_extension(full.clone(), "sqlite3"), full);
    }
}
