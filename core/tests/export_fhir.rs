//! The FHIR R4 export (issue 6): bundles from a real diary, checked by a real FHIR R4
//! model (fhir.resources in .venv-fhir, see scripts/fhir-venv.sh) and by their structure;
//! sharing mode names nobody and dates nothing; `centinela-cli export --format fhir`.

use centinela_core::diary::{Diary, PatientRecord, StoreError};
use centinela_core::export::{
    fhir_bundle, ExportMode, EXT_COURSE_DAY, EXT_MINUTES_SINCE_COURSE_START,
};
use centinela_core::{Reading, TempUnit, Temperature};
use serde_json::{json, Value};
use tempfile::TempDir;

#[path = "common/export_fixture.rs"]
mod fixture;
use fixture::*;
use fixture::{fhir_diary as diary, validate_fhir as validate};

fn bundle(d: &Diary, mode: ExportMode) -> (String, Value) {
    let text = fhir_bundle(d, mode, now()).unwrap();
    let v = serde_json::from_str(&text).unwrap();
    (text, v)
}

fn resources<'a>(b: &'a Value, kind: &str) -> Vec<&'a Value> {
    b["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

fn loinc(o: &Value) -> &str {
    assert_eq!(o["code"]["coding"][0]["system"], "http://loinc.org");
    o["code"]["coding"][0]["code"].as_str().unwrap()
}

/// Observations with this LOINC code.
fn coded<'a>(b: &'a Value, code: &str) -> Vec<&'a Value> {
    resources(b, "Observation")
        .into_iter()
        .filter(|o| loinc(o) == code)
        .collect()
}

fn ucum(q: &Value, value: f64, code: &str) {
    assert_eq!(q["value"].as_f64(), Some(value), "{q}");
    assert_eq!(q["system"], "http://unitsofmeasure.org");
    assert_eq!(q["code"], code);
}

// ---- the real FHIR R4 model ---------------------------------------------------------

#[test]
fn the_care_team_bundle_is_valid_fhir_r4() {
    let (_dir, d) = diary();
    let (text, _) = bundle(&d, ExportMode::CareTeam);
    let (code, out, err) = validate(&text, false);
    assert_eq!(code, 0, "{err}\n{text}");
    // temp + pulse; temp + BP + SpO2; the correction's temp.
    assert_eq!(
        out.trim(),
        "valid FHIR R4 Bundle: 1 Patient, 6 Observation",
        "{err}"
    );
    // It is not a sharing bundle: the validator's sharing checks catch the name and dates.
    let (code, _, err) = validate(&text, true);
    assert_eq!(code, 1);
    assert!(
        err.contains("Patient.name") && err.contains("Patient.birthDate"),
        "{err}"
    );
    assert!(err.contains("Observation.effectiveDateTime"), "{err}");
    assert!(err.contains("|[degF] is not UCUM ['Cel']"), "{err}");
}

#[test]
fn the_sharing_bundle_is_valid_fhir_r4() {
    let (_dir, d) = diary();
    let (text, _) = bundle(&d, ExportMode::Sharing);
    let (code, out, err) = validate(&text, true);
    assert_eq!(code, 0, "{err}\n{text}");
    assert_eq!(out.trim(), "valid FHIR R4 Bundle: 1 Patient, 6 Observation");
}

#[test]
fn an_empty_diary_is_a_valid_bundle_with_the_patient_only() {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    d.save_patient(
        &PatientRecord {
            name: CHILD.into(),
            birth_date: BIRTH.parse().unwrap(),
            weight_kg: None,
            height_cm: None,
        },
        now(),
    )
    .unwrap();
    for (mode, sharing) in [(ExportMode::CareTeam, false), (ExportMode::Sharing, true)] {
        let (text, _) = bundle(&d, mode);
        let (code, out, err) = validate(&text, sharing);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out.trim(), "valid FHIR R4 Bundle: 1 Patient, 0 Observation");
    }
}

/// A way to break a good bundle.
type Spoil = Box<dyn Fn(&mut Value)>;

