//! What Centinela watches for the family (issue 20): after each scheduler tick during the
//! course it looks at the sound output, do not disturb, the battery and start at login
//! (`probe`), and `centinela_core::watch` says what may keep the alarm from waking anyone.
//! Each new matter gets one notification; all of them show on Home and in the tray; a
//! nearly flat battery sounds the medium alarm.
//!
//! It also keeps the time Centinela was last running (`last-seen` in the data folder), so
//! the next start can say how long it was closed and what came due meanwhile.

pub mod probe;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration as StdDuration, Instant};

use crate::host::Host;
use centinela_core::alarm::Call;
use centinela_core::diary::{Language, Reminder};
use centinela_core::messages::{self, Text};
use centinela_core::watch::{self, Concern, Observed};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::shell::Shell;

/// The file holding the last time Centinela was seen running (RFC 3339, one line).
pub const LAST_SEEN_FILE: &str = "last-seen";
/// How often that time is written while running.
const SEEN_EVERY: StdDuration = StdDuration::from_secs(60);
/// A gap shorter than this is a quick restart, not worth a word on Home (unless something
/// came due in it).
pub const ABSENCE_WORTH_SAYING_MINUTES: i64 = 10;

/// One matter as the screens show it: the words come from the core, in both languages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ConcernView {
    pub concern: Concern,
    pub code: String,
    pub title: Text,
    pub advice: Text,
}

/// How long Centinela was closed before this start, and what came due meanwhile (the first
/// tick has notified it; this makes it visible).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Absence {
    pub from: DateTime<FixedOffset>,
    pub to: DateTime<FixedOffset>,
    #[ts(type = "number")]
    pub minutes: i64,
    pub came_due: Vec<Reminder>,
}

/// What Home's watch banners get.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct WatchView {
    pub concerns: Vec<ConcernView>,
    pub absence: Option<Absence>,
    /// The level below which the sound counts as too quiet (the nurse's choice).
    pub sound_limit_percent: u8,
}

/// A span Centinela was closed: from, to.
pub type Span = (DateTime<FixedOffset>, DateTime<FixedOffset>);

/// The watch as one process hands it to the next.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeptWatch {
    concerns: Vec<Concern>,
    absence: Option<Span>,
}

#[derive(Default)]
struct Inner {
    concerns: Vec<Concern>,
    /// The closed span found at start, until the family dismisses it.
    absence: Option<Span>,
    last_written: Option<Instant>,
    power: probe::PowerProbe,
}

/// The watch's state, shared by the scheduler thread and the commands.
pub struct Watched {
    seen_file: PathBuf,
    inner: Mutex<Inner>,
}

impl Watched {
    /// Reads when Centinela was last running, before this run writes its own time.
    pub fn new(data_dir: &Path, now: DateTime<FixedOffset>) -> Watched {
        let seen_file = data_dir.join(LAST_SEEN_FILE);
        let last = std::fs::read_to_string(&seen_file)
            .ok()
            .and_then(|s| DateTime::parse_from_rfc3339(s.trim()).ok());
        Watched {
            seen_file,
            inner: Mutex::new(Inner {
                absence: last.filter(|&l| l < now).map(|l| (l, now)),
                ..Inner::default()
            }),
        }
    }

    /// What is watched now, and the closed span found at start (until dismissed).
    pub fn snapshot(&self) -> (Vec<Concern>, Option<Span>) {
        let inner = self.lock();
        (inner.concerns.clone(), inner.absence)
    }

    /// "OK" on the closed-span banner: not shown again in this run.
    pub fn dismiss_absence(&self) {
        self.lock().absence = None;
    }

    /// What the next process must know: the matters already notified (not notified again)
    /// and the closed span Home still shows. Notes the time, too.
    pub fn handover(&self, now: DateTime<FixedOffset>) -> KeptWatch {
        self.seen(now, true);
        let (concerns, absence) = self.snapshot();
        KeptWatch { concerns, absence }
    }

