//! Home's watch banners (issue 20): what may keep the alarm from waking the family, and how
//! long Centinela was closed. The watching itself runs in `centinela-background`.

use centinela_background::watch::ABSENCE_WORTH_SAYING_MINUTES;
pub use centinela_background::watch::{Absence, ConcernView, WatchView, Watched};
use centinela_core::messages;
use tauri::{AppHandle, Manager, Runtime};

use crate::shell::{CommandError, Shell};

/// Home's banners: what may keep the alarm from waking the family, and the closed span.
#[tauri::command]
pub fn get_watch<R: Runtime>(app: AppHandle<R>) -> Result<WatchView, CommandError> {
    let shell = app.try_state::<Shell>().ok_or_else(not_ready)?;
    let watched = app.try_state::<Watched>().ok_or_else(not_ready)?;
    let (concerns, span) = watched.snapshot();
    let in_course = centinela_background::awake::in_course(&crate::host::of(&app));
    let diary = crate::shell::locked(&shell)?;
    let absence = match span {
        Some((from, to)) => {
            let came_due = diary.reminders_between(from, to)?;
            let minutes = (to - from).num_minutes();
            let worth = minutes >= ABSENCE_WORTH_SAYING_MINUTES && in_course;
            (worth || !came_due.is_empty()).then_some(Absence {
                from,
                to,
                minutes,
                came_due,
            })
        }
        None => None,
    };
    Ok(WatchView {
        concerns: concerns
            .into_iter()
            .map(|c| ConcernView {
                concern: c,
                code: c.code().into(),
                title: messages::watch_title(c),
                advice: messages::watch_advice(c),
            })
            .collect(),
        absence,
        sound_limit_percent: diary.sound_limit()?,
    })
}

/// "OK" on the closed-span banner: it is not shown again in this run.
#[tauri::command]
pub fn dismiss_absence<R: Runtime>(app: AppHandle<R>) -> Result<WatchView, CommandError> {
    if let Some(w) = app.try_state::<Watched>() {
        w.dismiss_absence();
    }
    get_watch(app)
}

/// The training: the nurse sets the sound level below which Centinela warns (10–100 %).
#[tauri::command]
pub fn set_sound_limit<R: Runtime>(
    app: AppHandle<R>,
    percent: i64,
) -> Result<WatchView, CommandError> {
    {
        let shell = app.try_state::<Shell>().ok_or_else(not_ready)?;
        let mut diary = crate::shell::writable(&shell)?;
        diary.set_sound_limit(percent, shell.clock.now())?;
    }
    // Said at once, not on the next tick.
    centinela_background::watch::refresh(&crate::host::of(&app));
    get_watch(app)
}

fn not_ready() -> CommandError {
    CommandError::diary_not_open()
}
