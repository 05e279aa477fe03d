//! Centinela's desktop shell. Thin on purpose: it owns the window, the data folder and the
//! commands; every rule about readings and alerts belongs in `centinela-core`.

pub mod backups;
#[cfg(test)]
mod bindings;
pub mod commands;
mod data_dir;
pub mod exports;
pub mod instance;
pub mod login;
pub mod notify;
pub mod scheduler;
pub mod training;
pub mod tray;
pub mod window;

use std::path::PathBuf;

use serde::Serialize;
use tauri::Manager;

pub use data_dir::{data_dir_flag, launch_data_dir, prepare_data_dir, DATA_DIR_FLAG};

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

/// Builds and runs the app until Quit in the tray (closing the window only hides it).
pub fn run() -> tauri::Result<()> {
    // Resolved before the builder: the single-instance lock and the login launch depend on it.
    let data_dir = launch_data_dir(std::env::args_os().skip(1));
    let (folder, chosen) = match &data_dir {
        // Symlinks resolved, so two spellings of one folder are one instance.
        Ok((d, chosen)) => (Some(std::fs::canonicalize(d).unwrap_or(d.clone())), *chosen),
        Err(_) => (None, false),
    };
    tauri::Builder::default()
        // First, so a second launch hands over before anything else starts.
        .plugin(instance::plugin(folder.as_deref()))
        .plugin(login::plugin(folder.as_deref().filter(|_| chosen)))
        // Opens exported PDFs for printing. Only our own command uses it; the window has
        // no opener permission.
        .plugin(tauri_plugin_opener::init())
        // Save and open dialogs, shown by our own commands only (no dialog permission for
        // the window): the family picks where a report, an export or a backup goes.
        .plugin(tauri_plugin_dialog::init())
        .manage(exports::SavedFiles::default())
        .manage(backups::PickedBackup::default())
        .manage(backups::DailyBackupState::default())
        .on_window_event(window::on_event)
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
            commands::log_bag,
            commands::get_bags,
            commands::pause_infusion,
            commands::resume_infusion,
            commands::acknowledge_reminder,
            training::get_training,
            training::training_complete_module,
            training::training_start_scenario,
            training::training_add_reading,
            training::training_answer,
            training::training_sign_off,
            training::training_reset,
            exports::export_checklist,
            exports::export_training_record,
            exports::open_exported,
            exports::save_report,
            exports::save_export,
            backups::get_backups,
            backups::backup_now,
            backups::save_backup_copy,
            backups::pick_backup,
            backups::restore_backup,
        ])
        .setup(move |app| {
            let (dir, _) = data_dir?;
            window::build(app, &dir, window::started_hidden())?;

            let diary = centinela_core::diary::Diary::open_in(&dir)
                .map_err(|e| format!("cannot open the diary in {}: {e}", dir.display()))?;
            let lang = tray::language_at_start(&diary);
            let practice = centinela_core::training::Training::open_in(&dir)
                .map_err(|e| format!("cannot open training in {}: {e}", dir.display()))?;
            app.manage(training::TrainingState(std::sync::Mutex::new(practice)));
            app.manage(commands::Shell {
                diary: std::sync::Mutex::new(diary),
                clock: commands::Clock::from_env(),
            });
            // No tray host (a bare X server) must not stop the app; the window still works.
            if let Err(e) = tray::build(app.handle(), lang) {
                eprintln!("centinela: no tray icon: {e}");
            }
            app.manage(AppState { data_dir: dir });
            backups::daily(app.handle());
            scheduler::start(app.handle().clone());
            Ok(())
        })
        .run(tauri::generate_context!())
}
