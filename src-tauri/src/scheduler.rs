//! The reminder scheduler: a short tick that asks the diary what came due.
//!
//! It never sleeps until a due time. Each tick compares the wall clock with the stored
//! reminders (`Diary::run_reminders`), so after the laptop sleeps, the app restarts or the
//! clock jumps, what came due is found on the next tick and notified once, grouped.

use std::time::{Duration as StdDuration, Instant};

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

/// While the diary cannot be written (opened read-only at start), how often the tick
/// tries to open it again: the family may free the disk without pressing Save.
const REOPEN_EVERY: StdDuration = StdDuration::from_secs(60);

/// What the tick remembers between runs: when it last tried to reopen a read-only
/// diary, and the last failure it logged (each is logged once, not every 10 s).
#[derive(Debug, Default)]
pub struct TickState {
    last_reopen: Option<Instant>,
    last_failure: Option<String>,
}

impl TickState {
    /// Whether a read-only diary should be tried again now (at most once a minute).
    fn may_reopen(&mut self, now: Instant) -> bool {
        let due = self
            .last_reopen
            .is_none_or(|last| now.saturating_duration_since(last) >= REOPEN_EVERY);
        if due {
            self.last_reopen = Some(now);
        }
        due
    }

    /// Log `failure` unless it is the one logged last.
    fn failed(&mut self, failure: String) {
        if self.last_failure.as_deref() != Some(failure.as_str()) {
            eprintln!("centinela: reminders: {failure}");
            self.last_failure = Some(failure);
        }
    }

    fn succeeded(&mut self) {
        self.last_failure = None;
    }
}

/// One tick: store what came due, notify it. Returns whether anything was delivered.
/// A read-only diary is opened again first, at most once a minute; while it stays
/// read-only nothing can be stored, so nothing is notified (logged once).
pub fn tick<R: Runtime>(app: &AppHandle<R>, wake: Wake, state: &mut TickState) -> bool {
    let shell = app.state::<Shell>();
    let now = shell.clock.now();
    let (delivery, lang) = {
        let Ok(mut diary) = shell.diary.lock() else {
            state.failed("the diary is unavailable".into());
            return false;
        };
        if diary.is_read_only() {
            if state.may_reopen(Instant::now()) {
                match crate::commands::reopen(&shell, &mut diary) {
                    Ok(true) => eprintln!("centinela: reminders: the diary can be written again"),
                    Ok(false) => state.failed(
                        "waiting: the diary cannot be written, so reminders cannot be kept".into(),
                    ),
                    Err(e) => state.failed(format!("cannot open the diary again: {e}")),
                }
            }
            if diary.is_read_only() {
                return false;
            }
        }
        let lang = diary.settings().map(|s| s.language).unwrap_or(Language::Es);
        match diary.run_reminders(now, &chrono::Local, wake) {
            Ok(d) => {
                state.succeeded();
                (d, lang)
            }
            Err(e) => {
                state.failed(e.to_string());
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
            let mut state = TickState::default();
            loop {
                let now = app.state::<Shell>().clock.now();
                tick(&app, wake(last, now), &mut state);
                // What must be heard now, from the diary as this tick left it.
                crate::alarm::refresh(&app);
                // The sleep inhibitor held during the course, let go outside it.
                crate::awake::refresh(&app);
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

    #[test]
    fn a_read_only_diary_is_tried_again_at_most_once_a_minute() {
        let mut s = TickState::default();
        let start = Instant::now();
        assert!(s.may_reopen(start), "the first tick tries at once");
        assert!(!s.may_reopen(start + TICK));
        assert!(!s.may_reopen(start + REOPEN_EVERY - StdDuration::from_millis(1)));
        assert!(s.may_reopen(start + REOPEN_EVERY));
        assert!(!s.may_reopen(start + REOPEN_EVERY + TICK));
    }

    #[test]
    fn a_failure_is_logged_once_until_it_changes_or_a_tick_works() {
        let mut s = TickState::default();
        s.failed("disk full".into());
        assert_eq!(s.last_failure.as_deref(), Some("disk full"));
        s.failed("disk full".into());
        s.failed("read-only".into());
        assert_eq!(s.last_failure.as_deref(), Some("read-only"));
        s.succeeded();
        assert_eq!(s.last_failure, None);
    }
}
