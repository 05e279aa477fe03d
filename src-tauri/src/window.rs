//! The main window's life: built hidden or shown, hidden (not closed) when the family closes
//! it, and brought back by the tray, a second launch or a reminder.

use std::ffi::OsString;
use std::path::Path;

use tauri::{AppHandle, Manager, Runtime, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

/// The main window's label.
pub const MAIN: &str = "main";

/// Start in the tray without showing the window (how the login launch starts us).
pub const HIDDEN_FLAG: &str = "--hidden";

/// Whether `args` (without the program name) ask to start hidden.
pub fn hidden_flag(args: impl IntoIterator<Item = OsString>) -> bool {
    args.into_iter().any(|a| a == HIDDEN_FLAG)
}

/// Whether this process was started with `--hidden` (e.g. by the login launch).
pub fn started_hidden() -> bool {
    hidden_flag(std::env::args_os().skip(1))
}

/// Builds the main window, visible unless `hidden`.
pub fn build<R: Runtime, M: Manager<R>>(
    app: &M,
    data_dir: &Path,
    hidden: bool,
) -> tauri::Result<WebviewWindow<R>> {
    // Built here, not in tauri.conf.json, so the webview's own storage (localStorage, caches)
    // lives inside the data folder too: a test folder stays isolated from the family's one.
    WebviewWindowBuilder::new(app, MAIN, WebviewUrl::default())
        .title("Centinela")
        .inner_size(1100.0, 800.0)
        .min_inner_size(640.0, 480.0)
        .data_directory(data_dir.join("webview"))
        .visible(!hidden)
        .build()
}

/// Shows the main window, un-minimised and in front. Safe from any thread.
pub fn reveal<R: Runtime>(app: &AppHandle<R>) {
    let Some(w) = app.get_webview_window(MAIN) else {
        return;
    };
    // Each step may fail on its own (e.g. no window manager to focus with); keep going.
    for (what, r) in [
        ("show", w.show()),
        ("unminimize", w.unminimize()),
        ("focus", w.set_focus()),
    ] {
        if let Err(e) = r {
            eprintln!("centinela: cannot {what} the window: {e}");
        }
    }
}

/// Closing the main window hides it: the app keeps running in the tray so reminders still
/// fire. Only the tray's Quit ends the app.
pub fn on_event<R: Runtime>(window: &tauri::Window<R>, event: &tauri::WindowEvent) {
    if let tauri::WindowEvent::CloseRequested { api, .. } = event {
        if window.label() == MAIN {
            api.prevent_close();
            if let Err(e) = window.hide() {
                eprintln!("centinela: cannot hide the window: {e}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_only_with_the_exact_flag() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert!(hidden_flag(args(&["--data-dir", "/a", "--hidden"])));
        assert!(!hidden_flag(args(&["--data-dir", "/a"])));
        assert!(!hidden_flag(args(&["--hidden-ish"])));
    }
}
