//! A writer for the crash-safety test (core/tests/crash_safety.rs): it writes readings,
//! alerts, acknowledgements, corrections and bags through the same store code as the
//! app, forever, and prints one line after each commit. The test kills it with SIGKILL
//! at random moments and checks that every acknowledged write is in the diary, whole.
//!
//! `crash-writer --data-dir D --seed S`
//!
//! Lines (stdout, one per committed write, printed only after the commit returned):
//! - `READY` once the diary is open and has a setup;
//! - `ACK reading <id> <Reading json> <by>`;
//! - `ACK alert <id> <reading_id> <action>` for the alert a write raised (or found open);
//! - `ACK ack <alert_id>` for each alert acknowledged;
//! - `ACK amend <original_id> <new_id> <Reading json>`;
//! - `ACK bag <id> <hung_at>`.
//!
//! Its clock is synthetic (the latest reading plus 7 minutes), so runs are reproducible
//! from the seed and the diary never needs the real time.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use centinela_core::bag::{BagDuration, NewBag};
use centinela_core::course::CoursePlan;
use centinela_core::diary::{
    Contact, ContactRole, Diary, Language, PatientRecord, Settings, Setup, StoreError,
};
use centinela_core::{CarePlan, PumpStatus, Reading, TempUnit, Temperature};
use chrono::{DateTime, Duration, FixedOffset};

const BY: &str = "Ana";

/// The first synthetic "now" of an empty diary.
const START: &str = "2026-11-21T08:00:00-06:00";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crash-writer: {e}");
            ExitCode::from(2)
        }
    }
}

struct Args {
    data_dir: PathBuf,
    seed: u64,
}

fn args() -> Result<Args, String> {
    let mut data_dir = None;
    let mut seed = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--data-dir" => data_dir = it.next().map(PathBuf::from),
            "--seed" => {
                let s = it.next().ok_or("--seed needs a number")?;
                seed = Some(
                    s.parse::<u64>()
                        .map_err(|_| format!("--seed {s:?}: expected a whole number"))?,
                );
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(Args {
        data_dir: data_dir.ok_or("--data-dir is required")?,
        seed: seed.ok_or("--seed is required")?,
    })
}

/// xorshift64*, seeded so that seed 0 still moves.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("a fixed time")
}

fn setup(now: DateTime<FixedOffset>) -> Setup {
    Setup {
        patient: PatientRecord {
            name: "Sofía".into(),
            birth_date: "2020-03-14".parse().expect("a fixed date"),
            weight_kg: Some(18.5),
            height_cm: Some(108.0),
        },
        care_plan: CarePlan::default(),
        contacts: vec![Contact {
            role: ContactRole::Team24h,
            name: "Oncología".into(),
            phone: "+52 55 5555 0101".into(),
            address: None,
        }],
        settings: Settings {
            language: Language::Es,
            temperature_unit: TempUnit::C,
            caregiver: Some(BY.into()),
            start_at_login: false,
        },
        course: Some(CoursePlan::new(
            now.date_naive(),
            now.date_naive() + Duration::days(20),
            Some(8),
        )),
    }
}

/// A reading at `at`; one in eight is a fever or a low blood pressure (an alert).
fn reading(rng: &mut Rng, at: DateTime<FixedOffset>) -> Reading {
    let mut r = Reading::at(at);
    let worry = rng.below(8) == 0;
    let temp = if worry && rng.below(2) == 0 {
        38.5 + rng.below(15) as f64 / 10.0
    } else {
        36.0 + rng.below(15) as f64 / 10.0
    };
    r.temperature = Some(Temperature {
        value: temp,
        unit: TempUnit::C,
    });
    r.systolic_mmhg = Some(if worry && temp < 38.0 {
        60.0 + rng.below(10) as f64
    } else {
        95.0 + rng.below(20) as f64
    });
    r.diastolic_mmhg = Some(40.0 + rng.below(10) as f64);
    r.heart_rate_bpm = Some(80.0 + rng.below(40) as f64);
    r.symptoms = Some(vec![]);
    r.pump = Some(PumpStatus::Running);
    r
}

fn run() -> Result<(), String> {
    let a = args()?;
    let mut rng = Rng::new(a.seed);
    let fail = |e: StoreError| format!("{} ({})", e, e.code());
    // The open's own "now" only names a pre-upgrade copy: the synthetic start will do.
    let mut diary = Diary::open_in_at(&a.data_dir, t(START)).map_err(fail)?;
    let latest = diary
        .latest_effective_entry(t("9999-01-01T00:00:00Z"))
        .map_err(fail)?
        .map(|e| e.reading.taken_at);
    let mut now = latest.unwrap_or_else(|| t(START)) + Duration::minutes(7);
    if diary.setup().map_err(fail)?.is_none() {
        diary.save_setup(&setup(now), now).map_err(fail)?;
    }
    let out = io::stdout();
    let mut out = out.lock();
    let mut say = |line: String| -> Result<(), String> {
        writeln!(out, "{line}").map_err(|e| format!("stdout: {e}"))?;
        out.flush().map_err(|e| format!("stdout: {e}"))
    };
    say("READY".into())?;
    loop {
        let alert = match rng.below(8) {
            0..=3 => {
                let r = reading(&mut rng, now);
                let saved = diary.add_reading(&r, Some(BY), now).map_err(fail)?;
                let json = serde_json::to_string(&r).map_err(|e| e.to_string())?;
                say(format!("ACK reading {} {json} {BY}", saved.id))?;
                now += Duration::minutes(7);
                saved.alert_id
            }
            4 => {
                let done = diary
                    .acknowledge_open_alerts(BY, Some("Give paracetamol, call back"), now)
                    .map_err(fail)?;
                for alert in done {
                    say(format!("ACK ack {}", alert.id))?;
                }
                None
            }
            5 | 6 => {
                let Some(latest) = diary.latest_effective_entry(now).map_err(fail)? else {
                    continue;
                };
                let corrected = reading(&mut rng, latest.reading.taken_at);
                let saved = diary
                    .amend_reading(latest.id, &corrected, "typed wrong", BY, now)
                    .map_err(fail)?;
                let json = serde_json::to_string(&corrected).map_err(|e| e.to_string())?;
                say(format!("ACK amend {} {} {json}", latest.id, saved.id))?;
                saved.alert_id
            }
            _ => {
                let bag = NewBag {
                    hung_at: now - Duration::minutes(rng.below(60) as i64),
                    duration: BagDuration::H48,
                    extension_hours: 0,
                    note: None,
                };
                let saved = diary.log_bag(&bag, Some(BY), now).map_err(fail)?;
                say(format!(
                    "ACK bag {} {}",
                    saved.id,
                    saved.hung_at.to_rfc3339()
                ))?;
                None
            }
        };
        if let Some(id) = alert {
            let alert = diary.alert(id).map_err(fail)?;
            say(format!(
                "ACK alert {id} {} {}",
                alert.reading_id,
                alert.action.code()
            ))?;
        }
    }
}
