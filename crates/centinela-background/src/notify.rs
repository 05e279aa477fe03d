//! Desktop notifications (reminders, alerts) through the freedesktop notification service,
//! spoken to over D-Bus in pure Rust (zbus), so no libdbus is needed.

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
    let spawned = std::thread::Builder::new()
        .name("notify".into())
        .spawn(move || {
            if let Err(e) = n.show() {
                eprintln!("centinela: cannot show a notification: {e}");
            }
        });
    if let Err(e) = spawned {
        eprintln!("centinela: cannot start the notification thread: {e}");
    }
}
