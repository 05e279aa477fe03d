//! Properties of the reminder tick over random sequences of wall-clock readings (the
//! laptop sleeping, the clock jumping both ways): every reminder that came due is stored
//! and delivered once, on the tick that found it; nothing is dropped, nothing floods.

use std::collections::HashSet;

use centinela_core::bag::{BagDuration, NewBag};
use centinela_core::course::CoursePlan;
use centinela_core::diary::{Diary, PatientRecord, ReminderState};
use centinela_core::reminder::{ReminderKind, Wake};
use chrono::{DateTime, Duration, FixedOffset, TimeZone};
use chrono_tz::America::Mexico_City;
use proptest::prelude::*;
use tempfile::TempDir;

fn start() -> DateTime<FixedOffset> {
    Mexico_City
        .with_ymd_and_hms(2026, 11, 19, 10, 0, 0)
        .unwrap()
        .fixed_offset()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_occurrence_is_delivered_once_on_the_tick_that_found_it(
        // Minutes after the bag was hung, in any order: sleeps, restarts, jumps back.
        ticks in prop::collection::vec(0i64..(72 * 60), 1..40),
    ) {
        let tz = Mexico_City;
        let dir = TempDir::new().unwrap();
        let mut diary = Diary::open_in(dir.path()).unwrap();
        let t0 = start();
        diary.save_patient(&PatientRecord {
            name: "M".into(),
            birth_date: "2019-08-02".parse().unwrap(),
            weight_kg: None,
            height_cm: None,
        }, t0).unwrap();
        let plan = CoursePlan::new("2026-11-16".parse().unwrap(), "2026-12-06".parse().unwrap(), Some(8));
        diary.save_course(Some(&plan), t0).unwrap();
        let bag = diary.log_bag(&NewBag {
            hung_at: t0,
            duration: BagDuration::H48,
            extension_hours: 0,
            note: None,
        }, None, t0).unwrap();

        let mut seen: HashSet<i64> = HashSet::new();
        let mut latest = t0;
        let mut last: Option<DateTime<FixedOffset>> = None;
        for m in &ticks {
            let now = t0 + Duration::minutes(*m);
            latest = latest.max(now);
            let wake = if last.is_none() { Wake::Started } else { Wake::Slept };
            let d = diary.run_reminders(now, &tz, wake).unwrap();
            // One notice per tick at most, standing for what was delivered.
            let firsts: Vec<_> = d.delivered.iter().filter(|r| r.deliveries == 1).collect();
            for r in &firsts {
                prop_assert!(seen.insert(r.id), "reminder {} delivered for the first time twice", r.id);
                prop_assert!(r.due_at <= now, "delivered before it was due");
            }
            prop_assert!(d.delivered.len() <= ReminderKind::ALL.len());
            prop_assert_eq!(d.notice.is_some(), !d.delivered.is_empty());
            last = Some(now);
        }

        // Nothing dropped: every bag occurrence due by the latest clock reading exists and
        // was delivered; nothing is left in state "due".
        let far = DateTime::parse_from_rfc3339("2000-01-01T00:00:00Z").unwrap();
        let later = DateTime::parse_from_rfc3339("2100-01-01T00:00:00Z").unwrap();
        let rows = diary.reminders_between(far, later).unwrap();
        prop_assert!(rows.iter().all(|r| r.state != ReminderState::Due));
        prop_assert_eq!(rows.len(), seen.len());
        let due = bag.due_at;
        let expected = [
            (ReminderKind::BagHeadsUp, due - Duration::hours(2)),
            (ReminderKind::BagDue, due),
            (ReminderKind::BagOverdue, due + Duration::minutes(30)),
        ];
        for (kind, at) in expected {
            let stored = rows.iter().filter(|r| r.kind == kind).count();
            prop_assert_eq!(stored, usize::from(latest >= at), "{:?}", kind);
        }
        // Repeats never outnumber the ticks.
        if let Some(r) = rows.iter().find(|r| r.kind == ReminderKind::BagDue) {
            prop_assert!(r.deliveries as usize <= ticks.len());
        }
    }
}
