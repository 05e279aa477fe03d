//! The reminder scheduler: a short tick that asks the diary what came due.
//!
//! It never sleeps until a due time. Each tick compares the wall clock with the stored
//! reminders (`Diary::run_reminders`), so after the laptop sleeps, the app restarts or the
//! clock jumps, what came due is found on the next tick and notified once, grouped.

use std::time::{Duration as StdDuration, Instant};

use crate::host::Host;
use centinela_core::alarm::Cause;
use centinela_core::diary::{Language, Reminder, UnstoredDelivery};
use centinela_core::reminder::{repeat_every, Occurrence, ReminderKind, Wake};
use chrono::{DateTime, Duration, FixedOffset};

use crate::shell::Shell;

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
    /// What was delivered from memory while the diary could not be written.
    pub unstored: Unstored,
}

/// Reminders delivered from memory while the diary cannot be written, kept until it can be
/// written again and then stored once ([`centinela_core::diary::Diary::store_delivered`]),
/// so they are notified and sounded on a broken disk, and never notified twice.
#[derive(Debug, Default)]
pub struct Unstored {
    delivered: Vec<UnstoredDelivery>,
    /// The ones still due on the last read-only tick (the ones that sound).
    current: Vec<Occurrence>,
}

impl Unstored {
    /// The occurrences due now and not stored: a new one is delivered, a bag due again
    /// every 15 minutes (as the diary would). Returns the kinds to notify now.
    pub fn deliver(&mut self, due: &[Occurrence], now: DateTime<FixedOffset>) -> Vec<ReminderKind> {
        let mut kinds = vec![];
        for o in due {
            match self.delivered.iter_mut().find(|d| d.occurrence == *o) {
                None => {
                    self.delivered.push(UnstoredDelivery {
                        occurrence: *o,
                        first_at: now,
                        last_at: now,
                        deliveries: 1,
                    });
                    kinds.push(o.kind);
                }
                Some(d) => {
                    if repeat_every(o.kind).is_some_and(|every| (now - d.last_at).abs() >= every) {
                        d.last_at = now;
                        d.deliveries += 1;
                        kinds.push(o.kind);
                    }
                }
            }
        }
        self.current = due.to_vec();
        kinds
    }

    /// What the alarm hears: each one still due, with its deliveries as the round.
    pub fn calls(&self) -> Vec<(ReminderKind, Cause, u32)> {
        self.delivered
            .iter()
            .filter(|d| self.current.contains(&d.occurrence))
            .map(|d| {
                let o = d.occurrence;
                (
                    o.kind,
                    Cause::Unstored(o.kind, o.subject_id, o.due_at.timestamp_millis()),
                    d.deliveries,
                )
            })
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.delivered.is_empty()
    }

    /// Home's banners for the ones still due (ids -1, -2, …: they have no row yet).
    pub fn banners(&self) -> Vec<Reminder> {
        self.delivered
            .iter()
            .filter(|d| self.current.contains(&d.occurrence))
            .zip(1..)
            .map(|(d, n)| d.as_reminder(-n))
            .collect()
    }

    /// Stored: forget them (the diary has them now).
    fn stored(&mut self) {
        self.delivered.clear();
        self.current.clear();
    }
}

/// What Home shows of [`Unstored`]: the reminders delivered from memory and still due,
/// published by each tick for `get_home` while the diary cannot be written.
#[derive(Default)]
pub struct UnstoredBanners(pub std::sync::Mutex<Vec<Reminder>>);

/// Every delivery [`Unstored`] holds, published by each tick: the window opening or
/// closing hands them to the other process, which stores them once the diary can be
/// written (and does not notify them again).
#[derive(Default)]
pub struct UnstoredKept(pub std::sync::Mutex<Vec<UnstoredDelivery>>);

