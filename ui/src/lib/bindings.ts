// Generated from the Rust types by `cargo test -p centinela bindings`. Do not edit:
// run `UPDATE_BINDINGS=1 cargo test -p centinela bindings` after changing a type.

export type TempUnit = "C" | "F";

export type Temperature = { value: number, unit: TempUnit, };

export type Symptom = "seizure" | "unresponsive" | "breathing_difficulty" | "confusion" | "speech_difficulty" | "tremor" | "unusual_sleepiness" | "balance_problem" | "not_interacting" | "rigors" | "fast_breathing" | "dizziness_fainting" | "pale_cold_skin" | "severe_headache" | "vomiting_persistent" | "diarrhea_severe" | "rash_widespread" | "bleeding" | "little_urine" | "headache" | "nausea" | "vomiting" | "diarrhea" | "rash" | "fatigue" | "muscle_aches" | "line_site_redness";

export type PumpStatus = "running" | "alarm" | "stopped" | "disconnected" | "leaking" | "bag_empty";

export type Reading = { taken_at: string, temperature?: Temperature | null, systolic_mmhg?: number | null, diastolic_mmhg?: number | null, heart_rate_bpm?: number | null, spo2_percent?: number | null, antipyretic_in_last_6h?: boolean | null, symptoms?: Array<Symptom> | null, pump?: PumpStatus | null, };

export type CarePlan = { fever_threshold_c: number, };

export type ErrorCode = "invalid_json" | "missing_field" | "unknown_field" | "out_of_range" | "unknown_code" | "inconsistent" | "looks_like_fahrenheit" | "future_reading";

export type Rejection = { code: ErrorCode, field: string, message: string, min?: number | null, max?: number | null, unit?: string | null, };

export type Action = "routine" | "call_today" | "call_now" | "emergency";

export type Text = { en: string, es: string, };

export type Reason = { code: string, action: Action, message: Text, };

export type Assessment = { rules_version: string, action: Action, fever_grade: number, crs_grade_at_least: number, crs_suspected: boolean, neurotoxicity_suspected: boolean, hypotension: boolean, tachycardia: boolean, low_oxygen: boolean, hypoxia: boolean, fever: boolean, recent_fever: boolean, masked_fever: boolean, 
/**
 * Every rule that fired, most urgent first (care-rules §7).
 */
reasons: Array<Reason>, 
/**
 * The family-facing meaning of `action`.
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

export type Settings = { language: Language, temperature_unit: TempUnit, 
/**
 * The first day of the infusion course, for "day N" on Home.
 */
course_start: string | null, caregiver: string | null, };

export type Setup = { patient: PatientRecord, care_plan: CarePlan, contacts: Array<Contact>, settings: Settings, };

export type SetupProblem = "no_team_line";

export type Home = { patient: PatientRecord | null, settings: Settings, care_plan: CarePlan, course_day: number | null, 
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
