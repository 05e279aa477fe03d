//! Centinela's core: the care-rules engine, plausibility checks, the diary store, and the
//! course calendar with its reminders.
//! No GUI and no Tauri here: the desktop shell and `centinela-cli` both call this crate.

pub mod alarm;
pub mod assessment;
pub mod backup;
pub mod bag;
pub mod call_card;
pub mod checklist;
pub mod course;
pub mod diary;
pub mod document;
pub mod export;
pub mod files;
pub mod messages;
// issue 15: the guided neurological check's scoring
pub mod neuro;
pub mod paths;
pub mod patient;
pub mod plausibility;
pub mod reading;
pub mod recovery;
pub mod reminder;
pub mod report;
pub mod scenario;
pub mod training;
pub mod training_record;
// issue 20: what can keep the alarm from waking the family
pub mod watch;

pub use assessment::{assess, Action, Assessment, Reason, RULES_VERSION};
pub use patient::{Age, CarePlan, Patient};
pub use plausibility::{ErrorCode, Rejection};
pub use reading::{PumpStatus, Reading, Symptom, TempUnit, Temperature};
