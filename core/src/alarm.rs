//! The audible alarm: which calls sound, at which priority and loudness, and what stops them.
//!
//! A desktop notification can be silent, or shown to nobody at 03:00. The alarm is what wakes
//! the family: Centinela plays it itself until someone answers in the app. This module is
//! pure: the desktop shell tells it what the diary says is open now ([`Call`]s) and what the
//! family pressed, with the time from its clock, and plays what [`Alarm::sound`] says. The
//! tones themselves ([`sample`]) are made here too, shaped like IEC 60601-1-8 alarm signals.
//!
//! - **Priority.** A call-now matter (bag 30 minutes overdue, a call-now or emergency alert)
//!   is [`Priority::High`]: a 10-pulse burst. A bag due, a reading due on a close-watch day
//!   and the 4-hour pause are [`Priority::Medium`]: a 3-pulse burst. The highest call not yet
//!   answered is the one heard.
//! - **Repeat.** The burst repeats until the family answers ([`Alarm::acknowledge`]).
//!   Answering silences the sound, not the condition: a bag-due reminder stays open until the
//!   new bag, and when the diary delivers it again (every 15 minutes; a reading one interval
//!   late on a close-watch day, every 30) it is a new round that sounds again.
//! - **Silence 2 minutes** ([`Alarm::silence`]), for a crying baby: the sound stops and comes
//!   back after [`SILENCE_MINUTES`] if the call is still unanswered. A new call more urgent than
//!   the one silenced sounds at once.
//! - **Louder.** After [`LOUDER_AFTER_MINUTES`] of sound with nobody answering, the volume
//!   steps up ([`Level::Louder`]).

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::assessment::Action;
use crate::diary::{Alert, AlertState, ReminderState, Schedule};
use crate::reminder::ReminderKind;

/// How long "Silence 2 minutes" silences.
pub const SILENCE_MINUTES: i64 = 2;

/// How long the alarm sounds unanswered before the volume steps up.
pub const LOUDER_AFTER_MINUTES: i64 = 2;

/// IEC 60601-1-8's priorities, as far as a family at home needs them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Act soon: a 3-pulse burst.
    Medium,
    /// Act now: a 10-pulse burst.
    High,
}

/// The sound's loudness: it starts at [`Level::Normal`] and steps up when nobody answers.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Normal,
    Louder,
}

impl Level {
    /// The amplitude the tones are scaled by (Normal is 6 dB under Louder).
    pub fn gain(self) -> f32 {
        match self {
            Level::Normal => 0.5,
            Level::Louder => 1.0,
        }
    }
}

/// What sounds now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Sound {
    pub priority: Priority,
    pub level: Level,
}

/// What a call stands for: a stored reminder or a stored alert, by row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Cause {
    Reminder(i64),
    Alert(i64),
    /// A reminder delivered from memory while the diary could not be written: its kind,
    /// subject and due time (ms), the key it will be stored under.
    Unstored(ReminderKind, i64, i64),
    /// The battery nearly flat with no charger (issue 20, `crate::watch`).
    Battery,
}

/// One open matter that must be heard, as the diary stands now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Call {
    pub cause: Cause,
    pub priority: Priority,
    /// Grows each time the diary delivers the reminder again (a bag due, every 15 minutes):
    /// a round already answered stays quiet, a new round sounds.
    pub round: u32,
}

/// The priority a reminder sounds at, or None for one that is only notified (the bag's
/// heads-up, the premedication evenings, a routine reading).
///
/// The bag (`crate::bag::OVERDUE_ALERT_MINUTES`): due → act soon; 30 minutes overdue → the
/// infusion may stop, call the team now (a call-now matter, as its notification says). A pause
/// of `crate::course::LONG_PAUSE_HOURS` (4 h): call the team before restarting. A reading is sounded only on a close-watch day (`close_watch_today`), when the readings are
/// closest and a missed one matters most.
pub fn reminder_priority(kind: ReminderKind, close_watch_today: bool) -> Option<Priority> {
    match kind {
        ReminderKind::BagOverdue => Some(Priority::High),
        ReminderKind::BagDue | ReminderKind::LongPause => Some(Priority::Medium),
        ReminderKind::ReadingDue if close_watch_today => Some(Priority::Medium),
        ReminderKind::ReadingDue
        | ReminderKind::BagHeadsUp
        | ReminderKind::PremedicationStart
        | ReminderKind::PremedicationStepUp => None,
    }
}

