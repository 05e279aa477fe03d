//! The `--data-dir` flag. Which folder wins (flag, `CENTINELA_DATA_DIR`, the platform's
//! app-data folder) and how it is created are decided in `centinela_core::paths`.

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

pub const DATA_DIR_FLAG: &str = "--data-dir";

/// The folder named by `--data-dir <path>` or `--data-dir=<path>`, if any.
pub fn data_dir_flag(args: impl IntoIterator<Item = OsString>) -> Result<Option<PathBuf>, String> {
    let mut args = args.into_iter();
    let mut from_flag = None;
    while let Some(arg) = args.next() {
        let value = if arg == DATA_DIR_FLAG {
            args.next()
        } else if let Some(v) = arg
            .to_str()
            .and_then(|s| s.strip_prefix(DATA_DIR_FLAG)?.strip_prefix('='))
        {
            Some(OsString::from(v))
        } else {
            continue;
        };
        match value {
            Some(v) if !v.is_empty() => from_flag = Some(PathBuf::from(v)),
            _ => return Err(format!("{DATA_DIR_FLAG} needs a folder path")),
        }
    }
    Ok(from_flag)
}

/// The data folder this launch uses, created owner-only and absolute; `chosen` when it came
/// from the flag or the environment rather than the platform default.
pub fn launch_data_dir(
    args: impl IntoIterator<Item = OsString>,
) -> Result<(PathBuf, bool), String> {
    let flag = data_dir_flag(args)?;
    let chosen = flag.is_some()
        || std::env::var_os(centinela_core::paths::DATA_DIR_ENV).is_some_and(|e| !e.is_empty());
    let dir = centinela_core::paths::resolve_data_dir(flag).map_err(|e| e.to_string())?;
    let dir = prepare_data_dir(&dir)
        .map_err(|e| format!("cannot use data folder {}: {e}", dir.display()))?;
    Ok((dir, chosen))
}

/// Creates `dir` owner-only (it holds a child's health diary) and returns it absolute.
pub fn prepare_data_dir(dir: &Path) -> io::Result<PathBuf> {
    centinela_core::paths::ensure_data_dir(dir)?;
    std::path::absolute(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn flag_in_both_forms() {
        assert_eq!(
            data_dir_flag(args(&["--data-dir", "/a"])).unwrap(),
            Some(PathBuf::from("/a"))
        );
        assert_eq!(
            data_dir_flag(args(&["--data-dir=/a b"])).unwrap(),
            Some(PathBuf::from("/a b"))
        );
        assert_eq!(data_dir_flag(args(&["--other"])).unwrap(), None);
    }

    #[test]
    fn flag_without_value_is_an_error() {
        assert!(data_dir_flag(args(&["--data-dir"])).is_err());
        assert!(data_dir_flag(args(&["--data-dir="])).is_err());
    }

    #[test]
    fn creates_missing_folder_owner_only() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("nested").join("centinela");
        let got = prepare_data_dir(&dir).unwrap();
        assert_eq!(got, dir);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&dir).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700);
        }
        assert_eq!(prepare_data_dir(&dir).unwrap(), dir);
    }
}
