//! The one-instance lock of `centinela-tray`, the same D-Bus name and object the full app's
//! tauri-plugin-single-instance (2.5.5, Linux) uses. Whichever process runs, a second launch
//! finds the name taken, forwards its argv to ExecuteCallback and exits, as the plugin does.

use std::sync::mpsc::Sender;
use std::thread::sleep;
use std::time::{Duration, Instant};

use zbus::blocking::connection::Builder;
use zbus::blocking::Connection;
use zbus::fdo::{RequestNameFlags, RequestNameReply};
use zbus::interface;
use zbus::names::WellKnownName;

/// How long the process we replaced may still hold the name.
const PATIENCE: Duration = Duration::from_secs(3);

/// The owned `<bus_id>.SingleInstance` name, held until `release` or the process ends.
pub struct InstanceName {
    conn: Connection,
    name: String,
}

impl InstanceName {
    /// Owns `<bus_id>.SingleInstance` (no replacing, no being replaced) and serves
    /// org.SingleInstance.DBus.ExecuteCallback(as argv, s cwd) at the plugin's path
    /// ("/" + name with '.'→'/' and '-'→'_'). Each call sends argv on `calls`.
    /// The name may still be held for a moment by the process we replaced: retry for up to 3 s.
    pub fn claim(bus_id: &str, calls: Sender<Vec<String>>) -> Result<InstanceName, String> {
        claim_within(bus_id, calls, PATIENCE)
    }

    /// Gives the name up and waits for the bus to confirm (before exec'ing another program that claims it).
    pub fn release(&self) {
        // ReleaseName is a call to the bus daemon: once it answers, the name is free.
        match self.conn.release_name(self.name.as_str()) {
            Ok(true) => {}
            Ok(false) => eprintln!("centinela: {} was not ours to release", self.name),
            Err(e) => eprintln!("centinela: cannot release {}: {e}", self.name),
        }
    }
}

/// What a second launch does when `claim` found the name taken, as the plugin does: hands
/// `argv` (and our working folder) to the instance that holds it, which answers once it has
/// taken them (`resident` calls it when `claim` fails).
pub fn forward(bus_id: &str, argv: &[String]) -> Result<(), String> {
    let (name, path) = names(bus_id);
    let cwd = std::env::current_dir().unwrap_or_default();
    Connection::session()
        .and_then(|conn| {
            conn.call_method(
                Some(name.as_str()),
                path.as_str(),
                Some("org.SingleInstance.DBus"),
                "ExecuteCallback",
                &(argv, cwd.to_string_lossy().as_ref()),
            )
        })
        .map(|_| ())
        .map_err(|e| format!("failed to forward arguments to the running instance: {e}"))
}

/// The plugin's names, exactly: the object path is derived from the bus name.
fn names(bus_id: &str) -> (String, String) {
    let name = format!("{bus_id}.SingleInstance");
    let path = format!("/{}", name.replace('.', "/").replace('-', "_"));
    (name, path)
}

fn claim_within(
    bus_id: &str,
    calls: Sender<Vec<String>>,
    patience: Duration,
) -> Result<InstanceName, String> {
    let (name, path) = names(bus_id);
    let well_known =
        WellKnownName::try_from(name.as_str()).map_err(|e| format!("bad bus name {name}: {e}"))?;
    // Serve before owning the name, so a launch that finds it taken can call us at once.
    let conn = Builder::session()
        .and_then(|b| b.serve_at(path.as_str(), SingleInstance { calls }))
        .and_then(|b| b.build())
        .map_err(|e| format!("no session bus for the one-instance lock: {e}"))?;
    let deadline = Instant::now() + patience;
    loop {
        // The plugin's flags: DoNotQueue only (neither replacing nor replaceable).
        match conn.request_name_with_flags(well_known.clone(), RequestNameFlags::DoNotQueue.into())
        {
            Ok(RequestNameReply::PrimaryOwner | RequestNameReply::AlreadyOwner) => {
                return Ok(InstanceName { conn, name });
            }
            Ok(RequestNameReply::Exists) | Err(zbus::Error::NameTaken)
                if Instant::now() < deadline =>
            {
                sleep(Duration::from_millis(100));
            }
            Ok(RequestNameReply::Exists | RequestNameReply::InQueue)
            | Err(zbus::Error::NameTaken) => {
                return Err(format!("another Centinela holds {name}"));
            }
            Err(e) => return Err(format!("cannot own {name}: {e}")),
        }
    }
}

