//! Where the diary lives: `--data-dir <path>`, else `$CENTINELA_DATA_DIR`, else the platform's
//! app-data folder (chosen by the caller, which has the Tauri path resolver).

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

pub const DATA_DIR_FLAG: &str = "--data-dir";
pub const DATA_DIR_ENV: &str = "CENTINELA_DATA_DIR";

/// The folder asked for on the command line or in the environment, if any.
/// The flag wins over the variable; an empty variable counts as unset.
pub fn requested_data_dir(
    args: impl IntoIterator<Item = OsString>,
    env: Option<OsString>,
) -> Result<Option<PathBuf>, String> {
    let mut args = args.into_iter();
    let mut from_flag = None;
    while let Some(arg) = args.next() {
        if arg == DATA_DIR_FLAG {
            match args.next() {
                Some(v) if !v.is_empty() => from_flag = Some(PathBuf::from(v)),
                _ => return Err(format!("{DATA_DIR_FLAG} needs a folder path")),
            }
        } else if let Some(v) = arg
            .to_str()
            .and_then(|s| s.strip_prefix(DATA_DIR_FLAG)?.strip_prefix('='))
        {
            if v.is_empty() {
                return Err(format!("{DATA_DIR_FLAG} needs a folder path"));
            }
            from_flag = Some(PathBuf::from(v));
        }
    }
    Ok(from_flag.or_else(|| env.filter(|v| !v.is_empty()).map(PathBuf::from)))
}

/// Creates `dir` if needed (owner-only on Unix: it will hold a child's health diary) and
/// returns it as an absolute path.
pub fn ensure_data_dir(dir: &Path) -> io::Result<PathBuf> {
    let dir = std::path::absolute(dir)?;
    if !dir.is_dir() {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&dir)?;
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn flag_wins_over_env() {
        let got = requested_data_dir(args(&["--data-dir", "/a"]), Some("/b".into())).unwrap();
        assert_eq!(got, Some(PathBuf::from("/a")));
    }

    #[test]
    fn equals_form_is_accepted() {
        let got = requested_data_dir(args(&["--data-dir=/a b"]), None).unwrap();
        assert_eq!(got, Some(PathBuf::from("/a b")));
    }

    #[test]
    fn env_used_when_no_flag_and_empty_env_ignored() {
        assert_eq!(
            requested_data_dir(args(&["--other"]), Some("/b".into())).unwrap(),
            Some(PathBuf::from("/b"))
        );
        assert_eq!(
            requested_data_dir(args(&[]), Some("".into())).unwrap(),
            None
        );
        assert_eq!(requested_data_dir(args(&[]), None).unwrap(), None);
    }

    #[test]
    fn flag_without_value_is_an_error() {
        assert!(requested_data_dir(args(&["--data-dir"]), None).is_err());
        assert!(requested_data_dir(args(&["--data-dir="]), None).is_err());
    }

    #[test]
    fn creates_missing_folder_owner_only() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("nested").join("centinela");
        let got = ensure_data_dir(&dir).unwrap();
        assert_eq!(got, dir);
        assert!(dir.is_dir());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&dir).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700);
        }
        // Second call on an existing folder is fine.
        assert_eq!(ensure_data_dir(&dir).unwrap(), dir);
    }
}
