//! The data folder of this launch. Which folder wins (flag, `CENTINELA_DATA_DIR`, the platform's
//! app-data folder) and how it is created are decided in `centinela_core::paths`.

use std::io;
use std::path::{Path, PathBuf};

/// The data folder this launch uses, created owner-only and absolute; `chosen` when it came
/// from the flag or the environment rather than the platform default.
pub fn launch_data_dir(flag: Option<PathBuf>) -> Result<(PathBuf, bool), String> {
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
