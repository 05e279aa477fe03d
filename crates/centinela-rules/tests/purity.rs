//! The rules crate stays pure (issue 21): the engine that decides "call now" cannot read
//! or write a file, open a database or draw a PDF, and the compiler is made to enforce it
//! through the dependency list. This test fails when the list or the code drifts.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What the rules may depend on: time, derives and JSON (the assess scenario's contract).
const ALLOWED: [&str; 8] = [
    "chrono",
    // the words: a parser and formatter over text compiled in, no I/O
    "fluent-bundle",
    "unic-langid",
    "serde",
    "serde_json",
    "serde_path_to_error",
    "thiserror",
    "ts-rs",
];

/// Crates that must never be anywhere under the rules, even through another crate.
const FORBIDDEN: [&str; 8] = [
    "rusqlite",
    "libsqlite3-sys",
    "krilla",
    "skrifa",
    "tauri",
    "centinela",
    "centinela-core",
    "csv",
];

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The names under `[dependencies]` in the crate's own Cargo.toml.
fn direct_dependencies(manifest: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut inside = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line == "[dependencies]";
            continue;
        }
        if inside && !line.is_empty() && !line.starts_with('#') {
            if let Some((name, _)) = line.split_once('=') {
                out.insert(name.trim().to_string());
            }
        }
    }
    out
}

#[test]
fn the_rules_depend_on_time_derives_and_json_only() {
    let manifest = std::fs::read_to_string(crate_dir().join("Cargo.toml")).unwrap();
    let deps = direct_dependencies(&manifest);
    assert!(
        deps.contains("chrono"),
        "the parser found no dependencies: {deps:?}"
    );
    let extra: Vec<&String> = deps
        .iter()
        .filter(|d| !ALLOWED.contains(&d.as_str()))
        .collect();
    assert!(
        extra.is_empty(),
        "centinela-rules must stay pure; not allowed: {extra:?} (allowed: {ALLOWED:?})"
    );
}

#[test]
fn a_planted_dependency_is_caught() {
    let planted =
        "[dependencies]\nchrono = \"0.4\"\nrusqlite = \"0.41\"\n[dev-dependencies]\nx = \"1\"";
    let deps = direct_dependencies(planted);
    assert_eq!(
        deps,
        BTreeSet::from(["chrono".to_string(), "rusqlite".to_string()])
    );
}

#[test]
fn nothing_forbidden_is_reached_through_another_crate() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "tree",
            "-p",
            "centinela-rules",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .current_dir(crate_dir())
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    let names: BTreeSet<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(names.contains("chrono"), "{tree}");
    for f in FORBIDDEN {
        assert!(!names.contains(f), "centinela-rules reaches {f}:\n{tree}");
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn the_code_touches_no_file_network_or_process() {
    let mut files = vec![];
    rust_files(&crate_dir().join("src"), &mut files);
    assert!(files.len() > 5);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for banned in ["std::fs", "std::net", "std::process", "File::", "std::env"] {
            assert!(
                !text.contains(banned),
                "{} uses {banned}: the rules get their data and clock from the caller",
                f.display()
            );
        }
    }
}
