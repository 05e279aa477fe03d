//! Passing the background work from one process to the other.
//!
//! With the window closed, Centinela runs as `centinela-tray`, a small program without GTK
//! or WebKit; opening the window runs the full app in its place, and closing it runs the
//! tray again. Each switch is an `exec` in the same process (same pid, same environment),
//! so whatever watches the process (the family's desktop, the tests) sees one Centinela.
//!
//! What is only in memory crosses in a [`Handover`]: the alarm's answers and silence, the
//! watch's notified matters, reminders delivered while the diary could not be written. It
//! travels in an anonymous memory file inherited across the exec (named by
//! `CENTINELA_HANDOVER_FD`), never on disk: the data folder may be read-only, which is
//! exactly when the unstored reminders matter.

use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use centinela_core::alarm::Kept;
use centinela_core::diary::UnstoredDelivery;
use serde::{Deserialize, Serialize};

use crate::watch::KeptWatch;

/// The environment variable naming the inherited memory file.
pub const FD_VAR: &str = "CENTINELA_HANDOVER_FD";

/// The program that keeps Centinela running with its window closed.
pub const TRAY_PROGRAM: &str = "centinela-tray";

/// What one process tells the next.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Handover {
    pub alarm: Kept,
    pub watch: KeptWatch,
    pub unstored: Vec<UnstoredDelivery>,
    /// Whether start at login is on (only the full app can tell; the tray repeats it).
    pub start_at_login: bool,
    /// The tray's Quit during the course: the window opens on the question.
    pub quit_asked: bool,
    /// When the family asked for the window (CLOCK_MONOTONIC, ns): the benchmark times
    /// the window opening again from here.
    pub asked_at_ns: Option<u64>,
    /// The full app's own arguments (its data folder, `--measure-startup`), to start it
    /// again the same way.
    pub app_args: Vec<String>,
    /// The full app could not open its window (no display, GTK failed) and came back: the
    /// tray sounds the alarm itself and tries the window again only when asked, or later.
    #[serde(default)]
    pub window_failed: bool,
}

/// What is only in memory in `host` now, for the program that follows; None before the
/// diary is open (nothing runs yet, nothing to hand over).
pub fn gather<H: crate::Host>(host: &H, app_args: Vec<String>) -> Option<Handover> {
    let shell = host.get::<crate::shell::Shell>()?;
    let siren = host.get::<crate::alarm::Siren>()?;
    let watched = host.get::<crate::watch::Watched>()?;
    let unstored = host
        .get::<crate::scheduler::UnstoredKept>()
        .map(|k| k.0.lock().unwrap_or_else(|p| p.into_inner()).clone())
        .unwrap_or_default();
    Some(Handover {
        alarm: siren.handover(),
        watch: watched.handover(shell.clock.now()),
        unstored,
        start_at_login: host.start_at_login(),
        app_args,
        ..Handover::default()
    })
}

/// Takes up, in `host`, what [`gather`] handed over: the alarm's answers, the watch, and the
/// reminders kept in memory. Before the first tick, which reads them.
pub fn apply<H: crate::Host>(host: &H, h: &Handover) {
    if let Some(siren) = host.get::<crate::alarm::Siren>() {
        siren.take_over(h.alarm.clone());
    }
    if let Some(watched) = host.get::<crate::watch::Watched>() {
        watched.take_over(h.watch.clone());
    }
    if let Some(kept) = host.get::<crate::scheduler::UnstoredKept>() {
        *kept.0.lock().unwrap_or_else(|p| p.into_inner()) = h.unstored.clone();
    }
}

/// The system's monotonic clock in nanoseconds, the same in both programs.
pub fn monotonic_ns() -> u64 {
    #[cfg(unix)]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: a valid pointer to a timespec we own.
        unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
        ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
    }
    #[cfg(not(unix))]
    {
        0
    }
}

/// The tray program for `app`, if it is installed: beside it (a build in `target/`), or in
/// `../lib/centinela/` (the package: `/usr/bin/centinela`, `/usr/lib/centinela/centinela-tray`).
/// Without it, the full app keeps running with its window closed, as before.
pub fn tray_program(app: &Path) -> Option<PathBuf> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let dir = app.parent()?;
    [
        dir.join(TRAY_PROGRAM),
        dir.join("../lib/centinela").join(TRAY_PROGRAM),
    ]
    .into_iter()
    .find(|p| p.is_file())
}

