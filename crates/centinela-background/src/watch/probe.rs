//! Looks at the system for what can keep the alarm from waking the family: the default
//! sound output (libpulse, which PulseAudio and PipeWire's pipewire-pulse both serve), GNOME's
//! do-not-disturb switch (GSettings) and the power supply (UPower on the system bus).
//!
//! Each look answers None when the system cannot tell (no sound server, no UPower, another
//! desktop): then nothing is said, rather than a guess. Other systems answer None for now;
//! Windows (the audio endpoint volume, Focus Assist, GetSystemPowerStatus) and macOS would
//! fill the same three functions.

use centinela_core::watch::{Power, SoundOutput};

/// How long one look at the sound server may take before it counts as "cannot tell".
#[cfg(target_os = "linux")]
const SOUND_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

/// The default output's mute switch and loudest channel.
#[cfg(target_os = "linux")]
pub fn sound_output() -> Option<SoundOutput> {
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::time::Instant;

    use libpulse_binding::callbacks::ListResult;
    use libpulse_binding::context::{Context, FlagSet, State};
    use libpulse_binding::mainloop::standard::{IterateResult, Mainloop};
    use libpulse_binding::operation::State as OpState;
    use libpulse_binding::volume::Volume;

    let deadline = Instant::now() + SOUND_TIMEOUT;
    let mut main = Mainloop::new()?;
    let mut ctx = Context::new(&main, "Centinela")?;
    // Never start a sound server just to look at it.
    ctx.connect(None, FlagSet::NOAUTOSPAWN, None).ok()?;
    // One non-blocking turn of the loop; None once the loop fails or time is up.
    let turn = |main: &mut Mainloop| -> Option<()> {
        if Instant::now() > deadline {
            return None;
        }
        match main.iterate(false) {
            IterateResult::Success(_) => {
                std::thread::sleep(std::time::Duration::from_millis(5));
                Some(())
            }
            IterateResult::Quit(_) | IterateResult::Err(_) => None,
        }
    };
    let found = loop {
        match ctx.get_state() {
            State::Ready => break Some(()),
            State::Failed | State::Terminated => break None,
            _ => {
                if turn(&mut main).is_none() {
                    break None;
                }
            }
        }
    };
    let mut out = None;
    if found.is_some() {
        let seen = Rc::new(RefCell::new(None));
        let into = Rc::clone(&seen);
        let mut op = ctx
            .introspect()
            .get_sink_info_by_name("@DEFAULT_SINK@", move |r| {
                if let ListResult::Item(sink) = r {
                    *into.borrow_mut() = Some(SoundOutput {
                        muted: sink.mute,
                        volume_percent: f64::from(sink.volume.max().0) * 100.0
                            / f64::from(Volume::NORMAL.0),
                    });
                }
            });
        while op.get_state() == OpState::Running {
            if turn(&mut main).is_none() {
                op.cancel();
                break;
            }
        }
        out = seen.take();
    }
    ctx.disconnect();
    out
}

#[cfg(not(target_os = "linux"))]
pub fn sound_output() -> Option<SoundOutput> {
    None
}

/// GNOME's do not disturb: `show-banners` off hides every notification banner. None where
/// that setting does not exist (another desktop, no GNOME schemas).
#[cfg(target_os = "linux")]
pub fn notifications_hidden() -> Option<bool> {
    use gio::prelude::SettingsExt;
    const SCHEMA: &str = "org.gnome.desktop.notifications";
    // Settings::new aborts on a schema that is not installed: look it up first.
    let schema = gio::SettingsSchemaSource::default()?.lookup(SCHEMA, true)?;
    if !schema.has_key("show-banners") {
        return None;
    }
    Some(!gio::Settings::new(SCHEMA).boolean("show-banners"))
}

#[cfg(not(target_os = "linux"))]
pub fn notifications_hidden() -> Option<bool> {
    None
}

/// UPower's view of the power supply, on a connection kept between looks (dropped and made
/// again after a failure). The system bus is `DBUS_SYSTEM_BUS_ADDRESS` when set, as the
/// end-to-end tests do to reach python-dbusmock's UPower.
#[cfg(target_os = "linux")]
#[derive(Default)]
pub struct PowerProbe {
    conn: Option<zbus::blocking::Connection>,
}

#[cfg(target_os = "linux")]
impl PowerProbe {
    pub fn look(&mut self) -> Option<Power> {
        if self.conn.is_none() {
            self.conn = zbus::blocking::Connection::system().ok();
        }
        let power = upower(self.conn.as_ref()?);
        if power.is_err() {
            self.conn = None;
        }
        power.ok().flatten()
    }
}

/// Ok(None): UPower answered but knows no power supply state (no daemon on the bus gives Err).
#[cfg(target_os = "linux")]
fn upower(conn: &zbus::blocking::Connection) -> zbus::Result<Option<Power>> {
    use zbus::blocking::proxy::Builder;
    use zbus::proxy::CacheProperties;
    let proxy = |path: &'static str, iface: &'static str| {
        Builder::<zbus::blocking::Proxy>::new(conn)
            .destination("org.freedesktop.UPower")?
            .path(path)?
            .interface(iface)?
            // A fresh answer each look, and no signal subscriptions kept open.
            .cache_properties(CacheProperties::No)
            .build()
    };
    let upower = proxy("/org/freedesktop/UPower", "org.freedesktop.UPower")?;
    let on_battery: bool = upower.get_property("OnBattery")?;
    let display = proxy(
        "/org/freedesktop/UPower/devices/DisplayDevice",
        "org.freedesktop.UPower.Device",
    )?;
    // Type 2 is a battery; a desktop's display device is type 0 (unknown) or absent.
    const BATTERY: u32 = 2;
    let is_battery = display.get_property::<bool>("IsPresent").unwrap_or(false)
        && display.get_property::<u32>("Type").unwrap_or(0) == BATTERY;
    let percent = if is_battery {
        display.get_property::<f64>("Percentage").ok()
    } else {
        None
    };
    Ok(Some(Power {
        on_battery,
        percent,
    }))
}

#[cfg(not(target_os = "linux"))]
#[derive(Default)]
pub struct PowerProbe;

#[cfg(not(target_os = "linux"))]
impl PowerProbe {
    pub fn look(&mut self) -> Option<Power> {
        None
    }
}
