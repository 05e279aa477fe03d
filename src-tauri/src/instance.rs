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

pub use centinela_background::instance::bus_id;

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
