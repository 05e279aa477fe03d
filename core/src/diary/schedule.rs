//! The course calendar, bags, pauses of the infusion and reminders, in the diary.
//!
//! Alarms are data: every reminder that came due is a row with its state (due, delivered,
//! acknowledged). [`Diary::run_reminders`] is the scheduler's one question, asked on a
//! short tick: it stores what came due since the last tick (from the wall clock it is
//! given, never from a timer) and hands back, once, what to notify, grouped.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::{optional_text, parse_ts, required, ts, Diary, StoreError};
use crate::bag::{Bag, BagDuration, NewBag, OVERDUE_ALERT_MINUTES};
use crate::course::{CoursePlan, LONG_PAUSE_HOURS};
use crate::messages::{reminder_body, reminder_title, Text};
use crate::plausibility::{ErrorCode, Rejection};
use crate::reminder::{
    bag_heads_up_at, came_due, next_reading_due, notice, reading_repeats_now, repeat_every, Notice,
    Occurrence, OpenPause, ReminderKind, Situation, Wake,
};

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ReminderState {
    Due,
    Delivered,
    Acknowledged,
}

/// What ended a reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ClosedBy {
    /// The family pressed OK (or "I called the team").
    Family,
    NewBag,
    Reading,
    Resumed,
    CourseEnded,
}

impl ClosedBy {
    fn code(self) -> &'static str {
        match self {
            ClosedBy::Family => "family",
            ClosedBy::NewBag => "new_bag",
            ClosedBy::Reading => "reading",
            ClosedBy::Resumed => "resumed",
            ClosedBy::CourseEnded => "course_ended",
        }
    }

    fn from_code(code: &str) -> Option<ClosedBy> {
        [
            ClosedBy::Family,
            ClosedBy::NewBag,
            ClosedBy::Reading,
            ClosedBy::Resumed,
            ClosedBy::CourseEnded,
        ]
        .into_iter()
        .find(|c| c.code() == code)
    }
}

/// One stored reminder, with its words for the banner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Reminder {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: ReminderKind,
    /// The bag or pause it is about; 0 for none.
    #[ts(type = "number")]
    pub subject_id: i64,
    pub due_at: DateTime<FixedOffset>,
    pub state: ReminderState,
    pub deliveries: u32,
    pub first_delivered_at: Option<DateTime<FixedOffset>>,
    pub acknowledged_at: Option<DateTime<FixedOffset>>,
    pub closed_by: Option<ClosedBy>,
    pub acknowledged_by: Option<String>,
    /// Whether "OK" may end it (a bag-due reminder ends only with a new bag).
    pub can_acknowledge: bool,
    pub title: Text,
    pub body: Text,
}

/// What one scheduler tick found: the reminders shown now (first time or repeat) and the
/// single notification that stands for them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Delivery {
    pub delivered: Vec<Reminder>,
    pub notice: Option<Notice>,
}

/// A reminder delivered from memory while the diary could not be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnstoredDelivery {
    pub occurrence: Occurrence,
    /// When it was first notified.
    pub first_at: DateTime<FixedOffset>,
    /// When it was last notified (a bag due repeats every 15 minutes).
    pub last_at: DateTime<FixedOffset>,
    pub deliveries: u32,
}

