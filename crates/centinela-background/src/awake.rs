//! Keep the computer awake during the course: a sleep inhibitor held from the course's start
//! to its end, so an idle laptop does not suspend at night and miss the bag.
//!
//! Linux: a systemd-logind inhibitor lock (`Inhibit("sleep:idle", …, "block")` on the system
//! bus, through zbus, the D-Bus stack notify-rust already brings). The lock is the file
//! descriptor logind returns: it holds while the descriptor is open and is released when it is
//! closed — at the course's end, when the family turns it off, and when the app quits (the
//! process closing it is enough, even after a crash). Closing the lid or pulling the plug may
//! still suspend the computer: logind honours the lid switch and the battery's own rules.
//!
//! Other systems: not built yet (Windows would use `SetThreadExecutionState`, macOS an IOKit
//! power assertion); [`Inhibitor::acquire`] says so and Settings shows it as unavailable.
//!
//! The family's choice is kept as a marker file in the data folder (`keep-awake-off`): it is
//! about this computer, not the diary, and stays readable when the diary is read-only.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::host::Host;
use serde::{Deserialize, Serialize};

use centinela_core::diary::Language;

use crate::shell::Shell;

/// The marker file that says the family turned keeping awake off.
pub const OFF_MARKER: &str = "keep-awake-off";

/// Where keeping the computer awake stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum AwakeState {
    /// The course is on and the computer is kept awake.
    Held,
    /// The course has not started or is over: nothing is held.
    OutsideCourse,
    /// The family turned it off in Settings.
    TurnedOff,
    /// The system would not keep it awake (no logind, or this system is not supported yet).
    Unavailable,
}

/// What Home and Settings show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct KeepAwake {
    /// The family's choice (on unless turned off).
    pub enabled: bool,
    pub state: AwakeState,
}

/// What must be held, from the family's choice and the course.
pub fn wanted(enabled: bool, in_course: bool) -> Option<AwakeState> {
    match (enabled, in_course) {
        (false, _) => Some(AwakeState::TurnedOff),
        (true, false) => Some(AwakeState::OutsideCourse),
        (true, true) => None,
    }
}

/// The lock itself (the descriptor logind gave), or nothing.
#[derive(Default)]
pub struct Inhibitor {
    #[cfg(target_os = "linux")]
    fd: Option<zbus::zvariant::OwnedFd>,
}

impl Inhibitor {
    pub fn held(&self) -> bool {
        #[cfg(target_os = "linux")]
        {
            self.fd.is_some()
        }
        #[cfg(not(target_os = "linux"))]
        {
            false
        }
    }

    /// Takes the lock (once: taking it again while held does nothing).
    /// `lang` is the family's: the system shows the reason (e.g. in its power dialog).
    pub fn acquire(&mut self, lang: Language) -> Result<(), String> {
        #[cfg(target_os = "linux")]
        {
            if self.fd.is_none() {
                self.fd = Some(logind_inhibit(&inhibit_reason(lang))?);
                eprintln!("centinela: keeping the computer awake during the course");
            }
            Ok(())
        }
        #[cfg(not(target_os = "linux"))]
        {
            let _ = lang;
            // Not built yet on this system: SetThreadExecutionState (Windows) and an IOKit
            // power assertion (macOS) would go here.
            Err("keeping the computer awake is not supported on this system yet".into())
        }
    }

    /// Lets the lock go: the computer may sleep on idle again.
    pub fn release(&mut self) {
        #[cfg(target_os = "linux")]
        if self.fd.take().is_some() {
            eprintln!("centinela: the computer may sleep again");
        }
    }
}

/// Asks logind for a sleep and idle inhibitor lock. `CENTINELA_LOGIND_BUS=session` asks on
/// the session bus instead (the end-to-end tests' python-dbusmock logind lives there).
#[cfg(target_os = "linux")]
fn logind_inhibit(reason: &str) -> Result<zbus::zvariant::OwnedFd, String> {
    let session = std::env::var("CENTINELA_LOGIND_BUS").is_ok_and(|b| b == "session");
    let conn = if session {
        zbus::blocking::Connection::session()
    } else {
        zbus::blocking::Connection::system()
    }
    .map_err(|e| format!("no D-Bus to logind: {e}"))?;
    inhibit_on(&conn, reason)
}