/// What a second launch calls before it exits.
struct SingleInstance {
    calls: Sender<Vec<String>>,
}

#[interface(name = "org.SingleInstance.DBus")]
impl SingleInstance {
    fn execute_callback(&self, argv: Vec<String>, _cwd: String) {
        // The receiver gone means we are on our way out; the launch may exit all the same.
        let _ = self.calls.send(argv);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::mpsc::channel;

    const WAIT: Duration = Duration::from_secs(5);

    /// A bus id of this test run's own (tests run in parallel on one bus); the '-' checks the
    /// path mapping.
    fn bus_id() -> Option<String> {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            // scripts/test.sh runs the tests on a session bus: under CI a skip is a failure.
            assert!(std::env::var_os("CI").is_none(), "no session bus under CI");
            eprintln!("skipped: no session bus (run under dbus-run-session)");
            return None;
        }
        static N: AtomicU32 = AtomicU32::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        Some(format!(
            "org.centinela.bus-test.d{}x{n}",
            std::process::id()
        ))
    }

    #[test]
    fn bus_instance_names_are_the_plugins() {
        assert_eq!(
            names("org.centinela.desktop.d07d66707b49cd92d"),
            (
                "org.centinela.desktop.d07d66707b49cd92d.SingleInstance".to_string(),
                "/org/centinela/desktop/d07d66707b49cd92d/SingleInstance".to_string()
            )
        );
        assert_eq!(names("a-b.c").1, "/a_b/c/SingleInstance");
    }

    #[test]
    fn bus_instance_forwards_argv_and_keeps_the_name() {
        let Some(id) = bus_id() else { return };
        let (name, path) = names(&id);
        let (tx, rx) = channel();
        let held = InstanceName::claim(&id, tx).unwrap();

        // A second launch, as the plugin makes it: its own name request fails...
        let plugin = Builder::session()
            .unwrap()
            .name(name.as_str())
            .unwrap()
            .replace_existing_names(false)
            .allow_name_replacements(false)
            .build();
        assert!(matches!(plugin, Err(zbus::Error::NameTaken)));
        // ...so it hands its argv over and exits.
        let argv = vec![
            "centinela".to_string(),
            "--data-dir".to_string(),
            "/tmp/x".to_string(),
        ];
        forward(&id, &argv).unwrap();
        assert_eq!(rx.recv_timeout(WAIT), Ok(argv));
        let other = Connection::session().unwrap();

        // Another claim gives up once its patience is over.
        let (tx2, _rx2) = channel();
        let started = Instant::now();
        let second = claim_within(&id, tx2, Duration::from_millis(300));
        assert!(second.is_err());
        assert!(started.elapsed() >= Duration::from_millis(300));

        // Released: the bus has let go by the time release returns, no patience needed.
        held.release();
        let (tx3, rx3) = channel();
        let third = claim_within(&id, tx3, Duration::ZERO).unwrap();
        other
            .call_method(
                Some(name.as_str()),
                path.as_str(),
                Some("org.SingleInstance.DBus"),
                "ExecuteCallback",
                &(vec!["again".to_string()], ""),
            )
            .unwrap();
        assert_eq!(rx3.recv_timeout(WAIT), Ok(vec!["again".to_string()]));
        assert!(rx.try_recv().is_err());
        third.release();
        // Nobody holds it now: forwarding fails rather than hanging.
        assert!(forward(&id, &[]).is_err());
    }

    #[test]
    fn bus_instance_waits_for_the_process_it_replaced() {
        let Some(id) = bus_id() else { return };
        let (tx, _rx) = channel();
        let old = InstanceName::claim(&id, tx).unwrap();
        // The old process lets go a moment after we start.
        let letting_go = std::thread::spawn(move || {
            sleep(Duration::from_millis(400));
            old.release();
        });
        let (tx2, _rx2) = channel();
        let started = Instant::now();
        let new = InstanceName::claim(&id, tx2);
        assert!(new.is_ok(), "{:?}", new.err());
        assert!(started.elapsed() >= Duration::from_millis(300));
        letting_go.join().unwrap();
    }
}