impl UnstoredDelivery {
    /// As Home's banner while the diary cannot be written: `id` is negative (there is no
    /// row yet) and "OK" cannot end it (nothing can be written until the disk is fixed).
    pub fn as_reminder(&self, id: i64) -> Reminder {
        let o = self.occurrence;
        Reminder {
            id,
            kind: o.kind,
            subject_id: o.subject_id,
            due_at: o.due_at.with_timezone(&self.first_at.timezone()),
            state: ReminderState::Delivered,
            deliveries: self.deliveries,
            first_delivered_at: Some(self.first_at),
            acknowledged_at: None,
            closed_by: None,
            acknowledged_by: None,
            can_acknowledge: false,
            title: reminder_title(o.kind),
            body: reminder_body(o.kind),
        }
    }
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

fn local<Tz: TimeZone>(t: DateTime<Utc>, tz: &Tz) -> DateTime<FixedOffset> {
    t.with_timezone(tz).fixed_offset()
}

fn from_ms(ms: i64) -> Result<DateTime<Utc>, StoreError> {
    DateTime::from_timestamp_millis(ms).ok_or_else(|| StoreError::corrupt(format!("time {ms}")))
}

// ---- loading -----------------------------------------------------------------------

fn load_course(conn: &Connection) -> Result<Option<(CoursePlan, DateTime<Utc>)>, StoreError> {
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

fn load_current_bag(conn: &Connection) -> Result<Option<Bag>, StoreError> {
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

fn load_open_pause(conn: &Connection) -> Result<Option<Pause>, StoreError> {
    let sql = format!("SELECT {PAUSE_COLUMNS} FROM pauses WHERE resumed_at IS NULL");
    conn.query_row(&sql, [], pause_from_row)
        .optional()?
        .map(PauseRow::pause)
        .transpose()
}

/// The time of the newest reading in effect, taken at or before `until`.
fn last_reading_at(
    conn: &Connection,
    until: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, StoreError> {
    super::latest_effective(conn, until.timestamp_millis())?
        .map(|(_, ms)| from_ms(ms))
        .transpose()
}

const REMINDER_COLUMNS: &str = "id, kind, subject_id, due_at, state, deliveries, \
     first_delivered_at, acknowledged_at, closed_by, acknowledged_by";

struct ReminderRow {
    id: i64,
    kind: String,
    subject_id: i64,
    due_at: String,
    state: String,
    deliveries: u32,
    first_delivered_at: Option<String>,
    acknowledged_at: Option<String>,
    closed_by: Option<String>,
    acknowledged_by: Option<String>,
}

fn reminder_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ReminderRow> {
    Ok(ReminderRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        subject_id: r.get(2)?,
        due_at: r.get(3)?,
        state: r.get(4)?,
        deliveries: r.get(5)?,
        first_delivered_at: r.get(6)?,
        acknowledged_at: r.get(7)?,
        closed_by: r.get(8)?,
        acknowledged_by: r.get(9)?,
    })
}

impl ReminderRow {
    fn reminder(self) -> Result<Reminder, StoreError> {
        let kind = ReminderKind::from_code(&self.kind)
            .ok_or_else(|| StoreError::corrupt(format!("reminder kind {:?}", self.kind)))?;
        let state = match self.state.as_str() {
            "due" => ReminderState::Due,
            "delivered" => ReminderState::Delivered,
            "acknowledged" => ReminderState::Acknowledged,
            other => return Err(StoreError::corrupt(format!("reminder state {other:?}"))),
        };
        let opt_ts = |s: Option<String>, what| s.map(|s| parse_ts(&s, what)).transpose();
        Ok(Reminder {
            id: self.id,
            kind,
            subject_id: self.subject_id,
            due_at: parse_ts(&self.due_at, "reminder.due_at")?,
            state,
            deliveries: self.deliveries,
            first_delivered_at: opt_ts(self.first_delivered_at, "reminder.first_delivered_at")?,
            acknowledged_at: opt_ts(self.acknowledged_at, "reminder.acknowledged_at")?,
            closed_by: self
                .closed_by
                .map(|c| {
                    ClosedBy::from_code(&c)
                        .ok_or_else(|| StoreError::corrupt(format!("reminder closed_by {c:?}")))
                })
                .transpose()?,
            acknowledged_by: self.acknowledged_by,
            can_acknowledge: !kind.ends_only_by_action(),
            title: reminder_title(kind),
            body: reminder_body(kind),
        })
    }
}

/// When reminder `id` was last delivered (ms since the epoch), if ever.
fn last_delivered_ms(conn: &Connection, id: i64) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT last_delivered_at_ms FROM reminders WHERE id = ?1",
        [id],
        |row| row.get(0),
    )
}

fn query_reminders(
    conn: &Connection,
    where_sql: &str,
    args: impl rusqlite::Params,
) -> Result<Vec<Reminder>, StoreError> {
    let sql = format!(
        "SELECT {REMINDER_COLUMNS} FROM reminders WHERE {where_sql} ORDER BY due_at_ms, id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(args, reminder_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(ReminderRow::reminder).collect()
}

/// Open reminders, most urgent first, then oldest first.
fn load_open_reminders(conn: &Connection) -> Result<Vec<Reminder>, StoreError> {
    let mut list = query_reminders(conn, "state <> 'acknowledged'", [])?;
    list.sort_by(|a, b| {
        b.kind
            .urgency()
            .cmp(&a.kind.urgency())
            .then(a.due_at.cmp(&b.due_at))
            .then(a.id.cmp(&b.id))
    });
    Ok(list)
}

/// End the open reminders of these kinds (all subjects, or all but `keep_subject`)
/// because of what the family did.
pub(super) fn close_reminders(
    tx: &Transaction<'_>,
    kinds: &[ReminderKind],
    keep_subject: Option<i64>,
    closed_by: ClosedBy,
    now: DateTime<FixedOffset>,
) -> Result<usize, StoreError> {
    let mut n = 0;
    for kind in kinds {
        n += tx.execute(
            "UPDATE reminders SET state = 'acknowledged', closed_by = ?1, acknowledged_at = ?2
             WHERE state <> 'acknowledged' AND kind = ?3 AND subject_id IS NOT ?4",
            params![closed_by.code(), ts(&now), kind.code(), keep_subject],
        )?;
    }
    Ok(n)
}

const BAG_KINDS: [ReminderKind; 3] = [
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
        let mut repeats = vec![];
        if situation.pause.is_none() {
            for r in query_reminders(&tx, "state = 'delivered' AND kind = 'bag_due'", [])? {
                let last = last_delivered_ms(&tx, r.id)?;
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
        if let Some((c, _)) = &course {
            for r in query_reminders(&tx, "state = 'delivered' AND kind = 'reading_due'", [])? {
                let last = last_delivered_ms(&tx, r.id)?;
                let last = last.and_then(DateTime::<Utc>::from_timestamp_millis);
                let due = r.due_at.with_timezone(&Utc);
                if reading_repeats_now(c, due, last, now_utc, tz) {
                    repeats.push(r);
                }
            }
        }

        let mut kinds = vec![];
        for r in &first {
            kinds.push(r.kind);
        }
        for r in &repeats {
            if r.kind == ReminderKind::ReadingDue {
                kinds.push(r.kind);
                continue;
            }
            let overdue_now = first
                .iter()
                .any(|f| f.kind == ReminderKind::BagOverdue && f.subject_id == r.subject_id);
            // The overdue alert found on this tick already says it: one notice, not two.
            if !overdue_now {
                let overdue = now_utc
                    >= r.due_at.with_timezone(&Utc) + Duration::minutes(OVERDUE_ALERT_MINUTES);
                kinds.push(if overdue {
                    ReminderKind::BagOverdue
                } else {
                    ReminderKind::BagDue
                });
            }
        }
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

    /// Reminders not yet ended, most urgent first.
    pub fn open_reminders(&self) -> Result<Vec<Reminder>, StoreError> {
        load_open_reminders(&self.conn)
    }

    /// Every reminder whose due time is between `from` and `to`, oldest first.
    pub fn reminders_between(
        &self,
        from: DateTime<FixedOffset>,
        to: DateTime<FixedOffset>,
    ) -> Result<Vec<Reminder>, StoreError> {
        query_reminders(
            &self.conn,
            "due_at_ms BETWEEN ?1 AND ?2",
            [from.timestamp_millis(), to.timestamp_millis()],
        )
    }

    /// "OK" on a reminder. A bag-due reminder cannot be ended this way: it ends when the
    /// new bag is logged.
    pub fn acknowledge_reminder(
        &mut self,
        id: i64,
        by: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Result<Reminder, StoreError> {
        let tx = self.write()?;
        let r = query_reminders(&tx, "id = ?1", [id])?
            .pop()
            .ok_or(StoreError::NotFound {
                what: "reminder",
                id,
            })?;
        if !r.can_acknowledge {
            return Err(Rejection::new(
                ErrorCode::Inconsistent,
                "id",
                "a bag-change reminder ends when the new bag is logged",
            )
            .into());
        }
        if r.state != ReminderState::Acknowledged {
            tx.execute(
                "UPDATE reminders SET state = 'acknowledged', closed_by = 'family',
                     acknowledged_at = ?1, acknowledged_by = ?2
                 WHERE id = ?3",
                params![ts(&now), optional_text(by), id],
            )?;
        }
        let r = query_reminders(&tx, "id = ?1", [id])?
            .pop()
            .ok_or(StoreError::NotFound {
                what: "reminder",
                id,
            })?;
        tx.commit()?;
        Ok(r)
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
