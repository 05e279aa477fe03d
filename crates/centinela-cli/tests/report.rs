//! `centinela-cli report`: the clinic report from a diary, through the real binary.

use std::path::{Path, PathBuf};
use std::process::Command;

use centinela_core::diary::Diary;
use tempfile::TempDir;

#[path = "../../centinela-documents/tests/common/report_fixture.rs"]
mod fixture;
use fixture::*;

// ---- the CLI -------------------------------------------------------------------------------

fn cli(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_centinela-cli"))
        .args(args)
        .output()
        .expect("the CLI starts");
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn family_in(dir: &Path) -> PathBuf {
    let f = family("C", "es");
    let from = f._dir.path().join(centinela_core::diary::DIARY_FILE_NAME);
    // A consistent copy of the diary (its WAL included) through SQLite itself.
    let to = dir.join(centinela_core::diary::DIARY_FILE_NAME);
    f.diary
        .connection()
        .execute("VACUUM INTO ?1", [to.to_str().unwrap()])
        .unwrap();
    assert!(from.exists());
    dir.to_path_buf()
}

#[test]
fn cli_report_writes_the_pdf() {
    let tmp = TempDir::new().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap();
    family_in(&data);
    let out = tmp.path().join("informe.pdf");
    let args = |extra: &[&'static str]| {
        let mut a = vec![
            "report".to_string(),
            "--data-dir".into(),
            data.to_str().unwrap().into(),
            "--out".into(),
            out.to_str().unwrap().into(),
        ];
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let run = |a: Vec<String>| {
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        cli(&a)
    };

    let (code, err) = run(args(&["--now", "2026-11-19T12:00:00-06:00"]));
    assert_eq!(code, 0, "{err}");
    let text = read_back(&std::fs::read(&out).unwrap());
    // The family's language, the day of --now, in its offset.
    has(&text, "Informe clínico: Sofía Ramírez López");
    has(&text, "Hoy Día 2 de 21");
    has(&text, "jue 19 de nov de 2026, 12:00 p.m.");

    let (code, err) = run(args(&["--lang", "en", "--now", "2026-11-19T18:00:00Z"]));
    assert_eq!(code, 0, "{err}");
    let text = read_back(&std::fs::read(&out).unwrap());
    has(&text, "Clinic report: Sofía Ramírez López");
    // 18:00 UTC is 12:00 in the offset given.
    has(&text, "Thu, Nov 19, 2026, 6:00 PM");
    has(&text, "UTC+00:00");

    // Without --now: the computer's clock (the course has ended by then, or not: either
    // way a report is written).
    let (code, err) = run(args(&[]));
    assert_eq!(code, 0, "{err}");
    read_back(&std::fs::read(&out).unwrap());

    // A bad --now is refused with what is accepted.
    let (code, err) = run(args(&["--now", "tomorrow"]));
    assert_eq!(code, 2);
    assert!(err.contains("--now") && err.contains("RFC 3339"), "{err}");

    // A file that cannot be written: exit 1, nothing half written.
    let (code, err) = cli(&[
        "report",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        tmp.path().join("no/such/dir/x.pdf").to_str().unwrap(),
        "--now",
        "2026-11-19T12:00:00-06:00",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("cannot write"), "{err}");
}

#[test]
fn cli_report_refuses_no_diary_no_setup_and_bad_arguments() {
    let tmp = TempDir::new().unwrap();
    let out = tmp.path().join("x.pdf");
    let out = out.to_str().unwrap();
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();

    // No diary at all: nothing is created either.
    let (code, err) = cli(&[
        "report",
        "--data-dir",
        empty.to_str().unwrap(),
        "--out",
        out,
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("no diary"), "{err}");
    assert!(std::fs::read_dir(&empty).unwrap().next().is_none());

    // A diary without setup.
    let bare = tmp.path().join("bare");
    std::fs::create_dir(&bare).unwrap();
    Diary::open_in(&bare).unwrap();
    let (code, err) = cli(&["report", "--data-dir", bare.to_str().unwrap(), "--out", out]);
    assert_eq!(code, 2);
    assert!(err.contains("no setup"), "{err}");
    assert!(!Path::new(out).exists());

    // Usage errors.
    for args in [
        vec!["report"],
        vec!["report", "--data-dir", bare.to_str().unwrap()],
        vec!["report", "--out", out],
        vec![
            "report",
            "--data-dir",
            bare.to_str().unwrap(),
            "--out",
            out,
            "--lang",
            "fr",
        ],
        vec![
            "report",
            "--data-dir",
            bare.to_str().unwrap(),
            "--out",
            out,
            "--color",
            "red",
        ],
        vec!["report", "--data-dir", bare.to_str().unwrap(), "--out"],
    ] {
        let (code, err) = cli(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.starts_with("error:"), "{err}");
    }
}
