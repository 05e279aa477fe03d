//! The audible alarm's shell side: feeds `centinela_core::alarm` from the diary after each
//! scheduler tick, plays what it says on the default output device (cpal), and answers the
//! screens (acknowledge, silence 2 minutes, test the alarm).
//!
//! The sound is made here, in the app, never left to the notification server (which may be
//! silent, or absent). Without a sound device nothing fails: the app keeps running, tries
//! the device again when it has something to play, and Settings says there is none.

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU8, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::host::Host;
use centinela_core::alarm::{self, Alarm, AlarmView, Call, Cause, Level, Priority, Sound};
use centinela_core::reminder::ReminderKind;
use chrono::Utc;
use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use serde::{Deserialize, Serialize};

use crate::shell::Shell;

/// How often the player looks at the alarm when nothing new was said (a silence running
/// out, the volume step): well under the 2 s within which an answer must stop the sound.
const POLL: Duration = Duration::from_millis(250);
/// The same while nothing sounds.
const POLL_QUIET: Duration = Duration::from_secs(1);

/// After the device failed to open, how long before it is tried again.
const RETRY_DEVICE: Duration = Duration::from_secs(30);

/// Whether the computer has a sound device the alarm can play on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum DeviceState {
    /// Not looked for yet.
    Unknown,
    Ready,
    /// No output device at all: the alarm cannot be heard.
    Missing,
    /// A device exists but could not be opened or failed while playing.
    Failed,
}

/// The sound device as Settings shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SoundDevice {
    pub state: DeviceState,
    /// The device's own name (not translated), when one was found.
    pub name: Option<String>,
}

/// What the screens get back from every alarm command.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AlarmState {
    pub alarm: AlarmView,
    pub device: SoundDevice,
    /// "Test the alarm" is playing.
    pub testing: bool,
}

/// What the player plays now.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Play {
    Off,
    Alarm(Sound),
    Test,
}

struct Inner {
    alarm: Alarm,
    test_started: Option<Instant>,
    device: SoundDevice,
}

/// The alarm, shared by the scheduler, the commands and the player thread.
pub struct Siren {
    inner: Mutex<Inner>,
    changed: Condvar,
}

impl Default for Siren {
    fn default() -> Self {
        Siren {
            inner: Mutex::new(Inner {
                alarm: Alarm::new(),
                test_started: None,
                device: SoundDevice {
                    state: DeviceState::Unknown,
                    name: None,
                },
            }),
            changed: Condvar::new(),
        }
    }
}

impl Siren {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic elsewhere must not silence the alarm: take the state as it is.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn state(&self, inner: &mut Inner, now: chrono::DateTime<Utc>) -> AlarmState {
        AlarmState {
            alarm: inner.alarm.view(now),
            device: inner.device.clone(),
            testing: testing(inner),
        }
    }
}

fn testing(inner: &Inner) -> bool {
    inner
        .test_started
        .is_some_and(|t| t.elapsed().as_secs_f64() < alarm::TEST_SECONDS)
}

pub fn now_utc<H: Host>(app: &H) -> chrono::DateTime<Utc> {
    app.get::<Shell>()
        .map_or_else(|| chrono::Local::now().fixed_offset(), |s| s.clock.now())
        .with_timezone(&Utc)
}