    /// Takes up what the other process handed over: the window opening or closing is not
    /// a time Centinela was closed.
    pub fn take_over(&self, kept: KeptWatch) {
        let mut inner = self.lock();
        inner.concerns = kept.concerns;
        inner.absence = kept.absence;
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Writes `now` as the last time seen running, at most once a minute unless `force`.
    fn seen(&self, now: DateTime<FixedOffset>, force: bool) {
        let mut inner = self.lock();
        if !force && inner.last_written.is_some_and(|t| t.elapsed() < SEEN_EVERY) {
            return;
        }
        inner.last_written = Some(Instant::now());
        // Written beside and renamed: a crash mid-write leaves the old time, not half a line.
        let tmp = self.seen_file.with_extension("tmp");
        let written = std::fs::write(&tmp, format!("{}\n", now.to_rfc3339()))
            .and_then(|()| std::fs::rename(&tmp, &self.seen_file));
        if let Err(e) = written {
            // A read-only folder: the next start cannot say how long it was closed.
            if force {
                eprintln!("centinela: cannot note the time of closing: {e}");
            }
        }
    }
}

/// After a scheduler tick: look, say what is new, and note the time.
pub fn refresh<H: Host>(app: &H) {
    let (Some(shell), Some(watched)) = (app.get::<Shell>(), app.get::<Watched>()) else {
        return;
    };
    let now = shell.clock.now();
    watched.seen(now, false);
    let in_course = crate::awake::in_course(app);
    let (limit, lang) = match shell.diary.lock() {
        Ok(d) => (
            d.sound_limit()
                .unwrap_or(watch::DEFAULT_SOUND_LIMIT_PERCENT),
            d.settings().map(|s| s.language).unwrap_or(Language::Es),
        ),
        Err(_) => (watch::DEFAULT_SOUND_LIMIT_PERCENT, Language::Es),
    };
    // Outside the course nothing is said, so nothing is looked at.
    let observed = if in_course {
        let power = watched.lock().power.look();
        Observed {
            sound: probe::sound_output(),
            notifications_hidden: probe::notifications_hidden(),
            power,
            start_at_login: Some(app.start_at_login()),
        }
    } else {
        Observed::default()
    };
    let local = now.with_timezone(&chrono::Local).time();
    let concerns = watch::concerns(&observed, in_course, local, limit);
    let (new, changed) = {
        let mut inner = watched.lock();
        let new = watch::newly_notified(&inner.concerns, &concerns);
        let changed = inner.concerns != concerns;
        inner.concerns = concerns.clone();
        (new, changed)
    };
    // Outside the lock: the tray changes on the main thread, which may be waiting for it.
    if changed {
        app.set_warnings(&tray_lines(&concerns, lang));
    }
    if let Some((summary, body)) = watch::notice(&new) {
        let (s, b) = match lang {
            Language::En => (summary.en, body.en),
            Language::Es => (summary.es, body.es),
        };
        let urgent = new
            .iter()
            .any(|c| matches!(c, Concern::BatteryAlarm { .. }));
        crate::notify::show(&s, &b, urgent);
    }
}

/// The tray's lines: what gets a notification (start at login off is for Home).
fn tray_lines(concerns: &[Concern], lang: Language) -> Vec<String> {
    concerns
        .iter()
        .filter(|c| c.notifies())
        .map(|c| {
            let t = messages::watch_title(*c);
            match lang {
                Language::En => t.en,
                Language::Es => t.es,
            }
        })
        .collect()
}

/// What the alarm hears from the watch: a nearly flat battery.
pub fn calls<H: Host>(app: &H) -> Vec<Call> {
    app.get::<Watched>()
        .map(|w| centinela_core::alarm::watch_calls(&w.lock().concerns))
        .unwrap_or_default()
}

/// On Quit: note the time, so the next start knows how long Centinela was closed.
pub fn closing<H: Host>(app: &H) {
    if let (Some(shell), Some(watched)) = (app.get::<Shell>(), app.get::<Watched>()) {
        watched.seen(shell.clock.now(), true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn the_last_time_seen_is_read_at_start_and_written_while_running() {
        let dir = tempfile::tempdir().unwrap();
        let start = t("2026-11-21T01:00:00-06:00");
        let w = Watched::new(dir.path(), start);
        assert_eq!(w.lock().absence, None, "a first start was never closed");
        w.seen(start, false);
        // Within the minute: not written again.
        w.seen(start + Duration::seconds(30), false);
        let read = || std::fs::read_to_string(dir.path().join(LAST_SEEN_FILE)).unwrap();
        assert_eq!(t(read().trim()), start);
        // Quit writes at once.
        let quit = start + Duration::seconds(40);
        w.seen(quit, true);
        assert_eq!(t(read().trim()), quit);
        // The next start, 3 hours later, finds the span.
        let again = quit + Duration::hours(3);
        let w = Watched::new(dir.path(), again);
        assert_eq!(w.lock().absence, Some((quit, again)));
        // A time in the future (a clock set back) is not a closed span.
        let w = Watched::new(dir.path(), quit - Duration::hours(1));
        assert_eq!(w.lock().absence, None);
    }

    #[test]
    fn a_damaged_last_seen_file_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(LAST_SEEN_FILE), "not a time").unwrap();
        let w = Watched::new(dir.path(), t("2026-11-21T01:00:00-06:00"));
        assert_eq!(w.lock().absence, None);
    }
}