/// The validator must be able to say no: each broken bundle is refused, and says why.
#[test]
fn the_validator_refuses_broken_bundles() {
    let (_dir, d) = diary();
    let (_, good) = bundle(&d, ExportMode::CareTeam);
    let first_obs = good["entry"]
        .as_array()
        .unwrap()
        .iter()
        .position(|e| e["resource"]["resourceType"] == "Observation")
        .unwrap();
    let broken: Vec<(&str, Spoil)> = vec![
        // Caught by the R4 model itself.
        (
            "status",
            Box::new(move |b| {
                b["entry"][first_obs]["resource"]
                    .as_object_mut()
                    .unwrap()
                    .remove("status");
            }),
        ),
        (
            "effectiveDateTime",
            Box::new(move |b| {
                b["entry"][first_obs]["resource"]["effectiveDateTime"] = json!("yesterday")
            }),
        ),
        (
            "value is not a valid decimal",
            Box::new(move |b| {
                b["entry"][first_obs]["resource"]["valueQuantity"]["value"] = json!("hot")
            }),
        ),
        (
            "extra fields not permitted",
            Box::new(move |b| b["entry"][first_obs]["resource"]["temperature"] = json!(38)),
        ),
        (
            "birthDate",
            Box::new(|b| b["entry"][0]["resource"]["birthDate"] = json!("14/03/2020")),
        ),
        // Caught by the checks the model cannot make.
        (
            "does not resolve to the Patient",
            Box::new(move |b| {
                b["entry"][first_obs]["resource"]["subject"]["reference"] =
                    json!("urn:uuid:00000000-0000-8000-8000-000000000000")
            }),
        ),
        (
            "not an R4 observation status",
            Box::new(move |b| b["entry"][first_obs]["resource"]["status"] = json!("done")),
        ),
        ("Bundle.type", Box::new(|b| b["type"] = json!("document"))),
        (
            "no time zone offset",
            Box::new(move |b| {
                b["entry"][first_obs]["resource"]["effectiveDateTime"] =
                    json!("2026-11-17T22:30:00")
            }),
        ),
        (
            "is not UCUM",
            Box::new(move |b| {
                b["entry"][first_obs]["resource"]["valueQuantity"]["code"] = json!("C")
            }),
        ),
        (
            "no known LOINC code",
            Box::new(move |b| {
                b["entry"][first_obs]["resource"]["code"]["coding"][0]["system"] =
                    json!("http://snomed.info/sct")
            }),
        ),
    ];
    for (expect, spoil) in broken {
        let mut b = good.clone();
        spoil(&mut b);
        let (code, out, err) = validate(&b.to_string(), false);
        assert_eq!(code, 1, "{expect}: {out}{err}");
        assert!(err.contains("INVALID"), "{expect}: {err}");
        assert!(err.contains(expect), "expected {expect:?} in: {err}");
    }
}

// ---- structure ----------------------------------------------------------------------

