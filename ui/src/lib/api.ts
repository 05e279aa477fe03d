// The app's commands, typed with the generated bindings (bindings.ts, from the Rust types).
// Every command either resolves with its result or rejects with a CommandError.
import { invoke, isTauri } from "@tauri-apps/api/core";
import type {
  Action,
  AlarmState,
  KeepAwake,
  WatchView,
  CallCard,
  Copied,
  Alert,
  AppInfo,
  BackupSummary,
  BackupsView,
  ExportFormat,
  ExportMode,
  Language,
  Restored,
  AttemptResult,
  Bag,
  Chart,
  CommandError,
  DiaryView,
  ExportedFile,
  Home,
  InProgress,
  NewBag,
  NewSignOff,
  NeuroBaseline,
  NewNeuroBaseline,
  Pause,
  PracticeSaved,
  Reading,
  Recovery,
  Reminder,
  Resumed,
  SavedReading,
  Settings,
  Setup,
  SignOff,
  SteroidOccasion,
  TrainingOverview,
} from "./bindings";

export type * from "./bindings";

/** `null` when running in a plain browser (vite dev), where there is no shell to ask. */
export async function appInfo(): Promise<AppInfo | null> {
  if (!isTauri()) return null;
  return invoke<AppInfo>("app_info");
}

/** Narrow an unknown rejection from `invoke` to our error shape. */
export function asCommandError(e: unknown): CommandError {
  if (e && typeof e === "object" && "code" in e && "message" in e) {
    return e as CommandError;
  }
  return { code: "storage", message: String(e), field: null, rejection: null };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw asCommandError(e);
  }
}