/// Why Centinela keeps the computer awake, as the system shows it.
pub fn inhibit_reason(lang: Language) -> String {
    centinela_core::catalogue::words(lang, "awake-reason", &[])
}

/// The `Inhibit` call itself, on `conn`.
#[cfg(target_os = "linux")]
fn inhibit_on(
    conn: &zbus::blocking::Connection,
    reason: &str,
) -> Result<zbus::zvariant::OwnedFd, String> {
    let reply = conn
        .call_method(
            Some("org.freedesktop.login1"),
            "/org/freedesktop/login1",
            Some("org.freedesktop.login1.Manager"),
            "Inhibit",
            &("sleep:idle", "Centinela", reason, "block"),
        )
        .map_err(|e| format!("logind refused the inhibitor: {e}"))?;
    reply
        .body()
        .deserialize::<zbus::zvariant::OwnedFd>()
        .map_err(|e| format!("logind's answer had no lock: {e}"))
}

/// The family's choice, the lock, and the last state shown.
pub struct Awake {
    marker: PathBuf,
    inner: Mutex<(Inhibitor, AwakeState)>,
}

impl Awake {
    pub fn new(data_dir: &Path) -> Awake {
        Awake {
            marker: data_dir.join(OFF_MARKER),
            inner: Mutex::new((Inhibitor::default(), AwakeState::OutsideCourse)),
        }
    }

    pub fn enabled(&self) -> bool {
        !self.marker.exists()
    }

    /// The family's choice in Settings, kept as the marker file.
    pub fn set_enabled(&self, enabled: bool) -> std::io::Result<()> {
        if enabled {
            match std::fs::remove_file(&self.marker) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            }
        } else {
            std::fs::write(
                &self.marker,
                b"keep-awake-off: the family turned off keeping the computer awake\n",
            )
        }
    }

    fn view(&self) -> KeepAwake {
        let state = self.inner.lock().map_or(AwakeState::Unavailable, |i| i.1);
        KeepAwake {
            enabled: self.enabled(),
            state,
        }
    }

    /// Holds or releases the lock for the course as it stands.
    pub fn apply(&self, in_course: bool, lang: Language) -> KeepAwake {
        let enabled = self.enabled();
        if let Ok(mut inner) = self.inner.lock() {
            let (lock, state) = &mut *inner;
            *state = match wanted(enabled, in_course) {
                Some(s) => {
                    lock.release();
                    s
                }
                None => match lock.acquire(lang) {
                    Ok(()) => AwakeState::Held,
                    Err(e) => {
                        // Logged once per change of state, not every tick.
                        if *state != AwakeState::Unavailable {
                            eprintln!("centinela: cannot keep the computer awake: {e}");
                        }
                        AwakeState::Unavailable
                    }
                },
            };
        }
        self.view()
    }

    /// Lets the lock go (the app is quitting).
    pub fn release(&self) {
        if let Ok(mut inner) = self.inner.lock() {
            inner.0.release();
        }
    }
}

/// Whether the course is running now (between its start and its end).
pub fn in_course<H: Host>(app: &H) -> bool {
    course_and_language(app).0
}

/// Whether the course is running now, and the family's language.
fn course_and_language<H: Host>(app: &H) -> (bool, Language) {
    let Some(shell) = app.get::<Shell>() else {
        return (false, Language::En);
    };
    let now = shell.clock.now();
    let Ok(diary) = shell.diary.lock() else {
        return (false, Language::En);
    };
    let running = diary
        .schedule(now, &chrono::Local)
        .ok()
        .and_then(|s| s.course)
        .is_some_and(|c| !c.before_start && !c.ended);
    (running, crate::language::language_at_start(&diary))
}

/// After a scheduler tick: hold the lock during the course, let it go outside it.
pub fn refresh<H: Host>(app: &H) -> Option<KeepAwake> {
    let (course, lang) = course_and_language(app);
    Some(app.get::<Awake>()?.apply(course, lang))
}

