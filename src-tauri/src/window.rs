//! The main window's life. Closing it closes its web view too (WebKit's page is most of the
//! app's memory, and the course lasts 21 days); the app lives on in the tray, and the tray, a
//! second launch or an alarm builds the window again.

use std::path::Path;

use tauri::{AppHandle, Manager, Runtime, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

/// The main window's label.
pub const MAIN: &str = "main";

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
    app.try_state::<crate::shell::Shell>().is_some()
}
