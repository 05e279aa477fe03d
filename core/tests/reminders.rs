//! Reminders with an injected clock: bags (heads-up, due, 15-minute repeats, the 30-minute
//! escalation), readings, premedication, pauses; sleep, restarts, clock jumps and daylight
//! saving changes in America/Mexico_City (historic rules) and America/New_York.

use centinela_core::bag::{BagDuration, NewBag};
use centinela_core::course::CoursePlan;
use centinela_core::diary::{ClosedBy, Diary, PatientRecord, ReminderState, StoreError};
use centinela_core::reminder::{ReminderKind, Wake};
use centinela_core::{ErrorCode, Reading, TempUnit, Temperature};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};
use chrono_tz::America::{Mexico_City, New_York};
use chrono_tz::Tz;
use tempfile::TempDir;

use ReminderKind::*;

/// A local wall-clock time in `tz`, as the app's clock gives it.
fn at(tz: Tz, s: &str) -> DateTime<FixedOffset> {
    let naive = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    tz.from_local_datetime(&naive)
        .earliest()
        .unwrap()
        .fixed_offset()
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn diary(now: DateTime<FixedOffset>) -> (TempDir, Diary) {
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    diary
        .save_patient(
            &PatientRecord {
                name: "Mateo".into(),
                birth_date: d("2019-08-02"),
                weight_kg: Some(24.0),
                height_cm: None,
            },
            now,
        )
        .unwrap();
    (dir, diary)
}

fn bag(hung_at: DateTime<FixedOffset>, duration: BagDuration, extension_hours: u8) -> NewBag {
    NewBag {
        hung_at,
        duration,
        extension_hours,
        note: None,
    }
}

/// The kinds a tick delivered, in delivery order, and the notice's count.
fn tick(
    diary: &mut Diary,
    now: DateTime<FixedOffset>,
    tz: Tz,
    wake: Wake,
) -> (Vec<ReminderKind>, u32) {
    let delivery = diary.run_reminders(now, &tz, wake).unwrap();
    let kinds = delivery.delivered.iter().map(|r| r.kind).collect();
    (kinds, delivery.notice.map_or(0, |n| n.count))
}

fn all_reminders(diary: &Diary) -> Vec<centinela_core::diary::Reminder> {
    let far = DateTime::parse_from_rfc3339("2000-01-01T00:00:00Z").unwrap();
    let later = DateTime::parse_from_rfc3339("2100-01-01T00:00:00Z").unwrap();
    diary.reminders_between(far, later).unwrap()
}

// ---- bags --------------------------------------------------------------------------

#[test]
fn a_bag_is_reminded_before_at_and_after_its_due_time_until_a_new_bag_is_logged() {
    let tz = Mexico_City;
    let hung = at(tz, "2026-11-19 10:00");
    let (_dir, mut diary) = diary(hung);
    diary
        .log_bag(&bag(hung, BagDuration::H48, 0), Some("Ana"), hung)
        .unwrap();
    let due = at(tz, "2026-11-21 10:00");
    let m = Duration::minutes;

    // Nothing until the 2-hour heads-up.
    assert_eq!(tick(&mut diary, due - m(121), tz, Wake::Running).0, vec![]);
    assert_eq!(
        tick(&mut diary, due - m(120), tz, Wake::Running),
        (vec![BagHeadsUp], 1)
    );
    // Delivered once: the next tick is quiet.
    assert_eq!(tick(&mut diary, due - m(119), tz, Wake::Running).0, vec![]);
    assert_eq!(tick(&mut diary, due - m(1), tz, Wake::Running).0, vec![]);
    assert_eq!(tick(&mut diary, due, tz, Wake::Running), (vec![BagDue], 1));
    assert_eq!(tick(&mut diary, due + m(14), tz, Wake::Running).0, vec![]);
    // Every 15 minutes after the due time, until a new bag is logged.
    assert_eq!(
        tick(&mut diary, due + m(15), tz, Wake::Running),
        (vec![BagDue], 1)
    );
    assert_eq!(tick(&mut diary, due + m(29), tz, Wake::Running).0, vec![]);
    // 30 minutes overdue: the call-now alert; the repeat on that tick is folded into it.
    let d30 = diary
        .run_reminders(due + m(30), &tz, Wake::Running)
        .unwrap();
    let kinds: Vec<_> = d30.delivered.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, vec![BagOverdue, BagDue]);
    let notice = d30.notice.unwrap();
    assert_eq!(notice.count, 1);
    assert!(notice.urgent);
    assert!(notice.summary.en.contains("call the team"));
    // Later repeats speak of the overdue bag.
    let d45 = diary
        .run_reminders(due + m(45), &tz, Wake::Running)
        .unwrap();
    let n = d45.notice.unwrap();
    assert!(n.urgent && n.summary.en.contains("overdue"), "{n:?}");

    // The heads-up can be acknowledged; the bag-due reminder cannot, it needs a new bag.
    let open = diary.open_reminders().unwrap();
    assert_eq!(open[0].kind, BagOverdue, "most urgent first");
    let due_row = open.iter().find(|r| r.kind == BagDue).unwrap();
    assert!(!due_row.can_acknowledge);
    assert!(matches!(
        diary.acknowledge_reminder(due_row.id, Some("Ana"), due + m(46)),
        Err(StoreError::Rejected(r)) if r.code == ErrorCode::Inconsistent
    ));

    // The new bag ends all three; no more repeats.
    let new_hung = due + m(50);
    diary
        .log_bag(&bag(new_hung, BagDuration::H48, 0), None, new_hung)
        .unwrap();
    assert!(diary.open_reminders().unwrap().is_empty());
    assert_eq!(tick(&mut diary, due + m(60), tz, Wake::Running).0, vec![]);
    assert_eq!(tick(&mut diary, due + m(120), tz, Wake::Running).0, vec![]);
    let rows = all_reminders(&diary);
    assert_eq!(rows.len(), 3);
    assert!(rows
        .iter()
        .all(|r| r.state == ReminderState::Acknowledged && r.closed_by == Some(ClosedBy::NewBag)));
    let due_row = rows.iter().find(|r| r.kind == BagDue).unwrap();
    assert_eq!(due_row.deliveries, 4, "at 0, 15, 30 and 45 minutes");
}

