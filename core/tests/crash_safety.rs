//! Crash safety: a writer using the store code (`crash-writer`) is killed with SIGKILL at
//! random moments while it writes readings, alerts, acknowledgements, corrections and
//! bags. After every kill the diary must reopen, pass `integrity_check` and
//! `foreign_key_check`, and hold every write the writer acknowledged, whole.
//!
//! - `CENTINELA_CRASH_KILLS` sets the number of kills (default 20; `test.sh --long`: 500).
//! - `CENTINELA_CRASH_SEED` replays a run; the seed is printed when a check fails.
//! - The first 3 cycles each start from a copy of the schema-1 fixture, so kills also land
//!   in the migration and the copy kept before it. One cycle in five kills the writer
//!   without waiting for it to open the diary (kills in the open or the WAL recovery).
//!
//! This covers a crashed or killed process. Power loss is covered by `synchronous=FULL`
//! (every commit is flushed to disk before it returns); that is not tested here.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use centinela_core::backup::{validate_backup, BACKUPS_DIR};
use centinela_core::diary::{AlertState, Diary};
use centinela_core::Reading;
use chrono::DateTime;
use tempfile::TempDir;

const WRITER: &str = env!("CARGO_BIN_EXE_crash-writer");
const V1_FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/diary/v1-course-start.sqlite3"
);
const FIXTURE_CYCLES: u64 = 3;

/// Everything the writer said it committed, across all cycles on one diary.
#[derive(Default)]
struct Acked {
    readings: BTreeMap<i64, Reading>,
    /// new id -> (original id, reading)
    amends: BTreeMap<i64, (i64, Reading)>,
    /// alert id -> (reading id, action code)
    alerts: BTreeMap<i64, (i64, String)>,
    acks: Vec<i64>,
    /// bag id -> hung_at
    bags: BTreeMap<i64, String>,
}

impl Acked {
    fn reading_count(&self) -> usize {
        self.readings.len() + self.amends.len()
    }

    fn take(&mut self, line: &str) -> Result<(), String> {
        let parts: Vec<&str> = line.splitn(5, ' ').collect();
        let id = |i: usize| -> Result<i64, String> {
            parts
                .get(i)
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| format!("bad line {line:?}"))
        };
        let reading = |s: Option<&&str>| -> Result<Reading, String> {
            let s = s.ok_or_else(|| format!("bad line {line:?}"))?;
            serde_json::from_str(s).map_err(|e| format!("{e} in {line:?}"))
        };
        match parts.get(1).copied() {
            Some("reading") => {
                // `<id> <json> <by>`
                let tail = &line[line.find('{').ok_or("no json")?..];
                let (json, by) = tail.rsplit_once(' ').ok_or("no recorded_by")?;
                if by != "Ana" {
                    return Err(format!("recorded_by {by:?} in {line:?}"));
                }
                self.readings.insert(id(2)?, reading(Some(&json))?);
            }
            Some("amend") => {
                self.amends.insert(id(3)?, (id(2)?, reading(parts.get(4))?));
            }
            Some("alert") => {
                let action = parts.get(4).ok_or("no action")?.to_string();
                self.alerts.insert(id(2)?, (id(3)?, action));
            }
            Some("ack") => self.acks.push(id(2)?),
            Some("bag") => {
                let hung = parts.get(3).ok_or("no hung_at")?.to_string();
                self.bags.insert(id(2)?, hung);
            }
            _ => return Err(format!("unknown line {line:?}")),
        }
        Ok(())
    }
}

/// xorshift64*, for the test's own choices (sleep, seeds).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

struct Killed {
    lines: Vec<String>,
    ready: bool,
    stderr: String,
}

