//! Reminders: which ones have come due, and how to tell the family about them.
//!
//! Pure functions of the diary's situation and an injected clock; the store
//! ([`crate::diary`]) keeps each occurrence as a row with its state, and the desktop
//! shell only asks "what is due now?" on a short tick. Because an occurrence is found by
//! comparing its due time with the wall clock (never by sleeping until it), a reminder
//! that came due while the laptop slept, the app was closed or the clock jumped is still
//! found on the next tick, once.

use chrono::{DateTime, Duration, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::bag::{Bag, OVERDUE_ALERT_MINUTES};
use crate::course::{CoursePlan, LONG_PAUSE_HOURS};
use crate::vocab::Text;

pub use crate::vocab::{ReminderKind, Wake};

/// How often a bag-due reminder repeats until a new bag is logged.
pub fn repeat_every(kind: ReminderKind) -> Option<Duration> {
    (kind == ReminderKind::BagDue).then(|| Duration::minutes(crate::bag::REPEAT_MINUTES))
}

/// How often a reading that is overdue on a close-watch day is sounded again (issue 20).
pub const OVERDUE_READING_REPEAT_MINUTES: i64 = 30;

/// When a reading due at `due_at` is overdue: one interval later, when the next one would
/// have been due had it been taken on time.
pub fn reading_overdue_at<Tz: TimeZone>(
    course: &CoursePlan,
    due_at: DateTime<Utc>,
    tz: &Tz,
) -> DateTime<Utc> {
    course.next_reading_after(due_at, tz)
}

/// Whether an unanswered "time for a reading" (due at `due_at`, last delivered at
/// `last_delivered`) is delivered again now, as a new round of the alarm. Only on a
/// close-watch day, when a missed reading matters most: from the moment it is one interval
/// overdue, then every [`OVERDUE_READING_REPEAT_MINUTES`] until a reading is entered (which
/// closes it). On other days it stays a reminder, delivered once.
pub fn reading_repeats_now<Tz: TimeZone>(
    course: &CoursePlan,
    due_at: DateTime<Utc>,
    last_delivered: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    tz: &Tz,
) -> bool {
    if !course.is_close_watch_at(now, tz) {
        return false;
    }
    let overdue_at = reading_overdue_at(course, due_at, tz);
    if now < overdue_at {
        return false;
    }
    match last_delivered {
        None => true,
        // The first round once overdue, then every 30 minutes; also when the clock went
        // back by more than that (the repeat must not wait for the clock to catch up).
        Some(last) => {
            last < overdue_at
                || (now - last).abs() >= Duration::minutes(OVERDUE_READING_REPEAT_MINUTES)
        }
    }
}

/// One occurrence of a reminder: a kind, what it is about (a bag or pause id; 0 for
/// none) and when it is due. The store keeps at most one row per occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Occurrence {
    pub kind: ReminderKind,
    pub subject_id: i64,
    pub due_at: DateTime<Utc>,
}

/// A pause of the infusion (an interruption), as the scheduler needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenPause {
    pub id: i64,
    pub paused_at: DateTime<Utc>,
}

/// What the scheduler needs to know about the diary.
#[derive(Debug, Clone, Copy, Default)]
pub struct Situation<'a> {
    pub course: Option<&'a CoursePlan>,
    /// When the course plan was last saved: with no reading yet, the first is due then.
    pub course_saved_at: Option<DateTime<Utc>>,
    /// The bag hanging now (the last one logged).
    pub bag: Option<&'a Bag>,
    /// The infusion is paused: bag reminders wait, a long pause is reminded.
    pub pause: Option<OpenPause>,
    /// The newest reading in effect.
    pub last_reading_at: Option<DateTime<Utc>>,
}

/// The heads-up before a bag is due, per the course plan (2 hours without one).
pub fn bag_heads_up_at(course: Option<&CoursePlan>, bag: &Bag) -> DateTime<Utc> {
    let minutes = course
        .map(|c| c.bag_heads_up_minutes)
        .unwrap_or(CoursePlan::DEFAULT_BAG_HEADS_UP_MINUTES);
    bag.due_at - Duration::minutes(minutes as i64)
}

/// When the next reading is due, if readings are being reminded (during the course).
///
/// After the last reading, the course's interval; with no reading since the course
/// started, from day 1 or from when the plan was saved, whichever is later.
pub fn next_reading_due<Tz: TimeZone>(s: &Situation<'_>, tz: &Tz) -> Option<DateTime<Utc>> {
    let course = s.course?;
    let starts = course.starts_at(tz);
    let due = match s.last_reading_at.filter(|&t| t >= starts) {
        Some(last) => course.next_reading_after(last, tz),
        None => s.course_saved_at.map_or(starts, |saved| saved.max(starts)),
    };
    (due < course.ends_at(tz)).then_some(due)
}

