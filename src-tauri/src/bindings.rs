//! The TypeScript types of every command's arguments and results, generated from the Rust
//! types into `ui/src/lib/bindings.ts`. The test fails when the committed file drifts;
//! `UPDATE_BINDINGS=1 cargo test -p centinela bindings` rewrites it.

use centinela_core::bag::{Bag, BagDuration, NewBag};
use centinela_core::course::CoursePlan;
use centinela_core::diary::{
    Alert, AlertState, AmendmentLink, BagView, Chart, ChartPoint, ClosedBy, Contact, ContactRole,
    CourseView, DiaryEntry, Home, Language, PatientRecord, Pause, PauseView, ReadingSchedule,
    Reminder, ReminderState, Resumed, SavedReading, Schedule, Settings, Setup, SetupProblem,
    SteroidDose, SteroidOccasion,
};
use centinela_core::messages::Text;
use centinela_core::neuro::NeuroScale;
use centinela_core::reading::NeuroCheck;
use centinela_core::reminder::ReminderKind;
use centinela_core::training::{
    AttemptResult, EarlierReading, EntryField, InProgress, ModuleProgress, NeuroBaseline,
    NewNeuroBaseline, NewSignOff, PracticeSaved, ScenarioCard, ScenarioProgress, Score,
    ShownReading, SignOff, Topic, TrainingOverview,
};
use centinela_core::{
    Action, Assessment, CarePlan, ErrorCode, PumpStatus, Reading, Reason, Rejection, Symptom,
    TempUnit, Temperature,
};
use ts_rs::TS;

use crate::alarm::{AlarmState, DeviceState, SoundDevice};
use crate::awake::{AwakeState, KeepAwake};
use crate::backups::{BackupsView, Restored};
use crate::call::Copied;
use crate::commands::DiaryView;
use crate::exports::{ExportFormat, ExportedFile};
use crate::recovery::Recovery;
use crate::shell::CommandError;
use crate::watch::{Absence, ConcernView, WatchView};
use crate::AppInfo;
use centinela_core::alarm::{AlarmView, Level, Priority, Sound};
use centinela_core::backup::{BackupKind, BackupSummary};
use centinela_core::call_card::{CallCard, CallSection};
use centinela_core::export::ExportMode;
use centinela_core::recovery::Pending;
use centinela_core::watch::Concern;

fn render() -> String {
    let mut out = String::from(
        "// Generated from the Rust types by `cargo test -p centinela bindings`. Do not edit:\n\
         // run `UPDATE_BINDINGS=1 cargo test -p centinela bindings` after changing a type.\n",
    );
    macro_rules! export {
        ($($t:ty),* $(,)?) => {$(
            out.push_str("\nexport ");
            out.push_str(&<$t>::decl());
            out.push('\n');
        )*};
    }
    export!(
        TempUnit,
        Temperature,
        Symptom,
        PumpStatus,
        NeuroCheck,
        Reading,
        CarePlan,
        ErrorCode,
        Rejection,
        Action,
        Text,
        Reason,
        Assessment,
        PatientRecord,
        SavedReading,
        AmendmentLink,
        DiaryEntry,
        AlertState,
        Alert,
        ContactRole,
        Contact,
        Language,
        Settings,
        SteroidOccasion,
        SteroidDose,
        CoursePlan,
        Setup,
        SetupProblem,
        BagDuration,
        NewBag,
        Bag,
        Pause,
        Resumed,
        ReminderKind,
        ReminderState,
        ClosedBy,
        Reminder,
        CourseView,
        BagView,
        ReadingSchedule,
        PauseView,
        Schedule,
        Home,
        ChartPoint,
        Chart,
        CommandError,
        DiaryView,
        AppInfo,
        ShownReading,
        EarlierReading,
        Topic,
        ScenarioCard,
        EntryField,
        PracticeSaved,
        InProgress,
        AttemptResult,
        ModuleProgress,
        ScenarioProgress,
        Score,
        NewSignOff,
        SignOff,
        TrainingOverview,
        NeuroScale,
        NewNeuroBaseline,
        NeuroBaseline,
        ExportedFile,
        ExportFormat,
        ExportMode,
        BackupKind,
        BackupSummary,
        BackupsView,
        Restored,
        Pending,
        Recovery,
        Priority,
        Level,
        Sound,
        AlarmView,
        DeviceState,
        SoundDevice,
        AlarmState,
        AwakeState,
        KeepAwake,
        Concern,
        ConcernView,
        Absence,
        WatchView,
        CallSection,
        CallCard,
        Copied,
    );
    out
}

#[test]
fn typescript_bindings_match_the_rust_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/lib/bindings.ts");
    let wanted = render();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(path, &wanted).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == wanted,
        "ui/src/lib/bindings.ts is out of date: run UPDATE_BINDINGS=1 cargo test -p centinela bindings"
    );
}
