//! Centinela's desktop shell. Thin on purpose: it owns the window, the data folder and the
//! commands; every rule about readings and alerts belongs in `centinela-core`.

pub mod alarm;
pub mod awake;
pub mod backups;
#[cfg(test)]
mod bindings;
pub mod call;
pub mod commands;
mod data_dir;
pub mod dialog;
pub mod exports;
pub mod host;
pub mod instance;
pub mod launch;
pub mod login;
pub mod notify;
pub mod quit;
pub mod recovery;
pub use centinela_background::scheduler;
pub mod shell;
pub mod to_tray;
pub mod training;
pub mod tray;
pub mod watch;
pub mod window;

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use serde::Serialize;
use tauri::Manager;

pub use data_dir::{launch_data_dir, prepare_data_dir};
pub use launch::{Launch, Measure, DATA_DIR_FLAG};

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

/// When the process started, and whether the first screen was reported yet; and when a
/// closed window was last asked to open again (the benchmark times the reopening).
pub struct StartupSignal {
    started: Instant,
    measure: Measure,
    reported: AtomicBool,
    reopened: std::sync::Mutex<Option<Instant>>,
}

/// Notes that the closed window is being built again, for `startup_ready` to time.
pub(crate) fn reopening<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    reopening_since(app, Instant::now());
}

/// The same, asked for at `at` (in the tray, before this program started).
pub(crate) fn reopening_since<R: tauri::Runtime>(app: &tauri::AppHandle<R>, at: Instant) {
    if let Some(signal) = app.try_state::<StartupSignal>() {
        if let Ok(mut reopened) = signal.reopened.lock() {
            *reopened = Some(at);
        }
    }
}

/// The UI calls this once, two frames after its first screen (setup, Home or recovery) is
/// in the page. Under `--measure-startup` the first call prints
/// `centinela-ready ms=<ms since start>`, and the first screen of a window opened again
/// prints `centinela-reopened ms=<ms since it was asked for>`; otherwise it does nothing.
#[tauri::command]
fn startup_ready(app: tauri::AppHandle, signal: tauri::State<'_, StartupSignal>) {
    // The window works: a failure from here on is not a window that cannot open.
    to_tray::disarm_fallback();
    if signal.measure == Measure::Off {
        return;
    }
    // Never println!: a closed stdout would panic, and a panic aborts the app.
    let mut out = std::io::stdout().lock();
    let reopened = signal.reopened.lock().ok().and_then(|mut at| at.take());
    if let Some(at) = reopened {
        let ms = at.elapsed().as_secs_f64() * 1000.0;
        let _ = writeln!(out, "centinela-reopened ms={ms:.1}");
        let _ = out.flush();
        return;
    }
    // Only the first call counts (a reload must not print twice).
    if signal.reported.swap(true, Ordering::SeqCst) {
        return;
    }
    let ms = signal.started.elapsed().as_secs_f64() * 1000.0;
    let _ = writeln!(out, "centinela-ready ms={ms:.1}");
    let _ = out.flush();
    if signal.measure == Measure::Exit {
        app.exit(0);
    }
}

/// Builds and runs the app until Quit in the tray (closing the window leaves it in the tray).
/// `started` is taken at the top of `main`, before the arguments were read.
pub fn run(launch: Launch, started: Instant) -> tauri::Result<()> {
    let measure = launch.measure();
    let hidden = launch.hidden;
    // Resolved before the builder: the single-instance lock and the login launch depend on it.
    let data_dir = launch_data_dir(launch.data_dir);
    let (folder, chosen) = match &data_dir {
        // Symlinks resolved, so two spellings of one folder are one instance.
        Ok((d, chosen)) => (Some(std::fs::canonicalize(d).unwrap_or(d.clone())), *chosen),
        Err(_) => (None, false),
    };
    // Handed over by the tray: the window was closed and is being opened again.
    let handover = centinela_background::handover::take();
    let switch = data_dir
        .as_ref()
        .ok()
        .and_then(|(d, _)| to_tray::Switch::find(d));
    // Started at login: nothing to show, so start as the tray and never load GTK.
    if let (true, Some(s)) = (hidden, &switch) {
        let err = s.start_in_tray();
        eprintln!("centinela: cannot start in the tray, starting in full: {err}");
    }
    // If the window cannot be built, back to the tray rather than no Centinela at all.
    if let Some(s) = &switch {
        to_tray::arm_fallback(s, handover.as_ref());
    }
    let built = tauri::Builder::default()
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
        .manage(centinela_background::backup::DailyBackupState::default())
        .manage(alarm::Siren::default())
        .manage(quit::QuitAsked::default())
        .manage(scheduler::UnstoredBanners::default())
        .manage(scheduler::UnstoredKept::default())
        .manage(StartupSignal {
            started,
            measure,
            reported: AtomicBool::new(false),
            reopened: std::sync::Mutex::new(None),
        })
        .invoke_handler(commands_of_the_window())
        .setup(move |app| {
            let (dir, _) = data_dir?;
            if let Some(s) = switch {
                app.manage(s);
            }
            start(app, dir, hidden, handover)
        })
        .build(tauri::generate_context!())
        .inspect_err(|e| to_tray::fall_back(&e.to_string()))?;
    built.run(|app, event| {
        // The last window closing (code None) is not Quit: stay in the tray. A diary that
        // could not be opened leaves no tray and no reminders: closing the window that
        // says so quits.
        if let tauri::RunEvent::ExitRequested {
            code: None, api, ..
        } = event
        {
            if window::stays_in_tray(app) {
                api.prevent_exit();
                // Replaces this process with the small tray program, when it is there.
                to_tray::go(app);
            }
        }
    });
    Ok(())
}

