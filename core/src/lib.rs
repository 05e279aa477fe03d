//! Centinela's core: the care-rules engine, plausibility checks, the diary store, and the
//! course calendar with its reminders.
//! No GUI and no Tauri here: the desktop shell and `centinela-cli` both call this crate.

pub mod alarm;
pub mod call_card;
pub mod diary;
// Backups and the recovery of a damaged diary live with the store (one home for backup,
// restore and "open or set aside"); the old paths still name them.
pub use diary::{backup, recovery};
pub mod export;
pub mod files;
pub mod paths;
pub mod training;

// The rules live in their own pure crate; their modules are re-exported under the same
// paths, so `centinela_core::assessment` and `crate::reading` keep meaning what they did.
pub use centinela_rules::{
    assessment, bag, catalogue, course, dates, messages, neuro, patient, plausibility, reading,
    reminder, scenario, vocab, watch,
};

pub use assessment::{assess, Action, Assessment, Reason, RULES_VERSION};
pub use patient::{Age, CarePlan, Patient};
pub use plausibility::{ErrorCode, Rejection};
pub use reading::{PumpStatus, Reading, Symptom, TempUnit, Temperature};
