//! What can keep the alarm from waking the family, watched during the course (issue 20):
//! the sound output muted or too quiet, notifications hidden, the battery running out or
//! the charger pulled at night, and Centinela not set to start at login.
//!
//! Pure rules over what the shell observed; the shell probes the system (PulseAudio,
//! UPower, GSettings, the autostart entry) and says the result on Home, in the tray and in
//! one notification per change.

use chrono::{NaiveTime, Timelike};

use crate::messages::{watch_advice, watch_title};
use crate::plausibility::{ErrorCode, Rejection};
use crate::vocab::Text;

/// Below this volume (percent of the output's normal level) the alarm may not wake anyone,
/// unless the nurse sets another level during the training.
pub const DEFAULT_SOUND_LIMIT_PERCENT: u8 = 50;
/// The lowest and highest level the nurse can set.
pub const SOUND_LIMIT_RANGE: std::ops::RangeInclusive<u8> = 10..=100;
/// On battery below this, the family is told to plug the charger in.
pub const BATTERY_LOW_PERCENT: f64 = 30.0;
/// On battery below this, the computer may soon switch off: a medium-priority alarm.
pub const BATTERY_ALARM_PERCENT: f64 = 15.0;
/// The night, when an unplugged laptop may run flat before anyone looks: 22:00 to 07:00.
pub const NIGHT_STARTS: u32 = 22;
pub const NIGHT_ENDS: u32 = 7;

/// The default sound output as the system reports it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SoundOutput {
    pub muted: bool,
    /// The loudest channel, in percent of the normal level (may exceed 100).
    pub volume_percent: f64,
}

/// The computer's power as the system reports it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Power {
    /// Running on its battery (no charger).
    pub on_battery: bool,
    /// The battery's charge; None on a computer without one.
    pub percent: Option<f64>,
}

/// What the shell saw on one look. None: this system cannot tell (nothing is said then).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Observed {
    pub sound: Option<SoundOutput>,
    /// The desktop hides notification banners (do not disturb).
    pub notifications_hidden: Option<bool>,
    pub power: Option<Power>,
    pub start_at_login: Option<bool>,
}

pub use crate::vocab::Concern;

/// Whether `t` (local time) is in the night, 22:00 up to 07:00.
pub fn is_night(t: NaiveTime) -> bool {
    t.hour() >= NIGHT_STARTS || t.hour() < NIGHT_ENDS
}

fn percent(p: f64) -> u8 {
    p.round().clamp(0.0, 255.0) as u8
}

/// What to say now. Nothing outside the course: then no alarm is expected to wake anyone.
/// `local` is the local time of day (for the night), `limit` the nurse's sound level.
pub fn concerns(o: &Observed, in_course: bool, local: NaiveTime, limit: u8) -> Vec<Concern> {
    let mut out = vec![];
    if !in_course {
        return out;
    }
    if let Some(s) = o.sound {
        if s.muted {
            out.push(Concern::SoundMuted);
        } else if s.volume_percent < f64::from(limit) {
            out.push(Concern::SoundLow {
                // Rounded as the system shows it (19.9998 % is 20 %), but never up to the
                // limit: 49.6 % is said as 49 %, not "50 %, below 50 %".
                volume_percent: (s.volume_percent.round().max(0.0) as u8).min(limit - 1),
                limit_percent: limit,
            });
        }
    }
    if o.notifications_hidden == Some(true) {
        out.push(Concern::NotificationsHidden);
    }
    if let Some(p) = o.power.filter(|p| p.on_battery) {
        match p.percent {
            Some(c) if c < BATTERY_ALARM_PERCENT => out.push(Concern::BatteryAlarm {
                percent: percent(c.floor()),
            }),
            Some(c) if c < BATTERY_LOW_PERCENT => out.push(Concern::BatteryLow {
                percent: percent(c.floor()),
            }),
            _ if is_night(local) => out.push(Concern::UnpluggedAtNight),
            _ => {}
        }
    }
    if o.start_at_login == Some(false) {
        out.push(Concern::StartAtLoginOff);
    }
    out
}

/// The concerns in `now` whose kind was not in `before`, and that get a notification.
pub fn newly_notified(before: &[Concern], now: &[Concern]) -> Vec<Concern> {
    now.iter()
        .copied()
        .filter(|c| c.notifies() && !before.iter().any(|b| b.code() == c.code()))
        .collect()
}