#[test]
fn care_team_bundle_structure_codes_units_and_offsets() {
    let (_dir, d) = diary();
    let (_, b) = bundle(&d, ExportMode::CareTeam);
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "collection");
    assert_eq!(b["timestamp"], "2026-11-21T10:00:00-06:00");

    let patients = resources(&b, "Patient");
    assert_eq!(patients.len(), 1);
    let p = patients[0];
    assert_eq!(p["name"][0]["text"], CHILD);
    assert_eq!(p["birthDate"], BIRTH);
    assert!(
        p.get("contact").is_none(),
        "the call ladder is not the child's kin"
    );
    let patient_url = &b["entry"][0]["fullUrl"];
    assert_eq!(
        *patient_url,
        format!("urn:uuid:{}", p["id"].as_str().unwrap())
    );

    for e in b["entry"].as_array().unwrap() {
        let r = &e["resource"];
        assert_eq!(
            e["fullUrl"],
            format!("urn:uuid:{}", r["id"].as_str().unwrap())
        );
        if r["resourceType"] == "Observation" {
            assert_eq!(r["subject"]["reference"], *patient_url);
            assert_eq!(
                r["category"][0]["coding"][0]["system"],
                "http://terminology.hl7.org/CodeSystem/observation-category"
            );
            assert_eq!(r["category"][0]["coding"][0]["code"], "vital-signs");
        }
    }

    // Temperature: as entered, in its own unit; the offsets exactly as taken.
    let temps = coded(&b, "8310-5");
    assert_eq!(temps.len(), 3, "the corrected 39.5 is left out");
    ucum(&temps[0]["valueQuantity"], 36.8, "Cel");
    assert_eq!(temps[0]["effectiveDateTime"], "2026-11-17T22:30:00-06:00");
    assert_eq!(temps[0]["status"], "final");
    ucum(&temps[1]["valueQuantity"], 101.3, "[degF]");
    assert_eq!(temps[1]["effectiveDateTime"], "2026-11-18T06:45:10-06:00");
    assert_eq!(temps[1]["issued"], "2026-11-18T06:50:00-06:00");
    // The correction: amended, with the reason and who corrected, for the team.
    ucum(&temps[2]["valueQuantity"], 37.5, "Cel");
    assert_eq!(temps[2]["status"], "amended");
    assert_eq!(temps[2]["note"][0]["text"], REASON);
    assert_eq!(temps[2]["note"][0]["authorString"], NURSE);
    assert!(!b.to_string().contains("39.5"));

    let hr = coded(&b, "8867-4");
    assert_eq!(hr.len(), 1);
    ucum(&hr[0]["valueQuantity"], 100.0, "/min");
    assert!(hr[0]["valueQuantity"]["value"].is_i64(), "100, not 100.0");
    let spo2 = coded(&b, "59408-5");
    assert_eq!(spo2.len(), 1);
    ucum(&spo2[0]["valueQuantity"], 97.5, "%");

    // Blood pressure: a panel without a value, systolic and diastolic as components.
    let bp = coded(&b, "85354-9");
    assert_eq!(bp.len(), 1);
    assert!(bp[0].get("valueQuantity").is_none());
    let comps = bp[0]["component"].as_array().unwrap();
    assert_eq!(comps.len(), 2);
    assert_eq!(loinc(&comps[0]), "8480-6");
    ucum(&comps[0]["valueQuantity"], 95.0, "mm[Hg]");
    assert_eq!(loinc(&comps[1]), "8462-4");
    ucum(&comps[1]["valueQuantity"], 60.0, "mm[Hg]");
    assert_eq!(bp[0]["effectiveDateTime"], "2026-11-18T06:45:10-06:00");

    // A reading with symptoms and the pump only has no vital sign to send.
    assert!(!b.to_string().contains("+01:00"));
}

#[test]
fn ids_are_stable_unique_and_differ_between_modes() {
    let (_dir, d) = diary();
    let (a, ab) = bundle(&d, ExportMode::CareTeam);
    assert_eq!(a, fhir_bundle(&d, ExportMode::CareTeam, now()).unwrap());
    let (s, sb) = bundle(&d, ExportMode::Sharing);
    assert_eq!(s, fhir_bundle(&d, ExportMode::Sharing, now()).unwrap());
    let urls = |b: &Value| -> Vec<String> {
        b["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["fullUrl"].as_str().unwrap().to_string())
            .collect()
    };
    let (ua, us) = (urls(&ab), urls(&sb));
    let mut all: Vec<&String> = ua.iter().chain(&us).collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), ua.len() + us.len(), "every id is different");
    // A new reading changes the sharing ids (they come from the content) but not the
    // care team's (they come from the child and the reading ids).
    let mut d = d;
    let mut r = Reading::at(t("2026-11-21T09:00:00-06:00"));
    r.heart_rate_bpm = Some(90.0);
    d.add_reading(&r, None, now()).unwrap();
    let ua2 = urls(&bundle(&d, ExportMode::CareTeam).1);
    assert_eq!(ua2[..ua.len()], ua[..]);
    assert_ne!(urls(&bundle(&d, ExportMode::Sharing).1)[0], us[0]);
}

