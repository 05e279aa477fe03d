//! `centinela-cli backup` and `restore`, through the real binary.

use std::process::Command;

use centinela_core::backup::validate_backup;
use centinela_core::diary::{Diary, DIARY_FILE_NAME};
use tempfile::TempDir;

#[path = "../../../core/tests/common/backup_fixture.rs"]
mod fixture;
use fixture::*;

// ---- centinela-cli -----------------------------------------------------------------

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_centinela-cli"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn cli_backup_then_restore_round_trip() {
    let data = TempDir::new().unwrap();
    let dir = data.path().to_str().unwrap();
    let before = dump(full_diary(data.path()).connection());

    let (code, out, err) = cli(&[
        "backup",
        "--data-dir",
        dir,
        "--now",
        "2026-11-21T08:30:00-06:00",
    ]);
    assert_eq!(code, 0, "{err}");
    let path = data
        .path()
        .join("backups")
        .join("diary-manual-2026-11-21T08-30-00.sqlite3");
    assert_eq!(out.trim(), path.display().to_string());
    assert_eq!(
        validate_backup(&path).unwrap().child_name.as_deref(),
        Some("Valeria")
    );

    {
        let mut d = Diary::open_in(data.path()).unwrap();
        more_readings(&mut d);
    }
    let (code, out, err) = cli(&[
        "restore",
        "--data-dir",
        dir,
        "--from",
        path.to_str().unwrap(),
        "--now",
        "2026-11-21T13:00:00-06:00",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Valeria") && out.contains("4 readings"),
        "{out}"
    );
    let safety = data
        .path()
        .join("backups")
        .join("diary-before-restore-2026-11-21T13-00-00.sqlite3");
    assert!(out.contains(&safety.display().to_string()), "{out}");
    assert_eq!(validate_backup(&safety).unwrap().readings, 6);
    assert_eq!(dump_file(&data.path().join(DIARY_FILE_NAME)), before);

    // A new computer: the folder does not exist yet.
    let laptop = TempDir::new().unwrap();
    let new_dir = laptop.path().join("data");
    let (code, _, err) = cli(&[
        "restore",
        "--data-dir",
        new_dir.to_str().unwrap(),
        "--from",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(dump_file(&new_dir.join(DIARY_FILE_NAME)), before);

    // --out to a chosen file.
    let usb = laptop.path().join("usb.sqlite3");
    let (code, out, _) = cli(&["backup", "--data-dir", dir, "--out", usb.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(out.trim(), usb.display().to_string());
    assert!(validate_backup(&usb).is_ok());
}

#[test]
fn cli_refusals_and_failures_have_their_exit_codes() {
    let data = TempDir::new().unwrap();
    let dir = data.path().to_str().unwrap();
    drop(full_diary(data.path()));
    let before = dump_file(&data.path().join(DIARY_FILE_NAME));
    let junk = data.path().join("junk.sqlite3");
    std::fs::write(&junk, b"%PDF-1.4 not a backup").unwrap();

    let (code, out, err) = cli(&[
        "restore",
        "--data-dir",
        dir,
        "--from",
        junk.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("is not a Centinela backup: it is a PDF document"),
        "{err}"
    );
    assert_eq!(dump_file(&data.path().join(DIARY_FILE_NAME)), before);
    assert!(!data.path().join("backups").exists());

    // Refused before anything is created in an empty folder.
    let empty = TempDir::new().unwrap();
    let fresh = empty.path().join("data");
    let (code, _, _) = cli(&[
        "restore",
        "--data-dir",
        fresh.to_str().unwrap(),
        "--from",
        junk.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(!fresh.exists());

    let (code, _, err) = cli(&["backup", "--data-dir", fresh.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("no diary in"), "{err}");

    let nowhere = empty.path().join("missing").join("x.sqlite3");
    let (code, _, err) = cli(&[
        "backup",
        "--data-dir",
        dir,
        "--out",
        nowhere.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("does not exist"), "{err}");

    // Bad arguments exit 2, naming the argument and what is accepted.
    let (code, _, err) = cli(&["restore", "--data-dir", dir]);
    assert_eq!(code, 2);
    assert!(err.contains("--from <FILE>"), "{err}");
    let (code, _, err) = cli(&["backup", "--data-dir", dir, "--now", "yesterday"]);
    assert_eq!(code, 2);
    assert!(err.contains("--now") && err.contains("RFC 3339"), "{err}");
    let (code, _, err) = cli(&["backup", "--data-dir", dir, "--force", "yes"]);
    assert_eq!(code, 2);
    assert!(err.contains("'--force'"), "{err}");
}