#[test]
fn the_pharmacy_extension_moves_the_due_time() {
    let tz = Mexico_City;
    let hung = at(tz, "2026-11-19 10:00");
    let (_dir, mut diary) = diary(hung);
    let b = diary
        .log_bag(&bag(hung, BagDuration::H48, 8), None, hung)
        .unwrap();
    assert_eq!(b.due_at, at(tz, "2026-11-21 18:00"));
    let due = at(tz, "2026-11-21 18:00");
    assert_eq!(
        tick(&mut diary, due - Duration::minutes(1), tz, Wake::Running).0,
        vec![BagHeadsUp]
    );
    assert_eq!(tick(&mut diary, due, tz, Wake::Running).0, vec![BagDue]);
}

#[test]
fn the_heads_up_follows_the_course_plan() {
    let tz = Mexico_City;
    let hung = at(tz, "2026-11-19 10:00");
    let (_dir, mut diary) = diary(hung);
    let mut plan = CoursePlan::new(d("2026-11-16"), d("2026-12-06"), Some(8));
    plan.bag_heads_up_minutes = 180;
    diary.save_course(Some(&plan), hung).unwrap();
    diary
        .log_bag(&bag(hung, BagDuration::H48, 0), None, hung)
        .unwrap();
    let due = at(tz, "2026-11-21 10:00");
    let kinds = |d: &mut Diary, t| {
        tick(d, t, tz, Wake::Running)
            .0
            .into_iter()
            .filter(|k| *k != ReadingDue)
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds(&mut diary, due - Duration::minutes(181)), vec![]);
    assert_eq!(
        kinds(&mut diary, due - Duration::minutes(180)),
        vec![BagHeadsUp]
    );
}

#[test]
fn a_sleep_across_the_due_time_gives_one_grouped_notice_then_the_usual_repeats() {
    let tz = Mexico_City;
    let hung = at(tz, "2026-11-19 10:00");
    let (_dir, mut diary) = diary(hung);
    diary
        .log_bag(&bag(hung, BagDuration::H48, 0), None, hung)
        .unwrap();
    assert_eq!(
        tick(&mut diary, at(tz, "2026-11-21 00:00"), tz, Wake::Running).0,
        vec![]
    );
    // The laptop slept from midnight to 11:00: heads-up, due and overdue all came due.
    let woke = at(tz, "2026-11-21 11:00");
    let delivery = diary.run_reminders(woke, &tz, Wake::Slept).unwrap();
    let mut kinds: Vec<_> = delivery.delivered.iter().map(|r| r.kind).collect();
    kinds.sort();
    assert_eq!(kinds, vec![BagHeadsUp, BagDue, BagOverdue]);
    let n = delivery.notice.unwrap();
    assert_eq!(n.count, 3);
    assert!(n.urgent);
    assert_eq!(
        n.summary.en,
        "3 reminders came due while the computer was asleep"
    );
    assert!(n.body.en.starts_with("Bag change overdue"));
    // Not a flood: the missed 15-minute repeats are not replayed one by one.
    assert_eq!(
        tick(&mut diary, woke + Duration::seconds(10), tz, Wake::Running).0,
        vec![]
    );
    assert_eq!(
        tick(&mut diary, woke + Duration::minutes(15), tz, Wake::Running).0,
        vec![BagDue]
    );
}