#[test]
fn the_sharing_bundle_names_nobody_and_counts_course_days() {
    let (_dir, d) = diary();
    let (text, b) = bundle(&d, ExportMode::Sharing);
    for s in SECRETS {
        assert!(!text.contains(s), "sharing bundle contains {s:?}");
    }
    assert!(!text.contains("2026"), "no calendar dates");
    assert!(
        !text.contains("-06:00") && !text.contains("+01:00"),
        "no offsets"
    );
    assert!(b.get("timestamp").is_none());
    let p = resources(&b, "Patient")[0];
    assert_eq!(
        p.as_object().unwrap().len(),
        2,
        "only resourceType and id: {p}"
    );
    for o in resources(&b, "Observation") {
        for gone in ["effectiveDateTime", "issued", "note"] {
            assert!(o.get(gone).is_none(), "{gone} in {o}");
        }
    }
    let when = |o: &Value| -> (i64, i64, String) {
        let ext = o["extension"].as_array().unwrap();
        assert_eq!(ext.len(), 2);
        assert_eq!(ext[0]["url"], EXT_COURSE_DAY);
        assert_eq!(ext[1]["url"], EXT_MINUTES_SINCE_COURSE_START);
        let d = &ext[1]["valueDuration"];
        assert_eq!(d["system"], "http://unitsofmeasure.org");
        assert_eq!(d["code"], "min");
        (
            ext[0]["valueInteger"].as_i64().unwrap(),
            d["value"].as_i64().unwrap(),
            o["status"].as_str().unwrap().to_string(),
        )
    };
    let temps: Vec<_> = coded(&b, "8310-5").into_iter().map(when).collect();
    assert_eq!(
        temps,
        [
            (0, -90, "final".into()),    // 22:30 the evening before day 1
            (1, 405, "final".into()),    // 06:45:10 on day 1
            (3, 4080, "amended".into()), // the correction, 20:00 on day 3
        ]
    );
    // Temperatures in °C only: the unit a family reads hints at its country. The 101.3 °F
    // is the 38.5 °C the rules saw.
    for (o, c) in coded(&b, "8310-5").into_iter().zip([36.8, 38.5, 37.5]) {
        ucum(&o["valueQuantity"], c, "Cel");
        assert_eq!(o["valueQuantity"]["unit"], "°C");
    }
    for gone in ["degF", "°F", "101.3"] {
        assert!(!text.contains(gone), "sharing bundle contains {gone:?}");
    }
    assert_eq!(when(coded(&b, "85354-9")[0]).0, 1);
}

/// A diary with one child and two readings, the first corrected, written by `who`.
fn small_diary(name: &str, birth: &str, who: &str, reason: &str) -> (TempDir, Diary) {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    d.save_patient(
        &PatientRecord {
            name: name.into(),
            birth_date: birth.parse().unwrap(),
            weight_kg: None,
            height_cm: None,
        },
        now(),
    )
    .unwrap();
    let mut r = Reading::at(t("2026-11-19T08:00:00-06:00"));
    r.temperature = Some(Temperature {
        value: 102.2,
        unit: TempUnit::F,
    });
    r.heart_rate_bpm = Some(120.0);
    let id = d.add_reading(&r, Some(who), now()).unwrap().id;
    r.temperature = Some(Temperature {
        value: 99.5,
        unit: TempUnit::F,
    });
    d.amend_reading(id, &r, reason, who, now()).unwrap();
    let mut r2 = Reading::at(t("2026-11-20T08:00:00-06:00"));
    r2.spo2_percent = Some(96.0);
    d.add_reading(&r2, Some(who), now()).unwrap();
    (dir, d)
}