/// After a scheduler tick: what the diary says must be heard now. A call that starts the
/// sound (or raises it to high) brings the window to the front, where it is answered.
///
/// `unstored` are reminders delivered from memory while the diary cannot be written (kind,
/// cause and round): they sound like stored ones.
pub fn refresh<H: Host>(app: &H, unstored: &[(ReminderKind, Cause, u32)]) {
    let (Some(shell), Some(siren)) = (app.get::<Shell>(), app.get::<Siren>()) else {
        return;
    };
    let now = shell.clock.now();
    let calls = {
        let Ok(diary) = shell.diary.lock() else {
            return;
        };
        let schedule = diary.schedule(now, &chrono::Local);
        let alerts = diary.open_alerts();
        match (schedule, alerts) {
            (Ok(s), Ok(a)) => {
                let close_watch = s.course.as_ref().is_some_and(|c| c.close_watch_today);
                let mut calls = alarm::calls(&s, &a);
                calls.extend(unstored.iter().filter_map(|&(kind, cause, round)| {
                    Some(Call {
                        cause,
                        priority: alarm::reminder_priority(kind, close_watch)?,
                        round,
                    })
                }));
                // A nearly flat battery (issue 20).
                calls.extend(crate::watch::calls(app));
                calls
            }
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("centinela: alarm: cannot read the diary: {e}");
                return;
            }
        }
    };
    let now = now.with_timezone(&Utc);
    let raised = {
        let mut inner = siren.lock();
        let before = inner.alarm.unanswered();
        inner.alarm.update(&calls, now);
        let after = inner.alarm.unanswered();
        after.is_some() && after > before
    };
    // The window first: in the tray, showing it starts the full app in this process, which
    // sounds the alarm from its first pulse (a sound begun here would be cut off).
    if raised {
        app.reveal();
    }
    siren.changed.notify_all();
}

impl Siren {
    /// The alarm as it stands at `now`.
    pub fn state_at(&self, now: chrono::DateTime<Utc>) -> AlarmState {
        let mut inner = self.lock();
        self.state(&mut inner, now)
    }

    /// Looks for the sound device again (speakers plugged in since), then the state.
    pub fn check_device(&self, now: chrono::DateTime<Utc>) -> AlarmState {
        let found = probe();
        let mut inner = self.lock();
        // A device that is playing right now was opened: keep what the player learned.
        if !(testing(&inner) || inner.alarm.sound(now).is_some())
            || found.state == DeviceState::Ready
        {
            inner.device = found;
        }
        self.state(&mut inner, now)
    }

    /// "I'm here": stops the sound for every call standing now (the conditions stay open).
    pub fn acknowledge(&self, now: chrono::DateTime<Utc>) -> AlarmState {
        self.answer(now, |a| a.acknowledge(now))
    }

    /// "Silence 2 minutes".
    pub fn silence(&self, now: chrono::DateTime<Utc>) -> AlarmState {
        self.answer(now, |a| {
            a.silence(now);
        })
    }

    fn answer(&self, now: chrono::DateTime<Utc>, f: impl FnOnce(&mut Alarm)) -> AlarmState {
        let mut inner = self.lock();
        f(&mut inner.alarm);
        inner.test_started = None;
        let state = self.state(&mut inner, now);
        drop(inner);
        self.changed.notify_all();
        state
    }

    /// "Test the alarm": both priorities once, medium then high.
    pub fn test(&self, now: chrono::DateTime<Utc>) -> AlarmState {
        let mut inner = self.lock();
        inner.test_started = Some(Instant::now());
        let mut state = self.state(&mut inner, now);
        state.testing = true;
        drop(inner);
        self.changed.notify_all();
        state
    }

    /// What must survive the hand-over to the other process: answers, a silence, and how
    /// long the sound has gone unanswered.
    pub fn handover(&self) -> centinela_core::alarm::Kept {
        self.lock().alarm.keep()
    }

    /// Takes up what the other process handed over.
    pub fn take_over(&self, kept: centinela_core::alarm::Kept) {
        self.lock().alarm = Alarm::from_kept(kept);
        self.changed.notify_all();
    }
}

/// What the player should play now.
fn wanted(siren: &Siren, now: chrono::DateTime<Utc>) -> Play {
    let mut inner = siren.lock();
    if testing(&inner) {
        return Play::Test;
    }
    inner.test_started = None;
    inner.alarm.sound(now).map_or(Play::Off, Play::Alarm)
}

