//! Where the diary lives: the platform's app-data folder, or a folder the caller names
//! (a command-line flag or `CENTINELA_DATA_DIR`) so tests never touch a real diary.

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

/// The app identifier; the same folder name Tauri's `app_data_dir` uses.
pub const APP_IDENTIFIER: &str = "org.centinela.desktop";

/// The environment variable that points the app at another data folder.
pub const DATA_DIR_ENV: &str = "CENTINELA_DATA_DIR";

/// The data folder: `flag` if given, else `$CENTINELA_DATA_DIR` if set and not empty,
/// else the platform's app-data folder for [`APP_IDENTIFIER`] (Linux
/// `$XDG_DATA_HOME` or `~/.local/share`, macOS `~/Library/Application Support`, Windows
/// `%APPDATA%`). Fails only when no home folder can be found.
pub fn resolve_data_dir(flag: Option<PathBuf>) -> io::Result<PathBuf> {
    resolve_data_dir_with(flag, std::env::var_os(DATA_DIR_ENV), dirs::data_dir())
}

/// [`resolve_data_dir`] with the environment passed in.
pub fn resolve_data_dir_with(
    flag: Option<PathBuf>,
    env: Option<OsString>,
    platform_data_dir: Option<PathBuf>,
) -> io::Result<PathBuf> {
    if let Some(dir) = flag.filter(|d| !d.as_os_str().is_empty()) {
        return Ok(dir);
    }
    if let Some(dir) = env.filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    platform_data_dir
        .map(|d| d.join(APP_IDENTIFIER))
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::NotFound,
                format!("no app-data folder on this system: set {DATA_DIR_ENV}"),
            )
        })
}

/// Create the data folder (and its parents) if needed. On Unix the folder itself is
/// made private to the user (mode 0700), also when it already existed. On a read-only
/// disk the mode cannot be changed: that is accepted when the folder is already private
/// (the diary can then be opened read-only).
pub fn ensure_data_dir(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Err(e) = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)) {
            let private = std::fs::metadata(dir)
                .is_ok_and(|m| m.is_dir() && m.permissions().mode() & 0o077 == 0);
            if !(e.kind() == io::ErrorKind::ReadOnlyFilesystem && private) {
                return Err(e);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_wins_over_env_and_platform() {
        let got = resolve_data_dir_with(
            Some("/flag".into()),
            Some("/env".into()),
            Some("/data".into()),
        )
        .unwrap();
        assert_eq!(got, PathBuf::from("/flag"));
    }

    #[test]
    fn env_wins_over_platform_and_empty_env_is_ignored() {
        let got = resolve_data_dir_with(None, Some("/env".into()), Some("/data".into())).unwrap();
        assert_eq!(got, PathBuf::from("/env"));
        let got = resolve_data_dir_with(None, Some("".into()), Some("/data".into())).unwrap();
        assert_eq!(got, PathBuf::from("/data").join(APP_IDENTIFIER));
    }

    #[test]
    fn no_home_is_an_error() {
        assert!(resolve_data_dir_with(None, None, None).is_err());
    }
}
