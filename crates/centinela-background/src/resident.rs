//! `centinela-tray`: Centinela while its window is closed. It runs what must not stop (the
//! reminder tick, the alarm, keeping the computer awake, the watch, the daily backup) and
//! shows the tray icon, without GTK or WebKit, so 21 days in the tray cost little memory.
//!
//! Whatever needs the window (Open in the tray, a second launch, an alarm starting, Quit
//! during the course, which asks first) replaces this program with the full app in the same
//! process ([`crate::handover`]); closing the window replaces the full app with this again.

use std::path::PathBuf;
use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use centinela_core::diary::Language;

use crate::alarm::Siren;
use crate::awake::Awake;
use crate::backup::DailyBackupState;
use crate::handover;
use crate::host::{Host, Registry};
use crate::scheduler::UnstoredKept;
use crate::shell::{Clock, Shell};
use crate::watch::Watched;

/// How the tray was started: `centinela-tray --data-dir DIR --app PATH`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args {
    pub data_dir: PathBuf,
    pub app: PathBuf,
}

impl Args {
    /// Reads the arguments after the program name.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
        let (mut data_dir, mut app) = (None, None);
        let mut it = args.into_iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "--data-dir" => data_dir = it.next().map(PathBuf::from),
                "--app" => app = it.next().map(PathBuf::from),
                other => return Err(format!("unknown argument {other:?}")),
            }
        }
        match (data_dir, app) {
            (Some(data_dir), Some(app)) => Ok(Args { data_dir, app }),
            _ => Err(format!(
                "usage: {} --data-dir DIR --app PATH (started by Centinela when its window \
                 closes; start `centinela` instead)",
                handover::TRAY_PROGRAM
            )),
        }
    }

    /// The arguments the full app gives this program.
    pub fn to_vec(&self) -> Vec<String> {
        vec![
            "--data-dir".into(),
            self.data_dir.display().to_string(),
            "--app".into(),
            self.app.display().to_string(),
        ]
    }
}

/// What asks the main loop for something.
enum Event {
    Open,
    Quit,
    /// A second launch, with its arguments.
    Launched(Vec<String>),
}

/// The running tray, as the background work sees it.
pub struct Tray {
    args: Args,
    state: Registry,
    /// What the full app handed over and wants back (its arguments, start at login).
    app_args: Vec<String>,
    start_at_login: bool,
    #[cfg(target_os = "linux")]
    icon: OnceLock<crate::bus_tray::BusTray>,
    #[cfg(target_os = "linux")]
    name: OnceLock<crate::bus_instance::InstanceName>,
    /// Held while switching, so two callers (an alarm and Open) switch once.
    switching: Mutex<()>,
    /// When the full app came back without opening its window (each failure starts this
    /// program afresh, so it is set once).
    window_failed_at: Option<Instant>,
}

/// After the window failed to open, how long an alarm sounds here before the window is
/// tried again (Open in the tray always tries at once).
pub const WINDOW_RETRY: Duration = Duration::from_secs(120);

/// Whether an alarm starting at `now` should open the window: not while the window failed
/// less than [`WINDOW_RETRY`] ago, so a broken display does not cut the sound off again
/// and again; the alarm then sounds from here.
pub fn alarm_opens_window(failed_at: Option<Instant>, now: Instant) -> bool {
    failed_at.is_none_or(|at| now.saturating_duration_since(at) >= WINDOW_RETRY)
}

#[derive(Clone)]
struct TrayHost(Arc<Tray>);

impl Host for TrayHost {
    fn get<T: Send + Sync + 'static>(&self) -> Option<&T> {
        self.0.state.get::<T>()
    }

    fn reveal(&self) {
        if !alarm_opens_window(self.0.window_failed_at, Instant::now()) {
            return;
        }
        // Here and now, on the caller's thread (the alarm's): the full app sounds the alarm
        // from its first pulse, rather than this process starting it to be cut off.
        self.0.switch(false, None);
    }

    fn set_warnings(&self, lines: &[String]) {
        #[cfg(target_os = "linux")]
        if let Some(icon) = self.0.icon.get() {
            icon.set_warnings(lines);
        }
        #[cfg(not(target_os = "linux"))]
        let _ = lines;
    }

    fn start_at_login(&self) -> bool {
        self.0.start_at_login
    }
}