#[test]
fn reminders_that_came_due_while_the_app_was_closed_are_delivered_once_after_a_restart() {
    let tz = New_York;
    let hung = at(tz, "2026-11-19 10:00");
    let dir = TempDir::new().unwrap();
    {
        let mut diary = Diary::open_in(dir.path()).unwrap();
        diary
            .log_bag(&bag(hung, BagDuration::H48, 0), None, hung)
            .unwrap();
        assert_eq!(
            tick(&mut diary, at(tz, "2026-11-21 07:00"), tz, Wake::Running).0,
            vec![]
        );
    } // the app quits
    let mut diary = Diary::open_in(dir.path()).unwrap();
    let (kinds, count) = tick(&mut diary, at(tz, "2026-11-21 10:05"), tz, Wake::Started);
    assert_eq!(kinds.len(), 2);
    assert_eq!(count, 2);
    let n = diary
        .run_reminders(at(tz, "2026-11-21 10:05"), &tz, Wake::Started)
        .unwrap();
    assert!(n.notice.is_none(), "the same tick again delivers nothing");
    // And a second restart replays nothing already delivered.
    drop(diary);
    let mut diary = Diary::open_in(dir.path()).unwrap();
    assert_eq!(
        tick(&mut diary, at(tz, "2026-11-21 10:06"), tz, Wake::Started).0,
        vec![]
    );
    assert_eq!(
        diary.open_reminders().unwrap().len(),
        2,
        "still shown until acted on"
    );
}

#[test]
fn a_clock_jumping_forward_finds_what_came_due_once() {
    let tz = Mexico_City;
    let hung = at(tz, "2026-11-19 10:00");
    let (_dir, mut diary) = diary(hung);
    diary
        .log_bag(&bag(hung, BagDuration::H24, 0), None, hung)
        .unwrap();
    let jumped = at(tz, "2026-11-23 09:00"); // three days later
    let (kinds, count) = tick(&mut diary, jumped, tz, Wake::Slept);
    assert_eq!(kinds.len(), 3);
    assert_eq!(count, 3);
    assert_eq!(
        all_reminders(&diary).len(),
        3,
        "one row per occurrence, not one per missed repeat"
    );
    assert_eq!(
        tick(
            &mut diary,
            jumped + Duration::seconds(10),
            tz,
            Wake::Running
        )
        .0,
        vec![]
    );
}

#[test]
fn a_clock_jumping_back_does_not_duplicate_and_does_not_silence_the_repeats() {
    let tz = Mexico_City;
    let hung = at(tz, "2026-11-19 10:00");
    let (_dir, mut diary) = diary(hung);
    diary
        .log_bag(&bag(hung, BagDuration::H48, 0), None, hung)
        .unwrap();
    let due = at(tz, "2026-11-21 10:00");
    tick(&mut diary, due, tz, Wake::Running);
    assert_eq!(all_reminders(&diary).len(), 2); // heads-up and due
                                                // The clock is set back an hour: nothing is created twice...
    let back = due - Duration::hours(1);
    let (kinds, _) = tick(&mut diary, back, tz, Wake::Slept);
    assert_eq!(all_reminders(&diary).len(), 2);
    // ...and the repeat does not wait for the clock to catch up with the last delivery.
    assert_eq!(kinds, vec![BagDue]);
    assert_eq!(
        tick(&mut diary, back + Duration::minutes(1), tz, Wake::Running).0,
        vec![]
    );
    assert_eq!(
        tick(&mut diary, back + Duration::minutes(15), tz, Wake::Running).0,
        vec![BagDue]
    );
    // A small step back (a clock correction) does not re-notify.
    assert_eq!(
        tick(&mut diary, back + Duration::minutes(14), tz, Wake::Running).0,
        vec![]
    );
}

// ---- daylight saving time ----------------------------------------------------------

