//! What came due: [`Diary::run_reminders`] is the scheduler's one question, asked on a
//! short tick. It stores what came due since the last tick (from the wall clock it is
//! given, never from a timer) and hands back, once, what to notify, grouped. Built on the
//! course store (what is planned) and the reminders store (what was said).

use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use rusqlite::{params, Connection};

use super::course_store::{
    last_reading_at, load_course, load_current_bag, load_open_pause, BAG_KINDS,
};
use super::reminders::{
    close_reminders, last_delivered_ms, local, query_reminders, ClosedBy, Delivery,
    UnstoredDelivery,
};
use crate::bag::OVERDUE_ALERT_MINUTES;
use crate::course::CoursePlan;
use crate::diary::{ts, Diary, Reminder, StoreError};
use crate::reminder::{
    came_due, notice, reading_repeats_now, repeat_every, Occurrence, OpenPause, ReminderKind,
    Situation, Wake,
};

impl Diary {
    // ---- reminders -------------------------------------------------------------------

    /// The scheduler's tick: store every reminder that came due by `now` and has not been
    /// seen yet, then mark as delivered, and return, what should be notified now: each new
    /// reminder once, and a bag-due reminder again every 15 minutes until a new bag is
    /// logged. `wake` only changes the words of a grouped notice.
    pub fn run_reminders<Tz: TimeZone>(
        &mut self,
        now: DateTime<FixedOffset>,
        tz: &Tz,
        wake: Wake,
    ) -> Result<Delivery, StoreError> {
        let now_utc = now.with_timezone(&Utc);
        let tx = self.write()?;
        let course = load_course(&tx)?;
        let bag = load_current_bag(&tx)?;
        let pause = load_open_pause(&tx)?;
        let situation = Situation {
            course: course.as_ref().map(|(c, _)| c),
            course_saved_at: course.as_ref().map(|(_, at)| *at),
            bag: bag.as_ref(),
            pause: pause.as_ref().map(|p| OpenPause {
                id: p.id,
                paused_at: p.paused_at.with_timezone(&Utc),
            }),
            last_reading_at: last_reading_at(&tx, now_utc)?,
        };
        if let Some((c, _)) = &course {
            if now_utc >= c.ends_at(tz) {
                close_reminders(&tx, &BAG_KINDS, None, ClosedBy::CourseEnded, now)?;
            }
        }
        for o in came_due(&situation, now_utc, tz) {
            tx.execute(
                "INSERT OR IGNORE INTO reminders (kind, subject_id, due_at, due_at_ms, found_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    o.kind.code(),
                    o.subject_id,
                    ts(&local(o.due_at, tz)),
                    o.due_at.timestamp_millis(),
                    ts(&now)
                ],
            )?;
        }

        let first = query_reminders(&tx, "state = 'due'", [])?;
        let repeats = repeats_due(
            &tx,
            &situation,
            course.as_ref().map(|(c, _)| c),
            now_utc,
            tz,
        )?;