impl Tray {
    /// Replaces this process with the full app, handing over what is in memory. Returns
    /// only if that failed; this process then carries on as the tray.
    fn switch(self: &Arc<Self>, quit_asked: bool, asked_at_ns: Option<u64>) {
        let Ok(_one) = self.switching.lock() else {
            return;
        };
        // Held from here through the exec: no tick writes (or stores what it kept in memory)
        // while the diary changes hands, so what is gathered stays true.
        let _diary = self.state.get::<Shell>().map(|s| s.diary.lock());
        let host = TrayHost(self.clone());
        let Some(mut h) = handover::gather(&host, self.app_args.clone()) else {
            return;
        };
        h.quit_asked = quit_asked;
        h.asked_at_ns = asked_at_ns;
        // The full app takes the name and the lock again as it starts.
        #[cfg(target_os = "linux")]
        if let Some(name) = self.name.get() {
            name.release();
        }
        if let Some(awake) = self.state.get::<Awake>() {
            awake.release();
        }
        let err = handover::exec(&self.args.app, &handover::reopen_args(&self.app_args), &h);
        eprintln!(
            "centinela: cannot start {} to open the window: {err}",
            self.args.app.display()
        );
    }
}

/// Runs the tray until Quit; returns the exit code.
pub fn run(args: Args) -> i32 {
    set_locale_from_environment();
    let h = handover::take().unwrap_or_default();
    let clock = Clock::from_env();
    let now = clock.now();
    let diary = match centinela_core::recovery::open_or_set_aside(&args.data_dir, now) {
        Ok(d) => d,
        Err(e) => {
            // The window says why; this program cannot.
            eprintln!("centinela: tray: cannot open the diary: {e}");
            let err = handover::exec(&args.app, &handover::reopen_args(&h.app_args), &h);
            eprintln!("centinela: cannot start {}: {err}", args.app.display());
            return 1;
        }
    };
    let lang = crate::language::language_at_start(&diary);
    let state = state_from(&args, diary, clock);
    let tray = Arc::new(Tray {
        args,
        state,
        app_args: h.app_args.clone(),
        start_at_login: h.start_at_login,
        #[cfg(target_os = "linux")]
        icon: OnceLock::new(),
        #[cfg(target_os = "linux")]
        name: OnceLock::new(),
        switching: Mutex::new(()),
        window_failed_at: h.window_failed.then(Instant::now),
    });
    let (tx, rx) = channel();
    #[cfg(target_os = "linux")]
    if let Some(code) = claim_and_show(&tray, lang, &tx) {
        return code;
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (lang, &tx);
    if h.window_failed {
        window_failed(lang);
    }
    let host = TrayHost(tray.clone());
    handover::apply(&host, &h);
    crate::scheduler::start(host.clone());
    crate::alarm::start(host.clone());
    serve(&host, &rx)
}

/// The full app came back without opening its window: say so, once, on screen if anything
/// can still show it (the notification stays until dismissed).
fn window_failed(lang: Language) {
    let w = |id| centinela_core::catalogue::words(lang, id, &[]);
    crate::notify::show(
        &w("tray-windowFailed-title"),
        &w("tray-windowFailed-body"),
        true,
    );
}

/// The shared state, from the diary (what the full app handed over is applied after).
fn state_from(args: &Args, diary: centinela_core::diary::Diary, clock: Clock) -> Registry {
    let now = clock.now();
    let mut state = Registry::default();
    state.put(Siren::default());
    state.put(Awake::new(&args.data_dir));
    state.put(Watched::new(&args.data_dir, now));
    state.put(UnstoredKept::default());
    state.put(DailyBackupState::default());
    state.put(Shell {
        diary: Mutex::new(diary),
        clock,
        data_dir: args.data_dir.clone(),
    });
    state
}

/// Answers the tray, second launches and Quit until the program ends; returns its code.
fn serve(host: &TrayHost, rx: &std::sync::mpsc::Receiver<Event>) -> i32 {
    let tray = &host.0;
    loop {
        match rx.recv_timeout(crate::scheduler::TICK) {
            Ok(Event::Open) => tray.switch(false, Some(handover::monotonic_ns())),
            Ok(Event::Launched(argv)) => {
                // A login launch while we run must not pop the window up.
                if !argv.iter().any(|a| a == "--hidden") {
                    tray.switch(false, Some(handover::monotonic_ns()));
                }
            }
            Ok(Event::Quit) => {
                // During the course the window asks first; otherwise end now.
                if crate::awake::in_course(host) {
                    tray.switch(true, Some(handover::monotonic_ns()));
                } else {
                    crate::awake::release(host);
                    crate::watch::closing(host);
                    return 0;
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                // A panel restarted since: show the icon in the new one.
                #[cfg(target_os = "linux")]
                if let Some(icon) = tray.icon.get() {
                    icon.keep_registered();
                }
            }
            Err(RecvTimeoutError::Disconnected) => return 0,
        }
    }
}

/// Takes the one-instance name and puts up the icon. Returns an exit code when this
/// program must end at once (another Centinela runs on this folder: it was told).
#[cfg(target_os = "linux")]
fn claim_and_show(tray: &Arc<Tray>, lang: Language, tx: &Sender<Event>) -> Option<i32> {
    use crate::bus_instance::InstanceName;
    use crate::bus_tray::{BusTray, TrayEvent};

    let folder = std::fs::canonicalize(&tray.args.data_dir).unwrap_or(tray.args.data_dir.clone());
    let bus_id = crate::instance::bus_id(&folder);
    let (calls_tx, calls_rx) = channel::<Vec<String>>();
    match InstanceName::claim(&bus_id, calls_tx) {
        Ok(name) => {
            let _ = tray.name.set(name);
        }
        Err(e) => {
            // Started at login while Centinela already runs: hand the launch to it.
            eprintln!("centinela: tray: {e}");
            // The app's own arguments (a login launch's `--hidden`), not this program's.
            let argv: Vec<String> = std::iter::once(tray.args.app.display().to_string())
                .chain(tray.app_args.iter().cloned())
                .collect();
            match crate::bus_instance::forward(&bus_id, &argv) {
                Ok(()) => return Some(0),
                // Nobody to hand it to (no session bus at all): run without the name, as
                // the full app's plugin does.
                Err(e) => eprintln!("centinela: tray: {e}"),
            }
        }
    }
    forward_events(calls_rx, tx.clone(), Event::Launched);
    let (icon_tx, icon_rx) = channel::<TrayEvent>();
    let w = |id| centinela_core::catalogue::words(lang, id, &[]);
    match BusTray::start(&w("tray-open"), &w("tray-quit"), icon_tx) {
        Ok(icon) => {
            let _ = tray.icon.set(icon);
        }
        // No session bus for the icon: the reminders and the alarm still run.
        Err(e) => eprintln!("centinela: no tray icon: {e}"),
    }
    forward_events(icon_rx, tx.clone(), |e| match e {
        TrayEvent::Open => Event::Open,
        TrayEvent::Quit => Event::Quit,
    });
    None
}

/// Passes what arrives on `from` to the main loop, as `to` says.
fn forward_events<T: Send + 'static>(
    from: std::sync::mpsc::Receiver<T>,
    into: Sender<Event>,
    to: impl Fn(T) -> Event + Send + 'static,
) {
    let spawned = std::thread::Builder::new()
        .name("tray-events".into())
        .spawn(move || {
            for e in from {
                if into.send(to(e)).is_err() {
                    return;
                }
            }
        });
    if let Err(e) = spawned {
        eprintln!("centinela: tray: cannot listen for events: {e}");
    }
}

/// Takes the locale from the environment, as GTK does in the full app, so the tray's
/// language before the setup matches the window's.
fn set_locale_from_environment() {
    #[cfg(unix)]
    // SAFETY: called first, before any other thread exists; the string is a constant.
    unsafe {
        libc::setlocale(libc::LC_ALL, c"".as_ptr());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_the_window_failed_an_alarm_tries_it_again_only_later() {
        let t0 = Instant::now();
        assert!(alarm_opens_window(None, t0), "never failed: open it");
        assert!(!alarm_opens_window(Some(t0), t0));
        let just_before = WINDOW_RETRY - Duration::from_millis(1);
        assert!(!alarm_opens_window(Some(t0), t0 + just_before));
        assert!(alarm_opens_window(Some(t0), t0 + WINDOW_RETRY));
    }

    #[test]
    fn arguments_both_ways() {
        let a = Args {
            data_dir: "/home/ana/diary".into(),
            app: "/usr/bin/centinela".into(),
        };
        assert_eq!(Args::parse(a.to_vec()), Ok(a));
        let e = Args::parse(["--data-dir".to_string(), "/d".into()]).unwrap_err();
        assert!(e.contains("--app PATH"), "{e}");
        let e = Args::parse(["--window".to_string()]).unwrap_err();
        assert!(e.contains("--window"), "{e}");
    }
}
