// Generated from the Rust types by `cargo test -p centinela bindings`. Do not edit:
// run `UPDATE_BINDINGS=1 cargo test -p centinela bindings` after changing a type.

export type TempUnit = "C" | "F";

export type Temperature = { value: number, unit: TempUnit, };

export type Symptom = "seizure" | "unresponsive" | "breathing_difficulty" | "confusion" | "speech_difficulty" | "tremor" | "unusual_sleepiness" | "balance_problem" | "not_interacting" | "inconsolable_cry" | "rigors" | "fast_breathing" | "dizziness_fainting" | "pale_cold_skin" | "severe_headache" | "vomiting_persistent" | "diarrhea_severe" | "rash_widespread" | "bleeding" | "little_urine" | "headache" | "nausea" | "vomiting" | "diarrhea" | "rash" | "fatigue" | "muscle_aches" | "line_site_redness" | "dressing_wet_loose";

export type PumpStatus = "running" | "alarm" | "stopped" | "disconnected" | "leaking" | "bag_empty" | "line_out_or_broken";

export type NeuroCheck = { 
/**
 * Immune effector cell encephalopathy score, 0–10; 10 is normal.
 */
ice?: number | null, 
/**
 * Cornell Assessment of Pediatric Delirium, 0–32; 9 or more is positive.
 */
capd?: number | null, };

export type Reading = { taken_at: string, temperature?: Temperature | null, systolic_mmhg?: number | null, diastolic_mmhg?: number | null, heart_rate_bpm?: number | null, spo2_percent?: number | null, 
/**
 * Breaths counted over a full minute (care-rules v2 §4.1).
 */
respiratory_rate_per_min?: number | null, antipyretic_in_last_6h?: boolean | null, 
/**
 * When the last dose of fever medicine was given (care-rules v2 §4.2).
 */
antipyretic_given_at?: string | null, symptoms?: Array<Symptom> | null, pump?: PumpStatus | null, neuro_check?: NeuroCheck | null, };

export type CarePlan = { fever_threshold_c: number, };

export type ErrorCode = "invalid_json" | "missing_field" | "unknown_field" | "out_of_range" | "unknown_code" | "inconsistent" | "looks_like_fahrenheit" | "future_reading";

export type Rejection = { code: ErrorCode, field: string, message: string, min?: number | null, max?: number | null, unit?: string | null, };

export type Action = "routine" | "call_today" | "call_now" | "emergency";

export type Text = { en: string, es: string, };

export type Reason = { code: string, action: Action, message: Text, };

export type Assessment = { rules_version: string, action: Action, fever_grade: number, crs_grade_at_least: number, crs_suspected: boolean, neurotoxicity_suspected: boolean, sepsis_signs: boolean, masked_fever: boolean, hypotension: boolean, hypotension_confirmed: boolean, hypothermia: boolean, 
/**
 * True for extreme tachycardia too.
 */
tachycardia: boolean, 
/**
 * True for severe bradycardia too.
 */
bradycardia: boolean, fast_breathing_measured: boolean, low_oxygen: boolean, hypoxia: boolean, fever: boolean, recent_fever: boolean, infant_fever: boolean, 
/**
 * Emergency for a seizure, a child who cannot be woken, struggling to breathe or
 * oxygen below 90: an ambulance, not the car (care-rules §7).
 */
call_ambulance: boolean, 
/**
 * Every rule that fired, most urgent first (care-rules §7).
 */
reasons: Array<Reason>, 
/**
 * The family-facing meaning of `action` (care-rules §7).
 */
advice: Text, };

export type PatientRecord = { name: string, birth_date: string, weight_kg?: number | null, height_cm?: number | null, };

export type SavedReading = { id: number, assessment: Assessment, 
/**
 * The alert raised when the assessment reached `call_today` or above.
 */
alert_id: number | null, };

export type AmendmentLink = { 
/**
 * The other reading: the correction (for `superseded_by`) or the original (for `corrects`).
 */
reading_id: number, reason: string, amended_by: string, amended_at: string, };

export type DiaryEntry = { id: number, reading: Reading, recorded_at: string, recorded_by: string | null, 
/**
 * Set when a later reading corrects this one: it no longer counts for the rules.
 */
superseded_by: AmendmentLink | null, 
/**
 * Set when this reading is the correction of an earlier one.
 */
corrects: AmendmentLink | null, };

export type AlertState = "raised" | "acknowledged";

