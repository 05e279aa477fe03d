//! Alerts: every assessment that reached `call_today` or above, kept with the rules
//! version that produced it (care-rules §8) and acknowledged once by a person.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};
use serde::{Deserialize, Serialize};

use super::{parse_ts, required, ts, Diary, StoreError};
use crate::assessment::{Action, Assessment, Reason};

/// Where an alert stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum AlertState {
    Raised,
    Acknowledged,
}

impl AlertState {
    pub fn code(self) -> &'static str {
        match self {
            AlertState::Raised => "raised",
            AlertState::Acknowledged => "acknowledged",
        }
    }
}

/// One stored alert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Alert {
    #[ts(type = "number")]
    pub id: i64,
    /// The reading whose writing led to the assessment.
    #[ts(type = "number")]
    pub reading_id: i64,
    pub rules_version: String,
    pub action: Action,
    /// The reasons as they were given at the time, most urgent first.
    pub reasons: Vec<Reason>,
    pub raised_at: DateTime<FixedOffset>,
    pub state: AlertState,
    pub acknowledged_by: Option<String>,
    pub acknowledged_at: Option<DateTime<FixedOffset>>,
    /// What the team said when the family called.
    pub team_said: Option<String>,
}

const ALERT_COLUMNS: &str = "id, reading_id, rules_version, action, reasons, raised_at, state, \
     acknowledged_by, acknowledged_at, team_said";

struct AlertRow {
    id: i64,
    reading_id: i64,
    rules_version: String,
    action: String,
    reasons: String,
    raised_at: String,
    state: String,
    acknowledged_by: Option<String>,
    acknowledged_at: Option<String>,
    team_said: Option<String>,
}

impl AlertRow {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<AlertRow> {
        Ok(AlertRow {
            id: r.get(0)?,
            reading_id: r.get(1)?,
            rules_version: r.get(2)?,
            action: r.get(3)?,
            reasons: r.get(4)?,
            raised_at: r.get(5)?,
            state: r.get(6)?,
            acknowledged_by: r.get(7)?,
            acknowledged_at: r.get(8)?,
            team_said: r.get(9)?,
        })
    }

    fn alert(self) -> Result<Alert, StoreError> {
        let id = self.id;
        let state = match self.state.as_str() {
            "raised" => AlertState::Raised,
            "acknowledged" => AlertState::Acknowledged,
            other => {
                return Err(StoreError::corrupt(format!(
                    "state {other:?} of alert {id}"
                )))
            }
        };
        Ok(Alert {
            id,
            reading_id: self.reading_id,
            rules_version: self.rules_version,
            action: Action::from_code(&self.action).ok_or_else(|| {
                StoreError::corrupt(format!("action {:?} of alert {id}", self.action))
            })?,
            reasons: serde_json::from_str(&self.reasons)
                .map_err(|_| StoreError::corrupt(format!("reasons of alert {id}")))?,
            raised_at: parse_ts(&self.raised_at, "raised_at")?,
            state,
            acknowledged_by: self.acknowledged_by,
            acknowledged_at: self
                .acknowledged_at
                .as_deref()
                .map(|s| parse_ts(s, "acknowledged_at"))
                .transpose()?,
            team_said: self.team_said,
        })
    }
}

