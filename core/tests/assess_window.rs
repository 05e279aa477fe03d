//! The store assesses from the last 48 hours only (plus the newest earlier temperature), so a
//! save does not decode the whole diary. These tests prove that shortcut changes nothing:
//! on random diaries built through the API, every saved assessment and every
//! `Diary::assess` equals the engine run on the whole diary.

use centinela_core::assessment::{assess, Assessment, LOOKBACK_HOURS};
use centinela_core::diary::{Diary, PatientRecord};
use centinela_core::{CarePlan, PumpStatus, Reading, Symptom, TempUnit, Temperature};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use proptest::prelude::*;

fn start() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-03-02T07:00:00.250-06:00").unwrap()
}

/// A temp folder on tmpfs when there is one: hundreds of fsyncs per case.
fn temp_dir() -> tempfile::TempDir {
    let shm = std::path::Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(d) = tempfile::tempdir_in(shm) {
            return d;
        }
    }
    tempfile::tempdir().unwrap()
}

/// What the engine says from the whole diary, the reference the store must match.
fn full(diary: &Diary, at: DateTime<FixedOffset>) -> Assessment {
    let patient = diary.patient().unwrap().unwrap().patient();
    let plan = diary.care_plan().unwrap();
    assess(
        &patient,
        &plan,
        &diary.effective_readings().unwrap(),
        &[],
        at,
    )
}

#[derive(Debug, Clone)]
struct Vitals {
    temp_tenths: Option<u16>,
    bp: Option<(u8, u8)>,
    heart_rate: Option<u8>,
    spo2: Option<u8>,
    antipyretic: Option<bool>,
    symptom: Option<usize>,
    pump: Option<usize>,
}

impl Vitals {
    fn reading(&self, taken_at: DateTime<FixedOffset>) -> Reading {
        let mut r = Reading::at(taken_at);
        r.temperature = self.temp_tenths.map(|t| Temperature {
            value: f64::from(t) / 10.0,
            unit: TempUnit::C,
        });
        r.systolic_mmhg = self.bp.map(|(s, _)| f64::from(s));
        r.diastolic_mmhg = self.bp.map(|(_, d)| f64::from(d));
        r.heart_rate_bpm = self.heart_rate.map(f64::from);
        r.spo2_percent = self.spo2.map(f64::from);
        r.antipyretic_in_last_6h = self.antipyretic;
        r.symptoms = self
            .symptom
            .map(|i| vec![Symptom::ALL[i % Symptom::ALL.len()]]);
        r.pump = self
            .pump
            .map(|i| PumpStatus::ALL[i % PumpStatus::ALL.len()]);
        if !r.has_content() {
            r.heart_rate_bpm = Some(100.0);
        }
        r
    }
}

#[derive(Debug, Clone)]
enum Op {
    /// Time passes (up to three days, so older readings fall out of the 48 h).
    Wait { minutes: u32 },
    /// One reading, taken up to 5 minutes ahead of the clock (allowed skew) or a bit before.
    Read { skew_s: i32, vitals: Vitals },
    /// A run of temperatures above 40 °C lasting `hours` (20–80), a reading every
    /// `every_min`; `gap_every`-th readings carry no temperature at all.
    HighFever {
        hours: u32,
        every_min: u32,
        tenths: u16,
        gap_every: u8,
    },
    /// Correct a reading still in effect (the `pick`-th), moving it in time and changing
    /// its values; a correction may take away the very temperature that reached back.
    Amend {
        pick: usize,
        shift_min: i32,
        vitals: Vitals,
    },
    /// `Diary::assess` at the clock plus `ahead_min` (readings may lie ahead of it).
    Check { ahead_min: u32 },
    /// `Diary::assess` exactly 48 h (± 1 ms) after a stored temperature: the window's edge.
    CheckEdge { pick: usize, delta_ms: i64 },
}