#[test]
fn mexico_city_2021_spring_forward_does_not_move_a_bag() {
    // Mexico City kept daylight saving time until 2022: on 4 April 2021 at 02:00 the
    // clocks went to 03:00. A 48-hour bag hung at 10:00 the day before is due after 48
    // elapsed hours, which the wall clock shows as 11:00.
    let tz = Mexico_City;
    let hung = at(tz, "2021-04-03 10:00");
    assert_eq!(hung.offset().local_minus_utc(), -6 * 3600);
    let (_dir, mut diary) = diary(hung);
    let b = diary
        .log_bag(&bag(hung, BagDuration::H48, 0), None, hung)
        .unwrap();
    let due_local = b.due_at.with_timezone(&tz);
    assert_eq!(
        due_local.format("%Y-%m-%d %H:%M %:z").to_string(),
        "2021-04-05 11:00 -05:00"
    );
    assert_eq!(
        tick(&mut diary, at(tz, "2021-04-05 10:59"), tz, Wake::Running).0,
        vec![BagHeadsUp]
    );
    assert_eq!(
        tick(&mut diary, at(tz, "2021-04-05 11:00"), tz, Wake::Running).0,
        vec![BagDue]
    );
}

#[test]
fn mexico_city_after_2022_has_no_daylight_saving_change() {
    // The same dates in 2023: no change any more, so the wall clock shows 10:00.
    let tz = Mexico_City;
    let hung = at(tz, "2023-04-01 10:00");
    let (_dir, mut diary) = diary(hung);
    let b = diary
        .log_bag(&bag(hung, BagDuration::H48, 0), None, hung)
        .unwrap();
    assert_eq!(
        b.due_at
            .with_timezone(&tz)
            .format("%Y-%m-%d %H:%M")
            .to_string(),
        "2023-04-03 10:00"
    );
}

#[test]
fn new_york_fall_back_is_counted_in_elapsed_hours() {
    // 1 November 2026, 02:00 EDT -> 01:00 EST. 24 hours after 08:00 EDT is 07:00 EST.
    let tz = New_York;
    let hung = at(tz, "2026-10-31 08:00");
    let (_dir, mut diary) = diary(hung);
    let b = diary
        .log_bag(&bag(hung, BagDuration::H24, 0), None, hung)
        .unwrap();
    assert_eq!(
        b.due_at
            .with_timezone(&tz)
            .format("%Y-%m-%d %H:%M %:z")
            .to_string(),
        "2026-11-01 07:00 -05:00"
    );
    assert_eq!(
        tick(&mut diary, at(tz, "2026-11-01 06:59"), tz, Wake::Running).0,
        vec![BagHeadsUp]
    );
    assert_eq!(
        tick(&mut diary, at(tz, "2026-11-01 07:00"), tz, Wake::Running).0,
        vec![BagDue]
    );
}

#[test]
fn course_days_are_local_calendar_days_across_a_dst_change() {
    let tz = New_York;
    // Day 1 is 30 October; 1 November lasts 25 hours and is still one day (day 3).
    let plan = CoursePlan::new(d("2026-10-30"), d("2026-11-19"), Some(8));
    let now = at(tz, "2026-11-01 23:30");
    let (_dir, mut diary) = diary(now);
    diary.save_course(Some(&plan), now).unwrap();
    let s = diary.schedule(now, &tz).unwrap();
    assert_eq!(s.course.as_ref().unwrap().day, Some(3));
    assert!(s.course.as_ref().unwrap().close_watch_today);
    let s = diary.schedule(at(tz, "2026-11-02 00:00"), &tz).unwrap();
    assert_eq!(s.course.as_ref().unwrap().day, Some(4));
    assert!(!s.course.as_ref().unwrap().close_watch_today);
}

// ---- readings ----------------------------------------------------------------------

fn temp(taken_at: DateTime<FixedOffset>) -> Reading {
    Reading {
        temperature: Some(Temperature {
            value: 36.8,
            unit: TempUnit::C,
        }),
        ..Reading::at(taken_at)
    }
}

