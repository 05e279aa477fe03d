//! The commands the screens call. Each one takes the diary lock, asks `centinela-core`,
//! and returns typed data or a `CommandError` code; no rule lives here.

use centinela_core::bag::{Bag, NewBag};
use centinela_core::diary::{
    Alert, Chart, DiaryEntry, Home, Pause, Reminder, Resumed, SavedReading, Settings, Setup,
    SteroidOccasion, StoreError,
};
use centinela_core::plausibility;
use centinela_core::Reading;
use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::shell::{locked, writable, Answer};
pub use crate::shell::{Clock, CommandError, Shell};

/// The diary day by day: every version of every reading, and the alerts.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct DiaryView {
    pub entries: Vec<DiaryEntry>,
    pub alerts: Vec<Alert>,
    pub now: DateTime<FixedOffset>,
}

#[tauri::command]
pub fn get_home(
    shell: tauri::State<'_, Shell>,
    unstored: tauri::State<'_, crate::scheduler::UnstoredBanners>,
) -> Answer<Home> {
    let diary = locked(&shell)?;
    let mut home = diary.home_in(shell.clock.now(), &chrono::Local)?;
    // A diary that cannot be written: the reminders delivered from memory show too.
    if diary.is_read_only() {
        let kept = unstored.0.lock().map(|b| b.clone()).unwrap_or_default();
        let same = |a: &Reminder, b: &Reminder| {
            (a.kind, a.subject_id, a.due_at) == (b.kind, b.subject_id, b.due_at)
        };
        let new: Vec<Reminder> = kept
            .into_iter()
            .filter(|k| !home.schedule.reminders.iter().any(|r| same(r, k)))
            .collect();
        home.schedule.reminders.extend(new);
    }
    Ok(home)
}

#[tauri::command]
pub fn get_setup(shell: tauri::State<'_, Shell>) -> Answer<Option<Setup>> {
    Ok(locked(&shell)?.setup()?)
}

#[tauri::command]
pub fn save_setup(
    app: tauri::AppHandle,
    shell: tauri::State<'_, Shell>,
    setup: Setup,
) -> Answer<Home> {
    let now = shell.clock.now();
    let mut diary = writable(&shell)?;
    diary.save_setup(&setup, now)?;
    apply_settings(&app, &setup.settings);
    Ok(diary.home_in(now, &chrono::Local)?)
}

#[tauri::command]
pub fn save_settings(
    app: tauri::AppHandle,
    shell: tauri::State<'_, Shell>,
    settings: Settings,
) -> Answer<Settings> {
    let mut diary = writable(&shell)?;
    diary.save_settings(&settings, shell.clock.now())?;
    apply_settings(&app, &settings);
    Ok(diary.settings()?)
}

/// What the settings change outside the diary: the tray's language and start at login.
fn apply_settings(app: &tauri::AppHandle, settings: &Settings) {
    crate::tray::set_tray_language(app, settings.language);
    if crate::login::start_at_login(app) != settings.start_at_login {
        if let Err(e) = crate::login::set_start_at_login(app, settings.start_at_login) {
            eprintln!("centinela: cannot change start at login: {e}");
        }
    }
}

/// Check a reading without saving it, for messages while the family types.
#[tauri::command]
pub fn check_reading(shell: tauri::State<'_, Shell>, reading: Reading) -> Answer<()> {
    let diary = locked(&shell)?;
    let patient = diary.patient()?.ok_or(StoreError::NoPatient)?.patient();
    plausibility::check_reading(&reading, &patient, shell.clock.now(), "")?;
    Ok(())
}

#[tauri::command]
pub fn add_reading(
    shell: tauri::State<'_, Shell>,
    reading: Reading,
    recorded_by: Option<String>,
) -> Answer<SavedReading> {
    let now = shell.clock.now();
    Ok(writable(&shell)?.add_reading(&reading, recorded_by.as_deref(), now)?)
}

#[tauri::command]
pub fn amend_reading(
    shell: tauri::State<'_, Shell>,
    original_id: i64,
    reading: Reading,
    reason: String,
    amended_by: String,
) -> Answer<SavedReading> {
    let now = shell.clock.now();
    Ok(writable(&shell)?.amend_reading(original_id, &reading, &reason, &amended_by, now)?)
}

/// The last `days` days of the diary (1–60).
#[tauri::command]
pub fn get_diary(shell: tauri::State<'_, Shell>, days: u32) -> Answer<DiaryView> {
    let now = shell.clock.now();
    let from = now - Duration::days(i64::from(days.clamp(1, 60)));
    let to = now + Duration::minutes(plausibility::limits::FUTURE_TOLERANCE_MINUTES);
    let diary = locked(&shell)?;
    Ok(DiaryView {
        entries: diary.readings_between(from, to)?,
        alerts: diary.alerts_between(from, to)?,
        now,
    })
}

/// Chart points for the last `days` days (1–60).
#[tauri::command]
pub fn get_chart(shell: tauri::State<'_, Shell>, days: u32) -> Answer<Chart> {
    let now = shell.clock.now();
    let from = now - Duration::days(i64::from(days.clamp(1, 60)));
    let to = now + Duration::minutes(plausibility::limits::FUTURE_TOLERANCE_MINUTES);
    Ok(locked(&shell)?.chart(from, to)?)
}