export const api = {
  home: () => call<Home>("get_home"),
  setup: () => call<Setup | null>("get_setup"),
  saveSetup: (setup: Setup) => call<Home>("save_setup", { setup }),
  saveSettings: (settings: Settings) => call<Settings>("save_settings", { settings }),
  /** Check without saving (same rules as saving). */
  checkReading: (reading: Reading) => call<null>("check_reading", { reading }),
  addReading: (reading: Reading, recordedBy: string | null) =>
    call<SavedReading>("add_reading", { reading, recordedBy }),
  amendReading: (originalId: number, reading: Reading, reason: string, amendedBy: string) =>
    call<SavedReading>("amend_reading", { originalId, reading, reason, amendedBy }),
  diary: (days: number) => call<DiaryView>("get_diary", { days }),
  chart: (days: number) => call<Chart>("get_chart", { days }),
  /** "I called — what did the team say?": closes every open alert. */
  acknowledgeAlerts: (acknowledgedBy: string, teamSaid: string | null) =>
    call<Alert[]>("acknowledge_alerts", { acknowledgedBy, teamSaid }),
  /** "New bag hung": the bag hanging now, with its due time; ends the old bag's reminders. */
  logBag: (bag: NewBag, recordedBy: string | null) => call<Bag>("log_bag", { bag, recordedBy }),
  /** Every bag logged, newest first. */
  bags: () => call<Bag[]>("get_bags"),
  pauseInfusion: (reason: string, pausedBy: string | null) =>
    call<Pause>("pause_infusion", { reason, pausedBy }),
  resumeInfusion: (resumedBy: string | null) => call<Resumed>("resume_infusion", { resumedBy }),
  /** "OK" on a reminder banner (a bag-due reminder ends only with a new bag). */
  acknowledgeReminder: (id: number, acknowledgedBy: string | null) =>
    call<Reminder>("acknowledge_reminder", { id, acknowledgedBy }),
  /** When dexamethasone was given (a dose can hide a fever for 24 hours). */
  recordSteroidDose: (givenAt: string, occasion: SteroidOccasion, recordedBy: string | null) =>
    call<null>("record_steroid_dose", { givenAt, occasion, recordedBy }),

  // The audible alarm (issue 16): what sounds, and the family's answers to it.
  alarmState: () => call<AlarmState>("alarm_state"),
  /** Settings: look for the sound device again. */
  alarmCheckDevice: () => call<AlarmState>("alarm_check_device"),
  /** "I'm here": stops the sound; the reminder or alert stays until it is dealt with. */
  alarmAcknowledge: () => call<AlarmState>("alarm_acknowledge"),
  alarmSilence: () => call<AlarmState>("alarm_silence"),
  // Quit during the course (issue 20): the tray asks, the window answers.
  quitAsked: () => call<boolean>("quit_asked"),
  quitAnswer: (quit: boolean) => call<void>("quit_answer", { quit }),
  /** Both sounds once, and a notification with these words. */
  alarmTest: (summary: string, body: string) => call<AlarmState>("alarm_test", { summary, body }),
  /** Keeping the computer awake during the course. */
  keepAwake: () => call<KeepAwake>("get_keep_awake"),
  setKeepAwake: (enabled: boolean) => call<KeepAwake>("set_keep_awake", { enabled }),
  /** What may keep the alarm from waking the family, and how long Centinela was closed. */
  watch: () => call<WatchView>("get_watch"),
  dismissAbsence: () => call<WatchView>("dismiss_absence"),
  /** "When you call, say this": the card from the diary, and Copy (the shell's clipboard). */
  callCard: () => call<CallCard | null>("get_call_card"),
  copyCallCard: (lang: Language) => call<Copied>("copy_call_card", { lang }),
  /** The nurse's level below which the sound counts as too quiet (10–100 %). */
  setSoundLimit: (percent: number) => call<WatchView>("set_sound_limit", { percent }),

  // Training mode: everything below writes only to the training store, never the diary.
  training: () => call<TrainingOverview>("get_training"),
  trainingCompleteModule: (id: string) =>
    call<TrainingOverview>("training_complete_module", { id }),
  /** A fresh practice diary with that scenario's practice child. */
  trainingStartScenario: (id: string) => call<InProgress>("training_start_scenario", { id }),
  /** Through the real diary code and engine, into the practice diary; refused like a real one. */
  trainingAddReading: (reading: Reading, recordedBy: string | null) =>
    call<PracticeSaved>("training_add_reading", { reading, recordedBy }),
  /** "What do you do now?", scored against the engine (needs a saved practice reading). */
  trainingAnswer: (answer: Action) => call<AttemptResult>("training_answer", { answer }),
  trainingSignOff: (signOff: NewSignOff) => call<SignOff>("training_sign_off", { signOff }),
  /** Clears modules, attempts and the practice; sign-offs are kept. */
  trainingReset: () => call<TrainingOverview>("training_reset"),
  /** The nurse's baseline neurological check of the real child (scored by the shell). */
  trainingRecordBaseline: (baseline: NewNeuroBaseline) =>
    call<NeuroBaseline>("training_record_baseline", { baseline }),
  /** Every baseline recorded, newest first. */
  neuroBaselines: () => call<NeuroBaseline[]>("get_neuro_baselines"),

  /** The one-page fridge checklist, as a PDF in the family's language. */
  exportChecklist: () => call<ExportedFile>("export_checklist"),
  /** A sign-off record as a PDF. */
  exportTrainingRecord: (id: number) => call<ExportedFile>("export_training_record", { id }),
  /** Open an exported PDF in the system viewer (to print it). */
  openExported: (path: string) => call<null>("open_exported", { path }),
  /** The clinic report as PDF, saved where the family picks; `null` when they cancel. */
  saveReport: (lang: Language | null) => call<ExportedFile | null>("save_report", { lang }),
  /** Readings as CSV or the diary as FHIR, saved where the family picks. */
  saveExport: (format: ExportFormat, mode: ExportMode) =>
    call<ExportedFile | null>("save_export", { format, mode }),
  /** The app's own backups, newest first. */
  backups: () => call<BackupsView>("get_backups"),
  backupNow: () => call<BackupSummary>("backup_now"),
  /** A backup saved where the family picks (a USB stick, for a new laptop). */
  saveBackupCopy: () => call<BackupSummary | null>("save_backup_copy"),
  /** The open dialog, then the picked file checked and described (`null`: cancelled). */
  pickBackup: (lang: Language) => call<BackupSummary | null>("pick_backup", { lang }),
  /** Replace the diary with a backup; the diary as it was is kept as a backup first. */
  restoreBackup: (path: string) => call<Restored>("restore_backup", { path }),

  /** What must be shown before anything else (a damaged diary set aside, or one that
   *  cannot be opened), or `null`. */
  recovery: () => call<Recovery | null>("get_recovery"),
  /** The family chose (a backup restored, or a new diary): stop offering recovery. */
  finishRecovery: () => call<null>("finish_recovery"),
  /** The first screen is painted (the shell times start-up with it under a flag). */
  startupReady: () => call<null>("startup_ready"),
};
