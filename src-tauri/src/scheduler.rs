//! The reminder scheduler: a short tick that asks the diary what came due.
//!
//! It never sleeps until a due time. Each tick compares the wall clock with the stored
//! reminders (`Diary::run_reminders`), so after the laptop sleeps, the app restarts or the
//! clock jumps, what came due is found on the next tick and notified once, grouped.

use std::time::Duration as StdDuration;

use centinela_core::diary::Language;
use centinela_core::reminder::Wake;
use chrono::{DateTime, Duration, FixedOffset};
use tauri::{AppHandle, Manager, Runtime};

use crate::commands::Shell;

/// How often the wall clock is compared with the reminders.
pub const TICK: StdDuration = StdDuration::from_secs(10);

/// A gap this much longer than the tick means the computer slept (or its clock jumped).
const SLEEP_GAP_SECONDS: i64 = 60;

/// Why this tick may find several reminders at once, from the wall clock of the last one.
pub fn wake(last: Option<DateTime<FixedOffset>>, now: DateTime<FixedOffset>) -> Wake {
    match last {
        None => Wake::Started,
        Some(last) => {
            let gap = (now - last).abs();
            if gap > Duration::seconds(TICK.as_secs() as i64 + SLEEP_GAP_SECONDS) {
                Wake::Slept
            } else {
                Wake::Running
            }
        }
    }
}

/// One tick: store what came due, notify it. Returns whether anything was delivered.
pub fn tick<R: Runtime>(app: &AppHandle<R>, wake: Wake) -> bool {
    let shell = app.state::<Shell>();
    let now = shell.clock.now();
    let (delivery, lang) = {
        let Ok(mut diary) = shell.diary.lock() else {
            eprintln!("centinela: reminders: the diary is unavailable");
            return false;
        };
        let lang = diary.settings().map(|s| s.language).unwrap_or(Language::Es);
        match diary.run_reminders(now, &chrono::Local, wake) {
            Ok(d) => (d, lang),
            Err(e) => {
                eprintln!("centinela: reminders: {e}");
                return false;
            }
        }
    };
    let Some(notice) = delivery.notice else {
        return false;
    };
    let (summary, body) = match lang {
        Language::En => (&notice.summary.en, &notice.body.en),
        Language::Es => (&notice.summary.es, &notice.body.es),
    };
    crate::notify::show(summary, body, notice.urgent);
    true
}

/// Start the tick on its own thread, for the life of the app.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    let spawned = std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || {
            let mut last = None;
            loop {
                let now = app.state::<Shell>().clock.now();
                tick(&app, wake(last, now));
                crate::backups::daily(&app);
                last = Some(now);
                std::thread::sleep(TICK);
            }
        });
    if let Err(e) = spawned {
        eprintln!("centinela: cannot start the reminder scheduler: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn first_tick_is_a_start_a_long_gap_is_sleep() {
        let now = t("2026-11-21T02:00:00-06:00");
        assert_eq!(wake(None, now), Wake::Started);
        assert_eq!(wake(Some(now - Duration::seconds(10)), now), Wake::Running);
        assert_eq!(wake(Some(now - Duration::seconds(70)), now), Wake::Running);
        assert_eq!(wake(Some(now - Duration::seconds(71)), now), Wake::Slept);
        assert_eq!(wake(Some(now - Duration::hours(8)), now), Wake::Slept);
        // The clock set back by an hour is a jump too.
        assert_eq!(wake(Some(now + Duration::hours(1)), now), Wake::Slept);
    }
}
