//! `centinela-cli export --format csv`, through the real binary.

use std::path::Path;
use std::process::Command;

use centinela_core::diary::Diary;
use centinela_core::export::{readings_csv, ExportMode};
use tempfile::TempDir;

#[path = "../../../core/tests/common/export_fixture.rs"]
mod fixture;
use fixture::csv_diary as diary;

// ---- the CLI ---------------------------------------------------------------------------

fn cli(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_centinela-cli"))
        .arg("export")
        .args(args)
        .output()
        .expect("the CLI starts");
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn cli_export_csv_writes_what_the_library_gives() {
    let (dir, d) = diary();
    for (mode, flag) in [
        (ExportMode::CareTeam, "care-team"),
        (ExportMode::Sharing, "sharing"),
    ] {
        let out = dir.path().join(format!("{flag}.csv"));
        let (code, err) = cli(&[
            "--data-dir",
            s(dir.path()),
            "--format",
            "csv",
            "--mode",
            flag,
            "--out",
            s(&out),
        ]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            readings_csv(&d, mode).unwrap()
        );
    }
}

#[test]
fn cli_export_refuses_bad_values_and_usage_and_writes_nothing() {
    let (dir, _d) = diary();
    let data = s(dir.path()).to_string();
    let out = dir.path().join("out.csv");
    let o = s(&out).to_string();
    let base = |format: &str, mode: &str| {
        vec![
            "--data-dir".to_string(),
            data.clone(),
            "--format".into(),
            format.into(),
            "--mode".into(),
            mode.into(),
            "--out".into(),
            o.clone(),
        ]
    };
    let run = |args: Vec<String>| cli(&args.iter().map(String::as_str).collect::<Vec<_>>());

    let (code, err) = run(base("xlsx", "sharing"));
    assert_eq!(code, 2);
    assert!(
        err.contains("'xlsx'") && err.contains("[possible values: csv, fhir]"),
        "{err}"
    );
    let (code, err) = run(base("csv", "public"));
    assert_eq!(code, 2);
    assert!(
        err.contains("[possible values: care-team, sharing]"),
        "{err}"
    );
    let mut args = base("fhir", "sharing");
    args.extend(["--now".into(), "yesterday".into()]);
    let (code, err) = run(args);
    assert_eq!(code, 2);
    assert!(err.contains("RFC 3339"), "{err}");
    // Usage: a missing or unknown flag.
    let mut args = base("csv", "sharing");
    args.truncate(6);
    let (code, err) = run(args);
    assert_eq!(code, 2);
    assert!(
        err.contains("--out <FILE>") && err.contains("Usage:"),
        "{err}"
    );
    let mut args = base("csv", "sharing");
    args.extend(["--lang".into(), "es".into()]);
    let (code, err) = run(args);
    assert_eq!(code, 2);
    assert!(err.contains("'--lang'"), "{err}");
    assert!(!out.exists());
}

#[test]
fn cli_export_without_a_diary_or_a_child_exits_2_and_creates_nothing() {
    let dir = TempDir::new().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let out = dir.path().join("out.csv");
    let args = |data: &Path| {
        [
            "--data-dir".to_string(),
            s(data).into(),
            "--format".into(),
            "csv".into(),
            "--mode".into(),
            "care-team".into(),
            "--out".into(),
            s(&out).into(),
        ]
    };
    let (code, err) = cli(&args(&empty).each_ref().map(String::as_str));
    assert_eq!(code, 2);
    assert!(err.contains("no diary"), "{err}");
    assert_eq!(std::fs::read_dir(&empty).unwrap().count(), 0);

    let bare = dir.path().join("bare");
    std::fs::create_dir(&bare).unwrap();
    Diary::open_in(&bare).unwrap();
    let (code, err) = cli(&args(&bare).each_ref().map(String::as_str));
    assert_eq!(code, 2);
    assert!(err.contains("no child"), "{err}");
    assert!(!out.exists());
}

#[test]
fn cli_export_that_cannot_write_exits_1_and_leaves_no_partial_file() {
    let (dir, _d) = diary();
    let target = dir.path().join("exports");
    // The target is a folder: the finished temporary file cannot be renamed onto it.
    std::fs::create_dir_all(target.join("readings.csv")).unwrap();
    let out = target.join("readings.csv");
    let (code, err) = cli(&[
        "--data-dir",
        s(dir.path()),
        "--format",
        "csv",
        "--mode",
        "care-team",
        "--out",
        s(&out),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("cannot write"), "{err}");
    let left: Vec<_> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["readings.csv"], "no temporary file is left behind");
    // A folder that does not exist.
    let (code, _) = cli(&[
        "--data-dir",
        s(dir.path()),
        "--format",
        "csv",
        "--mode",
        "care-team",
        "--out",
        s(&dir.path().join("missing/readings.csv")),
    ]);
    assert_eq!(code, 1);
}
