//! What backups need from inside the store: the diary's identity and
//! migrations, and replacing the open diary's content in place.

use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;

use crate::diary::{schema, Diary, StoreError};

// Associated functions rather than free ones: this module is private to backups, and
// methods of `Diary` are reachable from them all the same.
impl Diary {
    /// Whether `conn` holds a Centinela diary this build can read (or is an empty new
    /// file). Reads only.
    pub(crate) fn check_identity_of(conn: &Connection) -> Result<(), StoreError> {
        schema::check_identity(conn)
    }

    /// Bring another diary (e.g. a staged copy of an older backup) to this build's schema.
    pub(crate) fn migrate_other(conn: &mut Connection) -> Result<(), StoreError> {
        schema::migrate(conn)
    }

    /// The stored schema is exactly the one `version`'s migrations make, besides the
    /// tables named in `besides`.
    pub(crate) fn schema_text_of(
        conn: &Connection,
        version: i64,
        besides: &[&str],
    ) -> Result<(), String> {
        schema::check_schema_text(conn, version, besides)
    }

    /// Read every record through the store's own readers, as the screens and reports do.
    /// SQLite's checks do not decode values (a time, a checklist, a unit), so a backup
    /// with a flipped bit there could be restored and then not shown. `conn` must be at
    /// this build's schema; it is lent to a `Diary` for the reading and given back.
    pub(crate) fn readable(conn: &mut Connection) -> Result<(), StoreError> {
        let lent = std::mem::replace(conn, Connection::open_in_memory()?);
        let diary = Diary { conn: lent };
        let read = diary.read_everything();
        *conn = diary.conn;
        read
    }

    fn read_everything(&self) -> Result<(), StoreError> {
        // Wider than any diary: SQLite's RFC 3339 range, years 1000 to 9999.
        let from = chrono::DateTime::parse_from_rfc3339("1000-01-01T00:00:00Z").expect("valid");
        let to = chrono::DateTime::parse_from_rfc3339("9999-12-31T23:59:59Z").expect("valid");
        self.setup()?;
        self.settings()?;
        self.contacts()?;
        self.course()?;
        self.bags()?;
        self.pauses()?;
        self.open_reminders()?;
        self.reminders_between(from, to)?;
        self.open_alerts()?;
        self.alerts_between(from, to)?;
        self.readings_between(from, to)?;
        self.effective_readings()?;
        Ok(())
    }

    /// `PRAGMA integrity_check` says "ok", or what it found first.
    pub(crate) fn integrity_of(conn: &Connection) -> Result<(), String> {
        let mut stmt = conn
            .prepare("PRAGMA integrity_check")
            .map_err(|e| e.to_string())?;
        let lines = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| e.to_string())?;
        match lines.as_slice() {
            [ok] if ok == "ok" => Ok(()),
            [] => Err("the integrity check gave no answer".into()),
            [first, ..] => Err(first.clone()),
        }
    }

    /// Replace this diary's whole content with `source`'s, through SQLite's online backup
    /// into the open connection: one write transaction, so other connections (and this
    /// one) see either the old diary or the new one, and no file is swapped under them.
    ///
    /// `source` must already be at this build's schema with the same page size (a WAL
    /// destination refuses another one). Afterwards the diary is checked as
    /// [`Diary::open`] would: identity, WAL, schema, integrity.
    ///
    /// On failure, says whether the diary was changed: a copy that fails (e.g. another
    /// program holds the diary past the busy timeout) is rolled back whole; a check that
    /// fails after it leaves the new content in place.
    pub(crate) fn replace_content(
        &mut self,
        source: &Connection,
    ) -> Result<(), (bool, StoreError)> {
        self.copy_from(source).map_err(|e| (false, e))?;
        self.check_after_copy().map_err(|e| (true, e))
    }

    fn copy_from(&mut self, source: &Connection) -> Result<(), StoreError> {
        // Finishing the backup (on drop) rolls back a copy that did not complete.
        let backup = Backup::new(source, &mut self.conn)?;
        loop {
            match backup.step(-1)? {
                StepResult::Done => return Ok(()),
                StepResult::More => {}
                // Still busy after the connection's busy timeout (5 s, the app waiting
                // meanwhile): another program holds the diary.
                _ => {
                    return Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                        Some("the diary is in use by another program".into()),
                    )))
                }
            }
        }
    }

    fn check_after_copy(&mut self) -> Result<(), StoreError> {
        schema::check_identity(&self.conn)?;
        // The backup keeps the destination in WAL; say so again in case it did not.
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::corrupt(format!(
                "could not switch the restored diary to WAL (journal mode {mode})"
            )));
        }
        self.conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        schema::migrate(&mut self.conn)?;
        Diary::integrity_of(&self.conn)
            .map_err(|e| StoreError::corrupt(format!("the restored diary: {e}")))?;
        // Best effort: move the restored pages from the WAL into the file itself.
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(())
    }
}
