//! `centinela-cli export --format fhir`, through the real binary.

use std::process::Command;

use centinela_core::export::{fhir_bundle, ExportMode};

#[path = "../../../core/tests/common/export_fixture.rs"]
mod fixture;
use fixture::*;
use fixture::{fhir_diary as diary, validate_fhir as validate};

// ---- the CLI ---------------------------------------------------------------------------

#[test]
fn cli_export_fhir_writes_a_valid_bundle_with_the_given_time() {
    let (dir, d) = diary();
    for (mode, flag, sharing) in [
        (ExportMode::CareTeam, "care-team", false),
        (ExportMode::Sharing, "sharing", true),
    ] {
        let out = dir.path().join(format!("{flag}.json"));
        let run = Command::new(env!("CARGO_BIN_EXE_centinela-cli"))
            .args(["export", "--data-dir"])
            .arg(dir.path())
            .args(["--format", "fhir", "--mode", flag, "--out"])
            .arg(&out)
            .args(["--now", "2026-11-21T10:00:00-06:00"])
            .output()
            .unwrap();
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let text = std::fs::read_to_string(&out).unwrap();
        assert_eq!(text, fhir_bundle(&d, mode, now()).unwrap());
        let (code, _, err) = validate(&text, sharing);
        assert_eq!(code, 0, "{err}");
    }
}
