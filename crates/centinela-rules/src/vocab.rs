//! The vocabulary every other module speaks: what to do, which reminder, why the tick
//! woke, which language, and a sentence in both languages. A leaf: it imports nothing
//! from the crate, so no circle can run through it.

use serde::{Deserialize, Serialize};

/// What the family should do, from least to most urgent (care-rules §7).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Routine,
    CallToday,
    CallNow,
    Emergency,
}

impl Action {
    pub fn code(self) -> &'static str {
        match self {
            Action::Routine => "routine",
            Action::CallToday => "call_today",
            Action::CallNow => "call_now",
            Action::Emergency => "emergency",
        }
    }

    pub fn from_code(code: &str) -> Option<Action> {
        [
            Action::Routine,
            Action::CallToday,
            Action::CallNow,
            Action::Emergency,
        ]
        .into_iter()
        .find(|a| a.code() == code)
    }
}

/// What a reminder is about.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// The bag is due soon (the care plan's heads-up, 2 hours by default).
    BagHeadsUp,
    /// The bag is due now; repeats every 15 minutes until a new bag is logged.
    BagDue,
    /// 30 minutes overdue: the infusion may stop, call the team now.
    BagOverdue,
    ReadingDue,
    /// The evening before day 1: dexamethasone before the start.
    PremedicationStart,
    /// The evening before the step-up day: dexamethasone before the dose changes.
    PremedicationStepUp,
    /// The infusion has been paused 4 hours: call the team before it restarts.
    LongPause,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 7] = [
        ReminderKind::BagHeadsUp,
        ReminderKind::BagDue,
        ReminderKind::BagOverdue,
        ReminderKind::ReadingDue,
        ReminderKind::PremedicationStart,
        ReminderKind::PremedicationStepUp,
        ReminderKind::LongPause,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReminderKind::BagHeadsUp => "bag_heads_up",
            ReminderKind::BagDue => "bag_due",
            ReminderKind::BagOverdue => "bag_overdue",
            ReminderKind::ReadingDue => "reading_due",
            ReminderKind::PremedicationStart => "premedication_start",
            ReminderKind::PremedicationStepUp => "premedication_step_up",
            ReminderKind::LongPause => "long_pause",
        }
    }

    pub fn from_code(code: &str) -> Option<ReminderKind> {
        ReminderKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Higher is more urgent: the order in which a group is read out.
    pub fn urgency(self) -> u8 {
        match self {
            ReminderKind::BagOverdue => 6,
            ReminderKind::LongPause => 5,
            ReminderKind::BagDue => 4,
            ReminderKind::ReadingDue => 3,
            ReminderKind::BagHeadsUp => 2,
            ReminderKind::PremedicationStepUp => 1,
            ReminderKind::PremedicationStart => 1,
        }
    }

    /// A call-now matter: shown as an alert, notified with critical urgency.
    pub fn is_call_now(self) -> bool {
        self == ReminderKind::BagOverdue
    }

    /// Reminders that only end when the family acts (a new bag logged), not with "OK".
    pub fn ends_only_by_action(self) -> bool {
        self == ReminderKind::BagDue
    }
}

/// Why a tick may find several reminders at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Wake {
    /// The scheduler has been ticking normally.
    Running,
    /// The wall clock moved much further than the tick since the last one: the computer
    /// slept, or its clock was changed.
    Slept,
    /// The first tick after the app started.
    Started,
}

/// The two languages of every screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Es,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
        }
    }
}

/// A sentence in both of the app's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Text {
    pub en: String,
    pub es: String,
}

impl Text {
    /// The sentence in `lang`.
    pub fn get(&self, lang: Language) -> &str {
        match lang {
            Language::En => &self.en,
            Language::Es => &self.es,
        }
    }
}

/// One thing that may keep the alarm from waking the family.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Concern {
    SoundMuted,
    SoundLow {
        volume_percent: u8,
        limit_percent: u8,
    },
    NotificationsHidden,
    /// On battery and nearly flat: sounds a medium-priority alarm.
    BatteryAlarm {
        percent: u8,
    },
    BatteryLow {
        percent: u8,
    },
    UnpluggedAtNight,
    StartAtLoginOff,
}

impl Concern {
    /// A stable name per kind: a change of kind is what gets a notification, not a change of
    /// percent within one kind.
    pub fn code(self) -> &'static str {
        match self {
            Concern::SoundMuted => "sound_muted",
            Concern::SoundLow { .. } => "sound_low",
            Concern::NotificationsHidden => "notifications_hidden",
            Concern::BatteryAlarm { .. } => "battery_alarm",
            Concern::BatteryLow { .. } => "battery_low",
            Concern::UnpluggedAtNight => "unplugged_at_night",
            Concern::StartAtLoginOff => "start_at_login_off",
        }
    }

    /// Whether it gets a notification when it appears. Start at login off is said on Home
    /// only: it matters after a restart, not tonight.
    pub fn notifies(self) -> bool {
        !matches!(self, Concern::StartAtLoginOff)
    }
}