fn next_reading(diary: &Diary, now: DateTime<FixedOffset>, tz: Tz) -> String {
    let s = diary.schedule(now, &tz).unwrap();
    s.reading
        .unwrap()
        .next_due
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

#[test]
fn readings_are_due_every_4_hours_on_close_watch_days_and_every_6_otherwise() {
    let tz = Mexico_City;
    // Day 1 is 16 November, step-up on day 8 (23 November).
    let plan = CoursePlan::new(d("2026-11-16"), d("2026-12-06"), Some(8));
    let t0 = at(tz, "2026-11-15 12:00");
    let (_dir, mut diary) = diary(t0);
    diary.save_course(Some(&plan), t0).unwrap();

    let cases = [
        // (reading taken at, next due)
        ("2026-11-16 08:00", "2026-11-16 12:00"), // day 1: every 4 h
        ("2026-11-18 22:00", "2026-11-19 02:00"), // day 3 at night: still 4 h
        ("2026-11-19 10:00", "2026-11-19 16:00"), // day 4: every 6 h
        ("2026-11-22 14:00", "2026-11-22 20:00"), // day 7: 6 h, lands on day 7
        ("2026-11-22 20:00", "2026-11-23 00:00"), // 6 h would land on the step-up day: 4 h
        ("2026-11-24 21:00", "2026-11-25 01:00"), // day 9 (after the step-up): 4 h
        ("2026-11-25 10:00", "2026-11-25 16:00"), // day 10: 6 h
    ];
    for (taken, due) in cases {
        let t = at(tz, taken);
        diary.add_reading(&temp(t), None, t).unwrap();
        assert_eq!(
            next_reading(&diary, t, tz),
            due,
            "after a reading at {taken}"
        );
    }
}

#[test]
fn a_due_reading_is_reminded_once_shown_as_missed_and_ended_by_the_reading() {
    let tz = Mexico_City;
    let plan = CoursePlan::new(d("2026-11-16"), d("2026-12-06"), Some(8));
    let t = at(tz, "2026-11-19 10:00"); // day 4: every 6 h
    let (_dir, mut diary) = diary(t);
    diary.save_course(Some(&plan), t).unwrap();
    diary.add_reading(&temp(t), None, t).unwrap();
    let due = at(tz, "2026-11-19 16:00");
    assert_eq!(
        tick(&mut diary, due - Duration::minutes(1), tz, Wake::Running).0,
        vec![]
    );
    let s = diary.schedule(due - Duration::minutes(1), &tz).unwrap();
    assert!(!s.reading.unwrap().missed);
    assert_eq!(tick(&mut diary, due, tz, Wake::Running).0, vec![ReadingDue]);
    assert_eq!(
        tick(&mut diary, due + Duration::hours(2), tz, Wake::Running).0,
        vec![]
    );
    let s = diary.schedule(due + Duration::minutes(1), &tz).unwrap();
    assert!(
        s.reading.as_ref().unwrap().missed,
        "a missed reading shows on Home"
    );
    assert_eq!(s.reminders.len(), 1);
    // Taking the reading ends the reminder and sets the next due time.
    let late = due + Duration::hours(2);
    diary.add_reading(&temp(late), None, late).unwrap();
    assert!(diary.open_reminders().unwrap().is_empty());
    assert_eq!(all_reminders(&diary)[0].closed_by, Some(ClosedBy::Reading));
    assert_eq!(next_reading(&diary, late, tz), "2026-11-20 00:00");
}

#[test]
fn an_overdue_reading_on_a_close_watch_day_sounds_every_30_minutes_until_a_reading() {
    let tz = Mexico_City;
    let plan = CoursePlan::new(d("2026-11-16"), d("2026-12-06"), Some(8));
    let t = at(tz, "2026-11-17 06:00"); // day 2: close watch, every 4 h
    let (_dir, mut diary) = diary(t);
    diary.save_course(Some(&plan), t).unwrap();
    diary.add_reading(&temp(t), None, t).unwrap();
    let due = at(tz, "2026-11-17 10:00");
    let deliveries = |diary: &Diary| all_reminders(diary)[0].deliveries;
    assert_eq!(
        tick(&mut diary, due, tz, Wake::Running),
        (vec![ReadingDue], 1)
    );
    // Until it is one interval (4 h) late: delivered once, as on any day.
    let overdue = due + Duration::hours(4);
    assert_eq!(
        tick(
            &mut diary,
            overdue - Duration::minutes(1),
            tz,
            Wake::Running
        )
        .0,
        vec![]
    );
    assert_eq!(deliveries(&diary), 1);
    // One interval late: a new round (the alarm sounds again), then every 30 minutes.
    assert_eq!(
        tick(&mut diary, overdue, tz, Wake::Running),
        (vec![ReadingDue], 1)
    );
    assert_eq!(deliveries(&diary), 2);
    let quiet = overdue + Duration::minutes(29);
    assert_eq!(tick(&mut diary, quiet, tz, Wake::Running).0, vec![]);
    let again = overdue + Duration::minutes(30);
    assert_eq!(
        tick(&mut diary, again, tz, Wake::Running).0,
        vec![ReadingDue]
    );
    assert_eq!(deliveries(&diary), 3);
    // The alarm hears each new round.
    let calls = centinela_core::alarm::calls(
        &diary.schedule(again, &tz).unwrap(),
        &diary.open_alerts().unwrap(),
    );
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].priority, centinela_core::alarm::Priority::Medium);
    assert_eq!(calls[0].round, 3);
    // A reading ends it: no more rounds.
    let taken = again + Duration::minutes(5);
    diary.add_reading(&temp(taken), None, taken).unwrap();
    assert_eq!(
        tick(&mut diary, again + Duration::hours(1), tz, Wake::Running).0,
        vec![]
    );
    assert_eq!(all_reminders(&diary)[0].closed_by, Some(ClosedBy::Reading));
    assert_eq!(deliveries(&diary), 3);
}

