//! What every command shares: reading an existing diary (never creating one), writing its
//! file whole, and saying a failure on standard error with its exit code.

use std::path::Path;
use std::process::ExitCode;

use centinela_core::diary::{Diary, StoreError, DIARY_FILE_NAME};
use centinela_core::files::write_atomic;

/// "centinela-cli <cmd>: <msg>" on standard error, and the exit code.
pub fn fail(cmd: &str, code: u8, msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("centinela-cli {cmd}: {msg}");
    ExitCode::from(code)
}

/// The diary in `data_dir`, for reading. Opening would create an empty diary, so a folder
/// without one is refused first (exit 2).
pub fn existing_diary(cmd: &str, data_dir: &Path) -> Result<Diary, ExitCode> {
    if !data_dir.join(DIARY_FILE_NAME).is_file() {
        return Err(fail(
            cmd,
            2,
            format!(
                "no diary in {} (run Centinela's setup first)",
                data_dir.display()
            ),
        ));
    }
    Diary::open_in(data_dir).map_err(|e| fail(cmd, 2, format!("cannot open the diary: {e}")))
}

/// A document of the diary (None: no setup yet), written whole to `out`: 0 written; 2 no
/// setup or the diary cannot be read; 1 the file cannot be written.
pub fn write_document(
    cmd: &str,
    out: &Path,
    document: Result<Option<Vec<u8>>, StoreError>,
) -> ExitCode {
    let bytes = match document {
        Ok(Some(bytes)) => bytes,
        Ok(None) => {
            return fail(
                cmd,
                2,
                "the diary has no setup yet (the child, the plan and the contacts): \
                 finish the setup in Centinela first",
            )
        }
        Err(e) => return fail(cmd, 2, format!("cannot read the diary: {e}")),
    };
    write_file(cmd, out, &bytes)
}

/// `bytes` written whole to `out` (nothing half-written is left): 0, or 1 when it cannot be.
pub fn write_file(cmd: &str, out: &Path, bytes: &[u8]) -> ExitCode {
    match write_atomic(out, bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(cmd, 1, format!("cannot write {}: {e}", out.display())),
    }
}
