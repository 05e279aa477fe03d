//! Centinela's printed documents: the PDF layout layer (`document`: text, wrapping, boxes,
//! charts, tables, pages; krilla and the embedded fonts live only here) and the documents
//! built on it from the diary: the fridge `checklist`, the clinic `report` and the
//! `training_record`.

pub mod checklist;
pub mod document;
pub mod format;
pub mod report;
pub mod training_record;

// The documents read the diary and the rules; these names let them say `crate::diary`.
pub(crate) use centinela_core::{
    assessment, bag, catalogue, course, dates, diary, messages, patient, reading, reminder,
};