/// The priority an open (not yet acknowledged) alert sounds at: call-now and emergency are
/// high; call-today is shown, not sounded.
pub fn alert_priority(action: Action) -> Option<Priority> {
    match action {
        Action::CallNow | Action::Emergency => Some(Priority::High),
        Action::CallToday | Action::Routine => None,
    }
}

/// The calls standing in the diary now: its open reminders that sound (with their delivery
/// count as the round) and its alerts not yet acknowledged that sound.
pub fn calls(schedule: &Schedule, alerts: &[Alert]) -> Vec<Call> {
    let close_watch = schedule
        .course
        .as_ref()
        .is_some_and(|c| c.close_watch_today);
    let reminders = schedule
        .reminders
        .iter()
        .filter(|r| r.state != ReminderState::Acknowledged)
        .filter_map(|r| {
            Some(Call {
                cause: Cause::Reminder(r.id),
                priority: reminder_priority(r.kind, close_watch)?,
                round: r.deliveries,
            })
        });
    let alerts = alerts
        .iter()
        .filter(|a| a.state == AlertState::Raised)
        .filter_map(|a| {
            Some(Call {
                cause: Cause::Alert(a.id),
                priority: alert_priority(a.action)?,
                round: 0,
            })
        });
    reminders.chain(alerts).collect()
}

/// The call a nearly flat battery makes (issue 20): medium priority, one round, so "I'm
/// here" quiets it until the battery recovers and runs low again.
pub fn watch_calls(concerns: &[crate::watch::Concern]) -> Vec<Call> {
    concerns
        .iter()
        .filter(|c| matches!(c, crate::watch::Concern::BatteryAlarm { .. }))
        .map(|_| Call {
            cause: Cause::Battery,
            priority: Priority::Medium,
            round: 1,
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Entry {
    priority: Priority,
    round: u32,
    /// The last round the family answered.
    answered: Option<u32>,
}

impl Entry {
    fn unanswered(&self) -> bool {
        self.answered != Some(self.round)
    }
}

/// What the screens show about the alarm.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AlarmView {
    /// What is heard now; None when quiet (nothing unanswered, or silenced).
    pub sounding: Option<Sound>,
    /// The highest priority waiting for an answer, sounding or silenced.
    pub unanswered: Option<Priority>,
    /// Until when "Silence 2 minutes" holds the sound back.
    pub silenced_until: Option<DateTime<Utc>>,
}

/// The alarm's state: the calls standing, which rounds were answered, a silence, and since
/// when the sound has gone unanswered. Every method takes the time from the caller's clock.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Alarm {
    calls: BTreeMap<Cause, Entry>,
    silenced_until: Option<DateTime<Utc>>,
    /// The priority that was sounding when the family silenced it.
    silenced_priority: Option<Priority>,
    /// Since when the sound has been heard with nobody answering (for the volume step).
    sounding_since: Option<DateTime<Utc>>,
}

/// The alarm as one process hands it to the next (the window closing or opening starts the
/// other program): every answer, a silence and the unanswered time, so an answered alarm
/// stays quiet and a silenced one comes back on time. The calls themselves are found again
/// from the diary on the next tick.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    calls: Vec<(Cause, Entry)>,
    silenced_until: Option<DateTime<Utc>>,
    silenced_priority: Option<Priority>,
    sounding_since: Option<DateTime<Utc>>,
}

impl Alarm {
    pub fn keep(&self) -> Kept {
        Kept {
            calls: self.calls.iter().map(|(c, e)| (*c, *e)).collect(),
            silenced_until: self.silenced_until,
            silenced_priority: self.silenced_priority,
            sounding_since: self.sounding_since,
        }
    }

    pub fn from_kept(k: Kept) -> Alarm {
        Alarm {
            calls: k.calls.into_iter().collect(),
            silenced_until: k.silenced_until,
            silenced_priority: k.silenced_priority,
            sounding_since: k.sounding_since,
        }
    }
}

impl Alarm {
    pub fn new() -> Alarm {
        Alarm::default()
    }

