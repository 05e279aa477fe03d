//! `centinela-cli assess` through the real binary: the six worked examples of
//! spec/assess-cli.md (fixtures in tests/fixtures/assess) and the error contract.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::Value;

fn cli(input: &str) -> (i32, Value, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_centinela-cli"))
        .arg("assess")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let json: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("stdout is one JSON document ({e}): {stdout}"));
    (
        out.status.code().unwrap(),
        json,
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn fixture(name: &str) -> String {
    let p: PathBuf = [
        // The spec's examples, shared with the core's fuzz test.
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "..",
        "core",
        "tests",
        "fixtures",
        "assess",
        name,
    ]
    .iter()
    .collect();
    std::fs::read_to_string(p).unwrap()
}

fn reason_codes(v: &Value) -> Vec<String> {
    v["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_contract_example() {
    let (code, v, _) = cli(&fixture("0-contract-example.json"));
    assert_eq!(code, 0);
    assert_eq!(v["rules_version"], "care-rules/2");
    assert_eq!(v["action"], "call_now");
    assert_eq!(v["fever_grade"], 1);
    assert_eq!(v["crs_grade_at_least"], 1);
    assert_eq!(v["crs_suspected"], true);
    assert_eq!(v["neurotoxicity_suspected"], false);
    for f in ["hypotension", "tachycardia", "low_oxygen", "hypoxia"] {
        assert_eq!(v[f], false, "{f}");
    }
    assert_eq!(reason_codes(&v), ["fever", "rigors", "headache"]);
    assert_eq!(v["reasons"][2]["action"], "call_today");
    assert!(v["reasons"][0]["message"]["es"]
        .as_str()
        .unwrap()
        .contains("Fiebre"));
}

#[test]
fn example_1_low_pressure_for_a_five_year_old() {
    let (code, v, _) = cli(&fixture("1-low-pressure-for-age.json"));
    assert_eq!(code, 0);
    assert_eq!(v["hypotension"], true);
    assert_eq!(v["action"], "call_now");
    assert_eq!(v["crs_grade_at_least"], 0);
    assert_eq!(reason_codes(&v), ["hypotension"]);
}

#[test]
fn example_2_pressure_at_the_limit_is_fine() {
    let (code, v, _) = cli(&fixture("2-pressure-at-the-limit.json"));
    assert_eq!(code, 0);
    assert_eq!(v["hypotension"], false);
    assert_eq!(v["action"], "routine");
    assert!(reason_codes(&v).is_empty());
}

#[test]
fn example_3_recent_fever_with_low_pressure_is_an_emergency() {
    let (code, v, _) = cli(&fixture("3-recent-fever-and-low-pressure.json"));
    assert_eq!(code, 0);
    assert_eq!(v["crs_grade_at_least"], 2);
    assert_eq!(v["action"], "emergency");
    assert_eq!(v["fever_grade"], 0);
    assert_eq!(reason_codes(&v), ["crs_grade_2", "hypotension"]);
}

#[test]
fn example_4_infant_not_interacting() {
    let (code, v, _) = cli(&fixture("4-infant-not-interacting.json"));
    assert_eq!(code, 0);
    assert_eq!(v["neurotoxicity_suspected"], true);
    assert_eq!(v["action"], "call_now");
    assert_eq!(reason_codes(&v), ["not_interacting"]);
}

#[test]
fn example_5_celsius_that_looks_like_fahrenheit_is_refused() {
    let (code, v, stderr) = cli(&fixture("5-celsius-that-looks-like-fahrenheit.json"));
    assert_eq!(code, 2);
    assert_eq!(v["error"]["code"], "looks_like_fahrenheit");
    assert_eq!(v["error"]["field"], "readings[0].temperature.value");
    assert!(stderr.is_empty());
}

#[test]
fn example_6_only_old_readings() {
    let (code, v, _) = cli(&fixture("6-no-recent-reading.json"));
    assert_eq!(code, 0);
    assert_eq!(v["action"], "routine");
    assert_eq!(reason_codes(&v), ["no_recent_reading"]);
}

/// Every flag of care-rules §9 with its value in `v`, to compare whole outputs.
fn flags(v: &Value) -> Vec<(&'static str, bool)> {
    [
        "crs_suspected",
        "neurotoxicity_suspected",
        "sepsis_signs",
        "masked_fever",
        "hypotension",
        "hypotension_confirmed",
        "hypothermia",
        "tachycardia",
        "bradycardia",
        "fast_breathing_measured",
        "low_oxygen",
        "hypoxia",
    ]
    .into_iter()
    .map(|f| (f, v[f].as_bool().unwrap_or_else(|| panic!("{f} missing"))))
    .collect()
}

fn only_true(v: &Value) -> Vec<&'static str> {
    flags(v)
        .into_iter()
        .filter(|(_, b)| *b)
        .map(|(f, _)| f)
        .collect()
}

#[test]
fn the_v2_contract_example() {
    let (code, v, _) = cli(&fixture("0-contract-example-v2.json"));
    assert_eq!(code, 0);
    assert_eq!(v["rules_version"], "care-rules/2");
    assert_eq!(v["action"], "call_now");
    assert_eq!(v["fever_grade"], 1);
    assert_eq!(v["crs_grade_at_least"], 1);
    assert_eq!(only_true(&v), ["crs_suspected", "masked_fever"]);
    assert_eq!(reason_codes(&v), ["fever", "rigors", "headache"]);
}

#[test]
fn example_7_infant_fever_below_the_plan_line() {
    let (code, v, _) = cli(&fixture("7-infant-fever-below-the-plan-line.json"));
    assert_eq!(code, 0);
    assert_eq!(v["action"], "emergency");
    assert_eq!(v["infant_fever"], true);
    assert_eq!(v["fever"], false, "38.2 is below the plan's 38.5");
    assert_eq!(reason_codes(&v), ["infant_fever"]);
}

#[test]
fn example_8_fever_with_pale_skin_and_normal_pressure() {
    let (code, v, _) = cli(&fixture("8-fever-with-pale-skin-and-normal-pressure.json"));
    assert_eq!(code, 0);
    assert_eq!(v["action"], "emergency");
    assert_eq!(v["sepsis_signs"], true);
    assert_eq!(v["hypotension"], false);
    assert_eq!(
        reason_codes(&v),
        ["sepsis_signs", "fever", "pale_cold_skin"]
    );
}

#[test]
fn example_9_low_pressure_twice_in_30_minutes() {
    let (code, v, _) = cli(&fixture("9-low-pressure-twice-in-30-minutes.json"));
    assert_eq!(code, 0);
    assert_eq!(v["action"], "emergency");
    assert_eq!(only_true(&v), ["hypotension", "hypotension_confirmed"]);
    assert_eq!(reason_codes(&v), ["hypotension_confirmed", "hypotension"]);
}

#[test]
fn example_10_the_ice_score_at_fourteen() {
    let (code, v, _) = cli(&fixture("10a-ice-8-at-fourteen.json"));
    assert_eq!(code, 0);
    assert_eq!(v["action"], "call_now");
    assert_eq!(only_true(&v), ["neurotoxicity_suspected"]);
    assert_eq!(reason_codes(&v), ["icans_ice_1"]);
    let (code, v, _) = cli(&fixture("10b-ice-6-at-fourteen.json"));
    assert_eq!(code, 0);
    assert_eq!(v["action"], "emergency");
    assert_eq!(reason_codes(&v), ["icans_ice_2"]);
    let (code, v, stderr) = cli(&fixture("10c-capd-at-fourteen-is-refused.json"));
    assert_eq!(code, 2);
    assert_eq!(v["error"]["code"], "inconsistent");
    assert_eq!(v["error"]["field"], "readings[0].neuro_check.capd");
    assert!(stderr.is_empty());
}

#[test]
fn example_11_a_later_no_keeps_the_masked_fever() {
    let (code, v, _) = cli(&fixture("11-a-later-no-keeps-the-masked-fever.json"));
    assert_eq!(code, 0);
    assert_eq!(v["action"], "emergency");
    assert_eq!(v["masked_fever"], true);
    assert_eq!(v["crs_grade_at_least"], 2);
    assert_eq!(reason_codes(&v), ["crs_grade_2", "hypotension"]);
}

#[test]
fn a_steroid_dose_in_the_future_or_before_birth_is_refused() {
    let base = |dose: &str| {
        format!(
            r#"{{"patient":{{"birth_date":"2021-05-14"}},"now":"2026-11-21T08:00:00-06:00","steroid_doses":["{dose}"],"readings":[]}}"#
        )
    };
    let (code, v, _) = cli(&base("2026-11-21T08:06:00-06:00"));
    assert_eq!(code, 2);
    assert_eq!(v["error"]["code"], "future_reading");
    assert_eq!(v["error"]["field"], "steroid_doses[0]");
    let (code, _, _) = cli(&base("2026-11-21T08:05:00-06:00"));
    assert_eq!(code, 0, "5 minutes ahead is clock skew, accepted");
    let (code, v, _) = cli(&base("2021-05-13T23:00:00-06:00"));
    assert_eq!(code, 2);
    assert_eq!(v["error"]["code"], "out_of_range");
    let (code, v, _) = cli(&base("yesterday"));
    assert_eq!(code, 2);
    assert!(v["error"]["message"].as_str().unwrap().contains("RFC 3339"));
}

fn one_reading(reading: &str) -> String {
    format!(
        r#"{{"patient":{{"birth_date":"2021-05-14"}},"now":"2026-11-21T08:00:00-06:00","readings":[{reading}]}}"#
    )
}

#[test]
fn every_error_code_names_its_field() {
    let cases = [
        ("{not json", "invalid_json", ""),
        (
            r#"{"now":"2026-11-21T08:00:00-06:00"}"#,
            "missing_field",
            "patient",
        ),
        (
            &one_reading(
                r#"{"taken_at":"2026-11-21T07:00:00-06:00","temprature":{"value":38,"unit":"C"}}"#,
            ),
            "unknown_field",
            "readings[0].temprature",
        ),
        (
            &one_reading(
                r#"{"taken_at":"2026-11-21T07:00:00-06:00","systolic_mmhg":300,"diastolic_mmhg":60}"#,
            ),
            "out_of_range",
            "readings[0].systolic_mmhg",
        ),
        (
            &one_reading(r#"{"taken_at":"2026-11-21T07:00:00-06:00","symptoms":["fever"]}"#),
            "unknown_code",
            "readings[0].symptoms[0]",
        ),
        (
            &one_reading(r#"{"taken_at":"2026-11-21T07:00:00-06:00","pump":"beeping"}"#),
            "unknown_code",
            "readings[0].pump",
        ),
        (
            &one_reading(r#"{"taken_at":"2026-11-21T07:00:00-06:00","systolic_mmhg":90}"#),
            "inconsistent",
            "readings[0].diastolic_mmhg",
        ),
        (
            &one_reading(r#"{"taken_at":"2026-11-21T08:06:00-06:00","heart_rate_bpm":100}"#),
            "future_reading",
            "readings[0].taken_at",
        ),
        (
            &one_reading(r#"{"taken_at":"2026-11-21T07:00:00-06:00","heart_rate_bpm":"fast"}"#),
            "invalid_json",
            "readings[0].heart_rate_bpm",
        ),
        (
            &one_reading(r#"{"taken_at":"2026-11-21T07:00:00-06:00"}"#),
            "missing_field",
            "readings[0]",
        ),
        (
            r#"{"patient":{"birth_date":"2021-05-14"},"care_plan":{"fever_threshold_c":39},"now":"2026-11-21T08:00:00-06:00","readings":[]}"#,
            "out_of_range",
            "care_plan.fever_threshold_c",
        ),
    ];
    for (input, want_code, want_field) in cases {
        let (code, v, _) = cli(input);
        assert_eq!(code, 2, "{input}");
        assert_eq!(v["error"]["code"], want_code, "{input}: {v}");
        assert_eq!(v["error"]["field"], want_field, "{input}: {v}");
        assert!(
            !v["error"]["message"].as_str().unwrap().is_empty(),
            "{input}"
        );
        assert_eq!(v.as_object().unwrap().len(), 1, "only the error is printed");
    }
}

#[test]
fn unknown_codes_list_the_accepted_ones() {
    let (_, v, _) = cli(&one_reading(
        r#"{"taken_at":"2026-11-21T07:00:00-06:00","symptoms":["fever"]}"#,
    ));
    let msg = v["error"]["message"].as_str().unwrap();
    assert!(
        msg.contains("seizure") && msg.contains("line_site_redness"),
        "{msg}"
    );
}