#[test]
fn an_overdue_reading_on_another_day_stays_a_reminder_and_an_answered_one_is_quiet() {
    let tz = Mexico_City;
    let plan = CoursePlan::new(d("2026-11-16"), d("2026-12-06"), Some(8));
    // Day 5 (every 6 h): however late, delivered once.
    let t = at(tz, "2026-11-20 06:00");
    let (_dir, mut diary) = diary(t);
    diary.save_course(Some(&plan), t).unwrap();
    diary.add_reading(&temp(t), None, t).unwrap();
    let due = at(tz, "2026-11-20 12:00");
    assert_eq!(tick(&mut diary, due, tz, Wake::Running).0, vec![ReadingDue]);
    for late in [6, 7, 8, 11] {
        let now = due + Duration::hours(late);
        assert_eq!(
            tick(&mut diary, now, tz, Wake::Running).0,
            vec![],
            "+{late} h"
        );
    }
    assert_eq!(all_reminders(&diary)[0].deliveries, 1);

    // Day 2, answered with OK: the family has seen it; it stays answered.
    let t = at(tz, "2026-11-17 06:00");
    let (_dir2, mut diary) = self::diary(t);
    diary.save_course(Some(&plan), t).unwrap();
    diary.add_reading(&temp(t), None, t).unwrap();
    let due = at(tz, "2026-11-17 10:00");
    tick(&mut diary, due, tz, Wake::Running);
    let id = all_reminders(&diary)[0].id;
    diary.acknowledge_reminder(id, Some("Ana"), due).unwrap();
    let late = due + Duration::hours(5);
    assert_eq!(tick(&mut diary, late, tz, Wake::Running).0, vec![]);
    assert_eq!(all_reminders(&diary)[0].state, ReminderState::Acknowledged);
}

#[test]
fn no_reading_reminders_outside_the_course() {
    let tz = Mexico_City;
    let plan = CoursePlan::new(d("2026-11-16"), d("2026-11-20"), None);
    let t = at(tz, "2026-11-20 20:00");
    let (_dir, mut diary) = diary(t);
    diary.save_course(Some(&plan), t).unwrap();
    diary.add_reading(&temp(t), None, t).unwrap();
    // 6 hours later is 21 November: the course ended at midnight.
    assert!(diary.schedule(t, &tz).unwrap().reading.is_none());
    assert_eq!(
        tick(&mut diary, at(tz, "2026-11-21 02:00"), tz, Wake::Running).0,
        vec![]
    );
}

// ---- premedication -----------------------------------------------------------------

#[test]
fn premedication_is_reminded_the_evening_before_the_start_and_the_step_up() {
    let tz = Mexico_City;
    let plan = CoursePlan::new(d("2026-11-23"), d("2026-12-13"), Some(8));
    let t = at(tz, "2026-11-20 09:00");
    let (_dir, mut diary) = diary(t);
    diary.save_course(Some(&plan), t).unwrap();
    assert_eq!(
        tick(&mut diary, at(tz, "2026-11-22 17:59"), tz, Wake::Running).0,
        vec![]
    );
    assert_eq!(
        tick(&mut diary, at(tz, "2026-11-22 18:00"), tz, Wake::Running).0,
        vec![PremedicationStart]
    );
    // Day 1 at midnight the first reading comes due; it is acknowledged by a reading.
    let first_day = at(tz, "2026-11-23 00:00");
    diary
        .add_reading(&temp(first_day), None, first_day)
        .unwrap();
    let kinds = |d: &mut Diary, s| {
        tick(d, at(tz, s), tz, Wake::Running)
            .0
            .into_iter()
            .filter(|k| *k != ReadingDue)
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds(&mut diary, "2026-11-29 17:59"), vec![]);
    assert_eq!(
        kinds(&mut diary, "2026-11-29 18:00"),
        vec![PremedicationStepUp]
    );
}

