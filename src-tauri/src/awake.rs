//! Keeping the computer awake during the course: Settings' commands. The lock itself is
//! held by `centinela-background`, in whichever process is up.

use centinela_background::awake;
pub use centinela_background::awake::AwakeState;
pub use centinela_background::awake::{Awake, KeepAwake};
use tauri::{AppHandle, Manager, Runtime};

use crate::shell::CommandError;

#[tauri::command]
pub fn get_keep_awake<R: Runtime>(app: AppHandle<R>) -> Result<KeepAwake, CommandError> {
    awake::refresh(&crate::host::of(&app)).ok_or_else(unavailable)
}

/// Settings: keep the computer awake during the course, or not.
#[tauri::command]
pub fn set_keep_awake<R: Runtime>(
    app: AppHandle<R>,
    enabled: bool,
) -> Result<KeepAwake, CommandError> {
    let awake = app.try_state::<Awake>().ok_or_else(unavailable)?;
    awake.set_enabled(enabled).map_err(|e| CommandError {
        code: "storage".into(),
        message: format!("cannot save the keep-awake choice: {e}"),
        field: None,
        rejection: None,
    })?;
    awake::refresh(&crate::host::of(&app)).ok_or_else(unavailable)
}

fn unavailable() -> CommandError {
    CommandError::diary_not_open()
}
