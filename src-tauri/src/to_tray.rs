//! Closing the window hands Centinela over to `centinela-tray`, a small program without GTK
//! or WebKit, in this same process (see `centinela_background::handover`): the window's
//! web view and GTK itself are most of the memory, and the course lasts 21 days. Opening
//! the window again (the tray, a second launch, an alarm) brings the full app back.
//!
//! Without the tray program beside this one (a development build of the app alone, or a
//! system other than Linux), the app stays up with its window closed, as before.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use centinela_background::handover::{self, Handover};
use centinela_background::resident;
use tauri::{AppHandle, Manager, Runtime};

use crate::shell::Shell;

/// Where the tray program is and how to start it; managed when it exists.
pub struct Switch {
    tray: PathBuf,
    args: resident::Args,
    /// This app's own arguments, for the tray to start it again the same way.
    app_args: Vec<String>,
}

impl Switch {
    /// The switch for this run on `data_dir`, when the tray program is installed.
    pub fn find(data_dir: &std::path::Path) -> Option<Switch> {
        let app = std::env::current_exe().ok()?;
        let tray = handover::tray_program(&app)?;
        Some(Switch {
            tray,
            args: resident::Args {
                data_dir: data_dir.to_path_buf(),
                app,
            },
            app_args: std::env::args().skip(1).collect(),
        })
    }

    /// Started at login: straight to the tray, without building any window.
    pub fn start_in_tray(&self) -> std::io::Error {
        let h = Handover {
            // The login launch is how this run began.
            start_at_login: true,
            app_args: self.app_args.clone(),
            ..Handover::default()
        };
        handover::exec(&self.tray, &self.args.to_vec(), &h)
    }
}

/// The last window closed: become the tray. Returns only when that could not be done; the
/// app then stays up as it is.
pub fn go<R: Runtime>(app: &AppHandle<R>) {
    let (Some(switch), Some(shell)) = (app.try_state::<Switch>(), app.try_state::<Shell>()) else {
        return;
    };
    // Held from here through the exec: no command or tick writes (or stores what it kept in
    // memory) while the diary changes hands, so what is gathered stays true.
    let _diary = shell.diary.lock();
    let Some(h) = handover::gather(&crate::host::of(app), switch.app_args.clone()) else {
        return;
    };
    // The tray takes the one-instance name and the sleep inhibitor again as it starts.
    tauri_plugin_single_instance::destroy(app);
    centinela_background::awake::release(&crate::host::of(app));
    // WebKit's processes: the tray does not need them, and they would outlive the exec.
    handover::end_children();
    let err = handover::exec(&switch.tray, &switch.args.to_vec(), &h);
    eprintln!(
        "centinela: cannot start {}; staying up with the window closed: {err}",
        switch.tray.display()
    );
}

/// Where to go back to if the window cannot be built, armed from the start of a run until
/// its first screen: without it, a full app that fails to start (no display, GTK or WebKit
/// failing) would take the reminders and the alarm down with it, since it replaced the tray.
struct Fallback {
    tray: PathBuf,
    args: Vec<String>,
    handover: Handover,
    /// Whether the tray handed this start anything (else start at login is read only if
    /// the fallback is taken, not on every start).
    received: bool,
}

static FALLBACK: Mutex<Option<Fallback>> = Mutex::new(None);

/// Arms the way back to the tray for this start. `received` is what the tray handed over
/// (its alarm's answers, reminders kept in memory), which the tray gets back unchanged.
/// Not armed when that hand-over says the window already failed: the tray came back here
/// only because it could not open the diary either, and the two would pass the failure
/// back and forth.
pub fn arm_fallback(switch: &Switch, received: Option<&Handover>) {
    if received.is_some_and(|h| h.window_failed) {
        return;
    }
    let handover = Handover {
        window_failed: true,
        app_args: switch.app_args.clone(),
        asked_at_ns: None,
        quit_asked: false,
        ..received.cloned().unwrap_or_default()
    };
    *FALLBACK.lock().unwrap_or_else(|p| p.into_inner()) = Some(Fallback {
        tray: switch.tray.clone(),
        args: switch.args.to_vec(),
        handover,
        received: received.is_some(),
    });
    // A panic while the window is built (GTK cannot start, say) aborts the app: go back to
    // the tray first. After the first screen the fallback is disarmed and this does nothing.
    let before = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        before(info);
        fall_back("the error above");
    }));
}

/// The first screen is up: from here on the window works, and closing it is the way back.
pub fn disarm_fallback() {
    FALLBACK.lock().unwrap_or_else(|p| p.into_inner()).take();
}

/// The window could not be built: replaces this process with the tray, which keeps the
/// reminders and the alarm going. Returns when disarmed or when the exec failed.
pub fn fall_back(why: &str) {
    // try_lock: a panic while the lock is held must not wait on itself.
    let Some(mut f) = FALLBACK.try_lock().ok().and_then(|mut f| f.take()) else {
        return;
    };
    if !f.received {
        f.handover.start_at_login = crate::login::start_at_login_entry();
    }
    eprintln!("centinela: the window could not open ({why}); going back to the tray");
    let err = handover::exec(&f.tray, &f.args, &f.handover);
    eprintln!("centinela: cannot start {}: {err}", f.tray.display());
}

/// Takes up what the tray handed over: the alarm's answers, the watch, reminders kept in
/// memory, a Quit waiting for its question, and when the family asked for the window.
pub fn take_over<R: Runtime>(app: &AppHandle<R>, h: Handover) {
    handover::apply(&crate::host::of(app), &h);
    if h.quit_asked {
        if let Some(asked) = app.try_state::<crate::quit::QuitAsked>() {
            asked.ask();
        }
    }
    if let Some(at) = h.asked_at_ns {
        let ago = Duration::from_nanos(handover::monotonic_ns().saturating_sub(at));
        crate::reopening_since(app, Instant::now() - ago);
    }
}