#[test]
fn a_course_entered_after_its_start_day_does_not_remind_a_past_premedication() {
    let tz = Mexico_City;
    let plan = CoursePlan::new(d("2026-11-16"), d("2026-12-06"), Some(8));
    let t = at(tz, "2026-11-19 09:00");
    let (_dir, mut diary) = diary(t);
    diary.save_course(Some(&plan), t).unwrap();
    let (kinds, _) = tick(&mut diary, t, tz, Wake::Started);
    assert!(!kinds.contains(&PremedicationStart), "{kinds:?}");
    // With no reading yet, the first one is due as soon as the plan is saved.
    assert_eq!(kinds, vec![ReadingDue]);
}

#[test]
fn premedication_evening_uses_local_time_on_a_dst_weekend() {
    // Step-up on Sunday 4 April 2021 (Mexico City springs forward that night): the
    // reminder is at 18:00 CST on Saturday 3 April.
    let tz = Mexico_City;
    let plan = CoursePlan::new(d("2021-03-28"), d("2021-04-17"), Some(8));
    let at_reminder = plan.premedication_before_step_up(&tz).unwrap();
    assert_eq!(
        at_reminder
            .with_timezone(&tz)
            .format("%Y-%m-%d %H:%M %:z")
            .to_string(),
        "2021-04-03 18:00 -06:00"
    );
}

// ---- pauses ------------------------------------------------------------------------

#[test]
fn a_pause_holds_bag_reminders_and_4_hours_calls_for_the_team() {
    let tz = Mexico_City;
    let hung = at(tz, "2026-11-19 10:00");
    let (_dir, mut diary) = diary(hung);
    diary
        .log_bag(&bag(hung, BagDuration::H48, 0), None, hung)
        .unwrap();
    let paused = at(tz, "2026-11-21 06:00");
    diary
        .pause_infusion("fever, team said stop", Some("Ana"), paused)
        .unwrap();
    assert!(matches!(
        diary.pause_infusion("again", None, paused),
        Err(StoreError::Rejected(r)) if r.field == "pause"
    ));
    assert!(matches!(
        diary.pause_infusion("  ", None, paused),
        Err(StoreError::Rejected(r)) if r.field == "reason"
    ));
    // The heads-up (08:00) and due time (10:00) pass while paused: nothing about the bag.
    assert_eq!(
        tick(&mut diary, at(tz, "2026-11-21 09:59"), tz, Wake::Running).0,
        vec![]
    );
    let s = diary.schedule(at(tz, "2026-11-21 09:59"), &tz).unwrap();
    assert!(!s.pause.as_ref().unwrap().call_team_before_restart);
    // Four hours paused: call the team before it restarts.
    assert_eq!(
        tick(&mut diary, at(tz, "2026-11-21 10:00"), tz, Wake::Running).0,
        vec![LongPause]
    );
    assert_eq!(
        tick(&mut diary, at(tz, "2026-11-21 10:30"), tz, Wake::Running).0,
        vec![]
    );
    let s = diary.schedule(at(tz, "2026-11-21 10:00"), &tz).unwrap();
    assert!(s.pause.as_ref().unwrap().call_team_before_restart);
    // Resumed: the long-pause reminder ends, the held bag reminders come, once.
    let resumed = diary
        .resume_infusion(Some("Ana"), at(tz, "2026-11-21 10:40"))
        .unwrap();
    assert!(resumed.call_team_first);
    let (mut kinds, _) = tick(&mut diary, at(tz, "2026-11-21 10:40"), tz, Wake::Running);
    kinds.sort();
    assert_eq!(kinds, vec![BagHeadsUp, BagDue, BagOverdue]);
    assert!(diary
        .open_reminders()
        .unwrap()
        .iter()
        .all(|r| r.kind != LongPause));
    assert!(matches!(
        diary.resume_infusion(None, at(tz, "2026-11-21 10:41")),
        Err(StoreError::Rejected(r)) if r.field == "pause"
    ));
}

#[test]
fn a_pause_just_under_4_hours_does_not_call_for_the_team() {
    let tz = Mexico_City;
    let t = at(tz, "2026-11-21 06:00");
    let (_dir, mut diary) = diary(t);
    diary.pause_infusion("line check", None, t).unwrap();
    let under = t + Duration::hours(4) - Duration::minutes(1);
    assert_eq!(tick(&mut diary, under, tz, Wake::Running).0, vec![]);
    assert!(
        !diary
            .schedule(under, &tz)
            .unwrap()
            .pause
            .unwrap()
            .call_team_before_restart
    );
    let r = diary.resume_infusion(None, under).unwrap();
    assert!(!r.call_team_first);
    diary.pause_infusion("again", None, under).unwrap();
    let r = diary
        .resume_infusion(None, under + Duration::hours(4))
        .unwrap();
    assert!(r.call_team_first, "exactly 4 hours counts");
}

