//! Desktop notifications (reminders, alerts) through the freedesktop notification service,
//! spoken to over D-Bus in pure Rust (zbus), so no libdbus is needed.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

use notify_rust::{Notification, Timeout, Urgency};

/// The name the notification server shows and groups by.
pub const APP_NAME: &str = "Centinela";

/// Sends a desktop notification and returns at once: the D-Bus round trip runs on its own
/// thread so a slow or missing notification server never holds up the caller (e.g. the
/// scheduler). Failures are logged to stderr, never raised. `urgent` asks for critical
/// urgency, which servers keep on screen until the family dismisses it.
///
/// `summary` and `body` must stay generic: a notification can show on a locked screen.
pub fn show(summary: &str, body: &str, urgent: bool) {
    let mut n = Notification::new();
    n.appname(APP_NAME)
        .summary(summary)
        .body(body)
        // The icon the .deb installs under the binary's name.
        .icon("centinela")
        .urgency(if urgent {
            Urgency::Critical
        } else {
            Urgency::Normal
        });
    if urgent {
        n.timeout(Timeout::Never);
    }
    *lock_sending() += 1;
    let spawned = std::thread::Builder::new()
        .name("notify".into())
        .spawn(move || {
            if let Err(e) = n.show() {
                eprintln!("centinela: cannot show a notification: {e}");
            }
            sent();
        });
    if let Err(e) = spawned {
        eprintln!("centinela: cannot start the notification thread: {e}");
        sent();
    }
}

/// Notifications handed to their thread and not yet sent: an exec (the window opening or
/// closing) would end their threads, and the bag's reminder would never be shown.
static SENDING: (Mutex<usize>, Condvar) = (Mutex::new(0), Condvar::new());

fn lock_sending() -> MutexGuard<'static, usize> {
    SENDING.0.lock().unwrap_or_else(|p| p.into_inner())
}

fn sent() {
    let mut n = lock_sending();
    *n = n.saturating_sub(1);
    SENDING.1.notify_all();
}

/// Waits until every notification shown so far was sent (or `within` ran out). Returns
/// whether all of them were.
pub fn flush(within: Duration) -> bool {
    let n = lock_sending();
    let (n, _) = SENDING
        .1
        .wait_timeout_while(n, within, |n| *n > 0)
        .unwrap_or_else(|p| p.into_inner());
    *n == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flush_waits_for_what_is_being_sent() {
        assert!(flush(Duration::from_secs(10)), "nothing else being sent");
        *lock_sending() += 1;
        assert!(!flush(Duration::from_millis(50)), "one still being sent");
        let t = std::thread::spawn(|| {
            std::thread::sleep(Duration::from_millis(100));
            sent();
        });
        assert!(flush(Duration::from_secs(5)), "sent meanwhile");
        t.join().unwrap();
    }
}