    /// The calls that stand now, replacing the last set. A call that is gone (the new bag
    /// was logged, the alert acknowledged) stops sounding; an answered call keeps its answer
    /// until its round changes.
    pub fn update(&mut self, calls: &[Call], now: DateTime<Utc>) {
        let mut next = BTreeMap::new();
        for c in calls {
            let answered = self.calls.get(&c.cause).and_then(|e| e.answered);
            let entry = Entry {
                priority: c.priority,
                round: c.round,
                answered,
            };
            next.entry(c.cause)
                .and_modify(|e: &mut Entry| {
                    if c.priority > e.priority {
                        *e = entry;
                    }
                })
                .or_insert(entry);
        }
        self.calls = next;
        if let (Some(silenced), Some(top)) = (self.silenced_priority, self.unanswered()) {
            if top > silenced && self.silenced_until.is_some_and(|u| now < u) {
                // More urgent than what was silenced: heard at once.
                self.silenced_until = None;
                self.silenced_priority = None;
                self.sounding_since = Some(now);
            }
        }
        self.settle(now);
    }

    /// The family answered in the app: every call standing now is quiet until it comes again.
    pub fn acknowledge(&mut self, now: DateTime<Utc>) {
        for e in self.calls.values_mut() {
            e.answered = Some(e.round);
        }
        self.silenced_until = None;
        self.silenced_priority = None;
        self.sounding_since = None;
        self.settle(now);
    }

    /// "Silence 2 minutes": quiet until the returned time, then heard again if still
    /// unanswered. Nothing happens (None) when nothing is waiting for an answer.
    pub fn silence(&mut self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let top = self.unanswered()?;
        let until = now + Duration::minutes(SILENCE_MINUTES);
        self.silenced_until = Some(until);
        self.silenced_priority = Some(top);
        self.sounding_since = None;
        Some(until)
    }

    /// The highest priority not yet answered, sounding or silenced.
    pub fn unanswered(&self) -> Option<Priority> {
        self.calls
            .values()
            .filter(|e| e.unanswered())
            .map(|e| e.priority)
            .max()
    }

    /// What to play at `now`.
    pub fn sound(&mut self, now: DateTime<Utc>) -> Option<Sound> {
        self.settle(now);
        let priority = self.unanswered()?;
        if self.silenced_until.is_some_and(|u| now < u) {
            return None;
        }
        let louder = self
            .sounding_since
            .is_some_and(|s| now - s >= Duration::minutes(LOUDER_AFTER_MINUTES));
        Some(Sound {
            priority,
            level: if louder { Level::Louder } else { Level::Normal },
        })
    }

    /// The alarm as the screens show it.
    pub fn view(&mut self, now: DateTime<Utc>) -> AlarmView {
        let sounding = self.sound(now);
        AlarmView {
            sounding,
            unanswered: self.unanswered(),
            silenced_until: self.silenced_until.filter(|&u| now < u),
        }
    }

    /// Ends a silence that ran out and starts or stops the unanswered-sound clock.
    fn settle(&mut self, now: DateTime<Utc>) {
        if self.unanswered().is_none() {
            self.silenced_until = None;
            self.silenced_priority = None;
            self.sounding_since = None;
            return;
        }
        match self.silenced_until {
            Some(until) if now >= until => {
                // The sound came back when the silence ended, even if nobody looked then.
                self.silenced_until = None;
                self.silenced_priority = None;
                self.sounding_since = Some(until);
            }
            Some(_) => {}
            None => {
                if self.sounding_since.is_none() {
                    self.sounding_since = Some(now);
                }
            }
        }
    }
}

// The tones: IEC 60601-1-8-shaped bursts, synthesised.

/// The fundamental of every pulse (C5). IEC 60601-1-8 asks for 150–1000 Hz with at least four
/// harmonics within 15 dB of it in 300–4000 Hz: a tone that is heard and located in a room.
pub const FUNDAMENTAL_HZ: f64 = 523.25;

/// How many harmonics a pulse has (the fundamental and four more, falling 1/k: the fifth is
/// 14 dB under the first).
pub const HARMONICS: u32 = 5;

