//! Infusion bags: when the one hanging now runs out.
//!
//! A bag is due at hung + planned duration + the pharmacy's extension, counted as elapsed
//! time on the UTC timeline, so a change to or from daylight saving time never moves it
//! (the wall clock may show a different hour; the pump does not care).

use chrono::{DateTime, Duration, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

use crate::plausibility::{limits::FUTURE_TOLERANCE_MINUTES, ErrorCode, Rejection};

/// How long a bag is made to last (the label's durations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub enum BagDuration {
    #[serde(rename = "24h")]
    H24,
    #[serde(rename = "48h")]
    H48,
    #[serde(rename = "72h")]
    H72,
    #[serde(rename = "96h")]
    H96,
    #[serde(rename = "7d")]
    D7,
}

impl BagDuration {
    pub const ALL: [BagDuration; 5] = [
        BagDuration::H24,
        BagDuration::H48,
        BagDuration::H72,
        BagDuration::H96,
        BagDuration::D7,
    ];

    pub fn hours(self) -> i64 {
        match self {
            BagDuration::H24 => 24,
            BagDuration::H48 => 48,
            BagDuration::H72 => 72,
            BagDuration::H96 => 96,
            BagDuration::D7 => 168,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            BagDuration::H24 => "24h",
            BagDuration::H48 => "48h",
            BagDuration::H72 => "72h",
            BagDuration::H96 => "96h",
            BagDuration::D7 => "7d",
        }
    }

    pub fn from_code(code: &str) -> Option<BagDuration> {
        BagDuration::ALL.into_iter().find(|d| d.code() == code)
    }
}

impl Default for BagDuration {
    /// The protocol refills every 48 hours.
    fn default() -> Self {
        BagDuration::H48
    }
}

/// The longest extension the pharmacy adds when it stretches a bag for trace volumes.
pub const MAX_EXTENSION_HOURS: u8 = 8;
/// A bag still not changed this long after its due time raises a call-now alert.
pub const OVERDUE_ALERT_MINUTES: i64 = 30;
/// After the due time, the reminder repeats this often until a new bag is logged.
pub const REPEAT_MINUTES: i64 = 15;
/// How far back a bag may be logged (the longest bag, plus its extension and a day).
pub const MAX_LOG_DELAY_HOURS: i64 = 168 + MAX_EXTENSION_HOURS as i64 + 24;

/// "New bag hung", as the family logs it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct NewBag {
    pub hung_at: DateTime<FixedOffset>,
    #[serde(default)]
    pub duration: BagDuration,
    /// Extra hours the pharmacy added (0–8).
    #[serde(default)]
    pub extension_hours: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl NewBag {
    /// When this bag runs out.
    pub fn due_at(&self) -> DateTime<Utc> {
        due_at(self.hung_at, self.duration, self.extension_hours)
    }

    /// Refuses an extension over 8 h and a time in the future or more than 8 days ago.
    pub fn check(&self, now: DateTime<FixedOffset>) -> Result<(), Rejection> {
        if self.extension_hours > MAX_EXTENSION_HOURS {
            return Err(Rejection {
                code: ErrorCode::OutOfRange,
                field: "extension_hours".into(),
                message: format!("extension_hours must be between 0 and {MAX_EXTENSION_HOURS} h"),
                min: Some(0.0),
                max: Some(MAX_EXTENSION_HOURS as f64),
                unit: Some("h".into()),
            });
        }
        if self.hung_at > now + Duration::minutes(FUTURE_TOLERANCE_MINUTES) {
            return Err(Rejection::new(
                ErrorCode::FutureReading,
                "hung_at",
                format!(
                    "hung_at must not be more than {FUTURE_TOLERANCE_MINUTES} minutes after now"
                ),
            ));
        }
        if now - self.hung_at > Duration::hours(MAX_LOG_DELAY_HOURS) {
            return Err(Rejection::new(
                ErrorCode::OutOfRange,
                "hung_at",
                format!("hung_at must be within the last {MAX_LOG_DELAY_HOURS} hours"),
            ));
        }
        Ok(())
    }
}

/// Due = hung + duration + extension, as elapsed time.
pub fn due_at(
    hung_at: DateTime<FixedOffset>,
    duration: BagDuration,
    extension_hours: u8,
) -> DateTime<Utc> {
    hung_at.with_timezone(&Utc)
        + Duration::hours(duration.hours())
        + Duration::hours(extension_hours as i64)
}

/// A logged bag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Bag {
    #[ts(type = "number")]
    pub id: i64,
    pub hung_at: DateTime<FixedOffset>,
    pub duration: BagDuration,
    pub extension_hours: u8,
    pub note: Option<String>,
    pub due_at: DateTime<Utc>,
    pub recorded_at: DateTime<FixedOffset>,
    pub recorded_by: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn due_adds_duration_and_extension() {
        let hung = t("2026-11-20T09:30:00-06:00");
        assert_eq!(
            due_at(hung, BagDuration::H48, 0),
            t("2026-11-22T15:30:00Z").with_timezone(&Utc)
        );
        assert_eq!(
            due_at(hung, BagDuration::H48, 8),
            t("2026-11-22T23:30:00Z").with_timezone(&Utc)
        );
        assert_eq!(
            due_at(hung, BagDuration::D7, 0),
            t("2026-11-27T15:30:00Z").with_timezone(&Utc)
        );
    }

    #[test]
    fn extension_limit_is_eight_hours() {
        let now = t("2026-11-20T10:00:00-06:00");
        let mut bag = NewBag {
            hung_at: now,
            duration: BagDuration::H48,
            extension_hours: 8,
            note: None,
        };
        assert!(bag.check(now).is_ok());
        bag.extension_hours = 9;
        let r = bag.check(now).unwrap_err();
        assert_eq!(
            (r.code, r.field.as_str()),
            (ErrorCode::OutOfRange, "extension_hours")
        );
        assert_eq!((r.min, r.max), (Some(0.0), Some(8.0)));
    }

    #[test]
    fn hung_time_window() {
        let now = t("2026-11-20T10:00:00-06:00");
        let bag = |hung_at| NewBag {
            hung_at,
            duration: BagDuration::H48,
            extension_hours: 0,
            note: None,
        };
        assert!(bag(now + Duration::minutes(5)).check(now).is_ok());
        assert_eq!(
            bag(now + Duration::minutes(6)).check(now).unwrap_err().code,
            ErrorCode::FutureReading
        );
        assert!(bag(now - Duration::hours(MAX_LOG_DELAY_HOURS))
            .check(now)
            .is_ok());
        assert!(
            bag(now - Duration::hours(MAX_LOG_DELAY_HOURS) - Duration::minutes(1))
                .check(now)
                .is_err()
        );
    }

    #[test]
    fn duration_codes_round_trip() {
        for d in BagDuration::ALL {
            assert_eq!(BagDuration::from_code(d.code()), Some(d));
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(json, format!("\"{}\"", d.code()));
        }
        assert_eq!(BagDuration::from_code("36h"), None);
    }
}
