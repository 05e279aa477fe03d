//! `centinela-cli`'s command line through the real binary (issue 19): `--help` and
//! `--version` everywhere, a bad argument exits 2 naming it and what is accepted, and the man
//! pages render and cover every subcommand.

use std::path::Path;
use std::process::Command;

/// The subcommands and the flags each one takes: the contract the README documents.
const SUBCOMMANDS: &[(&str, &[&str])] = &[
    ("assess", &[]),
    ("checklist", &["--data-dir", "--out", "--lang"]),
    ("report", &["--data-dir", "--out", "--lang", "--now"]),
    (
        "export",
        &["--data-dir", "--format", "--mode", "--out", "--now"],
    ),
    ("backup", &["--data-dir", "--out", "--now"]),
    ("restore", &["--data-dir", "--from", "--now"]),
];

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_centinela-cli"))
        .args(args)
        .output()
        .expect("the CLI starts");
    (
        out.status.code().expect("exited, not killed"),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn help_answers_for_the_command_and_every_subcommand() {
    let (code, out, err) = cli(&["--help"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Centinela's care rules"), "{out}");
    assert!(out.contains("Exit status:"), "{out}");
    for (sub, flags) in SUBCOMMANDS {
        assert!(out.contains(&format!("\n  {sub} ")), "{sub} not in:\n{out}");
        for help in ["--help", "-h"] {
            let (code, out, err) = cli(&[sub, help]);
            assert_eq!(code, 0, "{sub} {help}: {err}");
            assert!(
                out.contains(&format!("Usage: centinela-cli {sub}")),
                "{sub} {help}:\n{out}"
            );
            for flag in *flags {
                assert!(out.contains(flag), "{sub} {help} lacks {flag}:\n{out}");
            }
        }
    }
}

#[test]
fn version_answers_for_the_command_and_every_subcommand() {
    let expected = format!(
        "centinela-cli {} ({})",
        env!("CARGO_PKG_VERSION"),
        centinela_core::RULES_VERSION
    );
    let (code, out, _) = cli(&["--version"]);
    assert_eq!((code, out.trim()), (0, expected.as_str()));
    for (sub, _) in SUBCOMMANDS {
        let (code, out, err) = cli(&[sub, "--version"]);
        assert_eq!(code, 0, "{sub}: {err}");
        assert!(out.contains(env!("CARGO_PKG_VERSION")), "{sub}: {out}");
    }
}

#[test]
fn a_bad_argument_exits_2_and_names_it() {
    // An unknown flag, on the command and on each subcommand.
    let (code, out, err) = cli(&["--colour"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("'--colour'"), "{err}");
    for (sub, _) in SUBCOMMANDS {
        let (code, _, err) = cli(&[sub, "--colour", "red"]);
        assert_eq!(code, 2, "{sub}");
        assert!(err.contains("'--colour'"), "{sub}: {err}");
    }
    // No subcommand, or an unknown one: the accepted ones are listed.
    let (code, _, err) = cli(&[]);
    assert_eq!(code, 2);
    for (sub, _) in SUBCOMMANDS {
        assert!(err.contains(sub), "{sub} not listed:\n{err}");
    }
    let (code, _, err) = cli(&["asses"]);
    assert_eq!(code, 2);
    assert!(err.contains("'asses'") && err.contains("'assess'"), "{err}");
    // A value outside the accepted ones, and a time that is not one.
    let (code, _, err) = cli(&["checklist", "--data-dir", "d", "--out", "o", "--lang", "de"]);
    assert_eq!(code, 2);
    assert!(err.contains("'de'") && err.contains("en, es"), "{err}");
    let (code, _, err) = cli(&["backup", "--data-dir", "d", "--now", "2026-11-21 10:00"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--now") && err.contains("2026-11-21T10:00:00-06:00"),
        "{err}"
    );
    // Nothing was made for the refused commands.
    assert!(!Path::new("d").exists() && !Path::new("o").exists());
}

fn man(page: &Path) -> String {
    let out = Command::new("man")
        .arg("-l")
        .arg(page)
        .env("MANWIDTH", "100")
        .env("MAN_KEEP_FORMATTING", "")
        .output()
        .unwrap_or_else(|e| panic!("man (Debian's man-db, scripts/setup.sh) cannot run: {e}"));
    assert!(out.status.success(), "man -l {}: {:?}", page.display(), out);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).trim().is_empty(),
        "{}: {}",
        page.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

#[test]
fn the_man_pages_render_and_cover_every_subcommand() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../packaging/man");
    let main = man(&dir.join("centinela-cli.1"));
    assert!(main.contains("EXIT STATUS"), "{main}");
    for (sub, flags) in SUBCOMMANDS {
        assert!(
            main.contains(&format!("centinela-cli-{sub}(1)")),
            "{sub} not in centinela-cli(1):\n{main}"
        );
        let page = man(&dir.join(format!("centinela-cli-{sub}.1")));
        assert!(
            page.contains(&format!("centinela-cli {sub}")),
            "{sub}:\n{page}"
        );
        for flag in *flags {
            assert!(page.contains(flag), "centinela-cli-{sub}(1) lacks {flag}");
        }
    }
    let app = man(&dir.join("centinela.1"));
    for word in ["--data-dir", "--hidden", "--version", "CENTINELA_DATA_DIR"] {
        assert!(app.contains(word), "centinela(1) lacks {word}:\n{app}");
    }
}