/// Every command the window may call.
fn commands_of_the_window(
) -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app_info,
        startup_ready,
        recovery::get_recovery,
        recovery::finish_recovery,
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
        commands::record_steroid_dose,
        training::get_training,
        training::training_complete_module,
        training::training_start_scenario,
        training::training_add_reading,
        training::training_answer,
        training::training_sign_off,
        training::training_reset,
        training::training_record_baseline,
        training::get_neuro_baselines,
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
        alarm::alarm_state,
        alarm::alarm_check_device,
        alarm::alarm_acknowledge,
        alarm::alarm_silence,
        alarm::alarm_test,
        awake::get_keep_awake,
        awake::set_keep_awake,
        quit::quit_asked,
        quit::quit_answer,
        watch::get_watch,
        watch::dismiss_absence,
        watch::set_sound_limit,
        call::get_call_card,
        call::copy_call_card,
    ]
}

/// At start, in the data folder `dir`: the window (unless started at login), the diary
/// opened or set aside, training, the tray, the reminder tick and the alarm.
fn start(
    app: &mut tauri::App,
    dir: PathBuf,
    hidden: bool,
    handover: Option<centinela_background::handover::Handover>,
) -> Result<(), Box<dyn std::error::Error>> {
    app.manage(AppState {
        data_dir: dir.clone(),
    });
    // A login launch starts with no window at all: the tray builds it when asked.
    if !hidden {
        window::build(app, &dir)?;
    }

    let clock = shell::Clock::from_env();
    let diary = match centinela_core::recovery::open_or_set_aside(&dir, clock.now()) {
        Ok(d) => d,
        Err(e) => {
            // Said in the window (a newer Centinela's diary, not a diary, a damaged
            // one that could not be moved), with nothing written; no reminders run.
            eprintln!("centinela: cannot open the diary in {}: {e}", dir.display());
            window::reveal(app.handle());
            app.manage(recovery::CannotOpen(std::sync::Mutex::new(Some(e.into()))));
            return Ok(());
        }
    };
    if diary.is_read_only() {
        eprintln!("centinela: the diary folder cannot be written; the diary is read-only");
    }
    let lang = tray::language_at_start(&diary);
    // Practice data only: without it the diary still works (training says why).
    match centinela_core::training::Training::open_in(&dir) {
        Ok(practice) => {
            app.manage(training::TrainingState(std::sync::Mutex::new(practice)));
        }
        Err(e) => eprintln!("centinela: cannot open training in {}: {e}", dir.display()),
    }
    app.manage(awake::Awake::new(&dir));
    // Before the first tick writes this run's time: when was Centinela last running?
    app.manage(watch::Watched::new(&dir, clock.now()));
    app.manage(shell::Shell {
        diary: std::sync::Mutex::new(diary),
        clock,
        data_dir: dir,
    });
    // No tray host (a bare X server) must not stop the app; the window still works.
    if let Err(e) = tray::build(app.handle(), lang, quit::request) {
        eprintln!("centinela: no tray icon: {e}");
    }
    // What the tray handed over, before the first tick (which reads it).
    if let Some(h) = handover {
        to_tray::take_over(app.handle(), h);
    }
    // The daily backup is the scheduler's first tick, off the main thread: a
    // day's first launch must not wait for a copy of the diary before painting.
    scheduler::start(host::of(app.handle()));
    // The audible alarm: plays what the scheduler found until someone answers.
    centinela_background::alarm::start(host::of(app.handle()));
    Ok(())
}
