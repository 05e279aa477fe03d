//! The shell's shared state and its one error type now live in `centinela-background`
//! (the tray process uses them too); this adds what only the window's commands need.

pub use centinela_background::shell::*;

/// The open diary's state; missing when the diary could not be opened at start (the
/// window then only says why), so no command can reach a diary that is not there.
pub(crate) fn shell_of<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
) -> Answer<tauri::State<'_, Shell>> {
    tauri::Manager::try_state::<Shell>(app)
        .ok_or_else(|| failed("storage", "the diary is not open".into()))
}