/// The one notification for concerns that just appeared, or None.
pub fn notice(new: &[Concern]) -> Option<(Text, Text)> {
    match new {
        [] => None,
        [one] => Some((watch_title(*one), watch_advice(*one))),
        several => Some((
            crate::messages::watch_several(),
            Text {
                en: join(several, |t| t.en),
                es: join(several, |t| t.es),
            },
        )),
    }
}

fn join(cs: &[Concern], lang: impl Fn(Text) -> String) -> String {
    cs.iter()
        .map(|c| lang(watch_title(*c)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Checks a sound level the nurse chose: a whole percent in [`SOUND_LIMIT_RANGE`].
pub fn check_sound_limit(limit: i64) -> Result<u8, Rejection> {
    u8::try_from(limit)
        .ok()
        .filter(|l| SOUND_LIMIT_RANGE.contains(l))
        .ok_or_else(|| {
            let (lo, hi) = (*SOUND_LIMIT_RANGE.start(), *SOUND_LIMIT_RANGE.end());
            let mut r = Rejection::new(
                ErrorCode::OutOfRange,
                "sound_limit_percent",
                format!("the sound level must be a whole percent from {lo} to {hi}, not {limit}"),
            );
            r.min = Some(f64::from(lo));
            r.max = Some(f64::from(hi));
            r.unit = Some("%".into());
            r
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }
    const NOON: (u32, u32) = (12, 0);

    fn sound(muted: bool, volume_percent: f64) -> Observed {
        Observed {
            sound: Some(SoundOutput {
                muted,
                volume_percent,
            }),
            ..Observed::default()
        }
    }

    fn battery(on_battery: bool, percent: f64) -> Observed {
        Observed {
            power: Some(Power {
                on_battery,
                percent: Some(percent),
            }),
            ..Observed::default()
        }
    }

    fn at_noon(o: &Observed) -> Vec<Concern> {
        concerns(o, true, hm(NOON.0, NOON.1), DEFAULT_SOUND_LIMIT_PERCENT)
    }

    #[test]
    fn nothing_is_said_outside_the_course() {
        let all = Observed {
            sound: Some(SoundOutput {
                muted: true,
                volume_percent: 0.0,
            }),
            notifications_hidden: Some(true),
            power: Some(Power {
                on_battery: true,
                percent: Some(5.0),
            }),
            start_at_login: Some(false),
        };
        assert_eq!(concerns(&all, false, hm(3, 0), 50), vec![]);
        assert_eq!(concerns(&all, true, hm(3, 0), 50).len(), 4);
        assert_eq!(
            at_noon(&Observed::default()),
            vec![],
            "nothing known, nothing said"
        );
    }

    #[test]
    fn muted_or_below_the_nurses_level() {
        assert_eq!(at_noon(&sound(true, 100.0)), vec![Concern::SoundMuted]);
        // Muted is said alone, not also "too quiet".
        assert_eq!(at_noon(&sound(true, 10.0)), vec![Concern::SoundMuted]);
        assert_eq!(
            at_noon(&sound(false, 50.0)),
            vec![],
            "50 % is the limit, not below"
        );
        assert_eq!(
            at_noon(&sound(false, 49.6)),
            vec![Concern::SoundLow {
                volume_percent: 49,
                limit_percent: 50
            }]
        );
        // PulseAudio's 20 % is 13107/65536 of normal: said as 20 %, as pactl shows it.
        assert_eq!(
            at_noon(&sound(false, 13107.0 * 100.0 / 65536.0)),
            vec![Concern::SoundLow {
                volume_percent: 20,
                limit_percent: 50
            }]
        );
        // The nurse's level is honoured: 30 % is enough when she set 25 %, not at 40 %.
        assert_eq!(concerns(&sound(false, 30.0), true, hm(12, 0), 25), vec![]);
        assert_eq!(
            concerns(&sound(false, 30.0), true, hm(12, 0), 40),
            vec![Concern::SoundLow {
                volume_percent: 30,
                limit_percent: 40
            }]
        );
    }

    #[test]
    fn battery_boundaries_at_30_and_15_percent() {
        assert_eq!(at_noon(&battery(true, 30.0)), vec![]);
        assert_eq!(
            at_noon(&battery(true, 29.9)),
            vec![Concern::BatteryLow { percent: 29 }]
        );
        assert_eq!(
            at_noon(&battery(true, 15.0)),
            vec![Concern::BatteryLow { percent: 15 }]
        );
        assert_eq!(
            at_noon(&battery(true, 14.9)),
            vec![Concern::BatteryAlarm { percent: 14 }]
        );
        // Plugged in, even nearly flat: it is charging, nothing to say.
        assert_eq!(at_noon(&battery(false, 5.0)), vec![]);
        // A desktop on mains: nothing.
        let desktop = Observed {
            power: Some(Power {
                on_battery: false,
                percent: None,
            }),
            ..Observed::default()
        };
        assert_eq!(concerns(&desktop, true, hm(3, 0), 50), vec![]);
    }

    #[test]
    fn unplugged_is_said_only_at_night_22_to_7() {
        let full = battery(true, 90.0);
        let at = |h, m| concerns(&full, true, hm(h, m), 50);
        assert_eq!(at(21, 59), vec![]);
        assert_eq!(at(22, 0), vec![Concern::UnpluggedAtNight]);
        assert_eq!(at(3, 0), vec![Concern::UnpluggedAtNight]);
        assert_eq!(at(6, 59), vec![Concern::UnpluggedAtNight]);
        assert_eq!(at(7, 0), vec![]);
        // A low battery at night is said as low (the stronger words), not twice.
        assert_eq!(
            concerns(&battery(true, 20.0), true, hm(23, 0), 50),
            vec![Concern::BatteryLow { percent: 20 }]
        );
    }

    #[test]
    fn start_at_login_off_is_said_but_not_notified() {
        let off = Observed {
            start_at_login: Some(false),
            ..Observed::default()
        };
        assert_eq!(at_noon(&off), vec![Concern::StartAtLoginOff]);
        assert_eq!(newly_notified(&[], &at_noon(&off)), vec![]);
    }

    #[test]
    fn one_notification_per_change_of_kind() {
        let low = |p| Concern::BatteryLow { percent: p };
        assert_eq!(newly_notified(&[], &[low(29)]), vec![low(29)]);
        // 29 % then 25 %: the same matter, no second notification.
        assert_eq!(newly_notified(&[low(29)], &[low(25)]), vec![]);
        // Low then nearly flat: a new matter.
        let alarm = Concern::BatteryAlarm { percent: 14 };
        assert_eq!(newly_notified(&[low(16)], &[alarm]), vec![alarm]);
        // Gone and back: notified again.
        assert_eq!(newly_notified(&[], &[Concern::SoundMuted]).len(), 1);
        let (title, body) = notice(&[Concern::SoundMuted]).unwrap();
        assert!(title.en.contains("sound is off"), "{}", title.en);
        assert!(!body.es.is_empty());
        let (title, body) = notice(&[Concern::SoundMuted, alarm]).unwrap();
        assert!(
            !title.en.is_empty() && body.en.contains(" · "),
            "{}",
            body.en
        );
        assert_eq!(notice(&[]), None);
    }

    #[test]
    fn every_concern_has_words_in_both_languages() {
        for c in [
            Concern::SoundMuted,
            Concern::SoundLow {
                volume_percent: 20,
                limit_percent: 50,
            },
            Concern::NotificationsHidden,
            Concern::BatteryAlarm { percent: 12 },
            Concern::BatteryLow { percent: 25 },
            Concern::UnpluggedAtNight,
            Concern::StartAtLoginOff,
        ] {
            for t in [watch_title(c), watch_advice(c)] {
                assert!(!t.en.is_empty() && !t.es.is_empty(), "{c:?}");
                assert_ne!(t.en, t.es, "{c:?}");
            }
        }
        let low = Concern::SoundLow {
            volume_percent: 20,
            limit_percent: 50,
        };
        assert!(
            watch_title(low).es.contains("20%"),
            "{}",
            watch_title(low).es
        );
        assert!(
            watch_advice(low).en.contains("50%"),
            "{}",
            watch_advice(low).en
        );
    }

    #[test]
    fn the_nurses_level_is_a_whole_percent_from_10_to_100() {
        assert_eq!(check_sound_limit(50), Ok(50));
        assert_eq!(check_sound_limit(10), Ok(10));
        assert_eq!(check_sound_limit(100), Ok(100));
        for bad in [9, 101, -1, 300] {
            let e = check_sound_limit(bad).unwrap_err();
            assert_eq!(
                (e.code, e.min, e.max),
                (ErrorCode::OutOfRange, Some(10.0), Some(100.0))
            );
            assert!(e.message.contains("from 10 to 100") && e.message.contains(&bad.to_string()));
        }
    }
}
