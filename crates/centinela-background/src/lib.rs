//! What keeps running with the window closed. Both processes use it: the full app (window
//! open) and `centinela-tray` (window closed, no GTK and no WebKit, so the 21 days of the
//! course cost little memory). See `host` for how each process hands its state in.

pub mod alarm;
pub mod awake;
pub mod backup;
pub mod handover;
pub mod host;
pub mod instance;
pub mod language;
pub mod notify;
pub mod resident;
pub mod scheduler;
pub mod shell;
pub mod watch;

pub use host::{Host, Registry};
#[cfg(target_os = "linux")]
pub mod bus_instance;
#[cfg(target_os = "linux")]
pub mod bus_tray;