export type Alert = { id: number, 
/**
 * The reading whose writing led to the assessment.
 */
reading_id: number, rules_version: string, action: Action, 
/**
 * The reasons as they were given at the time, most urgent first.
 */
reasons: Array<Reason>, raised_at: string, state: AlertState, acknowledged_by: string | null, acknowledged_at: string | null, 
/**
 * What the team said when the family called.
 */
team_said: string | null, };

export type ContactRole = "team24h" | "second" | "emergency_department" | "emergency_number";

export type Contact = { role: ContactRole, 
/**
 * May be empty only for the emergency number.
 */
name: string, phone: string, address?: string | null, };

export type Language = "en" | "es";

export type Settings = { language: Language, temperature_unit: TempUnit, caregiver: string | null, 
/**
 * Start Centinela (in the tray) when the family logs in, so reminders keep coming.
 */
start_at_login: boolean, };

export type SteroidOccasion = "start" | "step_up" | "restart";

export type SteroidDose = { given_at: string, occasion: SteroidOccasion, recorded_by: string | null, };

export type CoursePlan = { 
/**
 * Day 1 of the infusion.
 */
start: string, 
/**
 * The planned last day (the course lasts at most 21 days).
 */
end: string, 
/**
 * The day the dose goes up (chosen by the team, usually day 5–8); None when the dose
 * does not change.
 */
step_up_day: number | null, 
/**
 * Hours between readings on ordinary days.
 */
reading_every_hours: number, 
/**
 * Hours between readings on close-watch days (days 1–3, the step-up day and the next).
 */
close_watch_every_hours: number, 
/**
 * How long before a bag is due the family is told (to leave time to travel).
 */
bag_heads_up_minutes: number, };

export type Setup = { patient: PatientRecord, care_plan: CarePlan, contacts: Array<Contact>, settings: Settings, 
/**
 * The course calendar and reminder intervals; None until the team enters them.
 */
course: CoursePlan | null, };

export type SetupProblem = "no_team_line";

export type BagDuration = "24h" | "48h" | "72h" | "96h" | "7d";

export type NewBag = { hung_at: string, duration: BagDuration, 
/**
 * Extra hours the pharmacy added (0–8).
 */
extension_hours: number, note?: string | null, };

export type Bag = { id: number, hung_at: string, duration: BagDuration, extension_hours: number, note: string | null, due_at: string, recorded_at: string, recorded_by: string | null, };

export type Pause = { id: number, paused_at: string, reason: string, paused_by: string | null, resumed_at: string | null, resumed_by: string | null, };

export type Resumed = { pause: Pause, call_team_first: boolean, };

export type ReminderKind = "bag_heads_up" | "bag_due" | "bag_overdue" | "reading_due" | "premedication_start" | "premedication_step_up" | "long_pause";

export type ReminderState = "due" | "delivered" | "acknowledged";

export type ClosedBy = "family" | "new_bag" | "reading" | "resumed" | "course_ended";

export type Reminder = { id: number, kind: ReminderKind, 
/**
 * The bag or pause it is about; 0 for none.
 */
subject_id: number, due_at: string, state: ReminderState, deliveries: number, first_delivered_at: string | null, acknowledged_at: string | null, closed_by: ClosedBy | null, acknowledged_by: string | null, 
/**
 * Whether "OK" may end it (a bag-due reminder ends only with a new bag).
 */
can_acknowledge: boolean, title: Text, body: Text, };

export type CourseView = { plan: CoursePlan, 
/**
 * Day N today; None before the start or after the end.
 */
day: number | null, days: number, step_up_date: string | null, close_watch_today: boolean, before_start: boolean, ended: boolean, };

export type BagView = { bag: Bag, due_at: string, heads_up_at: string, 
/**
 * Minutes until due; negative once overdue.
 */
minutes_left: number, overdue: boolean, 
/**
 * 30 minutes overdue: the infusion may stop, call the team.
 */
call_now: boolean, };

export type ReadingSchedule = { next_due: string, every_hours: number, 
/**
 * The due time has passed with no reading: a missed reading.
 */
missed: boolean, };

export type PauseView = { pause: Pause, minutes_so_far: number, 
/**
 * Paused 4 hours or more: call the team before the infusion restarts.
 */
call_team_before_restart: boolean, };

export type Schedule = { course: CourseView | null, bag: BagView | null, reading: ReadingSchedule | null, pause: PauseView | null, 
/**
 * Open reminders, most urgent first.
 */
reminders: Array<Reminder>, };

