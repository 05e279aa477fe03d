//! The clinic report (issue 6): the whole course on A4 pages, for the care team.
//! BEING WRITTEN: the signature below is the contract the shell and the CLI use.

use chrono::{DateTime, TimeZone};

use crate::diary::{Diary, Language, StoreError};

/// The clinic report of `diary` as PDF, in `lang` (the family's language when `None`),
/// as of `now` (in the family's time zone). `None` when the diary has no setup yet.
pub fn diary_report_pdf<Tz: TimeZone>(
    diary: &Diary,
    now: DateTime<Tz>,
    lang: Option<Language>,
) -> Result<Option<Vec<u8>>, StoreError> {
    let _ = (diary, now, lang);
    todo!("clinic report")
}
