//! The audible alarm's commands: the screens ask how it stands, answer it (acknowledge,
//! silence 2 minutes) and test it. The alarm itself runs in `centinela-background`, in
//! whichever process is up (the window's, or the tray's while the window is closed).

pub use centinela_background::alarm::{AlarmState, DeviceState, Siren, SoundDevice};
use tauri::{AppHandle, Runtime};

fn now<R: Runtime>(app: &AppHandle<R>) -> chrono::DateTime<chrono::Utc> {
    centinela_background::alarm::now_utc(&crate::host::of(app))
}

/// The alarm as it stands (the screens ask every few seconds while it is up).
#[tauri::command]
pub fn alarm_state<R: Runtime>(app: AppHandle<R>, siren: tauri::State<'_, Siren>) -> AlarmState {
    siren.state_at(now(&app))
}

/// Settings: look for the sound device again (speakers plugged in since), then the state.
#[tauri::command]
pub fn alarm_check_device<R: Runtime>(
    app: AppHandle<R>,
    siren: tauri::State<'_, Siren>,
) -> AlarmState {
    siren.check_device(now(&app))
}

/// "I'm here": stops the sound for every call standing now (the conditions stay open).
#[tauri::command]
pub fn alarm_acknowledge<R: Runtime>(
    app: AppHandle<R>,
    siren: tauri::State<'_, Siren>,
) -> AlarmState {
    siren.acknowledge(now(&app))
}

/// "Silence 2 minutes".
#[tauri::command]
pub fn alarm_silence<R: Runtime>(app: AppHandle<R>, siren: tauri::State<'_, Siren>) -> AlarmState {
    siren.silence(now(&app))
}

/// "Test the alarm": both priorities once (medium, then high) and a notification with the
/// words the screen gives (from its word catalogue, in the family's language).
#[tauri::command]
pub fn alarm_test<R: Runtime>(
    app: AppHandle<R>,
    siren: tauri::State<'_, Siren>,
    summary: String,
    body: String,
) -> AlarmState {
    crate::notify::show(&summary, &body, false);
    siren.test(now(&app))
}