/// How a priority's burst is built, in seconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pattern {
    /// When each pulse starts, from the burst's start.
    pub onsets: &'static [f64],
    /// How long each pulse is (IEC: high 75–200 ms, medium 125–250 ms).
    pub pulse: f64,
    /// Rise and fall of each pulse (IEC: 10–20 % of the pulse).
    pub ramp: f64,
    /// From one burst's start to the next (the burst and the quiet after it; IEC's
    /// inter-burst interval: high 2.5–15 s, medium 2.5–30 s).
    pub cycle: f64,
}

/// High: 10 pulses, "x x x   x x      x x x   x x", 150 ms pulses 100 ms apart.
const HIGH_ONSETS: [f64; 10] = [0.0, 0.25, 0.5, 1.0, 1.25, 1.9, 2.15, 2.4, 2.9, 3.15];
/// Medium: 3 pulses, "x x x", 200 ms pulses 200 ms apart.
const MEDIUM_ONSETS: [f64; 3] = [0.0, 0.4, 0.8];

pub fn pattern(priority: Priority) -> Pattern {
    match priority {
        Priority::High => Pattern {
            onsets: &HIGH_ONSETS,
            pulse: 0.15,
            ramp: 0.02,
            // The burst lasts 3.3 s, then 2.7 s of quiet.
            cycle: 6.0,
        },
        Priority::Medium => Pattern {
            onsets: &MEDIUM_ONSETS,
            pulse: 0.2,
            ramp: 0.03,
            // The burst lasts 1.0 s, then 5 s of quiet.
            cycle: 6.0,
        },
    }
}

/// The envelope of a pattern at `t` seconds within one burst cycle: 0 between pulses, 1 on a
/// pulse's plateau, a linear ramp at each edge.
pub fn envelope(p: &Pattern, t: f64) -> f64 {
    for &on in p.onsets {
        let x = t - on;
        if (0.0..p.pulse).contains(&x) {
            let rise = x / p.ramp;
            let fall = (p.pulse - x) / p.ramp;
            return rise.min(fall).min(1.0);
        }
    }
    0.0
}

/// One sample (−1..1, before the level's gain) of `priority`'s alarm at `t` seconds from when
/// it started; the burst repeats every [`Pattern::cycle`].
pub fn sample(priority: Priority, t: f64) -> f32 {
    let p = pattern(priority);
    let env = envelope(&p, t.rem_euclid(p.cycle));
    if env == 0.0 {
        return 0.0;
    }
    let norm: f64 = (1..=HARMONICS).map(|k| 1.0 / k as f64).sum();
    let phase = std::f64::consts::TAU * FUNDAMENTAL_HZ * t;
    let wave: f64 = (1..=HARMONICS)
        .map(|k| (phase * k as f64).sin() / k as f64)
        .sum();
    // The harmonics' sum peaks at about 0.69 of `norm` (their phases never all align):
    // scaled so a pulse reaches nearly full scale at the loudest level.
    (env * wave / (norm * 0.7)) as f32
}

/// "Test the alarm": the medium burst, a pause, then the high burst, once each (seconds
/// from the start, and the priority playing then; None in the pause and after the end).
pub fn test_sequence(t: f64) -> Option<(Priority, f64)> {
    const MEDIUM_LEN: f64 = 1.0;
    const GAP: f64 = 1.0;
    const HIGH_LEN: f64 = 3.3;
    if (0.0..MEDIUM_LEN).contains(&t) {
        Some((Priority::Medium, t))
    } else if (MEDIUM_LEN + GAP..MEDIUM_LEN + GAP + HIGH_LEN).contains(&t) {
        Some((Priority::High, t - MEDIUM_LEN - GAP))
    } else {
        None
    }
}