/// "I called — this is what the team said": closes every open alert at once.
#[tauri::command]
pub fn acknowledge_alerts(
    shell: tauri::State<'_, Shell>,
    acknowledged_by: String,
    team_said: Option<String>,
) -> Answer<Vec<Alert>> {
    let now = shell.clock.now();
    Ok(writable(&shell)?.acknowledge_open_alerts(&acknowledged_by, team_said.as_deref(), now)?)
}

/// "New bag hung": the bag hanging now, with its due time. Ends the old bag's reminders.
#[tauri::command]
pub fn log_bag(
    shell: tauri::State<'_, Shell>,
    bag: NewBag,
    recorded_by: Option<String>,
) -> Answer<Bag> {
    let now = shell.clock.now();
    Ok(writable(&shell)?.log_bag(&bag, recorded_by.as_deref(), now)?)
}

/// Every bag logged, newest first.
#[tauri::command]
pub fn get_bags(shell: tauri::State<'_, Shell>) -> Answer<Vec<Bag>> {
    Ok(locked(&shell)?.bags()?)
}

#[tauri::command]
pub fn pause_infusion(
    shell: tauri::State<'_, Shell>,
    reason: String,
    paused_by: Option<String>,
) -> Answer<Pause> {
    let now = shell.clock.now();
    Ok(writable(&shell)?.pause_infusion(&reason, paused_by.as_deref(), now)?)
}

#[tauri::command]
pub fn resume_infusion(
    shell: tauri::State<'_, Shell>,
    resumed_by: Option<String>,
) -> Answer<Resumed> {
    let now = shell.clock.now();
    Ok(writable(&shell)?.resume_infusion(resumed_by.as_deref(), now)?)
}

/// "OK" on a reminder banner (a bag-change reminder ends only with a new bag).
#[tauri::command]
pub fn acknowledge_reminder(
    shell: tauri::State<'_, Shell>,
    id: i64,
    acknowledged_by: Option<String>,
) -> Answer<Reminder> {
    let now = shell.clock.now();
    Ok(writable(&shell)?.acknowledge_reminder(id, acknowledged_by.as_deref(), now)?)
}

/// When dexamethasone was given (care-rules v2 §4.2: a dose may hide a fever for 24 hours):
/// asked by the premedication reminder's "done" and by a restart after a long pause.
#[tauri::command]
pub fn record_steroid_dose(
    shell: tauri::State<'_, Shell>,
    given_at: DateTime<FixedOffset>,
    occasion: SteroidOccasion,
    recorded_by: Option<String>,
) -> Answer<()> {
    let now = shell.clock.now();
    Ok(writable(&shell)?.record_steroid_dose(given_at, occasion, recorded_by.as_deref(), now)?)
}

// Mounts a read-only folder: Linux (and root) only.
#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use centinela_core::diary::Diary;
    use std::path::Path;
    use std::process::Command;
    use std::sync::Mutex;

    fn sh(cmd: &str, args: &[&str]) {
        let ok = Command::new(cmd).args(args).status().unwrap();
        assert!(ok.success(), "{cmd} {args:?}");
    }

    /// Unmounts on drop, so a failing test never leaves a mount behind.
    struct Mounted<'a>(&'a Path);
    impl Drop for Mounted<'_> {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg("-l").arg(self.0).status();
        }
    }

    fn root_or_skip() -> bool {
        // SAFETY: geteuid only reads the process's user id.
        if unsafe { libc::geteuid() } == 0 {
            return true;
        }
        assert!(
            std::env::var_os("CENTINELA_REQUIRE_ROOT_TESTS").is_none(),
            "CENTINELA_REQUIRE_ROOT_TESTS is set: this test needs root (mount)"
        );
        eprintln!("skipped: needs root to mount a read-only folder");
        false
    }

    #[test]
    fn a_read_only_diary_is_written_again_once_its_folder_is_writable() {
        if !root_or_skip() {
            return;
        }
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        std::fs::create_dir(&dir).unwrap();
        let now = Clock::default().now();
        {
            // A crash: the files as they are while the diary is open, its -wal beside it
            // (the case where a read-only connection would keep a new one read-only).
            let src = tmp.path().join("src");
            std::fs::create_dir(&src).unwrap();
            let open = Diary::open_in_at(&src, now).unwrap();
            for f in ["diary.sqlite3", "diary.sqlite3-wal", "diary.sqlite3-shm"] {
                std::fs::copy(src.join(f), dir.join(f)).unwrap();
            }
            drop(open);
        }
        let d = dir.to_str().unwrap();
        sh("mount", &["--bind", d, d]);
        let mounted = Mounted(&dir);
        sh("mount", &["-o", "remount,bind,ro", d]);

        let shell = Shell {
            diary: Mutex::new(Diary::open_in_at(&dir, now).unwrap()),
            clock: Clock::default(),
            data_dir: dir.clone(),
        };
        assert!(locked(&shell).unwrap().is_read_only());
        // Still read-only: it stays so, and the save fails with `read_only`.
        let settings = Settings::default();
        let err = writable(&shell)
            .unwrap()
            .save_settings(&settings, now)
            .unwrap_err();
        assert_eq!(CommandError::from(err).code, "read_only");

        drop(mounted);
        let mut diary = writable(&shell).unwrap();
        assert!(!diary.is_read_only(), "opened read-write again");
        diary.save_settings(&settings, now).unwrap();
    }
}
