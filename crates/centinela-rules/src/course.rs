//! The infusion course: its calendar (day N of M, the step-up), how often readings are due,
//! and the premedication reminders.
//!
//! Days are local calendar days in the family's time zone: day 1 is the start date, and a
//! day always runs from local midnight to local midnight, whatever its length on a
//! daylight-saving change.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::plausibility::{ErrorCode, Rejection};

/// The longest course the protocol gives (days).
pub const MAX_COURSE_DAYS: i64 = 21;
/// Days 1..=3 of the course are watched closely: CRS usually starts in the first days.
pub const CLOSE_WATCH_FIRST_DAYS: i64 = 3;
/// The step-up day and the day after it are watched closely too.
pub const CLOSE_WATCH_AFTER_STEP_UP_DAYS: i64 = 2;
/// A pause this long means the team must be called before the infusion restarts
/// (a supervised restart, with dexamethasone first).
pub const LONG_PAUSE_HOURS: i64 = 4;
/// Premedication reminders go off at this local time on the day before the dose starts or
/// steps up: early enough to call the team and confirm.
pub const PREMEDICATION_REMINDER_TIME: (u32, u32) = (18, 0);

/// What the team decided for this course. Edited in Settings by the nurse.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct CoursePlan {
    /// Day 1 of the infusion.
    pub start: NaiveDate,
    /// The planned last day (the course lasts at most 21 days).
    pub end: NaiveDate,
    /// The day the dose goes up (chosen by the team, usually day 5–8); None when the dose
    /// does not change.
    #[serde(default)]
    pub step_up_day: Option<u8>,
    /// Hours between readings on ordinary days.
    #[serde(default = "CoursePlan::default_reading_every_hours")]
    pub reading_every_hours: u8,
    /// Hours between readings on close-watch days (days 1–3, the step-up day and the next).
    #[serde(default = "CoursePlan::default_close_watch_every_hours")]
    pub close_watch_every_hours: u8,
    /// How long before a bag is due the family is told (to leave time to travel).
    #[serde(default = "CoursePlan::default_bag_heads_up_minutes")]
    pub bag_heads_up_minutes: u16,
}

/// Accepted ranges for the course plan (inclusive).
pub mod limits {
    pub const READING_EVERY_HOURS: (u8, u8) = (1, 12);
    pub const BAG_HEADS_UP_MINUTES: (u16, u16) = (15, 720);
}

impl CoursePlan {
    pub const DEFAULT_READING_EVERY_HOURS: u8 = 6;
    pub const DEFAULT_CLOSE_WATCH_EVERY_HOURS: u8 = 4;
    pub const DEFAULT_BAG_HEADS_UP_MINUTES: u16 = 120;

    fn default_reading_every_hours() -> u8 {
        Self::DEFAULT_READING_EVERY_HOURS
    }
    fn default_close_watch_every_hours() -> u8 {
        Self::DEFAULT_CLOSE_WATCH_EVERY_HOURS
    }
    fn default_bag_heads_up_minutes() -> u16 {
        Self::DEFAULT_BAG_HEADS_UP_MINUTES
    }

    /// A plan with the default intervals.
    pub fn new(start: NaiveDate, end: NaiveDate, step_up_day: Option<u8>) -> CoursePlan {
        CoursePlan {
            start,
            end,
            step_up_day,
            reading_every_hours: Self::DEFAULT_READING_EVERY_HOURS,
            close_watch_every_hours: Self::DEFAULT_CLOSE_WATCH_EVERY_HOURS,
            bag_heads_up_minutes: Self::DEFAULT_BAG_HEADS_UP_MINUTES,
        }
    }

    /// Number of days from start to end, both included.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// Day N of the course on a local date; None outside the course.
    pub fn day_of(&self, date: NaiveDate) -> Option<i64> {
        let n = (date - self.start).num_days() + 1;
        (1..=self.days()).contains(&n).then_some(n)
    }

    pub fn date_of_day(&self, day: i64) -> NaiveDate {
        self.start + Duration::days(day - 1)
    }

    pub fn step_up_date(&self) -> Option<NaiveDate> {
        self.step_up_day.map(|d| self.date_of_day(d as i64))
    }

    /// Days 1–3, the step-up day and the day after it: readings every 4 hours by default.
    pub fn is_close_watch_day(&self, day: i64) -> bool {
        if !(1..=self.days()).contains(&day) {
            return false;
        }
        let after_step_up = self.step_up_day.is_some_and(|s| {
            let s = s as i64;
            (s..s + CLOSE_WATCH_AFTER_STEP_UP_DAYS).contains(&day)
        });
        day <= CLOSE_WATCH_FIRST_DAYS || after_step_up
    }

