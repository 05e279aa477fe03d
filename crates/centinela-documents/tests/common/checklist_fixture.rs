//! The fridge sheet's fixture and the PDF read back with poppler, shared by the
//! documents' tests and the command line's.
#![allow(dead_code)] // each test file uses its own subset

use std::path::{Path, PathBuf};
use std::process::Command;

use centinela_core::diary::Setup;
use centinela_core::files::write_atomic;
use chrono::{DateTime, FixedOffset, NaiveDate};

pub fn fixture_path(name: &str) -> PathBuf {
    // From this crate's tests or the command line's.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../centinela-documents/tests/fixtures/checklist")
        .join(name)
}

pub fn setup() -> Setup {
    serde_json::from_str(&std::fs::read_to_string(fixture_path("setup.json")).unwrap()).unwrap()
}

pub fn today() -> NaiveDate {
    "2026-11-21".parse().unwrap()
}

pub fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// Write the PDF and read it back: (`pdftotext -layout`, `pdftotext -raw` with all
/// whitespace runs as one space, page count).
pub fn read_back(pdf: &[u8]) -> (String, String, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.pdf");
    write_atomic(&path, pdf).unwrap();
    if let Some(keep) = std::env::var_os("CENTINELA_KEEP_PDF") {
        // For looking at the result: CENTINELA_KEEP_PDF=/tmp/x cargo test ...
        let n = std::fs::read_dir(&keep).map(|d| d.count()).unwrap_or(0);
        let _ = std::fs::copy(&path, Path::new(&keep).join(format!("{n}.pdf")));
    }
    let text = |mode: &str| {
        let out = Command::new("pdftotext")
            .args([mode, "-enc", "UTF-8"])
            .arg(&path)
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils) is installed");
        assert!(out.status.success(), "pdftotext failed");
        // A no-break space reads as a space.
        String::from_utf8(out.stdout)
            .unwrap()
            .replace('\u{a0}', " ")
    };
    let layout = text("-layout");
    let raw = text("-raw")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let info = Command::new("pdfinfo").arg(&path).output().unwrap();
    let info = String::from_utf8(info.stdout).unwrap();
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .expect("pdfinfo prints the page count")
        .trim()
        .parse()
        .unwrap();
    (layout, raw, pages)
}