// ---- acknowledgement and the end of the course -------------------------------------

#[test]
fn an_acknowledged_reminder_is_never_delivered_again() {
    let tz = Mexico_City;
    let plan = CoursePlan::new(d("2026-11-23"), d("2026-12-13"), Some(8));
    let t = at(tz, "2026-11-22 18:00");
    let (_dir, mut diary) = diary(t);
    diary
        .save_course(Some(&plan), t - Duration::days(1))
        .unwrap();
    assert_eq!(
        tick(&mut diary, t, tz, Wake::Running).0,
        vec![PremedicationStart]
    );
    let id = diary.open_reminders().unwrap()[0].id;
    let r = diary.acknowledge_reminder(id, Some("Ana"), t).unwrap();
    assert_eq!(r.state, ReminderState::Acknowledged);
    assert_eq!(r.closed_by, Some(ClosedBy::Family));
    assert_eq!(r.acknowledged_by.as_deref(), Some("Ana"));
    assert_eq!(
        tick(&mut diary, t + Duration::minutes(30), tz, Wake::Started).0,
        vec![]
    );
    assert!(diary.open_reminders().unwrap().is_empty());
    assert!(matches!(
        diary.acknowledge_reminder(999, None, t),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn the_end_of_the_course_ends_bag_reminders() {
    let tz = Mexico_City;
    let plan = CoursePlan::new(d("2026-11-16"), d("2026-11-21"), None);
    let hung = at(tz, "2026-11-19 12:00");
    let (_dir, mut diary) = diary(hung);
    diary.save_course(Some(&plan), hung).unwrap();
    diary.add_reading(&temp(hung), None, hung).unwrap();
    diary
        .log_bag(&bag(hung, BagDuration::H48, 0), None, hung)
        .unwrap();
    let due = at(tz, "2026-11-21 12:00");
    let (kinds, _) = tick(&mut diary, due, tz, Wake::Running);
    assert!(kinds.contains(&BagDue));
    // Midnight after the last day: the pump came off; no more repeats.
    let after = at(tz, "2026-11-22 00:00");
    assert_eq!(tick(&mut diary, after, tz, Wake::Running).0, vec![]);
    assert!(diary
        .open_reminders()
        .unwrap()
        .iter()
        .all(|r| r.kind == ReadingDue));
    assert!(all_reminders(&diary)
        .iter()
        .filter(|r| r.kind == BagDue)
        .all(|r| r.closed_by == Some(ClosedBy::CourseEnded)));
}

#[test]
fn bad_bags_are_refused_with_the_field_and_nothing_is_written() {
    let tz = Mexico_City;
    let now = at(tz, "2026-11-21 10:00");
    let (_dir, mut diary) = diary(now);
    let r = diary
        .log_bag(&bag(now, BagDuration::H48, 9), None, now)
        .unwrap_err();
    assert!(matches!(r, StoreError::Rejected(ref r) if r.field == "extension_hours"));
    let r = diary
        .log_bag(
            &bag(now + Duration::minutes(6), BagDuration::H48, 0),
            None,
            now,
        )
        .unwrap_err();
    assert!(matches!(r, StoreError::Rejected(ref r) if r.field == "hung_at"));
    assert!(diary.bags().unwrap().is_empty());
    assert!(diary.current_bag().unwrap().is_none());
}

#[test]
fn the_last_bag_logged_is_the_one_hanging_now() {
    let tz = Mexico_City;
    let now = at(tz, "2026-11-21 10:00");
    let (_dir, mut diary) = diary(now);
    // Logged with the wrong time, then logged again to fix it.
    diary
        .log_bag(&bag(now, BagDuration::H48, 0), None, now)
        .unwrap();
    let fixed = diary
        .log_bag(
            &bag(now - Duration::hours(1), BagDuration::H48, 0),
            None,
            now,
        )
        .unwrap();
    assert_eq!(diary.current_bag().unwrap().unwrap().id, fixed.id);
    assert_eq!(diary.bags().unwrap().len(), 2, "the mistaken entry is kept");
    let s = diary.schedule(now, &tz).unwrap();
    assert_eq!(s.bag.unwrap().minutes_left, 47 * 60);
}