/// Let the lock go on Quit (closing the process would release it too).
pub fn release<H: Host>(app: &H) {
    if let Some(a) = app.get::<Awake>() {
        a.release();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn held_only_in_the_course_and_when_not_turned_off() {
        assert_eq!(wanted(true, true), None);
        assert_eq!(wanted(true, false), Some(AwakeState::OutsideCourse));
        assert_eq!(wanted(false, true), Some(AwakeState::TurnedOff));
        assert_eq!(wanted(false, false), Some(AwakeState::TurnedOff));
    }

    #[test]
    fn the_choice_is_a_marker_in_the_data_folder() {
        let dir = tempfile::tempdir().unwrap();
        let a = Awake::new(dir.path());
        assert!(a.enabled(), "on unless turned off");
        std::fs::write(dir.path().join(OFF_MARKER), b"").unwrap();
        assert!(!a.enabled());
        assert_eq!(a.apply(true, Language::En).state, AwakeState::TurnedOff);
        assert_eq!(a.apply(false, Language::En).state, AwakeState::TurnedOff);
        std::fs::remove_file(dir.path().join(OFF_MARKER)).unwrap();
        assert_eq!(
            a.apply(false, Language::En).state,
            AwakeState::OutsideCourse
        );
        assert!(!a.inner.lock().unwrap().0.held());
    }

    /// A private bus with python3-dbusmock's logind on it (Debian's python3-dbusmock, which
    /// scripts/setup.sh installs). Under CI a missing tool fails the test; elsewhere it skips.
    #[cfg(target_os = "linux")]
    #[test]
    fn logind_records_the_lock_while_held_and_drops_it_when_released() {
        use std::io::{BufRead, BufReader};
        use std::process::{Command, Stdio};
        use std::time::{Duration, Instant};

        struct Kill(std::process::Child);
        impl Drop for Kill {
            fn drop(&mut self) {
                let _ = self.0.kill();
                let _ = self.0.wait();
            }
        }
        let ci = std::env::var_os("CI").is_some();
        let bus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .spawn();
        let Ok(bus) = bus else {
            assert!(!ci, "dbus-daemon is missing");
            eprintln!("skipped: no dbus-daemon");
            return;
        };
        let mut bus = Kill(bus);
        let mut address = String::new();
        BufReader::new(bus.0.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        let address = address.trim().to_string();
        let mock = Command::new("/usr/bin/python3")
            .args(["-m", "dbusmock", "--template", "logind"])
            // The template goes to the system bus: point that at the private bus too.
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env("DBUS_SYSTEM_BUS_ADDRESS", &address)
            .stdout(Stdio::null())
            .spawn();
        let Ok(mock) = mock else {
            assert!(!ci, "python3-dbusmock is missing");
            eprintln!("skipped: no python3");
            return;
        };
        let _mock = Kill(mock);
        let conn = zbus::blocking::connection::Builder::address(address.as_str())
            .unwrap()
            .build()
            .unwrap();
        let inhibitors = || -> Vec<(String, String, String, String, u32, u32)> {
            conn.call_method(
                Some("org.freedesktop.login1"),
                "/org/freedesktop/login1",
                Some("org.freedesktop.login1.Manager"),
                "ListInhibitors",
                &(),
            )
            .unwrap()
            .body()
            .deserialize()
            .unwrap()
        };
        // Wait for the mock to own its name.
        let start = Instant::now();
        let fd = loop {
            match inhibit_on(&conn, &inhibit_reason(Language::Es)) {
                Ok(fd) => break fd,
                Err(e) if start.elapsed() > Duration::from_secs(10) => {
                    if !ci && e.contains("dbusmock") {
                        eprintln!("skipped: {e}");
                        return;
                    }
                    panic!("{e}");
                }
                Err(_) => std::thread::sleep(Duration::from_millis(100)),
            }
        };
        let held = inhibitors();
        assert_eq!(held.len(), 1, "{held:?}");
        assert_eq!(held[0].0, "sleep:idle");
        assert_eq!(held[0].1, "Centinela");
        // The reason is the catalogue's, in the family's language.
        assert_eq!(held[0].2, inhibit_reason(Language::Es));
        assert!(held[0].2.contains("familia"), "{held:?}");
        assert_eq!(held[0].3, "block");
        drop(fd);
        let start = Instant::now();
        while !inhibitors().is_empty() {
            assert!(start.elapsed() < Duration::from_secs(5), "still held");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}
