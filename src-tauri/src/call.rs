//! "When you call, say this" (issue 18): the card built from the diary
//! (`centinela_core::call_card`), and Copy, which puts its words on the clipboard for a
//! message to the team. The window has no clipboard permission: only this command writes it.

use centinela_core::call_card::{self, CallCard, Facts, Usual};
use centinela_core::diary::Language;
use chrono::Duration;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime};

use crate::shell::{locked, Answer, Shell};

/// What Copy did: the words, and whether they are on the clipboard (false where this system
/// has no clipboard the shell can write; the window then copies them itself).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Copied {
    pub text: String,
    pub on_clipboard: bool,
}

fn card<R: Runtime>(app: &AppHandle<R>) -> Answer<Option<CallCard>> {
    let shell = app.state::<Shell>();
    let now = shell.clock.now();
    let usual: Vec<Usual> = app
        .try_state::<crate::training::TrainingState>()
        .and_then(|t| t.0.lock().ok().and_then(|p| p.baselines().ok()))
        .unwrap_or_default()
        .into_iter()
        .map(|b| Usual {
            scale: b.scale,
            score: f64::from(b.score),
        })
        .collect();
    let diary = locked(&shell)?;
    let home = diary.home_in(now, &chrono::Local)?;
    let Some(patient) = home.patient.as_ref() else {
        return Ok(None);
    };
    let from = now - Duration::hours(call_card::LOOK_BACK_HOURS);
    let entries = diary.readings_between(from, now)?;
    Ok(Some(call_card::build(&Facts {
        patient,
        course: home.schedule.course.as_ref(),
        bag: home.schedule.bag.as_ref(),
        entries: &entries,
        assessment: home.assessment.as_ref(),
        usual: &usual,
        now,
    })))
}

/// The card as the diary stands now; None before the setup.
#[tauri::command]
pub fn get_call_card<R: Runtime>(app: AppHandle<R>) -> Answer<Option<CallCard>> {
    card(&app)
}

/// Copy: the card's words in `lang`, put on the clipboard.
#[tauri::command]
pub fn copy_call_card<R: Runtime>(app: AppHandle<R>, lang: Language) -> Answer<Copied> {
    let text = card(&app)?.map(|c| c.plain(lang)).unwrap_or_default();
    let on_clipboard = !text.is_empty() && to_clipboard(&app, text.clone());
    Ok(Copied { text, on_clipboard })
}

/// GTK's clipboard, set on the main thread (where GTK lives).
#[cfg(target_os = "linux")]
fn to_clipboard<R: Runtime>(app: &AppHandle<R>, text: String) -> bool {
    app.run_on_main_thread(move || {
        let board = gtk::Clipboard::get(&gtk::gdk::SELECTION_CLIPBOARD);
        board.set_text(&text);
        board.store();
    })
    .is_ok()
}

#[cfg(not(target_os = "linux"))]
fn to_clipboard<R: Runtime>(_app: &AppHandle<R>, _text: String) -> bool {
    false
}
