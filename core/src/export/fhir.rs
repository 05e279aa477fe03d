//! The diary as a FHIR R4 (4.0.1) Bundle of type `collection`: one Patient and one
//! vital-signs Observation per value of each reading in effect.
//!
//! Decisions:
//! - **What becomes an Observation**: temperature (LOINC 8310-5), heart rate (8867-4),
//!   SpO₂ (59408-5) and blood pressure (panel 85354-9 with systolic 8480-6 and diastolic
//!   8462-4 as components, only the ones recorded). Symptoms, the pump and the fever
//!   medicine have no agreed codes here; they travel in the CSV.
//! - **Temperature keeps the unit it was entered in** for the care team: `Cel`, or
//!   `[degF]` for °F. That is the number the family read on the thermometer; converting
//!   would round it (the rules round °F to 2 decimals of °C), and both units are in the
//!   vital-signs value set. For sharing it is always `Cel`, the value the rules use: the
//!   unit a family reads hints at its country.
//! - **Corrections**: a corrected original is left out (a system that imports values
//!   should never plot a wrong one; the CSV keeps every row). Its correction is status
//!   `amended`, with the reason as a note for the care team; everything else is `final`.
//!   An Observation is keyed on the reading at the root of its correction chain (the
//!   first one written), so the corrected value takes the id of the wrong one it
//!   replaces.
//! - **Contacts are left out**: they are the family's call ladder (the team's own numbers,
//!   the emergency department), not the child's next of kin; as `Patient.contact` a
//!   hospital system would import them as such.
//! - **Ids** are `urn:uuid:` UUIDs (version 8, RFC 9562) made from a 128-bit FNV-1a hash,
//!   so an export is reproducible: the same diary gives the same ids. For the care team
//!   they come from the child's name and date of birth, the root reading id and the kind
//!   of value, so a later export updates the resources a system already holds, corrected
//!   values included. For sharing they come from the shared content only (the bodies and
//!   the same root reading ids, no name, date, person or free text), so they reveal
//!   nothing that is not already in the file (a hash of the name could be found by trying
//!   names); they change whenever the content does.
//! - **Sharing**: the Patient has only its id; Observations have no `effectiveDateTime`,
//!   `issued` or notes, and carry the time as two extensions: [`EXT_COURSE_DAY`]
//!   (`valueInteger`) and [`EXT_MINUTES_SINCE_COURSE_START`] (`valueDuration` in UCUM
//!   `min`, exact where a fraction of a day in `d` would not be). The Bundle has no
//!   `timestamp`. Extension urls are logical names (URNs): we own no web domain.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, SecondsFormat};
use serde::Serialize;

use super::{all_entries, CourseClock, ExportMode};
use crate::diary::{Diary, DiaryEntry, PatientRecord, StoreError};
use crate::reading::TempUnit;

/// Extension (sharing mode): the course day of the reading, day 1 = course start.
pub const EXT_COURSE_DAY: &str = "urn:centinela:fhir:extension:course-day";
/// Extension (sharing mode): minutes from local midnight of day 1 to the reading.
pub const EXT_MINUTES_SINCE_COURSE_START: &str =
    "urn:centinela:fhir:extension:minutes-since-course-start";

const LOINC: &str = "http://loinc.org";
const UCUM: &str = "http://unitsofmeasure.org";
const CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";