pub(super) fn insert_alert(
    tx: &Transaction<'_>,
    reading_id: i64,
    assessment: &Assessment,
    now: DateTime<FixedOffset>,
) -> Result<i64, StoreError> {
    let reasons = serde_json::to_string(&assessment.reasons)
        .map_err(|e| StoreError::corrupt(format!("reasons: {e}")))?;
    tx.execute(
        "INSERT INTO alerts (reading_id, rules_version, action, reasons, raised_at, raised_at_ms, state)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'raised')",
        params![
            reading_id,
            assessment.rules_version,
            assessment.action.code(),
            reasons,
            ts(&now),
            now.timestamp_millis(),
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// An open alert with the same action and the same reason codes as `assessment`.
pub(super) fn open_alert_like(
    tx: &Transaction<'_>,
    assessment: &Assessment,
) -> Result<Option<i64>, StoreError> {
    let codes = |reasons: &[crate::assessment::Reason]| {
        let mut c: Vec<String> = reasons.iter().map(|r| r.code.clone()).collect();
        c.sort();
        c
    };
    let wanted = codes(&assessment.reasons);
    Ok(query_alerts(tx, "state = 'raised'", [])?
        .into_iter()
        .rev()
        .find(|a| a.action == assessment.action && codes(&a.reasons) == wanted)
        .map(|a| a.id))
}

fn query_alerts(
    conn: &Connection,
    filter: &str,
    args: impl rusqlite::Params,
) -> Result<Vec<Alert>, StoreError> {
    let sql =
        format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE {filter} ORDER BY raised_at_ms, id");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(args, AlertRow::from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(AlertRow::alert).collect()
}

fn load_alert(conn: &Connection, id: i64) -> Result<Alert, StoreError> {
    let sql = format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE id = ?1");
    conn.query_row(&sql, [id], AlertRow::from_row)
        .optional()?
        .ok_or(StoreError::NotFound { what: "alert", id })?
        .alert()
}

impl Diary {
    /// One alert.
    pub fn alert(&self, id: i64) -> Result<Alert, StoreError> {
        load_alert(&self.conn, id)
    }

    /// Alerts not yet acknowledged, oldest first.
    pub fn open_alerts(&self) -> Result<Vec<Alert>, StoreError> {
        query_alerts(&self.conn, "state = 'raised'", [])
    }

    /// Alerts raised between `from` and `to` (inclusive), oldest first.
    pub fn alerts_between(
        &self,
        from: DateTime<FixedOffset>,
        to: DateTime<FixedOffset>,
    ) -> Result<Vec<Alert>, StoreError> {
        query_alerts(
            &self.conn,
            "raised_at_ms BETWEEN ?1 AND ?2",
            [from.timestamp_millis(), to.timestamp_millis()],
        )
    }

    /// Acknowledge every open alert at once: one call to the team answers them all.
    /// Returns the alerts acknowledged (none when nothing was open).
    pub fn acknowledge_open_alerts(
        &mut self,
        acknowledged_by: &str,
        team_said: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Result<Vec<Alert>, StoreError> {
        let ack = Acknowledgement::new(acknowledged_by, team_said, now)?;
        let tx = self.write()?;
        let done = query_alerts(&tx, "state = 'raised'", [])?
            .iter()
            .map(|a| ack.apply(&tx, a.id))
            .collect::<Result<Vec<_>, _>>()?;
        tx.commit()?;
        Ok(done)
    }

    /// Record that a person dealt with alert `id`, and what the team said. Once only.
    pub fn acknowledge_alert(
        &mut self,
        id: i64,
        acknowledged_by: &str,
        team_said: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Result<Alert, StoreError> {
        let ack = Acknowledgement::new(acknowledged_by, team_said, now)?;
        let tx = self.write()?;
        let alert = load_alert(&tx, id)?;
        if alert.state == AlertState::Acknowledged {
            return Err(StoreError::AlreadyAcknowledged {
                id,
                acknowledged_by: alert.acknowledged_by.unwrap_or_default(),
                acknowledged_at: alert.acknowledged_at.map(|t| ts(&t)).unwrap_or_default(),
            });
        }
        let alert = ack.apply(&tx, id)?;
        tx.commit()?;
        Ok(alert)
    }
}

/// Who dealt with an alert, when, and what the team said (trimmed; blank means nothing).
struct Acknowledgement {
    by: String,
    team_said: Option<String>,
    at: String,
}

impl Acknowledgement {
    fn new(
        by: &str,
        team_said: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Result<Self, StoreError> {
        Ok(Acknowledgement {
            by: required("acknowledged_by", by)?,
            team_said: team_said
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(String::from),
            at: ts(&now),
        })
    }

    fn apply(&self, tx: &Transaction<'_>, id: i64) -> Result<Alert, StoreError> {
        tx.execute(
            "UPDATE alerts SET state = 'acknowledged', acknowledged_by = ?2,
                 acknowledged_at = ?3, team_said = ?4
             WHERE id = ?1 AND state = 'raised'",
            params![id, self.by, self.at, self.team_said],
        )?;
        load_alert(tx, id)
    }
}
