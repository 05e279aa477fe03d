//! The course calendar, the bags and the pauses of the infusion, in the diary, and the
//! schedule Home shows from them.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::reminders::{close_reminders, from_ms, load_open_reminders, local, ClosedBy, Reminder};
use crate::bag::{Bag, BagDuration, NewBag, OVERDUE_ALERT_MINUTES};
use crate::course::{CoursePlan, LONG_PAUSE_HOURS};
use crate::diary::{optional_text, parse_ts, required, ts, Diary, StoreError};
use crate::plausibility::{ErrorCode, Rejection};
use crate::reminder::{bag_heads_up_at, next_reading_due, ReminderKind, Situation};

/// An interruption of the infusion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Pause {
    #[ts(type = "number")]
    pub id: i64,
    pub paused_at: DateTime<FixedOffset>,
    pub reason: String,
    pub paused_by: Option<String>,
    pub resumed_at: Option<DateTime<FixedOffset>>,
    pub resumed_by: Option<String>,
}

/// A resume, and whether the team had to be called first (a pause of 4 hours or more).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Resumed {
    pub pause: Pause,
    pub call_team_first: bool,
}

/// The course on Home: "day N of M".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct CourseView {
    pub plan: CoursePlan,
    /// Day N today; None before the start or after the end.
    #[ts(type = "number | null")]
    pub day: Option<i64>,
    #[ts(type = "number")]
    pub days: i64,
    pub step_up_date: Option<NaiveDate>,
    pub close_watch_today: bool,
    pub before_start: bool,
    pub ended: bool,
}

/// The bag hanging now, with its countdown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct BagView {
    pub bag: Bag,
    pub due_at: DateTime<FixedOffset>,
    pub heads_up_at: DateTime<FixedOffset>,
    /// Minutes until due; negative once overdue.
    #[ts(type = "number")]
    pub minutes_left: i64,
    pub overdue: bool,
    /// 30 minutes overdue: the infusion may stop, call the team.
    pub call_now: bool,
}

/// When the next reading is due.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReadingSchedule {
    pub next_due: DateTime<FixedOffset>,
    #[ts(type = "number")]
    pub every_hours: i64,
    /// The due time has passed with no reading: a missed reading.
    pub missed: bool,
}

/// An open pause on Home.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PauseView {
    pub pause: Pause,
    #[ts(type = "number")]
    pub minutes_so_far: i64,
    /// Paused 4 hours or more: call the team before the infusion restarts.
    pub call_team_before_restart: bool,
}

/// The course, the bag, the next reading, a pause, and the reminders not yet ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Schedule {
    pub course: Option<CourseView>,
    pub bag: Option<BagView>,
    pub reading: Option<ReadingSchedule>,
    pub pause: Option<PauseView>,
    /// Open reminders, most urgent first.
    pub reminders: Vec<Reminder>,
}

// ---- loading -----------------------------------------------------------------------

pub(super) fn load_course(
    conn: &Connection,
) -> Result<Option<(CoursePlan, DateTime<Utc>)>, StoreError> {
    let row = conn
        .query_row(
            "SELECT start, end_date, step_up_day, reading_every_hours, close_watch_every_hours,
                    bag_heads_up_minutes, updated_at
             FROM course WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<u8>>(2)?,
                    r.get::<_, u8>(3)?,
                    r.get::<_, u8>(4)?,
                    r.get::<_, u16>(5)?,
                    r.get::<_, String>(6)?,
                ))
            },
        )
        .optional()?;
    let Some((start, end, step_up_day, every, close, heads_up, updated)) = row else {
        return Ok(None);
    };
    let date = |s: &str| {
        s.parse::<NaiveDate>()
            .map_err(|_| StoreError::corrupt(format!("course date {s:?}")))
    };
    Ok(Some((
        CoursePlan {
            start: date(&start)?,
            end: date(&end)?,
            step_up_day,
            reading_every_hours: every,
            close_watch_every_hours: close,
            bag_heads_up_minutes: heads_up,
        },
        parse_ts(&updated, "course.updated_at")?.with_timezone(&Utc),
    )))
}