/// Run the writer, wait for READY (unless `wait` is false), sleep `sleep_ms`, SIGKILL it,
/// and return the whole lines it printed (an unterminated last line is no ack).
fn run_and_kill(dir: &Path, seed: u64, wait: bool, sleep_ms: u64) -> Killed {
    let mut child: Child = Command::new(WRITER)
        .args([
            "--data-dir",
            &dir.display().to_string(),
            "--seed",
            &seed.to_string(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start crash-writer");
    let stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel::<Option<String>>();
    let reader = thread::spawn(move || {
        let mut r = BufReader::new(stdout);
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match r.read_until(b'\n', &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(_) if buf.last() == Some(&b'\n') => {
                    let line = String::from_utf8_lossy(&buf[..buf.len() - 1]).into_owned();
                    if tx.send(Some(line)).is_err() {
                        break;
                    }
                }
                Ok(_) => break, // cut by the kill
            }
        }
        let _ = tx.send(None);
    });
    let mut lines = vec![];
    let mut ready = false;
    if wait {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !ready {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(Some(l)) => {
                    ready = l == "READY";
                    lines.push(l);
                }
                Ok(None) | Err(_) => break,
            }
        }
    }
    thread::sleep(Duration::from_millis(sleep_ms));
    let _ = child.kill();
    let _ = child.wait();
    reader.join().unwrap();
    while let Ok(Some(l)) = rx.try_recv() {
        ready |= l == "READY";
        lines.push(l);
    }
    let mut err = String::new();
    let _ = std::io::Read::read_to_string(&mut stderr, &mut err);
    Killed {
        lines,
        ready,
        stderr: err,
    }
}

fn open(dir: &Path) -> Diary {
    let now = DateTime::parse_from_rfc3339("2026-12-31T12:00:00-06:00").unwrap();
    Diary::open_in_at(dir, now).unwrap_or_else(|e| {
        let files: Vec<String> = std::fs::read_dir(dir)
            .map(|rd| {
                rd.flatten()
                    .map(|f| {
                        let len = f.metadata().map(|m| m.len()).unwrap_or(0);
                        format!("{} ({len} bytes)", f.file_name().to_string_lossy())
                    })
                    .collect()
            })
            .unwrap_or_default();
        panic!("reopen after a kill: {e} ({}); files: {files:?}", e.code())
    })
}

fn count(d: &Diary, table: &str) -> i64 {
    d.connection()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// The diary is whole, holds every acknowledged write exactly as acknowledged.
fn check(d: &Diary, acked: &Acked) -> Result<(), String> {
    let c = d.connection();
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    if ok != "ok" {
        return Err(format!("integrity_check: {ok}"));
    }
    let fk: i64 = c
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .map_err(|e| e.to_string())?;
    if fk != 0 {
        return Err(format!("{fk} foreign key problems"));
    }
    let setup = d.setup().map_err(|e| e.to_string())?;
    let setup = setup.ok_or("the setup is gone")?;
    if setup.contacts.is_empty() || setup.course.is_none() {
        return Err(format!("half a setup: {setup:?}"));
    }
    for (id, r) in &acked.readings {
        let e = d.entry(*id).map_err(|e| format!("reading {id}: {e}"))?;
        if &e.reading != r || e.recorded_by.as_deref() != Some("Ana") {
            return Err(format!("reading {id} differs: {:?} != {r:?}", e.reading));
        }
    }
    for (new, (orig, r)) in &acked.amends {
        let e = d
            .entry(*new)
            .map_err(|e| format!("correction {new}: {e}"))?;
        if &e.reading != r {
            return Err(format!("correction {new} differs"));
        }
        if e.corrects.as_ref().map(|l| l.reading_id) != Some(*orig) {
            return Err(format!("correction {new} lost its link to {orig}"));
        }
        let o = d
            .entry(*orig)
            .map_err(|e| format!("original {orig}: {e}"))?;
        if o.superseded_by.as_ref().map(|l| l.reading_id) != Some(*new) {
            return Err(format!(
                "reading {orig} is not marked as corrected by {new}"
            ));
        }
    }
    for (id, (reading_id, action)) in &acked.alerts {
        let a = d.alert(*id).map_err(|e| format!("alert {id}: {e}"))?;
        if a.reading_id != *reading_id || a.action.code() != action {
            return Err(format!("alert {id} differs: {a:?}"));
        }
    }
    for id in &acked.acks {
        let a = d.alert(*id).map_err(|e| format!("alert {id}: {e}"))?;
        if a.state != AlertState::Acknowledged
            || a.acknowledged_by.as_deref() != Some("Ana")
            || a.team_said.is_none()
            || a.acknowledged_at.is_none()
        {
            return Err(format!("acknowledgement of alert {id} lost: {a:?}"));
        }
    }
    let bags = d.bags().map_err(|e| e.to_string())?;
    for (id, hung) in &acked.bags {
        let b = bags
            .iter()
            .find(|b| b.id == *id)
            .ok_or_else(|| format!("bag {id} lost"))?;
        if &b.hung_at.to_rfc3339() != hung {
            return Err(format!("bag {id} differs: {b:?}"));
        }
    }
    Ok(())
}

/// Every backup under its final name is whole (a kill in the pre-upgrade copy must leave
/// either no copy or a good one).
fn check_backups(dir: &Path) -> Result<(), String> {
    let Ok(entries) = std::fs::read_dir(dir.join(BACKUPS_DIR)) else {
        return Ok(());
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !name.ends_with(".sqlite3") {
            continue;
        }
        validate_backup(&e.path()).map_err(|err| format!("backup {name}: {err}"))?;
    }
    Ok(())
}

fn fresh_v1() -> TempDir {
    let dir = TempDir::new().unwrap();
    std::fs::copy(V1_FIXTURE, dir.path().join("diary.sqlite3")).unwrap();
    dir
}

#[test]
fn acknowledged_writes_survive_sigkill() {
    let kills: u64 = std::env::var("CENTINELA_CRASH_KILLS")
        .ok()
        .map(|s| s.parse().expect("CENTINELA_CRASH_KILLS: a whole number"))
        .unwrap_or(20);
    let seed: u64 = std::env::var("CENTINELA_CRASH_SEED")
        .ok()
        .map(|s| s.parse().expect("CENTINELA_CRASH_SEED: a whole number"))
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    let fail = |cycle: u64, what: String| -> ! {
        panic!("cycle {cycle}: {what}\nreplay with CENTINELA_CRASH_SEED={seed} CENTINELA_CRASH_KILLS={kills}")
    };
    eprintln!("crash test: {kills} kills, CENTINELA_CRASH_SEED={seed}");
    let mut rng = Rng(seed | 1);
    // The diary the run goes on with after the fixture cycles.
    let main = TempDir::new().unwrap();
    let mut acked = Acked::default();
    let mut base_readings = 0i64;
    let mut readings_before = 0i64;
    let mut bags_before = 0i64;
    let mut total_lines = 0usize;
    let mut fixture_dirs: Vec<(TempDir, Acked)> = vec![];

    for cycle in 0..kills {
        let from_fixture = cycle < FIXTURE_CYCLES;
        let fixture_dir = from_fixture.then(fresh_v1);
        let dir: PathBuf = match &fixture_dir {
            Some(f) => f.path().to_path_buf(),
            None => main.path().to_path_buf(),
        };
        let dir = dir.as_path();
        let wait = cycle % 5 != 0;
        let sleep_ms = rng.next() % 61;
        let writer_seed = rng.next();
        let killed = run_and_kill(dir, writer_seed, wait, sleep_ms);
        if wait && !killed.ready {
            fail(
                cycle,
                format!("the writer never got ready: {}", killed.stderr),
            );
        }
        let mut this = Acked::default();
        let target = if from_fixture { &mut this } else { &mut acked };
        let mut new_readings = 0usize;
        let mut new_bags = 0usize;
        for line in killed.lines.iter().filter(|l| l.starts_with("ACK ")) {
            target.take(line).unwrap_or_else(|e| fail(cycle, e));
            new_readings +=
                usize::from(line.starts_with("ACK reading") || line.starts_with("ACK amend"));
            new_bags += usize::from(line.starts_with("ACK bag"));
            total_lines += 1;
        }
        // The writer must have died of the kill, not of an error of its own.
        if !killed.stderr.is_empty() {
            fail(cycle, format!("the writer failed: {}", killed.stderr));
        }

        let d = open(dir);
        check(&d, target).unwrap_or_else(|e| fail(cycle, e));
        check_backups(dir).unwrap_or_else(|e| fail(cycle, e));
        // At most one write can be committed and not yet acknowledged when the kill lands.
        let readings = count(&d, "readings");
        let bags = count(&d, "bags");
        let (r0, b0) = if from_fixture {
            (1, 0) // the fixture holds one reading and no bag
        } else {
            (readings_before, bags_before)
        };
        let unacked_readings = readings - r0 - new_readings as i64;
        let unacked_bags = bags - b0 - new_bags as i64;
        if !(0..=1).contains(&unacked_readings) || !(0..=1).contains(&unacked_bags) {
            fail(
                cycle,
                format!(
                    "{unacked_readings} readings and {unacked_bags} bags written without an ack"
                ),
            );
        }
        if from_fixture {
            let v: i64 = d
                .connection()
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(v, centinela_core::diary::SCHEMA_VERSION);
            drop(d);
            fixture_dirs.push((fixture_dir.unwrap(), this));
        } else {
            if cycle == FIXTURE_CYCLES {
                base_readings = readings - new_readings as i64 - unacked_readings;
            }
            readings_before = readings;
            bags_before = bags;
        }
    }

    // Everything again at the end: nothing acknowledged early went missing later.
    if kills > FIXTURE_CYCLES {
        let d = open(main.path());
        check(&d, &acked).unwrap_or_else(|e| fail(kills, e));
        let readings = count(&d, "readings") - base_readings;
        let unacked = readings - acked.reading_count() as i64;
        if unacked < 0 || unacked as u64 > kills {
            fail(
                kills,
                format!("{unacked} readings without an ack after {kills} kills"),
            );
        }
    }
    for (dir, acked) in &fixture_dirs {
        check(&open(dir.path()), acked).unwrap_or_else(|e| fail(kills, e));
    }
    // A run that acknowledged nothing would prove nothing.
    assert!(
        total_lines as u64 >= kills,
        "only {total_lines} acknowledged writes in {kills} cycles"
    );
}

/// A kill while the writer saves its first setup leaves no setup or all of it, never a
/// child without the team's number or the course.
#[test]
fn a_kill_during_the_first_setup_leaves_all_of_it_or_none() {
    for i in 0..16u64 {
        let dir = TempDir::new().unwrap();
        let killed = run_and_kill(dir.path(), i, false, 10 + i * 3);
        assert!(killed.stderr.is_empty(), "{}", killed.stderr);
        let d = open(dir.path());
        if let Some(setup) = d.setup().unwrap() {
            assert!(
                !setup.contacts.is_empty()
                    && setup.course.is_some()
                    && setup.settings.caregiver.is_some(),
                "kill {i} after {} ms left half a setup: {setup:?}",
                10 + i * 3
            );
        }
    }
}

/// What a kill leaves when it lands while a diary in rollback-journal mode (a new file
/// being switched to WAL, or a schema-1 diary) is being written: a hot `-journal`.
/// SQLite rolls it back on the next read-write open; the diary must open read-write with
/// the change undone, not be taken for a read-only disk.
#[test]
fn a_hot_rollback_journal_left_by_a_kill_is_rolled_back_on_open() {
    let src = fresh_v1();
    let db = src.path().join("diary.sqlite3");
    let c = rusqlite::Connection::open(&db).unwrap();
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        mode, "delete",
        "the schema-1 fixture uses a rollback journal"
    );
    // A tiny cache makes SQLite write changed pages into the file before the commit,
    // with the originals in the journal: the state a kill at that moment leaves.
    c.execute_batch(
        "PRAGMA cache_size = 1; BEGIN IMMEDIATE; UPDATE patient SET name = 'half written';
         CREATE TABLE filler (x); INSERT INTO filler SELECT zeroblob(4000) FROM
         (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
          SELECT i FROM n);",
    )
    .unwrap();
    let crashed = TempDir::new().unwrap();
    for name in ["diary.sqlite3", "diary.sqlite3-journal"] {
        std::fs::copy(src.path().join(name), crashed.path().join(name))
            .unwrap_or_else(|e| panic!("{name}: {e} (no hot journal to copy?)"));
    }
    drop(c);
    let d = open(crashed.path());
    assert!(!d.is_read_only(), "a hot journal is not a read-only disk");
    assert_eq!(d.patient().unwrap().unwrap().name, "Mateo");
    let ok: String = d
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    assert!(!crashed.path().join("diary.sqlite3-journal").exists());
}