fn vitals() -> impl Strategy<Value = Vitals> {
    (
        prop_oneof![
            1 => Just(None),
            3 => (355u16..=420).prop_map(Some),
            2 => (398u16..=415).prop_map(Some),
        ],
        proptest::option::weighted(0.3, (55u8..140, 30u8..55)),
        proptest::option::weighted(0.3, 60u8..200),
        proptest::option::weighted(0.2, 85u8..=100),
        proptest::option::weighted(0.2, any::<bool>()),
        proptest::option::weighted(0.1, any::<usize>()),
        proptest::option::weighted(0.1, any::<usize>()),
    )
        .prop_map(
            |(temp_tenths, bp, heart_rate, spo2, antipyretic, symptom, pump)| Vitals {
                temp_tenths,
                bp,
                heart_rate,
                spo2,
                antipyretic,
                symptom,
                pump,
            },
        )
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => prop_oneof![1u32..90, 90u32..72 * 60].prop_map(|minutes| Op::Wait { minutes }),
        6 => (-600i32..=300, vitals()).prop_map(|(skew_s, vitals)| Op::Read { skew_s, vitals }),
        2 => (20u32..=80, 45u32..=360, 401u16..=420, 2u8..6).prop_map(
            |(hours, every_min, tenths, gap_every)| Op::HighFever { hours, every_min, tenths, gap_every }
        ),
        2 => (any::<usize>(), -180i32..=180, vitals())
            .prop_map(|(pick, shift_min, vitals)| Op::Amend { pick, shift_min, vitals }),
        2 => (0u32..4 * 24 * 60).prop_map(|ahead_min| Op::Check { ahead_min }),
        2 => (any::<usize>(), -1i64..=1).prop_map(|(pick, delta_ms)| Op::CheckEdge { pick, delta_ms }),
    ]
}

/// Builds the diary op by op, comparing the store's assessment with the full one after every
/// save and at every check. Returns how many comparisons were made.
fn run(birth_years: i32, threshold_tenths: u16, ops: &[Op]) -> Result<usize, TestCaseError> {
    let dir = temp_dir();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    let mut now = start();
    diary
        .save_patient(
            &PatientRecord {
                name: "Ana".into(),
                birth_date: NaiveDate::from_ymd_opt(2025 - birth_years, 9, 1).unwrap(),
                weight_kg: None,
                height_cm: None,
            },
            now,
        )
        .unwrap();
    diary
        .save_care_plan(
            &CarePlan {
                fever_threshold_c: f64::from(threshold_tenths) / 10.0,
            },
            now,
        )
        .unwrap();
    let mut compared = 0;

    let save = |diary: &mut Diary, r: &Reading, now| -> Result<(), TestCaseError> {
        let saved = diary.add_reading(r, Some("test"), now).unwrap();
        let at = r.taken_at.max(now);
        prop_assert_eq!(
            &saved.assessment,
            &full(diary, at),
            "saving {:?} at {}",
            r,
            now
        );
        Ok(())
    };
    let effective = |diary: &Diary| -> Vec<(i64, Reading)> {
        let far = Duration::days(3650);
        diary
            .readings_between(start() - far, start() + far)
            .unwrap()
            .into_iter()
            .filter(|e| e.is_effective())
            .map(|e| (e.id, e.reading))
            .collect()
    };

    for op in ops {
        match op {
            Op::Wait { minutes } => now += Duration::minutes(i64::from(*minutes)),
            Op::Read { skew_s, vitals } => {
                let r = vitals.reading(now + Duration::seconds(i64::from(*skew_s)));
                save(&mut diary, &r, now)?;
                compared += 1;
                now += Duration::seconds(37);
            }
            Op::HighFever {
                hours,
                every_min,
                tenths,
                gap_every,
            } => {
                let end = now + Duration::hours(i64::from(*hours));
                let mut i = 0u8;
                while now <= end {
                    let mut r = Reading::at(now);
                    i = i.wrapping_add(1);
                    if i.is_multiple_of(*gap_every) {
                        r.heart_rate_bpm = Some(150.0);
                    } else {
                        r.temperature = Some(Temperature {
                            value: f64::from(*tenths) / 10.0,
                            unit: TempUnit::C,
                        });
                    }
                    save(&mut diary, &r, now)?;
                    compared += 1;
                    // Check in the middle of the gap too: grade 3 turns 4 at 24 h.
                    let mid = now + Duration::minutes(i64::from(*every_min) / 2);
                    prop_assert_eq!(diary.assess(mid).unwrap(), full(&diary, mid));
                    compared += 1;
                    now += Duration::minutes(i64::from(*every_min));
                }
            }
            Op::Amend {
                pick,
                shift_min,
                vitals,
            } => {
                let list = effective(&diary);
                if list.is_empty() {
                    continue;
                }
                let (id, original) = &list[pick % list.len()];
                let taken_at = (original.taken_at + Duration::minutes(i64::from(*shift_min)))
                    .min(now + Duration::minutes(5));
                let corrected = vitals.reading(taken_at);
                let saved = diary
                    .amend_reading(*id, &corrected, "typed wrong", "Dad", now)
                    .unwrap();
                let at = taken_at.max(now);
                prop_assert_eq!(&saved.assessment, &full(&diary, at), "amending {}", id);
                compared += 1;
                now += Duration::seconds(41);
            }
            Op::Check { ahead_min } => {
                let at = now + Duration::minutes(i64::from(*ahead_min));
                prop_assert_eq!(diary.assess(at).unwrap(), full(&diary, at), "at {}", at);
                compared += 1;
            }
            Op::CheckEdge { pick, delta_ms } => {
                let temps: Vec<Reading> = effective(&diary)
                    .into_iter()
                    .map(|(_, r)| r)
                    .filter(|r| r.temperature.is_some())
                    .collect();
                if temps.is_empty() {
                    continue;
                }
                let at = temps[pick % temps.len()].taken_at
                    + Duration::hours(LOOKBACK_HOURS)
                    + Duration::milliseconds(*delta_ms);
                prop_assert_eq!(diary.assess(at).unwrap(), full(&diary, at), "at {}", at);
                compared += 1;
            }
        }
    }
    Ok(compared)
}