const BAG_COLUMNS: &str =
    "id, hung_at, duration, extension_hours, due_at_ms, note, recorded_at, recorded_by";

fn bag_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<BagRow> {
    Ok(BagRow {
        id: r.get(0)?,
        hung_at: r.get(1)?,
        duration: r.get(2)?,
        extension_hours: r.get(3)?,
        due_at_ms: r.get(4)?,
        note: r.get(5)?,
        recorded_at: r.get(6)?,
        recorded_by: r.get(7)?,
    })
}

struct BagRow {
    id: i64,
    hung_at: String,
    duration: String,
    extension_hours: u8,
    due_at_ms: i64,
    note: Option<String>,
    recorded_at: String,
    recorded_by: Option<String>,
}

impl BagRow {
    fn bag(self) -> Result<Bag, StoreError> {
        Ok(Bag {
            id: self.id,
            hung_at: parse_ts(&self.hung_at, "bag.hung_at")?,
            duration: BagDuration::from_code(&self.duration)
                .ok_or_else(|| StoreError::corrupt(format!("bag duration {:?}", self.duration)))?,
            extension_hours: self.extension_hours,
            note: self.note,
            due_at: from_ms(self.due_at_ms)?,
            recorded_at: parse_ts(&self.recorded_at, "bag.recorded_at")?,
            recorded_by: self.recorded_by,
        })
    }
}

pub(super) fn load_current_bag(conn: &Connection) -> Result<Option<Bag>, StoreError> {
    let sql = format!("SELECT {BAG_COLUMNS} FROM bags ORDER BY id DESC LIMIT 1");
    conn.query_row(&sql, [], bag_from_row)
        .optional()?
        .map(BagRow::bag)
        .transpose()
}

const PAUSE_COLUMNS: &str = "id, paused_at, reason, paused_by, resumed_at, resumed_by";

fn pause_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PauseRow> {
    Ok(PauseRow {
        id: r.get(0)?,
        paused_at: r.get(1)?,
        reason: r.get(2)?,
        paused_by: r.get(3)?,
        resumed_at: r.get(4)?,
        resumed_by: r.get(5)?,
    })
}

struct PauseRow {
    id: i64,
    paused_at: String,
    reason: String,
    paused_by: Option<String>,
    resumed_at: Option<String>,
    resumed_by: Option<String>,
}

impl PauseRow {
    fn pause(self) -> Result<Pause, StoreError> {
        Ok(Pause {
            id: self.id,
            paused_at: parse_ts(&self.paused_at, "pause.paused_at")?,
            reason: self.reason,
            paused_by: self.paused_by,
            resumed_at: self
                .resumed_at
                .map(|s| parse_ts(&s, "pause.resumed_at"))
                .transpose()?,
            resumed_by: self.resumed_by,
        })
    }
}

pub(super) fn load_open_pause(conn: &Connection) -> Result<Option<Pause>, StoreError> {
    let sql = format!("SELECT {PAUSE_COLUMNS} FROM pauses WHERE resumed_at IS NULL");
    conn.query_row(&sql, [], pause_from_row)
        .optional()?
        .map(PauseRow::pause)
        .transpose()
}

