//! Quitting during the course asks first (issue 20): while Centinela is closed nothing
//! reminds or wakes the family. The tray's Quit opens the window on a question in plain
//! words; only the family's "Quit anyway" ends the process. Outside the course Quit ends it
//! at once, as before.

use std::sync::atomic::{AtomicBool, Ordering};

use tauri::{AppHandle, Manager, Runtime};

/// Whether a Quit is waiting for the family's answer in the window.
#[derive(Default)]
pub struct QuitAsked(AtomicBool);

impl QuitAsked {
    /// The window shows the question as soon as it is up (the tray's Quit, handed over).
    pub fn ask(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// The tray's Quit: during the course, ask in the window; otherwise end now.
pub fn request<R: Runtime>(app: &AppHandle<R>) {
    if centinela_background::awake::in_course(&crate::host::of(app)) {
        if let Some(asked) = app.try_state::<QuitAsked>() {
            asked.ask();
            // The window (built again if it was closed) shows the question at once.
            crate::window::reveal(app);
            return;
        }
    }
    exit(app);
}

fn exit<R: Runtime>(app: &AppHandle<R>) {
    // The sleep inhibitor is let go first (the process ending would do it too).
    centinela_background::awake::release(&crate::host::of(app));
    // The next start says how long Centinela was closed.
    centinela_background::watch::closing(&crate::host::of(app));
    app.exit(0);
}

/// Whether the window should ask "Quit Centinela?" now.
#[tauri::command]
pub fn quit_asked(asked: tauri::State<'_, QuitAsked>) -> bool {
    asked.0.load(Ordering::SeqCst)
}

/// The family's answer: `quit` ends Centinela, otherwise it keeps running.
#[tauri::command]
pub fn quit_answer<R: Runtime>(app: AppHandle<R>, asked: tauri::State<'_, QuitAsked>, quit: bool) {
    // Only an answer to a question the tray asked can end the app.
    if asked.0.swap(false, Ordering::SeqCst) && quit {
        exit(&app);
    }
}