/// Every occurrence due at or before `now`, given the situation now. The store inserts
/// those it has not seen yet; an occurrence already stored (in any state) is never
/// created twice, so running this on every tick is safe.
pub fn came_due<Tz: TimeZone>(s: &Situation<'_>, now: DateTime<Utc>, tz: &Tz) -> Vec<Occurrence> {
    let mut out = vec![];
    let mut push = |kind, subject_id, due_at: DateTime<Utc>| {
        if due_at <= now {
            out.push(Occurrence {
                kind,
                subject_id,
                due_at,
            });
        }
    };
    let course_over = s.course.is_some_and(|c| now >= c.ends_at(tz));
    // A stopped pump does not empty the bag: bag reminders wait for the resume.
    if let (Some(bag), None, false) = (s.bag, s.pause, course_over) {
        push(
            ReminderKind::BagHeadsUp,
            bag.id,
            bag_heads_up_at(s.course, bag),
        );
        push(ReminderKind::BagDue, bag.id, bag.due_at);
        push(
            ReminderKind::BagOverdue,
            bag.id,
            bag.due_at + Duration::minutes(OVERDUE_ALERT_MINUTES),
        );
    }
    if let Some(due) = next_reading_due(s, tz) {
        push(ReminderKind::ReadingDue, 0, due);
    }
    if let Some(course) = s.course {
        // A premedication reminder is only useful until the day it is about is over.
        if now < course.starts_at(tz) + Duration::days(1) {
            push(
                ReminderKind::PremedicationStart,
                0,
                course.premedication_before_start(tz),
            );
        }
        if let (Some(at), Some(date)) = (
            course.premedication_before_step_up(tz),
            course.step_up_date(),
        ) {
            if now < crate::course::start_of_day(date + Duration::days(1), tz) {
                push(ReminderKind::PremedicationStepUp, 0, at);
            }
        }
    }
    if let Some(p) = s.pause {
        push(
            ReminderKind::LongPause,
            p.id,
            p.paused_at + Duration::hours(LONG_PAUSE_HOURS),
        );
    }
    out
}

/// One desktop notification, in both languages. Generic on purpose: it may be read on
/// a locked screen, so it never names the child or shows a value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Notice {
    pub summary: Text,
    pub body: Text,
    /// A call-now matter (bag overdue) is among them.
    pub urgent: bool,
    /// How many reminders this notice stands for.
    pub count: u32,
}

