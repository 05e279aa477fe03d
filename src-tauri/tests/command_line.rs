//! The desktop binary answers `--help` and `--version` without opening a window, and a bad
//! argument exits 2 naming it (issue 19). No display is set: a window would fail to open.

use std::process::Command;

fn app(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_centinela"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        // Nothing may be created: a data folder here would mean the app started.
        .env(
            "CENTINELA_DATA_DIR",
            "/nonexistent/centinela-must-not-start",
        )
        .output()
        .expect("the app starts");
    (
        out.status.code().expect("exited, not killed"),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn help_and_version_answer_without_a_window() {
    let (code, out, err) = app(&["--help"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Usage: centinela"), "{out}");
    for flag in ["--data-dir", "--hidden", "--version", "CENTINELA_DATA_DIR"] {
        assert!(out.contains(flag), "--help lacks {flag}:\n{out}");
    }
    let (code, out, err) = app(&["--version"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.trim(),
        format!("centinela {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_bad_argument_exits_2_and_names_it() {
    let (code, out, err) = app(&["--colour"]);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("'--colour'") && err.contains("Usage:"),
        "{err}"
    );
    let (code, _, err) = app(&["--data-dir="]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--data-dir") && err.contains("folder path"),
        "{err}"
    );
}