fn publish<H: Host>(app: &H, unstored: &Unstored) {
    if let Some(b) = app.get::<UnstoredBanners>() {
        *b.0.lock().unwrap_or_else(|p| p.into_inner()) = unstored.banners();
    }
    if let Some(k) = app.get::<UnstoredKept>() {
        *k.0.lock().unwrap_or_else(|p| p.into_inner()) = unstored.delivered.clone();
    }
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
/// read-only, what is due is worked out from the diary as read and notified from memory
/// ([`Unstored`]), then stored once the diary can be written again, not notified twice.
pub fn tick<H: Host>(app: &H, wake: Wake, state: &mut TickState) -> bool {
    let Some(shell) = app.get::<Shell>() else {
        return false;
    };
    let now = shell.clock.now();
    let (delivery, lang) = {
        let Ok(mut diary) = shell.diary.lock() else {
            state.failed("the diary is unavailable".into());
            return false;
        };
        if diary.is_read_only() {
            if state.may_reopen(Instant::now()) {
                match crate::shell::reopen(shell, &mut diary) {
                    Ok(true) => eprintln!("centinela: reminders: the diary can be written again"),
                    Ok(false) => state.failed(
                        "waiting: the diary cannot be written, so reminders cannot be kept".into(),
                    ),
                    Err(e) => state.failed(format!("cannot open the diary again: {e}")),
                }
            }
            if diary.is_read_only() {
                let lang = diary.settings().map(|s| s.language).unwrap_or(Language::Es);
                let due = match diary.unstored_due(now, &chrono::Local) {
                    Ok(due) => due,
                    Err(e) => {
                        state.failed(format!("cannot read what is due: {e}"));
                        return false;
                    }
                };
                drop(diary);
                let kinds = state.unstored.deliver(&due, now);
                publish(app, &state.unstored);
                let notice = centinela_core::reminder::notice(&kinds, wake);
                return notify(notice, lang);
            }
        }
        if !state.unstored.is_empty() {
            match diary.store_delivered(&state.unstored.delivered, &chrono::Local) {
                Ok(n) => {
                    eprintln!("centinela: reminders: {n} delivered while read-only, now stored");
                    state.unstored.stored();
                    publish(app, &state.unstored);
                }
                Err(e) => state.failed(format!("cannot store the reminders kept in memory: {e}")),
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
    notify(delivery.notice, lang)
}

/// Shows the tick's one notification, if any, in the family's language.
fn notify(notice: Option<centinela_core::reminder::Notice>, lang: Language) -> bool {
    let Some(notice) = notice else {
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
pub fn start<H: Host + Clone>(app: H) {
    let spawned = std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || {
            let mut last = None;
            let mut state = TickState::default();
            // Handed over by the process before this one (the window opened or closed).
            if let Some(k) = app.get::<UnstoredKept>() {
                state.unstored.delivered = k.0.lock().unwrap_or_else(|p| p.into_inner()).clone();
            }
            loop {
                let now = app
                    .get::<Shell>()
                    .map_or_else(|| chrono::Local::now().fixed_offset(), |s| s.clock.now());
                tick(&app, wake(last, now), &mut state);
                // What may keep the alarm from waking the family (sound, battery, ...).
                crate::watch::refresh(&app);
                // What must be heard now, from the diary as this tick left it.
                crate::alarm::refresh(&app, &state.unstored.calls());
                // The sleep inhibitor held during the course, let go outside it.
                crate::awake::refresh(&app);
                crate::backup::daily(&app);
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
    fn a_read_only_diary_notifies_from_memory_once_and_repeats_the_bag_every_15_minutes() {
        let now = t("2026-11-21T03:00:00-06:00");
        let occ = |kind, minutes_ago| Occurrence {
            kind,
            subject_id: 4,
            due_at: (now - Duration::minutes(minutes_ago)).with_timezone(&chrono::Utc),
        };
        let heads_up = occ(ReminderKind::BagHeadsUp, 120);
        let due = occ(ReminderKind::BagDue, 0);
        let mut u = Unstored::default();
        assert!(u.is_empty());
        assert_eq!(
            u.deliver(&[heads_up, due], now),
            vec![ReminderKind::BagHeadsUp, ReminderKind::BagDue]
        );
        // The next ticks: nothing new to notify, still sounding.
        assert_eq!(
            u.deliver(&[heads_up, due], now + Duration::seconds(10)),
            vec![]
        );
        assert_eq!(
            u.deliver(&[heads_up, due], now + Duration::minutes(14)),
            vec![]
        );
        let calls = u.calls();
        assert_eq!(calls.len(), 2);
        let banners = u.banners();
        assert_eq!(
            banners.iter().map(|b| b.id).collect::<Vec<_>>(),
            vec![-1, -2]
        );
        assert!(banners.iter().all(|b| !b.can_acknowledge));
        assert!(calls.iter().all(|c| c.2 == 1));
        // The bag-due reminder repeats after 15 minutes, as the diary would: a new round.
        assert_eq!(
            u.deliver(&[heads_up, due], now + Duration::minutes(15)),
            vec![ReminderKind::BagDue]
        );
        assert!(u
            .calls()
            .iter()
            .any(|c| c.0 == ReminderKind::BagDue && c.2 == 2));
        // No longer due: kept for storing, but it does not sound.
        assert_eq!(u.deliver(&[], now + Duration::minutes(16)), vec![]);
        assert!(u.calls().is_empty());
        assert!(u.banners().is_empty(), "no longer due: no banner");
        assert!(!u.is_empty());
        u.stored();
        assert!(u.is_empty());
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
