//! The child and the care team's plan (care-rules §1), and age as the rules count it (§2).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// What the rules need to know about the child.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Patient {
    pub birth_date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_kg: Option<f64>,
}

/// Settings the care team may change per patient ([care plan] in care-rules v1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct CarePlan {
    #[serde(default = "CarePlan::default_fever_threshold")]
    pub fever_threshold_c: f64,
}

impl CarePlan {
    pub const DEFAULT_FEVER_THRESHOLD_C: f64 = 38.0;
    pub const FEVER_THRESHOLD_MIN_C: f64 = 37.5;
    pub const FEVER_THRESHOLD_MAX_C: f64 = 38.5;

    fn default_fever_threshold() -> f64 {
        Self::DEFAULT_FEVER_THRESHOLD_C
    }
}

impl Default for CarePlan {
    fn default() -> Self {
        CarePlan {
            fever_threshold_c: Self::DEFAULT_FEVER_THRESHOLD_C,
        }
    }
}

/// Age in completed days, months and years on a given local date (care-rules §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Age {
    #[ts(type = "number")]
    pub days: i64,
    #[ts(type = "number")]
    pub months: i64,
    #[ts(type = "number")]
    pub years: i64,
}

impl Age {
    /// Age on `on` of a child born on `birth`. `None` if `on` is before the birth date.
    ///
    /// Years and months are only completed when the day of the month is reached, so a
    /// child born on 29 February turns a year older on 1 March in non-leap years.
    pub fn on(birth: NaiveDate, on: NaiveDate) -> Option<Age> {
        if on < birth {
            return None;
        }
        let days = (on - birth).num_days();
        let mut months = (on.year() as i64 - birth.year() as i64) * 12 + on.month() as i64
            - birth.month() as i64;
        // A month is completed on the birth day of the month, or on the last day of a month
        // too short to have it (born on the 31st: 30 April, 28 February; care-rules §2).
        if on.day() < birth.day().min(last_day_of_month(on)) {
            months -= 1;
        }
        let mut years = on.year() as i64 - birth.year() as i64;
        if (on.month(), on.day()) < (birth.month(), birth.day()) {
            years -= 1;
        }
        Some(Age {
            days,
            months,
            years,
        })
    }
}

/// The last day of `date`'s month (28 to 31).
fn last_day_of_month(date: NaiveDate) -> u32 {
    let (y, m) = if date.month() == 12 {
        (date.year() + 1, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.pred_opt())
        .map(|d| d.day())
        .unwrap_or(28)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn birthday_counts_on_the_day_not_the_day_before() {
        let birth = d("2021-05-14");
        assert_eq!(Age::on(birth, d("2026-05-13")).unwrap().years, 4);
        assert_eq!(Age::on(birth, d("2026-05-14")).unwrap().years, 5);
    }

    #[test]
    fn leap_day_child_turns_older_on_first_of_march() {
        let birth = d("2020-02-29");
        assert_eq!(Age::on(birth, d("2021-02-28")).unwrap().years, 0);
        assert_eq!(Age::on(birth, d("2021-03-01")).unwrap().years, 1);
        assert_eq!(Age::on(birth, d("2024-02-29")).unwrap().years, 4);
        assert_eq!(Age::on(birth, d("2024-02-28")).unwrap().years, 3);
    }

    #[test]
    fn days_and_months_are_completed() {
        let birth = d("2026-01-31");
        let a = Age::on(birth, d("2026-02-27")).unwrap();
        assert_eq!((a.days, a.months), (27, 0));
        // Born on the 31st: the month is completed on the last day of a shorter month (§2).
        let a = Age::on(birth, d("2026-02-28")).unwrap();
        assert_eq!((a.days, a.months), (28, 1));
        assert_eq!(Age::on(birth, d("2026-03-30")).unwrap().months, 1);
        assert_eq!(Age::on(birth, d("2026-03-31")).unwrap().months, 2);
        assert_eq!(Age::on(birth, d("2026-04-29")).unwrap().months, 2);
        assert_eq!(Age::on(birth, d("2026-04-30")).unwrap().months, 3);
        // In a leap year February has a 29th.
        let birth = d("2027-12-31");
        assert_eq!(Age::on(birth, d("2028-02-28")).unwrap().months, 1);
        assert_eq!(Age::on(birth, d("2028-02-29")).unwrap().months, 2);
        assert!(Age::on(birth, d("2026-01-30")).is_none());
    }
}
