//! The guided neurological check (care-rules v2 §4.5, ASTCT 2019): the ICE score from age 12,
//! the CAPD score under 12, added up from the caregiver's (or the nurse's) item answers.
//!
//! The screens add the score themselves (`ui/src/lib/neuroCheck.ts`); this module adds it
//! again wherever the items are stored (the nurse's baseline), so a stored score always
//! agrees with its answers. The engine receives only the score ([`NeuroCheck`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::patient::Age;
use crate::plausibility::{ErrorCode, Rejection};
use crate::reading::NeuroCheck;

/// Which screen a child gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum NeuroScale {
    /// Immune effector cell encephalopathy score, 0–10, age 12 and over.
    Ice,
    /// Cornell Assessment of Pediatric Delirium, 0–32, under 12.
    Capd,
}

/// The ICE items and the points each is worth, in the order they are asked: orientation to
/// year, month, city and hospital (1 each), naming three objects (1 each), a simple command
/// (1), writing a sentence (1), counting back from 100 by ten (1). Ten points in all.
pub const ICE_ITEMS: usize = 10;

/// The eight CAPD observations; items 1–4 are scored in reverse (care-rules §4.5).
pub const CAPD_ITEMS: usize = 8;
/// How many of the first CAPD items are reversed (4 − answer).
pub const CAPD_REVERSED: usize = 4;
/// The highest CAPD answer ("always").
pub const CAPD_ANSWER_MAX: u8 = 4;

/// The scale for a child born on `birth`, checked on `on` (care-rules §3: ICE from 12
/// completed years, CAPD under 12). `None` before the date of birth.
pub fn scale_for(birth: NaiveDate, on: NaiveDate) -> Option<NeuroScale> {
    let age = Age::on(birth, on)?;
    Some(if age.years >= NeuroCheck::ICE_FROM_YEARS {
        NeuroScale::Ice
    } else {
        NeuroScale::Capd
    })
}

fn bad(field: &str, message: String) -> Rejection {
    Rejection::new(ErrorCode::OutOfRange, field, message)
}

/// The ICE score from its ten right (1) / wrong (0) answers.
pub fn ice_score(items: &[u8]) -> Result<u8, Rejection> {
    if items.len() != ICE_ITEMS {
        return Err(bad(
            "items",
            format!("the ICE check has {ICE_ITEMS} answers, not {}", items.len()),
        ));
    }
    if let Some(i) = items.iter().position(|&a| a > 1) {
        return Err(bad(
            &format!("items[{i}]"),
            "an ICE answer is 1 (right) or 0 (wrong)".into(),
        ));
    }
    Ok(items.iter().sum())
}

/// The CAPD score from its eight answers, 0 = never … 4 = always; items 1–4 count
/// `4 − answer`, items 5–8 count the answer.
pub fn capd_score(items: &[u8]) -> Result<u8, Rejection> {
    if items.len() != CAPD_ITEMS {
        return Err(bad(
            "items",
            format!(
                "the CAPD check has {CAPD_ITEMS} answers, not {}",
                items.len()
            ),
        ));
    }
    if let Some(i) = items.iter().position(|&a| a > CAPD_ANSWER_MAX) {
        return Err(bad(
            &format!("items[{i}]"),
            format!("a CAPD answer is between 0 and {CAPD_ANSWER_MAX}"),
        ));
    }
    Ok(items
        .iter()
        .enumerate()
        .map(|(i, &a)| {
            if i < CAPD_REVERSED {
                CAPD_ANSWER_MAX - a
            } else {
                a
            }
        })
        .sum())
}

/// The score of `items` on `scale`.
pub fn score(scale: NeuroScale, items: &[u8]) -> Result<u8, Rejection> {
    match scale {
        NeuroScale::Ice => ice_score(items),
        NeuroScale::Capd => capd_score(items),
    }
}

/// The check as the engine takes it.
pub fn neuro_check(scale: NeuroScale, score: u8) -> NeuroCheck {
    match scale {
        NeuroScale::Ice => NeuroCheck::ice(f64::from(score)),
        NeuroScale::Capd => NeuroCheck::capd(f64::from(score)),
    }
}