/// Reads the hand-over this process was started with, and forgets it (closes the file and
/// clears the variable, so a program started from here does not inherit it).
pub fn take() -> Option<Handover> {
    let fd: i32 = std::env::var(FD_VAR).ok()?.parse().ok()?;
    std::env::remove_var(FD_VAR);
    read_fd(fd)
        .map_err(|e| eprintln!("centinela: cannot read what the other process handed over: {e}"))
        .ok()
}

#[cfg(target_os = "linux")]
fn read_fd(fd: i32) -> std::io::Result<Handover> {
    use std::os::fd::FromRawFd;
    // SAFETY: the fd was made for us by the process before the exec and is used once.
    let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
    file.rewind()?;
    let mut json = String::new();
    file.read_to_string(&mut json)?;
    serde_json::from_str(&json).map_err(std::io::Error::other)
}

#[cfg(not(target_os = "linux"))]
fn read_fd(_fd: i32) -> std::io::Result<Handover> {
    Err(std::io::Error::other("no hand-over on this system"))
}

/// Replaces this process with `program` and `args`, handing `h` over. Returns only when
/// the exec failed (the caller carries on as it was).
#[cfg(target_os = "linux")]
pub fn exec(program: &Path, args: &[String], h: &Handover) -> std::io::Error {
    use std::os::fd::{FromRawFd, IntoRawFd};
    use std::os::unix::process::CommandExt;

    // A notification still on its way (the bag due, just before its alarm opens the window)
    // would die with this program's threads.
    if !crate::notify::flush(std::time::Duration::from_secs(3)) {
        eprintln!("centinela: a notification was still being sent when the program changed");
    }
    let json = match serde_json::to_vec(h) {
        Ok(j) => j,
        Err(e) => return std::io::Error::other(e),
    };
    // No MFD_CLOEXEC: the file must stay open across the exec.
    // SAFETY: a constant, NUL-terminated name.
    let fd = unsafe { libc::memfd_create(c"centinela-handover".as_ptr(), 0) };
    if fd < 0 {
        return std::io::Error::last_os_error();
    }
    // SAFETY: `fd` was just created and is ours.
    let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
    if let Err(e) = file.write_all(&json) {
        return e;
    }
    let fd = file.into_raw_fd();
    let err = std::process::Command::new(program)
        .args(args)
        .env(FD_VAR, fd.to_string())
        .exec();
    // Still here: the exec failed; close the file again.
    // SAFETY: `fd` is still ours.
    drop(unsafe { std::fs::File::from_raw_fd(fd) });
    err
}

#[cfg(not(target_os = "linux"))]
pub fn exec(_program: &Path, _args: &[String], _h: &Handover) -> std::io::Error {
    std::io::Error::other("switching programs is built for Linux only")
}

