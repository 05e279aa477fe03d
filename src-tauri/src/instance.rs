//! One running Centinela per data folder. A second launch on the same folder hands over to
//! the first (which shows its window) and exits; a launch on another folder (a test run, a
//! training diary) is an instance of its own and never brings the family's window forward.
//!
//! On Linux the plugin's lock is a D-Bus name on the session bus, which it lets us choose:
//! we derive it from the data folder. On Windows and macOS the plugin keys on the app
//! identifier only, so there it stays one instance per user.

use std::path::Path;

use tauri::plugin::TauriPlugin;
use tauri::Runtime;

use crate::window;

/// The D-Bus name (before the plugin's `.SingleInstance`) that stands for `data_dir`.
/// FNV-1a rather than std's hasher, whose output may change between Rust releases: an
/// updated binary must still find the instance an older one started.
pub fn bus_id(data_dir: &Path) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data_dir.as_os_str().as_encoded_bytes() {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    // A name element may not start with a digit, hence the "d".
    format!("{}.d{h:016x}", centinela_core::paths::APP_IDENTIFIER)
}

/// The single-instance plugin for `data_dir` (register it before any other plugin). Without a
/// folder (it could not be resolved; setup reports why) it falls back to the app identifier.
pub fn plugin<R: Runtime>(data_dir: Option<&Path>) -> TauriPlugin<R> {
    let mut b = tauri_plugin_single_instance::Builder::new().callback(|app, argv, _cwd| {
        // A login launch while we already run must not pop the window up.
        if !crate::launch::argv_hidden(argv) {
            window::reveal(app);
        }
    });
    if let Some(dir) = data_dir {
        b = b.dbus_id(bus_id(dir));
    }
    b.build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_name_per_folder_and_a_valid_bus_name() {
        let a = bus_id(Path::new("/home/ana/.local/share/org.centinela.desktop"));
        assert_eq!(
            a,
            bus_id(Path::new("/home/ana/.local/share/org.centinela.desktop"))
        );
        assert_ne!(a, bus_id(Path::new("/tmp/centinela-e2e-x/data")));
        // Pinned: a different value would let two versions run on the same diary.
        assert_eq!(
            bus_id(Path::new("/a")),
            "org.centinela.desktop.d07d66707b49cd92d"
        );
        let name = format!("{a}.SingleInstance");
        assert!(name.len() <= 255);
        assert!(name.split('.').all(|e| !e.is_empty()
            && !e.starts_with(|c: char| c.is_ascii_digit())
            && e.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')));
    }
}