    /// Whether instant `at` falls on a close-watch day (local calendar day in `tz`).
    pub fn is_close_watch_at<Tz: TimeZone>(&self, at: DateTime<Utc>, tz: &Tz) -> bool {
        let day = self.day_of(at.with_timezone(tz).date_naive());
        day.is_some_and(|d| self.is_close_watch_day(d))
    }

    /// Hours between readings at instant `at`.
    pub fn reading_every_at<Tz: TimeZone>(&self, at: DateTime<Utc>, tz: &Tz) -> i64 {
        if self.is_close_watch_at(at, tz) {
            self.close_watch_every_hours as i64
        } else {
            self.reading_every_hours as i64
        }
    }

    /// When the next reading is due after one taken at `last`.
    ///
    /// The interval in force at `last` applies, except that a reading which would fall
    /// in a close-watch day uses the close-watch interval: going into day 1 or the
    /// step-up, the family is never asked later than the shorter interval allows.
    pub fn next_reading_after<Tz: TimeZone>(&self, last: DateTime<Utc>, tz: &Tz) -> DateTime<Utc> {
        let here = self.reading_every_at(last, tz);
        let there = self.reading_every_at(last + Duration::hours(here), tz);
        last + Duration::hours(here.min(there))
    }

    /// Local midnight at the start of the course (day 1).
    pub fn starts_at<Tz: TimeZone>(&self, tz: &Tz) -> DateTime<Utc> {
        start_of_day(self.start, tz)
    }

    /// Local midnight after the last day.
    pub fn ends_at<Tz: TimeZone>(&self, tz: &Tz) -> DateTime<Utc> {
        start_of_day(self.end + Duration::days(1), tz)
    }

    /// The evening before day 1, when the family is reminded that the team gives
    /// dexamethasone before the infusion starts.
    pub fn premedication_before_start<Tz: TimeZone>(&self, tz: &Tz) -> DateTime<Utc> {
        evening_before(self.start, tz)
    }

    /// The evening before the step-up day.
    pub fn premedication_before_step_up<Tz: TimeZone>(&self, tz: &Tz) -> Option<DateTime<Utc>> {
        self.step_up_date().map(|d| evening_before(d, tz))
    }

    /// Refuses a course longer than 21 days, an end before the start, a step-up day
    /// outside the course, intervals out of range, and a start more than a year away.
    pub fn check(&self, today: NaiveDate) -> Result<(), Rejection> {
        if (self.start - today).num_days().abs() > 366 {
            return Err(Rejection::new(
                ErrorCode::OutOfRange,
                "course.start",
                "start must be within a year of today",
            ));
        }
        let days = self.days();
        if !(1..=MAX_COURSE_DAYS).contains(&days) {
            return Err(Rejection {
                code: ErrorCode::OutOfRange,
                field: "course.end".into(),
                message: format!(
                    "end must be on or after start, and the course at most {MAX_COURSE_DAYS} days long (it is {days})"
                ),
                min: Some(1.0),
                max: Some(MAX_COURSE_DAYS as f64),
                unit: Some("days".into()),
            });
        }
        if let Some(s) = self.step_up_day {
            if !(2..=days).contains(&(s as i64)) {
                return Err(range(
                    "course.step_up_day",
                    "step_up_day",
                    2.0,
                    days as f64,
                    "day",
                ));
            }
        }
        let (lo, hi) = limits::READING_EVERY_HOURS;
        for (field, v) in [
            ("course.reading_every_hours", self.reading_every_hours),
            (
                "course.close_watch_every_hours",
                self.close_watch_every_hours,
            ),
        ] {
            if !(lo..=hi).contains(&v) {
                return Err(range(field, field, lo as f64, hi as f64, "h"));
            }
        }
        if self.close_watch_every_hours > self.reading_every_hours {
            return Err(Rejection::new(
                ErrorCode::Inconsistent,
                "course.close_watch_every_hours",
                "close_watch_every_hours must not be longer than reading_every_hours",
            ));
        }
        let (lo, hi) = limits::BAG_HEADS_UP_MINUTES;
        if !(lo..=hi).contains(&self.bag_heads_up_minutes) {
            return Err(range(
                "course.bag_heads_up_minutes",
                "bag_heads_up_minutes",
                lo as f64,
                hi as f64,
                "min",
            ));
        }
        Ok(())
    }
}

fn range(field: &str, what: &str, min: f64, max: f64, unit: &str) -> Rejection {
    Rejection {
        code: ErrorCode::OutOfRange,
        field: field.into(),
        message: format!(
            "{} must be between {min} and {max} {unit}",
            what.rsplit('.').next().unwrap_or(what)
        ),
        min: Some(min),
        max: Some(max),
        unit: Some(unit.into()),
    }
}

