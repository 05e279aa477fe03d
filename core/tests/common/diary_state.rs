//! Comparing two states of a diary (or any SQLite file) exactly, and what a folder holds.
//! Included with `#[path]` by the store, backup, damage, migration, storage-error and
//! fuzz tests; each uses only part of it.
#![allow(dead_code)]

use std::path::Path;

use rusqlite::{types::ValueRef, Connection, OpenFlags};

/// The file's marks (application_id, user_version), its schema and every row of every
/// table, as text.
pub fn dump(conn: &Connection) -> Vec<String> {
    dump_except(conn, &[])
}

/// As `dump`, leaving out the tables in `skip` with their indexes and triggers.
pub fn dump_except(conn: &Connection, skip: &[&str]) -> Vec<String> {
    let mut out = vec![];
    for pragma in ["application_id", "user_version"] {
        let v: i64 = conn
            .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
            .unwrap();
        out.push(format!("{pragma} = {v}"));
    }
    let schema: Vec<(String, String, String, Option<String>)> = conn
        .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<Vec<(String, String, String, Option<String>)>, _>>()
        .unwrap();
    for (kind, name, table, sql) in &schema {
        if !skip.contains(&table.as_str()) {
            out.push(format!("{kind} {name}: {}", sql.as_deref().unwrap_or("")));
        }
    }
    out.extend(rows_except(conn, skip));
    out
}

/// Every row of every table, in a stable order: `<table> (<n> rows)`, then one
/// `<table>: cell|cell|...` line per row (so an empty table still shows).
pub fn rows(conn: &Connection) -> Vec<String> {
    rows_except(conn, &[])
}

fn rows_except(conn: &Connection, skip: &[&str]) -> Vec<String> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = vec![];
    for name in tables.iter().filter(|t| !skip.contains(&t.as_str())) {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{name}\" ORDER BY rowid"))
            .unwrap();
        let n = stmt.column_count();
        let rows: Vec<String> = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..n).map(|i| cell(r.get_ref(i).unwrap())).collect();
                Ok(cells.join("|"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        out.push(format!("{name} ({} rows)", rows.len()));
        out.extend(rows.into_iter().map(|row| format!("{name}: {row}")));
    }
    out
}

/// One value, its type visible (1, 1.0, "1" and x'31' all differ).
fn cell(v: ValueRef) -> String {
    match v {
        ValueRef::Null => "NULL".to_string(),
        ValueRef::Integer(v) => v.to_string(),
        ValueRef::Real(v) => format!("{v:?}"),
        ValueRef::Text(v) => match std::str::from_utf8(v) {
            Ok(s) => format!("{s:?}"),
            // A damaged text must not read like the text it was.
            Err(_) => format!("text x'{v:02x?}'"),
        },
        ValueRef::Blob(v) => format!("x'{v:02x?}'"),
    }
}

/// A read-only connection to the file, to see it as a fresh reader from disk would.
pub fn read_only(path: &Path) -> Connection {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap()
}

/// The names in a folder, sorted; none if it does not exist.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(e) => e
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => vec![],
    };
    names.sort();
    names
}
