//! Centinela's desktop shell. Thin on purpose: it owns the window, the data folder and the
//! commands; every rule about readings and alerts belongs in `centinela-core`.

#[cfg(test)]
mod bindings;
pub mod commands;
mod data_dir;

use std::path::PathBuf;

use serde::Serialize;
use tauri::{Manager, WebviewUrl, WebviewWindowBuilder};

pub use data_dir::{data_dir_flag, prepare_data_dir, DATA_DIR_FLAG};

/// Shared, read-only facts about this running app.
pub struct AppState {
    pub data_dir: PathBuf,
}

/// What `app_info` returns. Tests use it to check the app really uses the folder they gave it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
}

#[tauri::command]
fn app_info(state: tauri::State<'_, AppState>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        data_dir: state.data_dir.display().to_string(),
    }
}

/// Builds and runs the app until the last window closes.
pub fn run() -> tauri::Result<()> {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![
            app_info,
            commands::get_home,
            commands::get_setup,
            commands::save_setup,
            commands::save_settings,
            commands::check_reading,
            commands::add_reading,
            commands::amend_reading,
            commands::get_diary,
            commands::get_chart,
            commands::acknowledge_alerts,
        ])
        .setup(|app| {
            let flag = data_dir_flag(std::env::args_os().skip(1))?;
            let dir = centinela_core::paths::resolve_data_dir_with(
                flag,
                std::env::var_os(centinela_core::paths::DATA_DIR_ENV),
                app.path().data_dir().ok(),
            )?;
            let dir = prepare_data_dir(&dir)
                .map_err(|e| format!("cannot use data folder {}: {e}", dir.display()))?;

            // The window is built here, not in tauri.conf.json, so the webview's own storage
            // (localStorage, caches) lives inside the data folder too: a test folder stays
            // isolated from the family's real one.
            WebviewWindowBuilder::new(app, "main", WebviewUrl::default())
                .title("Centinela")
                .inner_size(1100.0, 800.0)
                .min_inner_size(640.0, 480.0)
                .data_directory(dir.join("webview"))
                .build()?;

            let diary = centinela_core::diary::Diary::open_in(&dir)
                .map_err(|e| format!("cannot open the diary in {}: {e}", dir.display()))?;
            app.manage(commands::Shell {
                diary: std::sync::Mutex::new(diary),
                clock: commands::Clock::from_env(),
            });
            app.manage(AppState { data_dir: dir });
            Ok(())
        })
        .run(tauri::generate_context!())
}