/// Start the player thread, for the life of the app. It holds the output stream only while
/// something sounds, so an idle app keeps no sound device open and costs no CPU for it.
pub fn start<H: Host + Clone>(app: H) {
    let spawned = std::thread::Builder::new()
        .name("alarm".into())
        .spawn(move || {
            let Some(siren) = app.get::<Siren>() else {
                return;
            };
            let device = probe();
            if device.state != DeviceState::Ready {
                eprintln!("centinela: alarm: no sound device; the alarm cannot be heard");
            }
            siren.lock().device = device;
            let mut player = Player::default();
            loop {
                let play = wanted(siren, now_utc(&app));
                if let Some(device) = player.play(play) {
                    siren.lock().device = device;
                }
                let inner = siren.lock();
                // Woken at once by an answer, a silence, a test or a new call; otherwise a
                // short poll while sounding (the volume step) and a slower one when quiet
                // (a silence running out), so an idle app costs next to nothing.
                let wait = if play == Play::Off { POLL_QUIET } else { POLL };
                let _ = siren.changed.wait_timeout(inner, wait);
            }
        });
    if let Err(e) = spawned {
        eprintln!("centinela: cannot start the alarm player: {e}");
    }
}

/// Looks for the default output device and whether it can be configured.
fn probe() -> SoundDevice {
    let host = cpal::default_host();
    let Some(device) = host.default_output_device() else {
        return SoundDevice {
            state: DeviceState::Missing,
            name: None,
        };
    };
    let name = device.description().ok().map(|d| d.name().to_string());
    match device.default_output_config() {
        Ok(_) => SoundDevice {
            state: DeviceState::Ready,
            name,
        },
        // ALSA names a "default" device even with no card behind it.
        Err(_) => SoundDevice {
            state: DeviceState::Missing,
            name: None,
        },
    }
}

/// What the audio callback reads: what to play, how loud, and whether to start again from
/// the first pulse.
#[derive(Default)]
struct Shared {
    /// 0 quiet, 1 medium, 2 high, 3 the test sequence.
    mode: AtomicU8,
    gain: AtomicU32,
    restart: AtomicBool,
    /// The device failed while playing.
    failed: AtomicBool,
}

#[derive(Default)]
struct Player {
    stream: Option<cpal::Stream>,
    shared: Arc<Shared>,
    playing: Option<Play>,
    failed_at: Option<Instant>,
}

impl Player {
    /// Makes the output play `play`. Returns the device's state when it changed.
    fn play(&mut self, play: Play) -> Option<SoundDevice> {
        let mut report = None;
        if self.shared.failed.swap(false, Ordering::SeqCst) {
            eprintln!("centinela: alarm: the sound device failed while playing");
            self.stream = None;
            self.playing = None;
            self.failed_at = Some(Instant::now());
            report = Some(SoundDevice {
                state: DeviceState::Failed,
                name: None,
            });
        }
        if play == Play::Off {
            // Closed when quiet: nothing held open, no callbacks while idle.
            self.stream = None;
            self.playing = None;
            return report;
        }
        if self.playing == Some(play) {
            return report;
        }
        let (mode, level) = match play {
            Play::Off => (0, Level::Normal),
            Play::Alarm(s) => (
                match s.priority {
                    Priority::Medium => 1,
                    Priority::High => 2,
                },
                s.level,
            ),
            Play::Test => (3, Level::Normal),
        };
        let same_tone = matches!((self.playing, play),
            (Some(Play::Alarm(a)), Play::Alarm(b)) if a.priority == b.priority);
        self.shared.mode.store(mode, Ordering::SeqCst);
        self.shared
            .gain
            .store(level.gain().to_bits(), Ordering::SeqCst);
        // Only a louder step keeps the rhythm; a new tone starts at its first pulse.
        if !same_tone {
            self.shared.restart.store(true, Ordering::SeqCst);
        }
        if self.stream.is_none() {
            if self.failed_at.is_some_and(|t| t.elapsed() < RETRY_DEVICE) {
                return report;
            }
            match open(self.shared.clone()) {
                Ok((stream, name)) => {
                    self.stream = Some(stream);
                    self.failed_at = None;
                    report = Some(SoundDevice {
                        state: DeviceState::Ready,
                        name,
                    });
                }
                Err(missing) => {
                    self.failed_at = Some(Instant::now());
                    return Some(missing);
                }
            }
        }
        self.playing = Some(play);
        report
    }
}