export type Home = { patient: PatientRecord | null, settings: Settings, care_plan: CarePlan, 
/**
 * Day N of M, the bag countdown, the next reading, a pause and open reminders.
 */
schedule: Schedule, 
/**
 * The newest reading still in effect (corrections replace what they correct).
 */
latest: DiaryEntry | null, 
/**
 * The diary assessed now, e.g. "no reading in 6 hours".
 */
assessment: Assessment | null, 
/**
 * Alerts waiting for "I called — what did the team say?", most urgent first.
 */
open_alerts: Array<Alert>, 
/**
 * The latest call to the team logged within the last 6 hours, so Home can show what
 * the team said next to a status that the rules still hold.
 */
last_call: Alert | null, contacts: Array<Contact>, problems: Array<SetupProblem>, now: string, };

export type ChartPoint = { reading_id: number, taken_at: string, temperature_c: number | null, systolic_mmhg: number | null, heart_rate_bpm: number | null, 
/**
 * Hypotension below this (PALS, care-rules §4).
 */
systolic_limit: number, 
/**
 * Tachycardia above this (care-rules §4).
 */
heart_rate_limit: number, fever_flag: boolean, systolic_flag: boolean, heart_rate_flag: boolean, };

export type Chart = { 
/**
 * The care plan's fever line in °C.
 */
fever_threshold_c: number, points: Array<ChartPoint>, };

export type CommandError = { code: string, message: string, 
/**
 * The field at fault, when there is one (e.g. `contacts[0].phone`, `systolic_mmhg`).
 */
field: string | null, 
/**
 * For `rejected`: which field, why, and the accepted range.
 */
rejection: Rejection | null, };

export type DiaryView = { entries: Array<DiaryEntry>, alerts: Array<Alert>, now: string, };

export type AppInfo = { version: string, data_dir: string, };

export type ShownReading = { temperature_c: number | null, systolic_mmhg: number | null, diastolic_mmhg: number | null, heart_rate_bpm: number | null, spo2_percent: number | null, antipyretic_in_last_6h: boolean, symptoms: Array<Symptom>, pump: PumpStatus | null, 
/**
 * The score of the guided neurological check, when the story gives one.
 */
neuro_check: NeuroCheck | null, };

export type EarlierReading = { minutes_before: number, shown: ShownReading, };

export type Topic = "fever" | "neurological" | "infant" | "pump" | "low_blood_pressure" | "masked_fever" | "breathing" | "everyday" | "sepsis" | "line";

export type ScenarioCard = { id: string, title: Text, story: Text, child_name: string, age_months: number, shown: ShownReading, 
/**
 * Readings already in the practice diary (oldest first).
 */
earlier: Array<EarlierReading>, topics: Array<Topic>, };

export type EntryField = "temperature" | "blood_pressure" | "heart_rate" | "spo2" | "antipyretic" | "symptoms" | "pump" | "neuro_check";

export type PracticeSaved = { scenario_id: string, saved: SavedReading, reading: Reading, 
/**
 * Where the entry differs from the situation (empty when it matches).
 */
differences: Array<EntryField>, };

export type InProgress = { scenario: ScenarioCard, started_at: string, 
/**
 * Set once the practice reading is saved.
 */
saved: PracticeSaved | null, };

export type AttemptResult = { id: number, scenario_id: string, answer: Action, 
/**
 * What the engine concluded from the reading as entered.
 */
engine_action: Action, 
/**
 * What the engine concludes from the situation as shown (differs only after a
 * mistyped entry).
 */
expected_action: Action, 
/**
 * The answer matches the engine's action for the entry.
 */
correct: boolean, entry_matched: boolean, differences: Array<EntryField>, 
/**
 * Correct and entered as shown: this is what the score counts.
 */
passed: boolean, reasons: Array<Reason>, teaching: Text, answered_at: string, };

export type ModuleProgress = { id: string, done_at: string | null, };

export type ScenarioProgress = { id: string, title: Text, topics: Array<Topic>, attempts: number, 
/**
 * The latest attempt's result; `null` when never played.
 */
passed: boolean | null, };

export type Score = { passed: number, total: number, };

export type NewSignOff = { 
/**
 * The caregivers trained (at least one name).
 */
caregivers: Array<string>, nurse: string, note: string | null, };