/// One notice for everything found on a tick, most urgent first; None when nothing.
/// Several reminders are grouped into one notice, never a flood.
pub fn notice(kinds: &[ReminderKind], wake: Wake) -> Option<Notice> {
    let top = kinds.iter().copied().max_by_key(|k| k.urgency())?;
    let urgent = kinds.iter().any(|k| k.is_call_now());
    let count = kinds.len() as u32;
    if count == 1 {
        return Some(Notice {
            summary: crate::messages::reminder_title(top),
            body: crate::messages::reminder_body(top),
            urgent,
            count,
        });
    }
    Some(Notice {
        summary: crate::messages::reminders_group(count, wake),
        body: crate::messages::reminders_group_body(top),
        urgent,
        count,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fake clock at local time `hm` on `date` in Mexico City's winter offset (UTC-6).
    fn at(date: &str, hm: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(&format!("{date}T{hm}:00-06:00"))
            .unwrap()
            .with_timezone(&Utc)
    }

    fn tz() -> chrono::FixedOffset {
        chrono::FixedOffset::west_opt(6 * 3600).unwrap()
    }

    /// Day 1 on 2026-11-16, step-up on day 8: days 1-3 and 8-9 are close-watch (every 4 h),
    /// the others every 6 h.
    fn plan() -> CoursePlan {
        let d = |s: &str| s.parse().unwrap();
        CoursePlan::new(d("2026-11-16"), d("2026-12-06"), Some(8))
    }

    #[test]
    fn an_overdue_reading_sounds_again_only_on_close_watch_days() {
        let p = plan();
        // Day 2 (close watch, every 4 h): due 10:00, delivered then.
        let due = at("2026-11-17", "10:00");
        let delivered = Some(due);
        assert_eq!(
            reading_overdue_at(&p, due, &tz()),
            at("2026-11-17", "14:00")
        );
        let repeats = |last, now| reading_repeats_now(&p, due, last, now, &tz());
        assert!(
            !repeats(delivered, at("2026-11-17", "13:59")),
            "not yet one interval late"
        );
        assert!(
            repeats(delivered, at("2026-11-17", "14:00")),
            "one interval late: sound"
        );
        // Then every 30 minutes after the last round.
        let round = Some(at("2026-11-17", "14:00"));
        assert!(!repeats(round, at("2026-11-17", "14:29")));
        assert!(repeats(round, at("2026-11-17", "14:30")));
        // A clock sent back by more than 30 minutes does not wait for it to catch up.
        assert!(
            !repeats(round, at("2026-11-17", "13:25")),
            "before overdue: quiet"
        );
        let late_round = Some(at("2026-11-17", "16:00"));
        assert!(repeats(late_round, at("2026-11-17", "15:29")));

        // Day 5 (every 6 h): due 10:00, never repeated however late.
        let due5 = at("2026-11-20", "10:00");
        for now in ["16:00", "18:00", "23:59"] {
            assert!(
                !reading_repeats_now(&p, due5, Some(due5), at("2026-11-20", now), &tz()),
                "day 5 at {now}"
            );
        }
        // The step-up day (8) is close watch again; the day before (7) is not.
        let due8 = at("2026-11-23", "08:00");
        assert!(reading_repeats_now(
            &p,
            due8,
            Some(due8),
            at("2026-11-23", "12:00"),
            &tz()
        ));
        let due7 = at("2026-11-22", "08:00");
        assert!(!reading_repeats_now(
            &p,
            due7,
            Some(due7),
            at("2026-11-22", "16:00"),
            &tz()
        ));
    }

    #[test]
    fn the_close_watch_day_is_the_day_it_is_now() {
        let p = plan();
        // Due on day 3 (close watch) at 22:00; at 02:00 on day 4 (every 6 h) it is not
        // repeated: day 4 is no longer a close-watch day.
        let due = at("2026-11-18", "22:00");
        assert!(!reading_repeats_now(
            &p,
            due,
            Some(due),
            at("2026-11-19", "04:00"),
            &tz()
        ));
        // Due at 18:00 on day 3: overdue at 22:00, still day 3: it sounds.
        let due = at("2026-11-18", "18:00");
        assert!(reading_repeats_now(
            &p,
            due,
            Some(due),
            at("2026-11-18", "22:00"),
            &tz()
        ));
        // Never delivered yet (the app was closed): the first round once overdue.
        assert!(reading_repeats_now(
            &p,
            due,
            None,
            at("2026-11-18", "22:30"),
            &tz()
        ));
        // Outside the course: never.
        let after = at("2026-12-07", "10:00");
        assert!(!reading_repeats_now(
            &p,
            after,
            Some(after),
            at("2026-12-07", "20:00"),
            &tz()
        ));
    }

    #[test]
    fn codes_round_trip() {
        for k in ReminderKind::ALL {
            assert_eq!(ReminderKind::from_code(k.code()), Some(k));
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.code())
            );
        }
    }

    #[test]
    fn one_reminder_uses_its_own_words() {
        let n = notice(&[ReminderKind::BagDue], Wake::Slept).unwrap();
        assert_eq!(n.count, 1);
        assert_eq!(
            n.summary,
            crate::messages::reminder_title(ReminderKind::BagDue)
        );
        assert!(!n.urgent);
    }

    #[test]
    fn several_are_grouped_with_the_most_urgent_named() {
        let kinds = [
            ReminderKind::BagHeadsUp,
            ReminderKind::BagOverdue,
            ReminderKind::ReadingDue,
        ];
        let n = notice(&kinds, Wake::Slept).unwrap();
        assert_eq!(n.count, 3);
        assert!(n.urgent);
        assert!(n
            .summary
            .en
            .contains("3 reminders came due while the computer was asleep"));
        assert!(n.summary.es.contains("3 recordatorios"));
        assert_eq!(
            n.body,
            crate::messages::reminders_group_body(ReminderKind::BagOverdue)
        );
        assert!(notice(&[], Wake::Running).is_none());
    }

    #[test]
    fn group_wording_follows_why() {
        let two = [ReminderKind::ReadingDue, ReminderKind::BagHeadsUp];
        assert!(notice(&two, Wake::Started)
            .unwrap()
            .summary
            .en
            .contains("while Centinela was closed"));
        assert_eq!(
            notice(&two, Wake::Running).unwrap().summary.en,
            "2 reminders are due"
        );
    }

    #[test]
    fn notices_never_carry_names_or_numbers_of_the_child() {
        for k in ReminderKind::ALL {
            let n = notice(&[k], Wake::Running).unwrap();
            for s in [&n.summary.en, &n.summary.es, &n.body.en, &n.body.es] {
                assert!(!s.is_empty());
                assert!(
                    !s.contains('°') && !s.contains("mmHg") && !s.contains('%'),
                    "{s}"
                );
            }
        }
    }
}