// The resources as typed structs: fields are written in the order FHIR lists them, with
// `resourceType` first, and nothing optional is written when absent.

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Bundle {
    resource_type: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    timestamp: Option<String>,
    entry: Vec<Entry>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Entry {
    full_url: String,
    resource: Resource,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Resource {
    Patient(Patient),
    Observation(Box<Observation>),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Patient {
    resource_type: &'static str,
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<[HumanName; 1]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    birth_date: Option<String>,
}

#[derive(Serialize)]
struct HumanName {
    text: String,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct Observation {
    resource_type: &'static str,
    id: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    extension: Vec<Extension>,
    status: &'static str,
    category: [CodeableConcept; 1],
    code: CodeableConcept,
    subject: Reference,
    #[serde(skip_serializing_if = "Option::is_none")]
    effective_date_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_quantity: Option<Quantity>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    note: Vec<Annotation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    component: Vec<Component>,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
enum ExtensionValue {
    ValueInteger(i64),
    ValueDuration(Quantity),
}

#[derive(Serialize, Clone)]
struct Extension {
    url: &'static str,
    #[serde(flatten)]
    value: ExtensionValue,
}

#[derive(Serialize, Clone)]
struct Coding {
    system: &'static str,
    code: &'static str,
    display: &'static str,
}

#[derive(Serialize, Clone)]
struct CodeableConcept {
    coding: [Coding; 1],
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'static str>,
}

#[derive(Serialize, Clone, Default)]
struct Reference {
    reference: String,
}

#[derive(Serialize, Clone)]
struct Quantity {
    #[serde(serialize_with = "decimal")]
    value: f64,
    unit: &'static str,
    system: &'static str,
    code: &'static str,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct Annotation {
    author_string: String,
    time: String,
    text: String,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct Component {
    code: CodeableConcept,
    value_quantity: Quantity,
}

/// The diary as a FHIR R4 Bundle of type `collection`, pretty-printed JSON.
/// `now` is the Bundle's `timestamp` (care team only). [`StoreError::NoPatient`] before
/// the child is entered.
pub fn fhir_bundle(
    diary: &Diary,
    mode: ExportMode,
    now: DateTime<FixedOffset>,
) -> Result<String, StoreError> {
    let patient = diary.patient()?.ok_or(StoreError::NoPatient)?;
    let entries = all_entries(diary)?;
    let clock = CourseClock::for_diary(diary, &entries)?;
    let roots = chain_roots(&entries);

    // Bodies first, ids after: in sharing mode the ids are made from the bodies.
    let mut observations: Vec<(String, Observation)> = vec![];
    for e in entries.iter().filter(|e| e.is_effective()) {
        let root = roots.get(&e.id).copied().unwrap_or(e.id);
        for (kind, mut obs) in values(e, mode) {
            match (mode, clock) {
                (ExportMode::CareTeam, _) => care_team_details(&mut obs, e),
                (ExportMode::Sharing, Some(clock)) => {
                    let at = e.reading.taken_at;
                    obs.extension = vec![
                        Extension {
                            url: EXT_COURSE_DAY,
                            value: ExtensionValue::ValueInteger(clock.day(at)),
                        },
                        Extension {
                            url: EXT_MINUTES_SINCE_COURSE_START,
                            value: ExtensionValue::ValueDuration(Quantity {
                                value: clock.minutes(at) as f64,
                                unit: "min",
                                system: UCUM,
                                code: "min",
                            }),
                        },
                    ];
                }
                // No clock means no readings, so this arm is never reached.
                (ExportMode::Sharing, None) => {}
            }
            observations.push((format!("reading:{root}:{kind}"), obs));
        }
    }

    let seed = match mode {
        ExportMode::CareTeam => format!(
            "centinela:care_team:{}\n{}",
            patient.name, patient.birth_date
        ),
        ExportMode::Sharing => {
            let bodies: Vec<&Observation> = observations.iter().map(|(_, o)| o).collect();
            format!("centinela:sharing:{}", to_json(&bodies, false)?)
        }
    };
    let patient_id = uuid(&format!("{seed}\npatient"));
    let patient_url = format!("urn:uuid:{patient_id}");

    let mut entry = vec![Entry {
        full_url: patient_url.clone(),
        resource: Resource::Patient(patient_resource(patient_id, &patient, mode)),
    }];
    for (key, mut obs) in observations {
        obs.id = uuid(&format!("{seed}\n{key}"));
        obs.subject = Reference {
            reference: patient_url.clone(),
        };
        entry.push(Entry {
            full_url: format!("urn:uuid:{}", obs.id),
            resource: Resource::Observation(Box::new(obs)),
        });
    }
    let bundle = Bundle {
        resource_type: "Bundle",
        kind: "collection",
        timestamp: (mode == ExportMode::CareTeam)
            .then(|| now.to_rfc3339_opts(SecondsFormat::Secs, false)),
        entry,
    };
    to_json(&bundle, true)
}

/// For each reading, the first reading of its correction chain (itself when it corrects
/// nothing). A correction can itself be corrected, so the links are followed back.
fn chain_roots(entries: &[DiaryEntry]) -> HashMap<i64, i64> {
    let corrects: HashMap<i64, i64> = entries
        .iter()
        .filter_map(|e| e.corrects.as_ref().map(|l| (e.id, l.reading_id)))
        .collect();
    entries
        .iter()
        .map(|e| {
            let mut root = e.id;
            // The store only links a correction to an earlier reading; the bound guards
            // against a damaged file with a loop.
            for _ in 0..=corrects.len() {
                match corrects.get(&root) {
                    Some(&earlier) => root = earlier,
                    None => break,
                }
            }
            (e.id, root)
        })
        .collect()
}

/// A whole number without ".0", as the family entered it (and as the CSV shows it).
fn decimal<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn to_json<T: Serialize>(value: &T, pretty: bool) -> Result<String, StoreError> {
    let text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    text.map_err(|e| StoreError::corrupt(format!("the FHIR bundle could not be written: {e}")))
}

fn patient_resource(id: String, p: &PatientRecord, mode: ExportMode) -> Patient {
    let care_team = mode == ExportMode::CareTeam;
    Patient {
        resource_type: "Patient",
        id,
        name: care_team.then(|| {
            [HumanName {
                text: p.name.clone(),
            }]
        }),
        birth_date: care_team.then(|| p.birth_date.to_string()),
    }
}

/// The time and the audit trail, for the care team only.
fn care_team_details(obs: &mut Observation, e: &DiaryEntry) {
    obs.effective_date_time = Some(e.reading.taken_at.to_rfc3339());
    obs.issued = Some(e.recorded_at.to_rfc3339());
    if let Some(link) = &e.corrects {
        obs.note = vec![Annotation {
            author_string: link.amended_by.clone(),
            time: link.amended_at.to_rfc3339(),
            text: link.reason.clone(),
        }];
    }
}

fn quantity(value: f64, unit: &'static str, code: &'static str) -> Quantity {
    Quantity {
        value,
        unit,
        system: UCUM,
        code,
    }
}

fn loinc(code: &'static str, display: &'static str) -> CodeableConcept {
    CodeableConcept {
        coding: [Coding {
            system: LOINC,
            code,
            display,
        }],
        text: Some(display),
    }
}

/// One Observation (no id, subject or time yet) per value of the reading.
fn values(e: &DiaryEntry, mode: ExportMode) -> Vec<(&'static str, Observation)> {
    let r = &e.reading;
    let status = if e.corrects.is_some() {
        "amended"
    } else {
        "final"
    };
    let base = |code: CodeableConcept, value_quantity: Option<Quantity>| Observation {
        resource_type: "Observation",
        id: String::new(),
        extension: vec![],
        status,
        category: [CodeableConcept {
            coding: [Coding {
                system: CATEGORY,
                code: "vital-signs",
                display: "Vital Signs",
            }],
            text: None,
        }],
        code,
        subject: Reference::default(),
        effective_date_time: None,
        issued: None,
        value_quantity,
        note: vec![],
        component: vec![],
    };
    let mut out = vec![];
    if let Some(t) = r.temperature {
        let q = match (mode, t.unit) {
            (ExportMode::Sharing, _) => quantity(t.celsius(), "°C", "Cel"),
            (ExportMode::CareTeam, TempUnit::C) => quantity(t.value, "°C", "Cel"),
            (ExportMode::CareTeam, TempUnit::F) => quantity(t.value, "°F", "[degF]"),
        };
        out.push((
            "temperature",
            base(loinc("8310-5", "Body temperature"), Some(q)),
        ));
    }
    if let Some(v) = r.heart_rate_bpm {
        let q = quantity(v, "beats/minute", "/min");
        out.push(("heart_rate", base(loinc("8867-4", "Heart rate"), Some(q))));
    }
    if let Some(v) = r.spo2_percent {
        let code = loinc(
            "59408-5",
            "Oxygen saturation in Arterial blood by Pulse oximetry",
        );
        out.push(("spo2", base(code, Some(quantity(v, "%", "%")))));
    }
    if let Some(v) = r.respiratory_rate_per_min {
        let q = quantity(v, "breaths/minute", "/min");
        out.push((
            "respiratory_rate",
            base(loinc("9279-1", "Respiratory rate"), Some(q)),
        ));
    }
    if r.systolic_mmhg.is_some() || r.diastolic_mmhg.is_some() {
        let code = loinc("85354-9", "Blood pressure panel with all children optional");
        let mut o = base(code, None);
        let parts = [
            ("8480-6", "Systolic blood pressure", r.systolic_mmhg),
            ("8462-4", "Diastolic blood pressure", r.diastolic_mmhg),
        ];
        o.component = parts
            .into_iter()
            .filter_map(|(code, display, v)| {
                v.map(|v| Component {
                    code: loinc(code, display),
                    value_quantity: quantity(v, "mmHg", "mm[Hg]"),
                })
            })
            .collect();
        out.push(("blood_pressure", o));
    }
    out
}

/// A UUID (version 8, variant RFC 9562) from the 128-bit FNV-1a hash of `seed`.
fn uuid(seed: &str) -> String {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    let mut h = OFFSET;
    for b in seed.bytes() {
        h ^= u128::from(b);
        h = h.wrapping_mul(PRIME);
    }
    h = (h & !(0xf << 76)) | (0x8 << 76);
    h = (h & !(0x3 << 62)) | (0x2 << 62);
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        h >> 96,
        (h >> 80) & 0xffff,
        (h >> 64) & 0xffff,
        (h >> 48) & 0xffff,
        h & 0xffff_ffff_ffff
    )
}

#[cfg(test)]
mod tests {
    use super::uuid;

    #[test]
    fn uuids_are_version_8_and_differ_by_seed() {
        let a = uuid("a");
        let b = uuid("b");
        assert_ne!(a, b);
        for u in [&a, &b] {
            assert_eq!(u.len(), 36);
            assert_eq!(&u[14..15], "8", "{u}");
            assert!(matches!(&u[19..20], "8" | "9" | "a" | "b"), "{u}");
        }
        assert_eq!(uuid("a"), a);
    }
}