/// Opens the default output device and starts the stream that plays `shared`'s mode.
fn open(shared: Arc<Shared>) -> Result<(cpal::Stream, Option<String>), SoundDevice> {
    let missing = SoundDevice {
        state: DeviceState::Missing,
        name: None,
    };
    let device = cpal::default_host()
        .default_output_device()
        .ok_or(missing.clone())?;
    let name = device.description().ok().map(|d| d.name().to_string());
    let failed = |what: &str, e: &dyn std::fmt::Display| {
        eprintln!("centinela: alarm: cannot {what} the sound device: {e}");
        SoundDevice {
            state: DeviceState::Failed,
            name: name.clone(),
        }
    };
    let config = device
        .default_output_config()
        .map_err(|_| missing.clone())?;
    let format = config.sample_format();
    let config: cpal::StreamConfig = config.into();
    let stream = match format {
        cpal::SampleFormat::F32 => build::<f32>(&device, config, shared),
        cpal::SampleFormat::I16 => build::<i16>(&device, config, shared),
        cpal::SampleFormat::U16 => build::<u16>(&device, config, shared),
        cpal::SampleFormat::I32 => build::<i32>(&device, config, shared),
        cpal::SampleFormat::F64 => build::<f64>(&device, config, shared),
        other => {
            return Err(failed("use", &format!("sample format {other}")));
        }
    }
    .map_err(|e| failed("open", &e))?;
    stream.play().map_err(|e| failed("start", &e))?;
    Ok((stream, name))
}

