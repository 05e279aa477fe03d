//! `centinela-cli checklist`: the fridge sheet from a diary, through the real binary.

use std::process::Command;

use centinela_core::bag::{BagDuration, NewBag};
use centinela_core::diary::Diary;
use centinela_core::diary::Language;
use chrono::{Duration, Timelike};

#[path = "../../centinela-documents/tests/common/checklist_fixture.rs"]
mod fixture;
use fixture::*;

// ---- the CLI ---------------------------------------------------------------------------

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_centinela-cli"))
        .args(args)
        .output()
        .expect("the CLI starts");
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn cli_checklist_reads_the_diary_and_writes_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let out = dir.path().join("nevera.pdf");
    let now = chrono::Local::now().fixed_offset();
    {
        let mut d = Diary::open_in(&data).unwrap();
        let mut s = setup();
        s.course = None;
        d.save_setup(&s, now).unwrap();
        d.log_bag(
            &NewBag {
                hung_at: now - Duration::hours(1),
                duration: BagDuration::H24,
                extension_hours: 0,
                note: None,
            },
            None,
            now,
        )
        .unwrap();
    }
    let (code, _, err) = cli(&[
        "checklist",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let (layout, raw, pages) = read_back(&std::fs::read(&out).unwrap());
    assert_eq!(pages, 1);
    // The diary's language (Spanish) by default, and the bag hanging now.
    assert!(raw.contains("Sofía: qué vigilar y a quién llamar"), "{raw}");
    assert!(raw.contains("una bolsa nueva cada 24 h"), "{raw}");
    assert!(!raw.contains("aún no anotado"));
    let due = (now + Duration::hours(23)).with_timezone(&chrono::Local);
    // On the sheet's 12-hour clock ("2:27 p.m."), whatever the hour the test runs at.
    let clock = centinela_core::dates::clock(Language::Es, due.hour(), due.minute());
    assert!(raw.contains(&clock), "{clock} not in {raw}");
    assert!(layout.contains("+52 55 5555 0101"));

    // --lang overrides the diary's language.
    let (code, _, err) = cli(&[
        "checklist",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0, "{err}");
    let (_, raw, _) = read_back(&std::fs::read(&out).unwrap());
    assert!(raw.contains("Sofía: what to watch for and who to call"));
}

#[test]
fn cli_checklist_refuses_a_diary_without_setup_and_bad_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.pdf");
    Diary::open_in(dir.path()).unwrap();
    let (code, _, err) = cli(&[
        "checklist",
        "--data-dir",
        dir.path().to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("no setup"), "{err}");
    assert!(!out.exists());

    // No diary there at all: refused, and no diary is created.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let (code, _, err) = cli(&[
        "checklist",
        "--data-dir",
        empty.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(std::fs::read_dir(&empty).unwrap().count(), 0);

    // Bad arguments exit 2 with the usage and the argument that was wrong.
    for (args, named) in [
        (&["checklist"][..], "--data-dir <DIR>"),
        (&["checklist", "--data-dir", "x"], "--out <FILE>"),
        (
            &["checklist", "--data-dir", "x", "--out", "y", "--lang", "fr"],
            "[possible values: en, es]",
        ),
        (
            &["checklist", "--data-dir", "x", "--out", "y", "--bogus"],
            "'--bogus'",
        ),
    ] {
        let (code, _, err) = cli(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.starts_with("error:") && err.contains(named), "{err}");
    }
}