/// How long "Test the alarm" plays, in seconds.
pub const TEST_SECONDS: f64 = 5.3;

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-21T03:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn at(seconds: i64) -> DateTime<Utc> {
        t0() + Duration::seconds(seconds)
    }

    fn bag_due(round: u32) -> Call {
        Call {
            cause: Cause::Reminder(1),
            priority: Priority::Medium,
            round,
        }
    }

    fn emergency() -> Call {
        Call {
            cause: Cause::Alert(7),
            priority: Priority::High,
            round: 0,
        }
    }

    fn sound(p: Priority, level: Level) -> Option<Sound> {
        Some(Sound { priority: p, level })
    }

    /// Through JSON, as the hand-over file carries it between the two processes.
    fn handed_over(a: &Alarm) -> Alarm {
        let json = serde_json::to_string(&a.keep()).unwrap();
        Alarm::from_kept(serde_json::from_str(&json).unwrap())
    }

    #[test]
    fn an_answer_a_silence_and_the_unanswered_time_survive_the_hand_over() {
        // Answered: still quiet in the next process, until the next round.
        let mut a = Alarm::new();
        a.update(&[bag_due(1)], at(0));
        a.acknowledge(at(5));
        let mut b = handed_over(&a);
        b.update(&[bag_due(1)], at(10));
        assert_eq!(b.sound(at(10)), None);
        b.update(&[bag_due(2)], at(900));
        assert_eq!(b.sound(at(900)), sound(Priority::Medium, Level::Normal));
        // Silenced: comes back when the 2 minutes are up, not before.
        let mut a = Alarm::new();
        a.update(&[emergency()], at(0));
        a.silence(at(1));
        let mut b = handed_over(&a);
        b.update(&[emergency()], at(60));
        assert_eq!(b.sound(at(60)), None);
        assert_eq!(b.sound(at(121)), sound(Priority::High, Level::Normal));
        // Unanswered for 2 minutes across the hand-over: louder.
        let mut a = Alarm::new();
        a.update(&[emergency()], at(0));
        assert!(a.sound(at(1)).is_some());
        let mut b = handed_over(&a);
        b.update(&[emergency()], at(130));
        assert_eq!(b.sound(at(130)), sound(Priority::High, Level::Louder));
        assert_eq!(handed_over(&b), b);
    }

    #[test]
    fn which_reminders_and_alerts_sound() {
        use ReminderKind::*;
        assert_eq!(reminder_priority(BagOverdue, false), Some(Priority::High));
        assert_eq!(reminder_priority(BagDue, false), Some(Priority::Medium));
        assert_eq!(reminder_priority(LongPause, false), Some(Priority::Medium));
        assert_eq!(reminder_priority(ReadingDue, true), Some(Priority::Medium));
        assert_eq!(reminder_priority(ReadingDue, false), None);
        for k in [BagHeadsUp, PremedicationStart, PremedicationStepUp] {
            assert_eq!(reminder_priority(k, true), None, "{k:?}");
        }
        assert_eq!(alert_priority(Action::Emergency), Some(Priority::High));
        assert_eq!(alert_priority(Action::CallNow), Some(Priority::High));
        assert_eq!(alert_priority(Action::CallToday), None);
        assert_eq!(alert_priority(Action::Routine), None);
    }

    #[test]
    fn quiet_with_nothing_open() {
        let mut a = Alarm::new();
        assert_eq!(a.sound(t0()), None);
        a.update(&[], t0());
        assert_eq!(a.sound(at(600)), None);
        assert_eq!(a.silence(t0()), None, "nothing to silence");
    }

    #[test]
    fn the_highest_unanswered_priority_is_heard() {
        let mut a = Alarm::new();
        a.update(&[bag_due(1)], t0());
        assert_eq!(a.sound(t0()), sound(Priority::Medium, Level::Normal));
        a.update(&[bag_due(1), emergency()], at(10));
        assert_eq!(a.sound(at(10)), sound(Priority::High, Level::Normal));
        // The emergency acknowledged in the diary: back to the bag's medium.
        a.update(&[bag_due(1)], at(20));
        assert_eq!(a.sound(at(20)), sound(Priority::Medium, Level::Normal));
        // The new bag logged: quiet.
        a.update(&[], at(30));
        assert_eq!(a.sound(at(30)), None);
    }

    #[test]
    fn it_repeats_until_acknowledged_and_acknowledging_silences_not_the_condition() {
        let mut a = Alarm::new();
        a.update(&[bag_due(1)], t0());
        for s in [0, 10, 60, 3600] {
            a.update(&[bag_due(1)], at(s));
            assert!(a.sound(at(s)).is_some(), "still sounding after {s} s");
        }
        a.acknowledge(at(3600));
        assert_eq!(a.sound(at(3600)), None);
        // Same round, the condition still open: stays quiet.
        a.update(&[bag_due(1)], at(3610));
        assert_eq!(a.sound(at(3700)), None);
        assert_eq!(a.unanswered(), None);
        // The diary delivers the bag-due reminder again 15 minutes later: a new round sounds.
        a.update(&[bag_due(2)], at(3600 + 900));
        assert_eq!(
            a.sound(at(3600 + 900)),
            sound(Priority::Medium, Level::Normal)
        );
    }

    #[test]
    fn a_new_call_after_an_answer_sounds() {
        let mut a = Alarm::new();
        a.update(&[bag_due(1)], t0());
        a.acknowledge(at(5));
        a.update(&[bag_due(1), emergency()], at(10));
        assert_eq!(a.sound(at(10)), sound(Priority::High, Level::Normal));
        // Acknowledging answers both.
        a.acknowledge(at(12));
        assert_eq!(a.sound(at(12)), None);
        // A call that goes away and comes back (same id) keeps nothing: it sounds again.
        a.update(&[], at(20));
        a.update(&[emergency()], at(30));
        assert_eq!(a.sound(at(30)), sound(Priority::High, Level::Normal));
    }

    #[test]
    fn silence_two_minutes_then_it_comes_back() {
        let mut a = Alarm::new();
        a.update(&[bag_due(1)], t0());
        assert_eq!(a.silence(at(30)), Some(at(30 + 120)));
        assert_eq!(a.sound(at(31)), None);
        assert_eq!(a.sound(at(149)), None);
        let v = a.view(at(100));
        assert_eq!(v.sounding, None);
        assert_eq!(v.unanswered, Some(Priority::Medium));
        assert_eq!(v.silenced_until, Some(at(150)));
        assert_eq!(a.sound(at(150)), sound(Priority::Medium, Level::Normal));
        assert_eq!(a.view(at(151)).silenced_until, None);
        // Silence is not an answer: the sound goes on until acknowledged.
        a.update(&[bag_due(1)], at(400));
        assert!(a.sound(at(400)).is_some());
    }

    #[test]
    fn a_more_urgent_call_breaks_the_silence_the_same_priority_does_not() {
        let mut a = Alarm::new();
        a.update(&[bag_due(1)], t0());
        a.silence(at(10));
        // The same bag delivered again, still medium: the silence holds.
        a.update(&[bag_due(2)], at(20));
        assert_eq!(a.sound(at(20)), None);
        a.update(&[bag_due(2), emergency()], at(30));
        assert_eq!(a.sound(at(30)), sound(Priority::High, Level::Normal));

        let mut b = Alarm::new();
        b.update(&[emergency()], t0());
        b.silence(at(10));
        b.update(&[emergency(), bag_due(1)], at(20));
        assert_eq!(
            b.sound(at(20)),
            None,
            "a medium call does not break a high silence"
        );
    }

    #[test]
    fn the_volume_steps_up_after_two_minutes_unanswered() {
        let mut a = Alarm::new();
        a.update(&[bag_due(1)], t0());
        assert_eq!(a.sound(at(119)), sound(Priority::Medium, Level::Normal));
        assert_eq!(a.sound(at(120)), sound(Priority::Medium, Level::Louder));
        // A more urgent call keeps the loudness already reached.
        a.update(&[bag_due(1), emergency()], at(130));
        assert_eq!(a.sound(at(130)), sound(Priority::High, Level::Louder));
        // An answer resets it: the next call starts at the normal level.
        a.acknowledge(at(140));
        a.update(&[bag_due(2), emergency()], at(200));
        assert_eq!(a.sound(at(200)), sound(Priority::Medium, Level::Normal));
        assert_eq!(a.sound(at(319)), sound(Priority::Medium, Level::Normal));
        assert_eq!(a.sound(at(320)), sound(Priority::Medium, Level::Louder));
    }

    #[test]
    fn after_a_silence_the_louder_clock_starts_when_the_sound_came_back() {
        let mut a = Alarm::new();
        a.update(&[bag_due(1)], t0());
        assert_eq!(a.sound(at(100)).unwrap().level, Level::Normal);
        a.silence(at(100));
        // Nobody looked between the silence's end (220 s) and now: the clock ran from 220.
        assert_eq!(a.sound(at(300)).unwrap().level, Level::Normal);
        assert_eq!(a.sound(at(339)).unwrap().level, Level::Normal);
        assert_eq!(a.sound(at(340)).unwrap().level, Level::Louder);
    }

    #[test]
    fn a_clock_set_back_does_not_make_it_louder() {
        let mut a = Alarm::new();
        a.update(&[bag_due(1)], t0());
        assert_eq!(a.sound(at(-3600)).unwrap().level, Level::Normal);
    }

    /// Counts the pulses in `seconds` of sound sampled at `rate`, by the envelope of the
    /// samples themselves (an onset is a rise above half amplitude after 20 ms of quiet).
    fn pulses(mut f: impl FnMut(f64) -> f32, seconds: f64, rate: f64) -> Vec<f64> {
        let mut onsets = vec![];
        let mut quiet_for = f64::INFINITY;
        let n = (seconds * rate) as usize;
        for i in 0..n {
            let t = i as f64 / rate;
            let s = f(t).abs();
            if s > 0.25 {
                if quiet_for > 0.02 {
                    onsets.push(t);
                }
                quiet_for = 0.0;
            } else {
                quiet_for += 1.0 / rate;
            }
        }
        onsets
    }

    #[test]
    fn high_is_ten_pulses_medium_is_three_repeated_every_burst() {
        let rate = 48_000.0;
        let high = pulses(|t| sample(Priority::High, t), 6.0, rate);
        assert_eq!(high.len(), 10, "{high:?}");
        let medium = pulses(|t| sample(Priority::Medium, t), 6.0, rate);
        assert_eq!(medium.len(), 3, "{medium:?}");
        // Repeated: two cycles hold twice the pulses, the second burst where the first was.
        let two = pulses(|t| sample(Priority::High, t), 12.0, rate);
        assert_eq!(two.len(), 20);
        assert!((two[10] - two[0] - 6.0).abs() < 0.01);
        // The shape: the high burst is 3 + 2, a longer gap, 3 + 2.
        let gaps: Vec<f64> = high.windows(2).map(|w| w[1] - w[0]).collect();
        assert!(gaps[4] > gaps[2] && gaps[2] > gaps[0], "{gaps:?}");
    }

    #[test]
    fn pulses_are_within_iec_timing_and_ramped() {
        for (p, range) in [
            (Priority::High, 0.075..=0.2),
            (Priority::Medium, 0.125..=0.25),
        ] {
            let pat = pattern(p);
            assert!(range.contains(&pat.pulse), "{p:?}");
            let ramp = pat.ramp / pat.pulse;
            assert!((0.1..=0.2).contains(&ramp), "{p:?} ramp {ramp}");
            let burst_end = pat.onsets.last().unwrap() + pat.pulse;
            assert!(pat.cycle - burst_end >= 2.5, "{p:?} quiet between bursts");
            assert_eq!(envelope(&pat, 0.0), 0.0, "starts from silence, no click");
            assert_eq!(envelope(&pat, pat.pulse / 2.0), 1.0);
        }
        // Samples stay within full scale.
        for i in 0..48_000 {
            let s = sample(Priority::High, i as f64 / 48_000.0);
            assert!((-1.0..=1.0).contains(&s));
        }
        assert!(Level::Louder.gain() > Level::Normal.gain());
    }

    #[test]
    fn the_test_plays_medium_then_high_once() {
        let rate = 8_000.0;
        let mut heard = vec![];
        let onsets = pulses(
            |t| match test_sequence(t) {
                Some((p, x)) => {
                    if heard.last() != Some(&p) {
                        heard.push(p);
                    }
                    sample(p, x)
                }
                None => 0.0,
            },
            TEST_SECONDS + 3.0,
            rate,
        );
        assert_eq!(heard, [Priority::Medium, Priority::High]);
        assert_eq!(onsets.len(), 13);
        assert_eq!(test_sequence(TEST_SECONDS), None);
    }

    #[test]
    fn only_a_nearly_flat_battery_sounds_among_the_watched_things() {
        use crate::watch::Concern;
        assert_eq!(
            watch_calls(&[Concern::BatteryAlarm { percent: 12 }, Concern::SoundMuted]),
            vec![Call {
                cause: Cause::Battery,
                priority: Priority::Medium,
                round: 1
            }]
        );
        assert_eq!(watch_calls(&[Concern::BatteryLow { percent: 25 }]), vec![]);
        assert_eq!(watch_calls(&[Concern::UnpluggedAtNight]), vec![]);
    }
}