fn build<T>(
    device: &cpal::Device,
    config: cpal::StreamConfig,
    shared: Arc<Shared>,
) -> Result<cpal::Stream, cpal::Error>
where
    T: cpal::SizedSample + cpal::FromSample<f32>,
{
    let rate = config.sample_rate as f64;
    let channels = config.channels as usize;
    let mut frame: u64 = 0;
    let on_error = shared.clone();
    device.build_output_stream(
        config,
        move |data: &mut [T], _: &cpal::OutputCallbackInfo| {
            if shared.restart.swap(false, Ordering::SeqCst) {
                frame = 0;
            }
            let mode = shared.mode.load(Ordering::Relaxed);
            let gain = f32::from_bits(shared.gain.load(Ordering::Relaxed));
            for out in data.chunks_mut(channels.max(1)) {
                let t = frame as f64 / rate;
                frame += 1;
                let s = match mode {
                    1 => alarm::sample(Priority::Medium, t),
                    2 => alarm::sample(Priority::High, t),
                    3 => alarm::test_sequence(t).map_or(0.0, |(p, x)| alarm::sample(p, x)),
                    _ => 0.0,
                } * gain;
                let v = T::from_sample(s);
                for o in out.iter_mut() {
                    *o = v;
                }
            }
        },
        move |e| {
            eprintln!("centinela: alarm: sound device error: {e}");
            on_error.failed.store(true, Ordering::SeqCst);
        },
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_closes_the_stream_and_a_missing_device_is_reported_not_raised() {
        let mut p = Player::default();
        assert_eq!(p.play(Play::Off), None);
        assert!(p.stream.is_none());
        // Whatever this machine has, asking to play never panics; without a device it says
        // so and waits before trying again.
        let r = p.play(Play::Test);
        if p.stream.is_none() {
            let r = r.expect("a failure is reported");
            assert_ne!(r.state, DeviceState::Ready);
            assert!(p.failed_at.is_some());
            assert_eq!(p.play(Play::Test), None, "not tried again at once");
        }
        assert_eq!(p.play(Play::Off), None);
        assert!(p.stream.is_none());
    }

    /// Plays "Test the alarm" for real when `CENTINELA_ALARM_PLAY` is set (with an ALSA
    /// configuration that records to a file, see `alarm_is_heard_through_alsa`).
    #[test]
    fn play_the_test_sequence_when_asked() {
        if std::env::var_os("CENTINELA_ALARM_PLAY").is_none() {
            return;
        }
        let mut p = Player::default();
        let r = p.play(Play::Test);
        assert!(p.stream.is_some(), "no stream: {r:?}");
        std::thread::sleep(Duration::from_secs_f64(alarm::TEST_SECONDS + 0.5));
        assert_eq!(p.play(Play::Off), None);
    }

    /// The real player through ALSA, into a file: an ALSA configuration of its own (a file
    /// plugin in front of the null device) in a child run of this test binary, then the
    /// recording's pulses counted: 3 for "soon", then 10 for "now".
    #[cfg(target_os = "linux")]
    #[test]
    fn alarm_is_heard_through_alsa() {
        let dir = tempfile::tempdir().unwrap();
        let raw = dir.path().join("out.raw");
        let conf = dir.path().join("asound.conf");
        std::fs::write(
            &conf,
            format!(
                "pcm.!default {{ type plug slave {{ pcm \"capture\" format S16_LE rate 48000 \
                 channels 1 }} }}\n\
                 pcm.capture {{ type file slave.pcm \"nullout\" file \"{}\" format \"raw\" }}\n\
                 pcm.nullout {{ type null }}\n",
                raw.display()
            ),
        )
        .unwrap();
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "alarm::tests::play_the_test_sequence_when_asked"])
            .env("CENTINELA_ALARM_PLAY", "1")
            .env("ALSA_CONFIG_PATH", &conf)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        let bytes = std::fs::read(&raw).unwrap();
        let samples: Vec<i16> = bytes
            .chunks_exact(2)
            .map(|b| i16::from_le_bytes([b[0], b[1]]))
            .collect();
        let rate = 48_000.0;
        let (mut onsets, mut quiet, mut peak) = (vec![], usize::MAX, 0u16);
        for (i, s) in samples.iter().enumerate() {
            let v = s.unsigned_abs();
            peak = peak.max(v);
            if v > 4000 {
                if quiet > 960 {
                    onsets.push(i as f64 / rate);
                }
                quiet = 0;
            } else {
                quiet = quiet.saturating_add(1);
            }
        }
        assert_eq!(onsets.len(), 13, "{onsets:?}");
        // Medium 0.4 s apart, then the high burst 2 s after the first pulse.
        assert!((onsets[1] - onsets[0] - 0.4).abs() < 0.01, "{onsets:?}");
        assert!((onsets[3] - onsets[0] - 2.0).abs() < 0.01, "{onsets:?}");
        // The normal level: about half of full scale.
        assert!((12_000..20_000).contains(&peak), "peak {peak}");
    }

    #[test]
    fn the_test_sequence_wins_while_it_plays_then_the_alarm() {
        let siren = Siren::default();
        let now = Utc::now();
        assert_eq!(wanted(&siren, now), Play::Off);
        siren.lock().alarm.update(
            &[centinela_core::alarm::Call {
                cause: centinela_core::alarm::Cause::Alert(1),
                priority: Priority::High,
                round: 0,
            }],
            now,
        );
        assert!(matches!(wanted(&siren, now), Play::Alarm(s) if s.priority == Priority::High));
        siren.lock().test_started = Some(Instant::now());
        assert_eq!(wanted(&siren, now), Play::Test);
        siren.lock().test_started = Some(Instant::now() - Duration::from_secs(60));
        assert!(matches!(wanted(&siren, now), Play::Alarm(_)));
        assert_eq!(siren.lock().test_started, None);
    }
}
