//! Centinela's care rules: the readings and their plausibility, the engine that turns them
//! into an action, the course and bag calendar, the reminders' pure logic, and the words
//! for the family. No I/O of any kind: no SQLite, no PDF, no file system (its dependency
//! list is checked by `tests/purity.rs`). Every clock is passed in.

pub mod assessment;
pub mod bag;
pub mod catalogue;
pub mod course;
// issue 17: dates and times in words, the same on the screens and the PDFs
pub mod dates;
pub mod messages;
// issue 15: the guided neurological check's scoring
pub mod neuro;
pub mod patient;
pub mod plausibility;
pub mod reading;
pub mod reminder;
pub mod scenario;
pub mod vocab;
// issue 20: what can keep the alarm from waking the family
pub mod watch;

pub use assessment::{assess, Action, Assessment, Reason, RULES_VERSION};
pub use patient::{Age, CarePlan, Patient};
pub use plausibility::{ErrorCode, Rejection};
pub use reading::{PumpStatus, Reading, Symptom, TempUnit, Temperature};