fn cases() -> u32 {
    // Each case writes hundreds of readings; a quarter of the suite's budget keeps CI short.
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse::<u32>().ok())
        .map_or(48, |n| (n / 4).max(16))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn the_48_hour_window_assesses_like_the_whole_diary(
        birth_years in 0i32..17,
        threshold_tenths in 375u16..=385,
        ops in proptest::collection::vec(op(), 1..40),
    ) {
        run(birth_years, threshold_tenths, &ops)?;
    }
}

/// A temperature above 40 °C just over 48 h before, with the run unbroken to a temperature
/// just inside 24 h: grade 4 (the run lasts over 24 h). Moving the early one by a
/// millisecond either side of the edge, or breaking the run, changes nothing in the match.
#[test]
fn a_run_reaching_past_the_window_is_grade_4() {
    for (edge_ms, broken, grade) in [(-1, false, 4), (0, false, 4), (1, false, 4), (0, true, 3)] {
        let dir = temp_dir();
        let mut diary = Diary::open_in(dir.path()).unwrap();
        let t0 = start();
        diary
            .save_patient(
                &PatientRecord {
                    name: "Ana".into(),
                    birth_date: NaiveDate::from_ymd_opt(2019, 9, 1).unwrap(),
                    weight_kg: None,
                    height_cm: None,
                },
                t0,
            )
            .unwrap();
        let hot = |at, c: f64| {
            let mut r = Reading::at(at);
            r.temperature = Some(Temperature {
                value: c,
                unit: TempUnit::C,
            });
            r
        };
        let at = t0 + Duration::hours(LOOKBACK_HOURS) + Duration::milliseconds(edge_ms);
        let mut now = t0;
        diary.add_reading(&hot(t0, 40.6), None, now).unwrap();
        // Every 6 h above 40 (or one at 39.5 when broken), ending just inside the last 24 h.
        for h in (6..=36).step_by(6) {
            now = t0 + Duration::hours(h);
            let c = if broken && h == 30 { 39.5 } else { 40.8 };
            diary.add_reading(&hot(now, c), None, now).unwrap();
        }
        // Only a reading without temperature in the last 12 h.
        let mut r = Reading::at(at - Duration::hours(1));
        r.heart_rate_bpm = Some(110.0);
        diary
            .add_reading(&r, None, at - Duration::hours(1))
            .unwrap();

        let got = diary.assess(at).unwrap();
        assert_eq!(got, full(&diary, at), "edge {edge_ms} ms, broken {broken}");
        assert_eq!(got.fever_grade, grade, "edge {edge_ms} ms, broken {broken}");
    }
}