        let kinds = notice_kinds(&first, &repeats, now_utc);
        for r in first.iter().chain(&repeats) {
            tx.execute(
                "UPDATE reminders SET state = 'delivered', deliveries = deliveries + 1,
                     last_delivered_at_ms = ?1, first_delivered_at = coalesce(first_delivered_at, ?2)
                 WHERE id = ?3",
                params![now_utc.timestamp_millis(), ts(&now), r.id],
            )?;
        }
        let ids: Vec<i64> = first.iter().chain(&repeats).map(|r| r.id).collect();
        let mut delivered = vec![];
        for id in ids {
            delivered.extend(query_reminders(&tx, "id = ?1", [id])?);
        }
        tx.commit()?;
        Ok(Delivery {
            notice: notice(&kinds, wake),
            delivered,
        })
    }

    /// While the diary cannot be written: what has come due and is not stored yet, worked
    /// out from the diary as read (nothing is written). The shell notifies and sounds these
    /// from memory and stores them with [`Diary::store_delivered`] once it can write again.
    pub fn unstored_due<Tz: TimeZone>(
        &self,
        now: DateTime<FixedOffset>,
        tz: &Tz,
    ) -> Result<Vec<Occurrence>, StoreError> {
        let now_utc = now.with_timezone(&Utc);
        let course = load_course(&self.conn)?;
        let bag = load_current_bag(&self.conn)?;
        let pause = load_open_pause(&self.conn)?;
        let situation = Situation {
            course: course.as_ref().map(|(c, _)| c),
            course_saved_at: course.as_ref().map(|(_, at)| *at),
            bag: bag.as_ref(),
            pause: pause.as_ref().map(|p| OpenPause {
                id: p.id,
                paused_at: p.paused_at.with_timezone(&Utc),
            }),
            last_reading_at: last_reading_at(&self.conn, now_utc)?,
        };
        let mut out = vec![];
        for o in came_due(&situation, now_utc, tz) {
            let stored: bool = self.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM reminders
                     WHERE kind = ?1 AND subject_id = ?2 AND due_at_ms = ?3)",
                params![o.kind.code(), o.subject_id, o.due_at.timestamp_millis()],
                |r| r.get(0),
            )?;
            if !stored {
                out.push(o);
            }
        }
        Ok(out)
    }

    /// Stores reminders that were delivered from memory while the diary could not be written
    /// (see [`Diary::unstored_due`]): each as delivered, `deliveries` times, first at its
    /// time and last at `last_at`, so the next [`Diary::run_reminders`] does not notify it
    /// again. One already stored is left as it is. Returns how many rows were added.
    pub fn store_delivered<Tz: TimeZone>(
        &mut self,
        delivered: &[UnstoredDelivery],
        tz: &Tz,
    ) -> Result<usize, StoreError> {
        let tx = self.write()?;
        let mut added = 0;
        for d in delivered {
            let o = d.occurrence;
            added += tx.execute(
                "INSERT OR IGNORE INTO reminders (kind, subject_id, due_at, due_at_ms, state,
                     found_at, first_delivered_at, last_delivered_at_ms, deliveries)
                 VALUES (?1, ?2, ?3, ?4, 'delivered', ?5, ?5, ?6, ?7)",
                params![
                    o.kind.code(),
                    o.subject_id,
                    ts(&local(o.due_at, tz)),
                    o.due_at.timestamp_millis(),
                    ts(&d.first_at),
                    d.last_at.timestamp_millis(),
                    d.deliveries.max(1),
                ],
            )?;
        }
        tx.commit()?;
        Ok(added)
    }
}

/// Delivered reminders that sound again now: a bag due every 15 minutes until the new bag
/// (not while the infusion is paused), and an unanswered reading on a close-watch day.
fn repeats_due<Tz: TimeZone>(
    tx: &Connection,
    situation: &Situation<'_>,
    course: Option<&CoursePlan>,
    now_utc: DateTime<Utc>,
    tz: &Tz,
) -> Result<Vec<Reminder>, StoreError> {
    let mut repeats = vec![];
    if situation.pause.is_none() {
        for r in query_reminders(tx, "state = 'delivered' AND kind = 'bag_due'", [])? {
            let last = last_delivered_ms(tx, r.id)?;
            let every = repeat_every(r.kind)
                .unwrap_or(Duration::MAX)
                .num_milliseconds();
            // Also when the clock went back by more than the interval: the repeat
            // must not wait until the clock catches up with the last delivery.
            let gap = last.map_or(i64::MAX, |l| (now_utc.timestamp_millis() - l).abs());
            if gap >= every {
                repeats.push(r);
            }
        }
    }

    // A reading one interval overdue on a close-watch day, not answered: a new round
    // every 30 minutes until a reading is entered (issue 20).
    if let Some(c) = course {
        for r in query_reminders(tx, "state = 'delivered' AND kind = 'reading_due'", [])? {
            let last = last_delivered_ms(tx, r.id)?;
            let last = last.and_then(DateTime::<Utc>::from_timestamp_millis);
            let due = r.due_at.with_timezone(&Utc);
            if reading_repeats_now(c, due, last, now_utc, tz) {
                repeats.push(r);
            }
        }
    }

    Ok(repeats)
}

/// What the notice says for what is delivered now: a repeated bag reminder says overdue
/// once it is, and nothing twice.
fn notice_kinds(
    first: &[Reminder],
    repeats: &[Reminder],
    now_utc: DateTime<Utc>,
) -> Vec<ReminderKind> {
    let mut kinds = vec![];
    for r in first {
        kinds.push(r.kind);
    }
    for r in repeats {
        if r.kind == ReminderKind::ReadingDue {
            kinds.push(r.kind);
            continue;
        }
        let overdue_now = first
            .iter()
            .any(|f| f.kind == ReminderKind::BagOverdue && f.subject_id == r.subject_id);
        // The overdue alert found on this tick already says it: one notice, not two.
        if !overdue_now {
            let overdue =
                now_utc >= r.due_at.with_timezone(&Utc) + Duration::minutes(OVERDUE_ALERT_MINUTES);
            kinds.push(if overdue {
                ReminderKind::BagOverdue
            } else {
                ReminderKind::BagDue
            });
        }
    }
    kinds
}