/// Ends this process's own child processes (WebKit's web and network processes) before an
/// exec: the program that follows knows nothing of them, so they would stay behind, holding
/// their memory, and never be reaped. Asked to end first, killed after half a second.
#[cfg(target_os = "linux")]
pub fn end_children() {
    let me = std::process::id() as i32;
    let children: Vec<i32> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<i32>().ok())
        .filter(|&pid| parent_of(pid) == Some(me))
        .collect();
    for &pid in &children {
        // SAFETY: plain system calls on our own children.
        unsafe { libc::kill(pid, libc::SIGTERM) };
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(500);
    let mut left = children;
    while !left.is_empty() {
        // SAFETY: as above; WNOHANG never blocks.
        left.retain(|&pid| unsafe { libc::waitpid(pid, std::ptr::null_mut(), libc::WNOHANG) } == 0);
        if std::time::Instant::now() >= deadline {
            for &pid in &left {
                // SAFETY: as above; the wait reaps what was just killed.
                unsafe {
                    libc::kill(pid, libc::SIGKILL);
                    libc::waitpid(pid, std::ptr::null_mut(), 0);
                }
            }
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

#[cfg(not(target_os = "linux"))]
pub fn end_children() {}

/// The parent of process `pid`, from /proc (the field after the command's closing paren).
#[cfg(target_os = "linux")]
fn parent_of(pid: i32) -> Option<i32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.get(stat.rfind(')')? + 2..)?
        .split(' ')
        .nth(1)?
        .parse()
        .ok()
}

/// The full app's arguments for opening the window again: a login launch's `--hidden`
/// would start it with no window.
pub fn reopen_args(app_args: &[String]) -> Vec<String> {
    app_args
        .iter()
        .filter(|a| a.as_str() != "--hidden")
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A child that ignores nothing ends on the first ask and is reaped: no zombie left.
    /// In a run of its own: ending every child of this test binary would end other tests'.
    #[cfg(target_os = "linux")]
    #[test]
    fn children_are_ended_and_reaped_before_an_exec() {
        const NAME: &str = "handover::tests::children_are_ended_and_reaped_before_an_exec";
        if std::env::var_os("CENTINELA_END_CHILDREN").is_none() {
            let out = std::process::Command::new(std::env::current_exe().unwrap())
                .args(["--exact", NAME])
                .env("CENTINELA_END_CHILDREN", "1")
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success() && stdout.contains("1 passed"),
                "{stdout}"
            );
            return;
        }
        let child = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .unwrap();
        let pid = child.id() as i32;
        assert_eq!(parent_of(pid), Some(std::process::id() as i32));
        end_children();
        assert!(
            !std::path::Path::new(&format!("/proc/{pid}")).exists(),
            "the child is gone, reaped"
        );
        std::mem::forget(child);
    }

    #[test]
    fn a_login_launch_opens_the_window_when_asked() {
        let args = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            reopen_args(&args(&["--hidden", "--data-dir", "/d"])),
            args(&["--data-dir", "/d"])
        );
        assert_eq!(reopen_args(&args(&[])), args(&[]));
    }

    #[test]
    fn the_tray_program_is_looked_for_beside_the_app() {
        let dir = tempfile::tempdir().unwrap();
        let app = dir.path().join("centinela");
        assert_eq!(tray_program(&app), None);
        // As packaged: bin/centinela and lib/centinela/centinela-tray.
        std::fs::create_dir_all(dir.path().join("bin")).unwrap();
        std::fs::create_dir_all(dir.path().join("lib/centinela")).unwrap();
        let packaged = dir.path().join("bin/centinela");
        std::fs::write(dir.path().join("lib/centinela").join(TRAY_PROGRAM), b"").unwrap();
        assert_eq!(
            tray_program(&packaged),
            cfg!(target_os = "linux")
                .then(|| dir.path().join("bin/../lib/centinela").join(TRAY_PROGRAM))
        );
        // Beside it, as built.
        std::fs::write(dir.path().join(TRAY_PROGRAM), b"").unwrap();
        assert_eq!(
            tray_program(&app),
            cfg!(target_os = "linux").then(|| dir.path().join(TRAY_PROGRAM))
        );
    }

    /// The real exec, in child runs of this test binary: a "parent" run hands over and
    /// execs into a "child" run, which must read it back whole.
    #[cfg(target_os = "linux")]
    #[test]
    fn what_is_handed_over_arrives_across_the_exec() {
        const NAME: &str = "handover::tests::what_is_handed_over_arrives_across_the_exec";
        const ROLE: &str = "CENTINELA_HANDOVER_ROLE";
        let me = std::env::current_exe().unwrap();
        let args = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        match std::env::var(ROLE).as_deref() {
            Ok("child") => {
                let h = take().expect("a hand-over");
                assert!(std::env::var_os(FD_VAR).is_none(), "forgotten once read");
                assert!(h.quit_asked);
                assert_eq!(h.asked_at_ns, Some(42));
                assert_eq!(h.app_args, args(&["--data-dir", "/d"]));
            }
            Ok("parent") => {
                let h = Handover {
                    quit_asked: true,
                    asked_at_ns: Some(42),
                    app_args: args(&["--data-dir", "/d"]),
                    ..Handover::default()
                };
                std::env::set_var(ROLE, "child");
                let err = exec(&me, &args(&["--exact", NAME]), &h);
                panic!("the exec failed: {err}");
            }
            _ => {
                let out = std::process::Command::new(&me)
                    .args(["--exact", NAME])
                    .env(ROLE, "parent")
                    .output()
                    .unwrap();
                let stdout = String::from_utf8_lossy(&out.stdout);
                assert!(
                    out.status.success(),
                    "{stdout}{}",
                    String::from_utf8_lossy(&out.stderr)
                );
                // The child's own report: it ran the test and it passed.
                assert!(stdout.contains("1 passed"), "{stdout}");
            }
        }
    }
}
