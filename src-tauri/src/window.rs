//! The main window's life. Closing it closes its web view too (WebKit's page is most of the
//! app's memory, and the course lasts 21 days); the app lives on in the tray, and the tray, a
//! second launch or an alarm builds the window again.

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

/// Builds the main window, shown.
pub fn build<R: Runtime, M: Manager<R>>(
    app: &M,
    data_dir: &Path,
) -> tauri::Result<WebviewWindow<R>> {
    // Built here, not in tauri.conf.json, so the webview's own storage (localStorage, caches)
    // lives inside the data folder too: a test folder stays isolated from the family's one.
    WebviewWindowBuilder::new(app, MAIN, WebviewUrl::default())
        .title("Centinela")
        .inner_size(1100.0, 800.0)
        .min_inner_size(640.0, 480.0)
        .data_directory(data_dir.join("webview"))
        .build()
}

/// Shows the main window, un-minimised and in front, building it again if it was closed.
/// Safe from any thread.
pub fn reveal<R: Runtime>(app: &AppHandle<R>) {
    let handle = app.clone();
    // On the main thread, so two callers at once (an alarm and the tray) cannot both build.
    let r = app.run_on_main_thread(move || {
        if handle.get_webview_window(MAIN).is_none() {
            reopen(&handle);
        } else {
            bring_to_front(&handle);
        }
    });
    if let Err(e) = r {
        eprintln!("centinela: cannot reach the main thread to show the window: {e}");
    }
}

/// Builds the closed window again, on the folder the app runs on.
fn reopen<R: Runtime>(app: &AppHandle<R>) {
    let Some(state) = app.try_state::<crate::AppState>() else {
        return;
    };
    crate::reopening(app);
    if let Err(e) = build(app, &state.data_dir) {
        eprintln!("centinela: cannot open the window again: {e}");
    }
}

fn bring_to_front<R: Runtime>(app: &AppHandle<R>) {
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

/// Whether the app should stay up after its last window closed: yes once the diary is open
/// (the reminders and the alarm run without a window). Only the tray's Quit ends it then.
pub fn stays_in_tray<R: Runtime>(app: &AppHandle<R>) -> bool {
    app.try_state::<crate::commands::Shell>().is_some()
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