/// The first instant of a local date. Where midnight does not exist (a DST gap at
/// midnight), the first valid minute after it.
pub fn start_of_day<Tz: TimeZone>(date: NaiveDate, tz: &Tz) -> DateTime<Utc> {
    local_instant(date, NaiveTime::MIN, tz)
}

/// A local wall-clock time on a date as an instant: the earlier of two in a DST overlap,
/// the first valid minute after it in a DST gap.
pub fn local_instant<Tz: TimeZone>(date: NaiveDate, time: NaiveTime, tz: &Tz) -> DateTime<Utc> {
    let mut naive = date.and_time(time);
    // DST gaps are at most a few hours long; step forward a minute at a time past one.
    for _ in 0..(6 * 60) {
        if let Some(t) = tz.from_local_datetime(&naive).earliest() {
            return t.with_timezone(&Utc);
        }
        naive += Duration::minutes(1);
    }
    // No real zone has such a gap; fall back to reading the wall time as UTC.
    naive.and_utc()
}

fn evening_before<Tz: TimeZone>(date: NaiveDate, tz: &Tz) -> DateTime<Utc> {
    let (h, m) = PREMEDICATION_REMINDER_TIME;
    local_instant(
        date - Duration::days(1),
        NaiveTime::from_hms_opt(h, m, 0).expect("valid time"),
        tz,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn plan() -> CoursePlan {
        CoursePlan::new(d("2026-11-16"), d("2026-12-06"), Some(8))
    }

    #[test]
    fn day_numbers_and_bounds() {
        let p = plan();
        assert_eq!(p.days(), 21);
        assert_eq!(p.day_of(d("2026-11-15")), None);
        assert_eq!(p.day_of(d("2026-11-16")), Some(1));
        assert_eq!(p.day_of(d("2026-12-06")), Some(21));
        assert_eq!(p.day_of(d("2026-12-07")), None);
        assert_eq!(p.step_up_date(), Some(d("2026-11-23")));
    }

    #[test]
    fn close_watch_days_are_1_to_3_and_step_up_plus_one() {
        let p = plan();
        let close: Vec<i64> = (0..=22).filter(|&n| p.is_close_watch_day(n)).collect();
        assert_eq!(close, vec![1, 2, 3, 8, 9]);
        let no_step = CoursePlan::new(d("2026-11-16"), d("2026-12-06"), None);
        let close: Vec<i64> = (0..=22)
            .filter(|&n| no_step.is_close_watch_day(n))
            .collect();
        assert_eq!(close, vec![1, 2, 3]);
    }

    #[test]
    fn course_length_limits() {
        let today = d("2026-11-16");
        let mut p = plan();
        assert!(p.check(today).is_ok());
        p.end = d("2026-12-07"); // 22 days
        assert_eq!(p.check(today).unwrap_err().field, "course.end");
        p.end = d("2026-11-15"); // before the start
        assert_eq!(p.check(today).unwrap_err().field, "course.end");
        p.end = d("2026-11-16"); // one day, no step-up possible
        p.step_up_day = None;
        assert!(p.check(today).is_ok());
        p.step_up_day = Some(2);
        assert_eq!(p.check(today).unwrap_err().field, "course.step_up_day");
    }

    #[test]
    fn step_up_day_must_be_inside_the_course() {
        let today = d("2026-11-16");
        let mut p = plan();
        for (day, ok) in [(1, false), (2, true), (21, true), (22, false)] {
            p.step_up_day = Some(day);
            assert_eq!(p.check(today).is_ok(), ok, "step-up day {day}");
        }
    }

    #[test]
    fn interval_limits() {
        let today = d("2026-11-16");
        let mut p = plan();
        p.reading_every_hours = 13;
        assert_eq!(
            p.check(today).unwrap_err().field,
            "course.reading_every_hours"
        );
        p.reading_every_hours = 3;
        p.close_watch_every_hours = 4;
        assert_eq!(p.check(today).unwrap_err().code, ErrorCode::Inconsistent);
        p.reading_every_hours = 6;
        p.bag_heads_up_minutes = 14;
        assert_eq!(
            p.check(today).unwrap_err().field,
            "course.bag_heads_up_minutes"
        );
        p.bag_heads_up_minutes = 720;
        assert!(p.check(today).is_ok());
    }

    #[test]
    fn old_json_without_intervals_gets_defaults() {
        let p: CoursePlan =
            serde_json::from_str(r#"{"start":"2026-11-16","end":"2026-12-06"}"#).unwrap();
        assert_eq!(p.reading_every_hours, 6);
        assert_eq!(p.close_watch_every_hours, 4);
        assert_eq!(p.bag_heads_up_minutes, 120);
        assert_eq!(p.step_up_day, None);
    }
}
