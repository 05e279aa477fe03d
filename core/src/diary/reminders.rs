//! The reminders the diary keeps: every one that came due is a row with its state (due,
//! delivered, acknowledged), ended by "OK" or by what the family did.

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};

use crate::diary::{optional_text, parse_ts, ts, Diary, StoreError};
use crate::messages::{reminder_body, reminder_title, Text};
use crate::plausibility::{ErrorCode, Rejection};
use crate::reminder::{Notice, Occurrence, ReminderKind};

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

pub(super) fn local<Tz: TimeZone>(t: DateTime<Utc>, tz: &Tz) -> DateTime<FixedOffset> {
    t.with_timezone(tz).fixed_offset()
}

pub(super) fn from_ms(ms: i64) -> Result<DateTime<Utc>, StoreError> {
    DateTime::from_timestamp_millis(ms).ok_or_else(|| StoreError::corrupt(format!("time {ms}")))
}

pub(super) const REMINDER_COLUMNS: &str = "id, kind, subject_id, due_at, state, deliveries, \
     first_delivered_at, acknowledged_at, closed_by, acknowledged_by";

pub(super) struct ReminderRow {
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

pub(super) fn reminder_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ReminderRow> {
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
pub(super) fn last_delivered_ms(conn: &Connection, id: i64) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT last_delivered_at_ms FROM reminders WHERE id = ?1",
        [id],
        |row| row.get(0),
    )
}

pub(super) fn query_reminders(
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
pub(super) fn load_open_reminders(conn: &Connection) -> Result<Vec<Reminder>, StoreError> {
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

impl Diary {
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
}
