//! The input of `centinela-cli assess` (spec/assess-cli.md): a patient, an optional care
//! plan, `now` and readings, parsed strictly so that a typo never drops a measurement.

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

use crate::assessment::{assess, Assessment};
use crate::patient::{CarePlan, Patient};
use crate::plausibility::{self, ErrorCode, Rejection};
use crate::reading::Reading;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub patient: Patient,
    #[serde(default)]
    pub care_plan: CarePlan,
    /// When dexamethasone was given (care-rules v2 §1); optional.
    #[serde(default)]
    pub steroid_doses: Vec<DateTime<FixedOffset>>,
    pub now: DateTime<FixedOffset>,
    #[serde(default)]
    pub readings: Vec<Reading>,
}

impl Scenario {
    /// Parse and check a scenario; the first problem found is returned.
    pub fn from_json(input: &str) -> Result<Scenario, Rejection> {
        let de = &mut serde_json::Deserializer::from_str(input);
        let scenario: Scenario = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            json_rejection(if path == "." { String::new() } else { path }, e.inner())
        })?;
        scenario.check()?;
        Ok(scenario)
    }

    /// The plausibility checks of care-rules §3, in the order of the input.
    pub fn check(&self) -> Result<(), Rejection> {
        plausibility::check_patient(&self.patient, self.now)?;
        plausibility::check_care_plan(&self.care_plan)?;
        for (i, at) in self.steroid_doses.iter().enumerate() {
            plausibility::check_steroid_dose(
                *at,
                &self.patient,
                self.now,
                &format!("steroid_doses[{i}]"),
            )?;
        }
        for (i, r) in self.readings.iter().enumerate() {
            plausibility::check_reading(r, &self.patient, self.now, &format!("readings[{i}]"))?;
        }
        Ok(())
    }

    pub fn assess(&self) -> Assessment {
        assess(
            &self.patient,
            &self.care_plan,
            &self.readings,
            &self.steroid_doses,
            self.now,
        )
    }
}

/// Parse, check and assess in one step: what `centinela-cli assess` does.
pub fn assess_json(input: &str) -> Result<Assessment, Rejection> {
    Ok(Scenario::from_json(input)?.assess())
}

/// Text between the first pair of backticks in a serde message.
fn quoted(msg: &str) -> Option<&str> {
    let start = msg.find('`')? + 1;
    let len = msg[start..].find('`')?;
    Some(&msg[start..start + len])
}

fn child(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// Turn a serde_json error at `path` into a rejection with the contract's codes.
fn json_rejection(path: String, err: &serde_json::Error) -> Rejection {
    use serde_json::error::Category;
    let full = err.to_string();
    // serde_json appends the position; the field path says more to a person.
    let msg = match full.rfind(" at line ") {
        Some(i) => &full[..i],
        None => &full,
    };
    if matches!(
        err.classify(),
        Category::Syntax | Category::Eof | Category::Io
    ) {
        // The path is meaningless before the JSON parses; the position says where.
        return Rejection::new(
            ErrorCode::InvalidJson,
            "",
            format!("the input is not valid JSON: {full}"),
        );
    }
    if msg.starts_with("missing field") {
        let name = quoted(msg).unwrap_or("?");
        let field = child(&path, name);
        return Rejection::new(
            ErrorCode::MissingField,
            field.clone(),
            format!("{field} is required"),
        );
    }
    if msg.starts_with("unknown field") {
        let name = quoted(msg).unwrap_or("?");
        // serde_path_to_error already ends the path with the unknown key.
        let field = if path.ends_with(name) {
            path.clone()
        } else {
            child(&path, name)
        };
        let expected = msg.find("expected").map(|i| &msg[i..]).unwrap_or("");
        return Rejection::new(
            ErrorCode::UnknownField,
            field.clone(),
            format!("{field} is not a known field; {expected}"),
        );
    }
    if msg.starts_with("unknown variant") {
        let code = quoted(msg).unwrap_or("?");
        if path.contains("symptoms") {
            return plausibility::unknown_symptom(path, code);
        }
        if path.ends_with("pump") {
            return plausibility::unknown_pump(path, code);
        }
        return Rejection::new(
            ErrorCode::UnknownCode,
            path.clone(),
            format!("unknown value \"{code}\" for {path}; accepted: \"C\" or \"F\""),
        );
    }
    let expected = expected_value(&path, msg);
    Rejection::new(
        ErrorCode::InvalidJson,
        path.clone(),
        format!("{path} must be {expected}"),
    )
}

/// What a field with a value of the wrong kind accepts, in words.
fn expected_value(path: &str, msg: &str) -> String {
    if path.ends_with("birth_date") {
        "a date as YYYY-MM-DD, e.g. 2021-05-14".to_string()
    } else if path.ends_with("now")
        || path.ends_with("taken_at")
        || path.ends_with("_at")
        || path.contains("steroid_doses")
    {
        "an RFC 3339 timestamp with its UTC offset, e.g. 2026-11-21T08:00:00-06:00".to_string()
    } else if let Some(rest) = msg.strip_prefix("invalid type: ") {
        // e.g. `string "fast", expected f64` → `a number, not string "fast"`
        let (got, want) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another type"));
        let want = match want {
            "f64" | "u8" | "u16" | "u32" | "i64" => "a number",
            "a boolean" => "true or false",
            w => w,
        };
        format!("{want}, not {got}")
    } else {
        msg.to_string()
    }
}
