//! What can go wrong with the diary store, as stable codes the UI translates.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::plausibility::Rejection;

/// Every failure of the diary store. Serialised as `{code, message, ...details}`:
/// the UI builds its sentence from `code` and the details; `message` is plain English
/// for logs and the CLI.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// An input failed a plausibility or store check; nothing was written.
    #[error("rejected: {0}")]
    Rejected(Rejection),
    /// A phone number with fewer than 3 digits or characters other than digits,
    /// spaces and `+ - ( ) .`.
    #[error("{field}: a phone number needs at least 3 digits and only digits, spaces, + - ( ) .")]
    InvalidPhone { field: String },
    #[error("no {what} with id {id}")]
    NotFound { what: &'static str, id: i64 },
    #[error("this diary was written by a newer Centinela (schema {found}; this version reads up to {supported}): update the app")]
    NewerVersion { found: i64, supported: i64 },
    #[error("this file is not a Centinela diary: {reason}")]
    NotADiary { reason: String },
    #[error("the patient has not been entered yet")]
    NoPatient,
    #[error("reading {original_id} was already corrected by reading {superseded_by}: amend reading {latest_id} instead")]
    AlreadyAmended {
        original_id: i64,
        superseded_by: i64,
        /// The latest version of the chain: the one to amend.
        latest_id: i64,
    },
    #[error("alert {id} was already acknowledged by {acknowledged_by} at {acknowledged_at}")]
    AlreadyAcknowledged {
        id: i64,
        acknowledged_by: String,
        acknowledged_at: String,
    },
    /// A stored value this build cannot read (hand-edited or damaged file).
    #[error("the diary holds a value this version cannot read: {what}")]
    Corrupt { what: String },
    /// The diary file is damaged (its quick check failed, or SQLite says it is not a
    /// database or is malformed). Nothing was written to it.
    #[error("the diary file is damaged and cannot be used as it is: {reason}")]
    Damaged { reason: String },
    /// A training step taken out of order (e.g. answering before the practice reading).
    #[error("training: {step}")]
    TrainingOrder { step: String },
    #[error("storage error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl From<Rejection> for StoreError {
    fn from(r: Rejection) -> Self {
        StoreError::Rejected(r)
    }
}

impl StoreError {
    /// The stable code the UI turns into a sentence.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Rejected(_) => "rejected",
            StoreError::InvalidPhone { .. } => "invalid_phone",
            StoreError::NotFound { .. } => "not_found",
            StoreError::NewerVersion { .. } => "newer_version",
            StoreError::NotADiary { .. } => "not_a_diary",
            StoreError::NoPatient => "no_patient",
            StoreError::AlreadyAmended { .. } => "already_amended",
            StoreError::AlreadyAcknowledged { .. } => "already_acknowledged",
            StoreError::Corrupt { .. } => "corrupt",
            StoreError::TrainingOrder { .. } => "training_order",
            StoreError::Damaged { .. } => "damaged",
            StoreError::Sqlite(e) => sqlite_code(e),
        }
    }

    pub(crate) fn corrupt(what: impl Into<String>) -> Self {
        StoreError::Corrupt { what: what.into() }
    }
}

/// What kind of storage failure a SQLite error is, for the UI: the disk is full, the
/// folder cannot be written, the disk itself failed, or anything else.
fn sqlite_code(e: &rusqlite::Error) -> &'static str {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DiskFull) => "disk_full",
        Some(C::ReadOnly | C::CannotOpen) => "read_only",
        Some(C::SystemIoFailure) => "disk_io",
        _ => "storage",
    }
}

impl Serialize for StoreError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("code", self.code())?;
        m.serialize_entry("message", &self.to_string())?;
        match self {
            StoreError::Rejected(r) => m.serialize_entry("rejection", r)?,
            StoreError::InvalidPhone { field } => m.serialize_entry("field", field)?,
            StoreError::NotFound { what, id } => {
                m.serialize_entry("what", what)?;
                m.serialize_entry("id", id)?;
            }
            StoreError::NewerVersion { found, supported } => {
                m.serialize_entry("found", found)?;
                m.serialize_entry("supported", supported)?;
            }
            StoreError::AlreadyAmended {
                original_id,
                superseded_by,
                latest_id,
            } => {
                m.serialize_entry("original_id", original_id)?;
                m.serialize_entry("superseded_by", superseded_by)?;
                m.serialize_entry("latest_id", latest_id)?;
            }
            StoreError::AlreadyAcknowledged {
                id,
                acknowledged_by,
                acknowledged_at,
            } => {
                m.serialize_entry("id", id)?;
                m.serialize_entry("acknowledged_by", acknowledged_by)?;
                m.serialize_entry("acknowledged_at", acknowledged_at)?;
            }
            StoreError::NotADiary { .. }
            | StoreError::NoPatient
            | StoreError::Corrupt { .. }
            | StoreError::TrainingOrder { .. }
            | StoreError::Damaged { .. }
            | StoreError::Sqlite(_) => {}
        }
        m.end()
    }
}
