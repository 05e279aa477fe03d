//! Data that leaves the app (issue 6): readings as CSV ([`readings_csv`]) and the diary as
//! a FHIR R4 Bundle ([`fhir_bundle`]), each for the care team or for sharing.
//!
//! Sharing mode leaves out everything that names the child or the family: the name, the
//! date of birth, the contacts, who wrote what, and all free text. It also leaves out
//! calendar dates and clock times: a reading's time becomes its **course day** and the
//! **minutes since the course started**:
//!
//! - day 1 is the course's start date ([`Diary::course`]); with no course entered, day 1 is
//!   the local date of the oldest reading in effect (a corrected original does not count, so
//!   a mistyped year cannot shift every day). Readings before day 1 get day 0, -1, ...
//! - both are counted on the local clock of the reading (its own UTC offset), so they line
//!   up with the day the family lived: `minutes = (day - 1) * 1440 + minutes since local
//!   midnight`. A reading at 00:00 on day 2 is minute 1440. Seconds are dropped.
//! - the UTC offset itself is left out too (it tells where the family lives), and for the
//!   same reason temperatures are given in °C only, as the rules see them: a family that
//!   reads °F most likely lives in the United States.

mod csv;
mod fhir;

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike, Utc};
use serde::{Deserialize, Serialize};

use crate::diary::{Diary, DiaryEntry, StoreError};

pub use self::csv::{readings_csv, unescape_csv_text, CARE_TEAM_COLUMNS, SHARING_COLUMNS};
pub use self::fhir::{fhir_bundle, EXT_COURSE_DAY, EXT_MINUTES_SINCE_COURSE_START};

/// Who the export is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportMode {
    /// Everything, for the child's own care team.
    CareTeam,
    /// No name, date of birth, contacts or free text; times as days from the course start.
    Sharing,
}

/// Every stored reading, corrected originals included, oldest first (ties in the order
/// they were written).
fn all_entries(diary: &Diary) -> Result<Vec<DiaryEntry>, StoreError> {
    diary.readings_between(
        DateTime::<Utc>::MIN_UTC.fixed_offset(),
        DateTime::<Utc>::MAX_UTC.fixed_offset(),
    )
}

/// Counts course days and minutes for sharing mode (see the module comment).
#[derive(Debug, Clone, Copy)]
struct CourseClock {
    day_one: NaiveDate,
}

impl CourseClock {
    /// Day 1 is the course start, or else the local date of the oldest reading in effect;
    /// None when there is neither (then there is nothing to count either: every
    /// correction chain ends in a reading in effect).
    fn for_diary(diary: &Diary, entries: &[DiaryEntry]) -> Result<Option<Self>, StoreError> {
        let day_one = match diary.course()? {
            Some(course) => Some(course.start),
            None => entries
                .iter()
                .filter(|e| e.is_effective())
                .map(|e| e.reading.taken_at.date_naive())
                .min(),
        };
        Ok(day_one.map(|day_one| CourseClock { day_one }))
    }

    /// Day N of the course on the reading's local calendar.
    fn day(&self, t: DateTime<FixedOffset>) -> i64 {
        (t.date_naive() - self.day_one).num_days() + 1
    }

    /// Minutes since local midnight at the start of day 1, on the reading's local clock.
    fn minutes(&self, t: DateTime<FixedOffset>) -> i64 {
        (self.day(t) - 1) * 1440 + i64::from(t.hour() * 60 + t.minute())
    }
}