export type SignOff = { id: number, caregivers: Array<string>, nurse: string, note: string | null, signed_at: string, 
/**
 * Module ids covered at sign-off, in teaching order.
 */
modules: Array<string>, score: Score, };

export type TrainingOverview = { started_at: string | null, modules: Array<ModuleProgress>, scenarios: Array<ScenarioProgress>, score: Score, in_progress: InProgress | null, 
/**
 * Newest first.
 */
signoffs: Array<SignOff>, };

export type NeuroScale = "ice" | "capd";

export type NewNeuroBaseline = { scale: NeuroScale, items: Array<number>, nurse: string, taken_at: string, };

export type NeuroBaseline = { id: number, scale: NeuroScale, score: number, items: Array<number>, nurse: string, taken_at: string, recorded_at: string, };

export type ExportedFile = { path: string, };

export type ExportFormat = "csv" | "fhir";

export type ExportMode = "care_team" | "sharing";

export type BackupKind = "daily" | "manual" | "before_restore" | "before_upgrade";

export type BackupSummary = { path: string, 
/**
 * From inside the file; for a file Centinela did not make, from its name, if any.
 */
kind: BackupKind | null, 
/**
 * When the copy was made (None for a file Centinela did not make, e.g. a diary
 * copied by hand).
 */
made_at: string | null, child_name: string | null, 
/**
 * Every reading written, corrected ones included.
 */
readings: number, 
/**
 * The time the newest reading was taken.
 */
last_reading_at: string | null, 
/**
 * The diary's schema version in the file (an older one is brought up to date on
 * restore).
 */
schema_version: number, size_bytes: number, };

export type BackupsView = { backups: Array<BackupSummary>, folder: string, };

export type Restored = { restored: BackupSummary, safety_copy: BackupSummary, };

export type Pending = { 
/**
 * What was wrong with it, in plain English (for logs; the UI has its own words).
 */
reason: string, 
/**
 * Where the untouched file is now.
 */
moved_to: string, 
/**
 * When it was moved aside.
 */
at: string, };

export type Recovery = { 
/**
 * A damaged diary moved aside, untouched: what was wrong, where it is, when.
 */
damaged: Pending | null, 
/**
 * The newest backup that passes its check, offered first (None: there is none).
 */
newest_backup: BackupSummary | null, 
/**
 * The diary cannot be opened at all (e.g. a newer Centinela's). Nothing was written.
 */
cannot_open: CommandError | null, 
/**
 * The data folder, to say where the diary is.
 */
data_dir: string, };

export type Priority = "medium" | "high";

export type Level = "normal" | "louder";

export type Sound = { priority: Priority, level: Level, };

export type AlarmView = { 
/**
 * What is heard now; None when quiet (nothing unanswered, or silenced).
 */
sounding: Sound | null, 
/**
 * The highest priority waiting for an answer, sounding or silenced.
 */
unanswered: Priority | null, 
/**
 * Until when "Silence 2 minutes" holds the sound back.
 */
silenced_until: string | null, };

export type DeviceState = "unknown" | "ready" | "missing" | "failed";

export type SoundDevice = { state: DeviceState, 
/**
 * The device's own name (not translated), when one was found.
 */
name: string | null, };

export type AlarmState = { alarm: AlarmView, device: SoundDevice, 
/**
 * "Test the alarm" is playing.
 */
testing: boolean, };

export type AwakeState = "held" | "outside_course" | "turned_off" | "unavailable";

export type KeepAwake = { 
/**
 * The family's choice (on unless turned off).
 */
enabled: boolean, state: AwakeState, };

export type Concern = { "kind": "sound_muted" } | { "kind": "sound_low", volume_percent: number, limit_percent: number, } | { "kind": "notifications_hidden" } | { "kind": "battery_alarm", percent: number, } | { "kind": "battery_low", percent: number, } | { "kind": "unplugged_at_night" } | { "kind": "start_at_login_off" };

export type ConcernView = { concern: Concern, code: string, title: Text, advice: Text, };

export type Absence = { from: string, to: string, minutes: number, came_due: Array<Reminder>, };

export type WatchView = { concerns: Array<ConcernView>, absence: Absence | null, 
/**
 * The level below which the sound counts as too quiet (the nurse's choice).
 */
sound_limit_percent: number, };

export type CallSection = { heading: Text, lines: Array<Text>, };

export type CallCard = { title: Text, who: CallSection, what: CallSection, done: CallSection, };

export type Copied = { text: string, on_clipboard: boolean, };