#[test]
fn the_sharing_bundle_depends_on_nothing_it_leaves_out() {
    let (_a, a) = small_diary(CHILD, BIRTH, MOTHER, REASON);
    let (_b, b) = small_diary("Otro Niño", "2019-01-02", "Abuela", "otra razón");
    let shared = |d: &Diary| fhir_bundle(d, ExportMode::Sharing, now()).unwrap();
    // Ids included: they are made from the shared content only, so they cannot be
    // matched against a guessed name or date of birth.
    assert_eq!(shared(&a), shared(&b));
    // ... while the care team's ids do come from the child.
    let care = |d: &Diary| fhir_bundle(d, ExportMode::CareTeam, now()).unwrap();
    let id = |text: String| -> String {
        let v: Value = serde_json::from_str(&text).unwrap();
        v["entry"][1]["fullUrl"].as_str().unwrap().to_string()
    };
    assert_ne!(id(care(&a)), id(care(&b)));
}

/// The Observation ids per LOINC code, in bundle order.
fn obs_ids(b: &Value, code: &str) -> Vec<String> {
    coded(b, code)
        .iter()
        .map(|o| o["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_correction_updates_the_observation_it_replaces() {
    let dir = TempDir::new().unwrap();
    let mut d = Diary::open_in(dir.path()).unwrap();
    d.save_patient(
        &PatientRecord {
            name: CHILD.into(),
            birth_date: BIRTH.parse().unwrap(),
            weight_kg: None,
            height_cm: None,
        },
        now(),
    )
    .unwrap();
    let mut r = Reading::at(t("2026-11-20T20:00:00-06:00"));
    r.temperature = Some(Temperature {
        value: 39.5,
        unit: TempUnit::C,
    });
    r.heart_rate_bpm = Some(120.0);
    let first = d.add_reading(&r, Some(MOTHER), now()).unwrap().id;
    let mut other = Reading::at(t("2026-11-20T22:00:00-06:00"));
    other.temperature = Some(Temperature {
        value: 37.0,
        unit: TempUnit::C,
    });
    d.add_reading(&other, Some(MOTHER), now()).unwrap();

    let (_, before) = bundle(&d, ExportMode::CareTeam);
    let temp_ids = obs_ids(&before, "8310-5");
    let hr_ids = obs_ids(&before, "8867-4");
    assert_eq!((temp_ids.len(), hr_ids.len()), (2, 1));
    assert_eq!(coded(&before, "8310-5")[0]["status"], "final");

    // Corrected, then the correction corrected again (a chain): every export keeps the
    // ids the importing system already holds, with the newest values, amended.
    r.temperature = Some(Temperature {
        value: 37.5,
        unit: TempUnit::C,
    });
    let second = d.amend_reading(first, &r, REASON, NURSE, now()).unwrap().id;
    r.heart_rate_bpm = Some(110.0);
    d.amend_reading(second, &r, "pulse too", NURSE, now())
        .unwrap();
    let (text, after) = bundle(&d, ExportMode::CareTeam);
    assert_eq!(obs_ids(&after, "8310-5"), temp_ids);
    assert_eq!(obs_ids(&after, "8867-4"), hr_ids);
    let temp = coded(&after, "8310-5")[0];
    ucum(&temp["valueQuantity"], 37.5, "Cel");
    assert_eq!(temp["status"], "amended");
    assert_eq!(temp["note"][0]["text"], "pulse too");
    let hr = coded(&after, "8867-4")[0];
    ucum(&hr["valueQuantity"], 110.0, "/min");
    assert_eq!(hr["status"], "amended");
    // The untouched reading is final as before.
    assert_eq!(coded(&after, "8310-5")[1]["status"], "final");
    let (code, _, err) = validate(&text, false);
    assert_eq!(code, 0, "{err}");
    // In sharing mode the ids are unique too (one Observation per value in effect).
    let (s, _) = bundle(&d, ExportMode::Sharing);
    let (code, out, err) = validate(&s, true);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "valid FHIR R4 Bundle: 1 Patient, 3 Observation");
}

#[test]
fn no_child_no_bundle() {
    let dir = TempDir::new().unwrap();
    let d = Diary::open_in(dir.path()).unwrap();
    assert!(matches!(
        fhir_bundle(&d, ExportMode::CareTeam, now()),
        Err(StoreError::NoPatient)
    ));
}
