//! Start at login (opt-in, off by default): the system starts Centinela hidden in the tray
//! so reminders fire after a reboot without the family opening the app.

use std::path::Path;

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Runtime};
use tauri_plugin_autostart::ManagerExt;

use crate::launch::HIDDEN_FLAG;

/// The name of the login entry (on Linux, ~/.config/autostart/Centinela.desktop).
const ENTRY_NAME: &str = "Centinela";

/// The autostart plugin, set to launch with `--hidden`, plus `--data-dir` when this run uses
/// a folder other than the platform default (so the login launch opens the same diary).
pub fn plugin<R: Runtime>(chosen_data_dir: Option<&Path>) -> TauriPlugin<R> {
    let mut args = vec![HIDDEN_FLAG.to_string()];
    if let Some(dir) = chosen_data_dir {
        args.push(exec_arg(&format!(
            "{}={}",
            crate::DATA_DIR_FLAG,
            dir.display()
        )));
    }
    tauri_plugin_autostart::Builder::new()
        .app_name(ENTRY_NAME)
        .args(args)
        .build()
}

/// Turns start at login on or off (on Linux, ~/.config/autostart/Centinela.desktop).
pub fn set_start_at_login<R: Runtime>(app: &AppHandle<R>, on: bool) -> Result<(), String> {
    let m = app.autolaunch();
    if on { m.enable() } else { m.disable() }.map_err(|e| e.to_string())
}

/// Whether start at login is on; false when it cannot be told.
pub fn start_at_login<R: Runtime>(app: &AppHandle<R>) -> bool {
    app.autolaunch().is_enabled().unwrap_or(false)
}

/// Whether start at login is on, read from the entry itself: for when the plugin is not
/// running (the window failed before it started). False when it cannot be told.
pub fn start_at_login_entry() -> bool {
    #[cfg(target_os = "linux")]
    {
        let config = std::env::var_os("XDG_CONFIG_HOME")
            .map(std::path::PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".config")));
        config.is_some_and(|c| {
            c.join("autostart")
                .join(format!("{ENTRY_NAME}.desktop"))
                .is_file()
        })
    }
    #[cfg(not(target_os = "linux"))]
    false
}

/// `arg` as one argument of a .desktop file's Exec line, which the autostart crate joins with
/// bare spaces: quoted when it holds anything beyond plain path characters.
#[cfg(target_os = "linux")]
fn exec_arg(arg: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+=,:@".contains(c);
    if arg.chars().all(plain) {
        return arg.to_string();
    }
    // Desktop Entry spec: inside quotes, " ` $ \ take a backslash; then the string value's own
    // escaping doubles every backslash; % must be %% anywhere in Exec.
    let mut q = String::from("\"");
    for c in arg.chars() {
        match c {
            '"' | '`' | '$' => q.push_str(&format!("\\\\{c}")),
            '\\' => q.push_str("\\\\\\\\"),
            '%' => q.push_str("%%"),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

#[cfg(not(target_os = "linux"))]
fn exec_arg(arg: &str) -> String {
    if arg.contains(' ') {
        format!("\"{arg}\"")
    } else {
        arg.to_string()
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn exec_args_are_quoted_only_when_needed() {
        assert_eq!(exec_arg("--data-dir=/tmp/x_1"), "--data-dir=/tmp/x_1");
        assert_eq!(
            exec_arg("--data-dir=/home/ana/Mis documentos"),
            "\"--data-dir=/home/ana/Mis documentos\""
        );
        assert_eq!(exec_arg("a$b%c"), "\"a\\\\$b%%c\"");
        assert_eq!(exec_arg("a\\b"), "\"a\\\\\\\\b\"");
    }
}