/// The time of the newest reading in effect, taken at or before `until`.
pub(super) fn last_reading_at(
    conn: &Connection,
    until: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, StoreError> {
    super::latest_effective(conn, until.timestamp_millis())?
        .map(|(_, ms)| from_ms(ms))
        .transpose()
}

pub(super) const BAG_KINDS: [ReminderKind; 3] = [
    ReminderKind::BagHeadsUp,
    ReminderKind::BagDue,
    ReminderKind::BagOverdue,
];

impl Diary {
    // ---- course ----------------------------------------------------------------------

    /// The course plan, if the team has entered one.
    pub fn course(&self) -> Result<Option<CoursePlan>, StoreError> {
        Ok(load_course(&self.conn)?.map(|(c, _)| c))
    }

    /// Save (or, with None, remove) the course plan. Checked before anything is written.
    pub fn save_course(
        &mut self,
        course: Option<&CoursePlan>,
        now: DateTime<FixedOffset>,
    ) -> Result<(), StoreError> {
        if let Some(c) = course {
            c.check(now.date_naive())?;
        }
        let tx = self.write()?;
        save_course_in(&tx, course, now)?;
        tx.commit()?;
        Ok(())
    }

    // ---- bags ------------------------------------------------------------------------

    /// Log "new bag hung". It becomes the bag hanging now; the reminders about the bag
    /// before it end.
    pub fn log_bag(
        &mut self,
        bag: &NewBag,
        recorded_by: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Result<Bag, StoreError> {
        bag.check(now)?;
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO bags (hung_at, hung_at_ms, duration, extension_hours, due_at_ms, note,
                               recorded_at, recorded_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                ts(&bag.hung_at),
                bag.hung_at.timestamp_millis(),
                bag.duration.code(),
                bag.extension_hours,
                bag.due_at().timestamp_millis(),
                optional_text(bag.note.as_deref()),
                ts(&now),
                optional_text(recorded_by),
            ],
        )?;
        let id = tx.last_insert_rowid();
        close_reminders(&tx, &BAG_KINDS, Some(id), ClosedBy::NewBag, now)?;
        let sql = format!("SELECT {BAG_COLUMNS} FROM bags WHERE id = ?1");
        let saved = tx.query_row(&sql, [id], bag_from_row)?.bag()?;
        tx.commit()?;
        Ok(saved)
    }

    /// The bag hanging now: the last one logged.
    pub fn current_bag(&self) -> Result<Option<Bag>, StoreError> {
        load_current_bag(&self.conn)
    }

    /// Every bag logged, newest first.
    pub fn bags(&self) -> Result<Vec<Bag>, StoreError> {
        let sql = format!("SELECT {BAG_COLUMNS} FROM bags ORDER BY id DESC");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt
            .query_map([], bag_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter().map(BagRow::bag).collect()
    }

    // ---- pauses ----------------------------------------------------------------------

    /// Pause the infusion, with a reason. Refused while a pause is already open.
    pub fn pause_infusion(
        &mut self,
        reason: &str,
        paused_by: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Result<Pause, StoreError> {
        let reason = required("reason", reason)?;
        let tx = self.write()?;
        if let Some(open) = load_open_pause(&tx)? {
            return Err(Rejection::new(
                ErrorCode::Inconsistent,
                "pause",
                format!(
                    "the infusion is already paused since {}",
                    ts(&open.paused_at)
                ),
            )
            .into());
        }
        tx.execute(
            "INSERT INTO pauses (paused_at, paused_at_ms, reason, paused_by) VALUES (?1, ?2, ?3, ?4)",
            params![ts(&now), now.timestamp_millis(), reason, optional_text(paused_by)],
        )?;
        let pause =
            load_open_pause(&tx)?.ok_or_else(|| StoreError::corrupt("pause just written"))?;
        tx.commit()?;
        Ok(pause)
    }

    /// Resume the infusion. Says whether the team had to be called first (paused 4 hours
    /// or more); the long-pause reminder ends.
    pub fn resume_infusion(
        &mut self,
        resumed_by: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Result<Resumed, StoreError> {
        let tx = self.write()?;
        let open = load_open_pause(&tx)?.ok_or_else(|| {
            StoreError::Rejected(Rejection::new(
                ErrorCode::Inconsistent,
                "pause",
                "the infusion is not paused",
            ))
        })?;
        // A clock set back must not make the resume come before the pause.
        let at = now.max(open.paused_at);
        tx.execute(
            "UPDATE pauses SET resumed_at = ?1, resumed_at_ms = ?2, resumed_by = ?3 WHERE id = ?4",
            params![
                ts(&at),
                at.timestamp_millis(),
                optional_text(resumed_by),
                open.id
            ],
        )?;
        close_reminders(
            &tx,
            &[ReminderKind::LongPause],
            None,
            ClosedBy::Resumed,
            now,
        )?;
        let sql = format!("SELECT {PAUSE_COLUMNS} FROM pauses WHERE id = ?1");
        let pause = tx.query_row(&sql, [open.id], pause_from_row)?.pause()?;
        tx.commit()?;
        Ok(Resumed {
            call_team_first: at - open.paused_at >= Duration::hours(LONG_PAUSE_HOURS),
            pause,
        })
    }

    /// The open pause, if the infusion is paused.
    pub fn open_pause(&self) -> Result<Option<Pause>, StoreError> {
        load_open_pause(&self.conn)
    }

    /// Every pause of the infusion, the open one included, oldest first.
    pub fn pauses(&self) -> Result<Vec<Pause>, StoreError> {
        let sql = format!("SELECT {PAUSE_COLUMNS} FROM pauses ORDER BY paused_at_ms, id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt
            .query_map([], pause_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter().map(PauseRow::pause).collect()
    }

    /// The course, the bag, the next reading and a pause as they stand at `now` in `tz`,
    /// with the open reminders.
    pub fn schedule<Tz: TimeZone>(
        &self,
        now: DateTime<FixedOffset>,
        tz: &Tz,
    ) -> Result<Schedule, StoreError> {
        let now_utc = now.with_timezone(&Utc);
        let today = now_utc.with_timezone(tz).date_naive();
        let course = load_course(&self.conn)?;
        let bag = load_current_bag(&self.conn)?;
        let pause = load_open_pause(&self.conn)?;
        let plan = course.as_ref().map(|(c, _)| c);
        let situation = Situation {
            course: plan,
            course_saved_at: course.as_ref().map(|(_, at)| *at),
            bag: bag.as_ref(),
            pause: None,
            last_reading_at: last_reading_at(&self.conn, now_utc)?,
        };
        let reading = next_reading_due(&situation, tz).map(|due| ReadingSchedule {
            next_due: local(due, tz),
            every_hours: plan.map_or(0, |c| c.reading_every_at(now_utc.max(due), tz)),
            missed: now_utc > due,
        });
        let course_view = plan.map(|c| CourseView {
            day: c.day_of(today),
            days: c.days(),
            step_up_date: c.step_up_date(),
            close_watch_today: c.day_of(today).is_some_and(|d| c.is_close_watch_day(d)),
            before_start: today < c.start,
            ended: today > c.end,
            plan: c.clone(),
        });
        let bag_view = bag.map(|b| {
            let minutes_left = (b.due_at - now_utc).num_minutes();
            BagView {
                due_at: local(b.due_at, tz),
                heads_up_at: local(bag_heads_up_at(plan, &b), tz),
                minutes_left,
                overdue: now_utc >= b.due_at,
                call_now: now_utc >= b.due_at + Duration::minutes(OVERDUE_ALERT_MINUTES),
                bag: b,
            }
        });
        let pause_view = pause.map(|p| {
            let so_far = now - p.paused_at;
            PauseView {
                minutes_so_far: so_far.num_minutes().max(0),
                call_team_before_restart: so_far >= Duration::hours(LONG_PAUSE_HOURS),
                pause: p,
            }
        });
        Ok(Schedule {
            course: course_view,
            bag: bag_view,
            reading,
            pause: pause_view,
            reminders: load_open_reminders(&self.conn)?,
        })
    }
}

/// Write the course plan inside a transaction (used by the setup too).
pub(super) fn save_course_in(
    tx: &Transaction<'_>,
    course: Option<&CoursePlan>,
    now: DateTime<FixedOffset>,
) -> Result<(), StoreError> {
    match course {
        None => {
            tx.execute("DELETE FROM course", [])?;
        }
        Some(c) => {
            tx.execute(
                "INSERT INTO course (id, start, end_date, step_up_day, reading_every_hours,
                                     close_watch_every_hours, bag_heads_up_minutes, updated_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (id) DO UPDATE SET start = ?1, end_date = ?2, step_up_day = ?3,
                     reading_every_hours = ?4, close_watch_every_hours = ?5,
                     bag_heads_up_minutes = ?6, updated_at = ?7",
                params![
                    c.start.to_string(),
                    c.end.to_string(),
                    c.step_up_day,
                    c.reading_every_hours,
                    c.close_watch_every_hours,
                    c.bag_heads_up_minutes,
                    ts(&now)
                ],
            )?;
        }
    }
    Ok(())
}
