//! What the alarm hears from a real diary: a bag due (medium, a new round every 15 minutes),
//! then overdue (high); the heads-up stays silent; the new bag ends the sound.

use centinela_core::alarm::{calls, Alarm, Level, Priority};
use centinela_core::bag::{BagDuration, NewBag};
use centinela_core::diary::{Diary, PatientRecord};
use centinela_core::reminder::Wake;
use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use chrono_tz::America::Mexico_City;
use tempfile::TempDir;

fn at(s: &str) -> DateTime<FixedOffset> {
    let naive = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    Mexico_City
        .from_local_datetime(&naive)
        .earliest()
        .unwrap()
        .fixed_offset()
}

fn bag(hung_at: DateTime<FixedOffset>) -> NewBag {
    NewBag {
        hung_at,
        duration: BagDuration::H48,
        extension_hours: 0,
        note: None,
    }
}

/// One scheduler tick and the alarm fed from the diary afterwards, as the shell does it.
fn tick(diary: &mut Diary, alarm: &mut Alarm, now: DateTime<FixedOffset>) -> Vec<Priority> {
    diary
        .run_reminders(now, &Mexico_City, Wake::Running)
        .unwrap();
    let schedule = diary.schedule(now, &Mexico_City).unwrap();
    let alerts = diary.open_alerts().unwrap();
    let c = calls(&schedule, &alerts);
    alarm.update(&c, now.with_timezone(&Utc));
    c.iter().map(|c| c.priority).collect()
}

#[test]
fn a_bag_sounds_when_due_louder_when_unanswered_and_high_when_overdue() {
    let hung = at("2026-11-19 10:00");
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    diary
        .save_patient(
            &PatientRecord {
                name: "Mateo".into(),
                birth_date: "2019-08-02".parse().unwrap(),
                weight_kg: Some(24.0),
                height_cm: None,
            },
            hung,
        )
        .unwrap();
    diary.log_bag(&bag(hung), Some("Ana"), hung).unwrap();
    let due = at("2026-11-21 10:00");
    let m = Duration::minutes;
    let utc = |t: DateTime<FixedOffset>| t.with_timezone(&Utc);
    let mut alarm = Alarm::new();

    // The heads-up is notified, not sounded.
    assert_eq!(tick(&mut diary, &mut alarm, due - m(120)), vec![]);
    assert_eq!(alarm.sound(utc(due - m(120))), None);

    assert_eq!(tick(&mut diary, &mut alarm, due), vec![Priority::Medium]);
    let s = alarm.sound(utc(due)).unwrap();
    assert_eq!((s.priority, s.level), (Priority::Medium, Level::Normal));
    assert_eq!(alarm.sound(utc(due + m(2))).unwrap().level, Level::Louder);

    // Answered: quiet, though the bag is still due.
    alarm.acknowledge(utc(due + m(3)));
    assert_eq!(
        tick(&mut diary, &mut alarm, due + m(5)),
        vec![Priority::Medium]
    );
    assert_eq!(alarm.sound(utc(due + m(5))), None);
    // The 15-minute repeat is a new round: heard again.
    tick(&mut diary, &mut alarm, due + m(15));
    assert_eq!(
        alarm.sound(utc(due + m(15))).unwrap().priority,
        Priority::Medium
    );

    // 30 minutes overdue: high.
    let p = tick(&mut diary, &mut alarm, due + m(30));
    assert!(p.contains(&Priority::High), "{p:?}");
    assert_eq!(
        alarm.sound(utc(due + m(30))).unwrap().priority,
        Priority::High
    );

    // The new bag ends both reminders: the overdue one is closed with it, the sound stops.
    let new = due + m(35);
    diary.log_bag(&bag(new), Some("Ana"), new).unwrap();
    let left = tick(&mut diary, &mut alarm, new);
    assert_eq!(left, vec![], "no call stands after the new bag");
    assert_eq!(alarm.sound(utc(new)), None);
}

/// A read-only diary: what is due is worked out without writing; stored later as delivered,
/// it is not notified again (only the bag's 15-minute repeat comes, as it would have).
#[test]
fn due_from_a_diary_as_read_then_stored_once_not_notified_twice() {
    use centinela_core::diary::UnstoredDelivery;
    use centinela_core::reminder::ReminderKind;

    let hung = at("2026-11-19 10:00");
    let dir = TempDir::new().unwrap();
    let mut diary = Diary::open_in(dir.path()).unwrap();
    diary
        .save_patient(
            &PatientRecord {
                name: "Mateo".into(),
                birth_date: "2019-08-02".parse().unwrap(),
                weight_kg: Some(24.0),
                height_cm: None,
            },
            hung,
        )
        .unwrap();
    diary.log_bag(&bag(hung), Some("Ana"), hung).unwrap();
    let due = at("2026-11-21 10:00");
    let m = Duration::minutes;
    let rows = |d: &Diary| {
        let far = DateTime::parse_from_rfc3339("2000-01-01T00:00:00Z").unwrap();
        let later = DateTime::parse_from_rfc3339("2100-01-01T00:00:00Z").unwrap();
        d.reminders_between(far, later).unwrap().len()
    };

    assert_eq!(
        diary.unstored_due(due - m(121), &Mexico_City).unwrap(),
        vec![]
    );
    let found = diary.unstored_due(due + m(1), &Mexico_City).unwrap();
    let kinds: Vec<ReminderKind> = found.iter().map(|o| o.kind).collect();
    assert_eq!(kinds, vec![ReminderKind::BagHeadsUp, ReminderKind::BagDue]);
    assert_eq!(rows(&diary), 0, "nothing written while working it out");

    let delivered: Vec<UnstoredDelivery> = found
        .iter()
        .map(|&o| UnstoredDelivery {
            occurrence: o,
            first_at: due + m(1),
            last_at: due + m(1),
            deliveries: 1,
        })
        .collect();
    // Meanwhile Home shows them as banners that "OK" cannot end (nothing can be written).
    let banner = delivered[1].as_reminder(-2);
    assert_eq!((banner.id, banner.kind), (-2, ReminderKind::BagDue));
    assert_eq!(banner.due_at, due);
    assert_eq!(banner.first_delivered_at, Some(due + m(1)));
    assert!(!banner.can_acknowledge);
    assert_eq!(banner.title.en, "Time to change the infusion bag");
    assert_eq!(diary.store_delivered(&delivered, &Mexico_City).unwrap(), 2);
    // Stored twice (a second writable tick): still two rows.
    assert_eq!(diary.store_delivered(&delivered, &Mexico_City).unwrap(), 0);
    assert_eq!(rows(&diary), 2);
    assert_eq!(
        diary.unstored_due(due + m(2), &Mexico_City).unwrap(),
        vec![]
    );

    // The next tick on a writable diary notifies nothing again…
    let d = diary
        .run_reminders(due + m(2), &Mexico_City, Wake::Running)
        .unwrap();
    assert!(d.notice.is_none(), "{:?}", d.delivered);
    // …and the bag-due repeat comes 15 minutes after the delivery from memory.
    let d = diary
        .run_reminders(due + m(16), &Mexico_City, Wake::Running)
        .unwrap();
    let kinds: Vec<ReminderKind> = d.delivered.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, vec![ReminderKind::BagDue]);
    // The stored rows are the alarm's calls as usual.
    let schedule = diary.schedule(due + m(16), &Mexico_City).unwrap();
    assert!(calls(&schedule, &[])
        .iter()
        .any(|c| c.priority == Priority::Medium));
}
