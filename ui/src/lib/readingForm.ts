// The new-reading form as plain data: what was typed, the checks before saving, and the
// `Reading` sent to the shell. Kept out of the component so it can be unit-tested.
import type { Action, NeuroCheck, PumpStatus, Reading, Symptom, TempUnit } from "./bindings";
import type { FieldError, ReadingSlot } from "./errors";
import { parseDatetimeLocal, parseNumber, toDatetimeLocal, toLocalRfc3339 } from "./format";

/** Every symptom code with the action it calls for (care-rules §5), in the rule set's order. */
export const SYMPTOMS: readonly { code: Symptom; action: Action }[] = [
  { code: "seizure", action: "emergency" },
  { code: "unresponsive", action: "emergency" },
  { code: "breathing_difficulty", action: "emergency" },
  { code: "confusion", action: "call_now" },
  { code: "speech_difficulty", action: "call_now" },
  { code: "tremor", action: "call_now" },
  { code: "unusual_sleepiness", action: "call_now" },
  { code: "balance_problem", action: "call_now" },
  { code: "not_interacting", action: "call_now" },
  { code: "inconsolable_cry", action: "call_now" },
  { code: "rigors", action: "call_now" },
  { code: "fast_breathing", action: "call_now" },
  { code: "dizziness_fainting", action: "call_now" },
  { code: "pale_cold_skin", action: "call_now" },
  { code: "severe_headache", action: "call_now" },
  { code: "vomiting_persistent", action: "call_now" },
  { code: "diarrhea_severe", action: "call_now" },
  { code: "rash_widespread", action: "call_now" },
  { code: "bleeding", action: "call_now" },
  { code: "little_urine", action: "call_now" },
  { code: "headache", action: "call_today" },
  { code: "nausea", action: "call_today" },
  { code: "vomiting", action: "call_today" },
  { code: "diarrhea", action: "call_today" },
  { code: "rash", action: "call_today" },
  { code: "fatigue", action: "call_today" },
  { code: "muscle_aches", action: "call_today" },
  { code: "line_site_redness", action: "call_today" },
  { code: "dressing_wet_loose", action: "call_today" },
];

export type SymptomGroup = "emergency" | "call_now" | "call_today";

/** The checklist grouped by action, emergency signs first. */
export const SYMPTOM_GROUPS: readonly { action: SymptomGroup; codes: Symptom[] }[] = (
  ["emergency", "call_now", "call_today"] as const
).map((action) => ({
  action,
  codes: SYMPTOMS.filter((s) => s.action === action).map((s) => s.code),
}));

/** "Running normally" first; the catheter itself out or broken last (an emergency). */
export const PUMP_STATUSES: readonly PumpStatus[] = [
  "running",
  "alarm",
  "stopped",
  "disconnected",
  "leaking",
  "bag_empty",
  "line_out_or_broken",
];

/** A question the parent may leave unanswered: then nothing is sent for it, and the
 *  engine keeps the last answer given (care-rules v2 §4). Never a default "no". */
export type YesNo = "yes" | "no" | null;

/** A short form opened from the result ("take it again now"): only that value is asked
 *  and sent, so the checklist, fever medicine and pump of the first reading stay current. */
export type RepeatOf = "bp" | "temp" | "hr";

/** What the form holds: text exactly as typed, so invalid input stays on screen. */
export type ReadingFormState = {
  time: string;
  temp: string;
  unit: TempUnit;
  systolic: string;
  diastolic: string;
  hr: string;
  spo2: string;
  rr: string;
  antipyretic: YesNo;
  /** When the fever medicine was given (datetime-local text); may stay empty. */
  antipyreticAt: string;
  symptoms: Symptom[];
  /** "None of these" ticked: the checklist was answered with no sign. */
  noSymptoms: boolean;
  pump: PumpStatus | null;
  /** The guided neurological check's score, when it was done from the form. */
  neuro: NeuroCheck | null;
};

export function emptyForm(now: Date, unit: TempUnit): ReadingFormState {
  return {
    time: toDatetimeLocal(now),
    temp: "",
    unit,
    systolic: "",
    diastolic: "",
    hr: "",
    spo2: "",
    rr: "",
    antipyretic: null,
    antipyreticAt: "",
    symptoms: [],
    noSymptoms: false,
    pump: null,
    neuro: null,
  };
}

function numText(n: number | null | undefined): string {
  return n === null || n === undefined ? "" : String(n);
}

/** The form prefilled from a stored reading (for a correction), in the unit it was entered. */
export function formFromReading(r: Reading, fallbackUnit: TempUnit): ReadingFormState {
  return {
    time: toDatetimeLocal(new Date(r.taken_at)),
    temp: numText(r.temperature?.value),
    unit: r.temperature?.unit ?? fallbackUnit,
    systolic: numText(r.systolic_mmhg),
    diastolic: numText(r.diastolic_mmhg),
    hr: numText(r.heart_rate_bpm),
    spo2: numText(r.spo2_percent),
    rr: numText(r.respiratory_rate_per_min),
    antipyretic:
      r.antipyretic_in_last_6h === true || r.antipyretic_given_at
        ? "yes"
        : r.antipyretic_in_last_6h === false
          ? "no"
          : null,
    antipyreticAt: r.antipyretic_given_at ? toDatetimeLocal(new Date(r.antipyretic_given_at)) : "",
    symptoms: [...(r.symptoms ?? [])],
    noSymptoms: Array.isArray(r.symptoms) && r.symptoms.length === 0,
    pump: r.pump ?? null,
    neuro: r.neuro_check ?? null,
  };
}

/** The questions left unanswered, in the form's order (shown before saving, so the parent
 *  knows the earlier answers stay current for them). */
export function unanswered(form: ReadingFormState): ("antipyretic" | "symptoms" | "pump")[] {
  const out: ("antipyretic" | "symptoms" | "pump")[] = [];
  if (form.antipyretic === null) out.push("antipyretic");
  if (!form.noSymptoms && form.symptoms.length === 0) out.push("symptoms");
  if (form.pump === null) out.push("pump");
  return out;
}

export type FormErrors = Partial<Record<ReadingSlot, FieldError>>;

/** Accepted ranges (care-rules §3), inclusive. */
export const LIMITS = {
  C: [30, 45],
  F: [86, 113],
  systolic: [40, 260],
  diastolic: [20, 200],
  hr: [30, 300],
  spo2: [50, 100],
  rr: [5, 120],
  /** "In the last 6 hours": the time given must be within them, before the reading. */
  antipyreticHours: 6,
  futureMinutes: 5,
} as const;

function range(
  errors: FormErrors,
  slot: ReadingSlot,
  field: string,
  v: number | null,
  [min, max]: readonly [number, number],
  unit: string,
  example: string,
): void {
  if (v === null || errors[slot]) return;
  if (Number.isNaN(v)) errors[slot] = { code: "not_a_number", field, example };
  else if (v < min || v > max) errors[slot] = { code: "out_of_range", field, min, max, unit };
}

/** The checks made before asking the shell (the shell checks again with the same rules). */
export function validate(form: ReadingFormState, now: Date, repeat: RepeatOf | null = null): FormErrors {
  const errors: FormErrors = {};
  // A repeat form exists to send its one value: empty is not "nothing measured".
  if (repeat === "temp" && form.temp.trim() === "") {
    errors.temp = { code: "required", field: "temperature.value" };
  }
  if (repeat === "bp" && form.systolic.trim() === "" && form.diastolic.trim() === "") {
    errors.bp = { code: "required", field: "systolic_mmhg" };
  }
  if (repeat === "hr" && form.hr.trim() === "") {
    errors.hr = { code: "required", field: "heart_rate_bpm" };
  }
  const at = parseDatetimeLocal(form.time);
  if (!at) errors.time = { code: "required", field: "taken_at" };
  else if (at.getTime() > now.getTime() + LIMITS.futureMinutes * 60_000) {
    errors.time = { code: "future_reading", field: "taken_at" };
  }

  const temp = parseNumber(form.temp);
  if (temp !== null && !Number.isNaN(temp) && form.unit === "C") {
    const [fmin, fmax] = LIMITS.F;
    const [cmin, cmax] = LIMITS.C;
    if (temp >= fmin && temp <= fmax && !(temp >= cmin && temp <= cmax)) {
      errors.temp = {
        code: "looks_like_fahrenheit",
        field: "temperature.value",
        value: temp,
        min: cmin,
        max: cmax,
        unit: "°C",
      };
    }
  }
  range(
    errors,
    "temp",
    "temperature.value",
    temp,
    LIMITS[form.unit],
    `°${form.unit}`,
    form.unit === "C" ? "37.2" : "99.0",
  );

  const sys = parseNumber(form.systolic);
  const dia = parseNumber(form.diastolic);
  range(errors, "bp", "systolic_mmhg", sys, LIMITS.systolic, "mmHg", "100");
  range(errors, "bp", "diastolic_mmhg", dia, LIMITS.diastolic, "mmHg", "60");
  if (!errors.bp) {
    if ((sys === null) !== (dia === null)) {
      errors.bp = { code: "both_or_neither", field: sys === null ? "systolic_mmhg" : "diastolic_mmhg" };
    } else if (sys !== null && dia !== null && dia >= sys) {
      errors.bp = { code: "inconsistent", field: "diastolic_mmhg" };
    }
  }

  range(errors, "hr", "heart_rate_bpm", parseNumber(form.hr), LIMITS.hr, "bpm", "100");
  range(errors, "spo2", "spo2_percent", parseNumber(form.spo2), LIMITS.spo2, "%", "98");
  const rr = parseNumber(form.rr);
  if (rr !== null && !Number.isNaN(rr) && !Number.isInteger(rr)) {
    errors.rr = { code: "not_a_number", field: "respiratory_rate_per_min", example: "24" };
  }
  range(errors, "rr", "respiratory_rate_per_min", rr, LIMITS.rr, "/min", "24");

  if (form.antipyretic === "yes" && form.antipyreticAt.trim() !== "") {
    const given = parseDatetimeLocal(form.antipyreticAt);
    if (!given) errors.antipyretic = { code: "required", field: "antipyretic_given_at" };
    else if (at && given.getTime() > at.getTime()) {
      errors.antipyretic = { code: "inconsistent", field: "antipyretic_given_at" };
    } else if (at && given.getTime() < at.getTime() - LIMITS.antipyreticHours * 3_600_000) {
      errors.antipyretic = {
        code: "out_of_range",
        field: "antipyretic_given_at",
        max: LIMITS.antipyreticHours,
      };
    }
  }
  return errors;
}

/** The `Reading` for the shell: only what was filled in or answered. An unanswered
 *  question is not sent, so the engine keeps the family's last answer to it instead of
 *  hearing "no sign, no medicine, pump fine" (the repeat-reading trap). A repeat form sends
 *  only its own value. Call after `validate` passed. */
export function buildReading(form: ReadingFormState, repeat: RepeatOf | null = null): Reading {
  const at = parseDatetimeLocal(form.time);
  if (!at) throw new Error("buildReading: invalid time");
  const r: Reading = { taken_at: toLocalRfc3339(at) };
  const temp = parseNumber(form.temp);
  if (temp !== null && (!repeat || repeat === "temp")) r.temperature = { value: temp, unit: form.unit };
  const sys = parseNumber(form.systolic);
  const dia = parseNumber(form.diastolic);
  if (!repeat || repeat === "bp") {
    if (sys !== null) r.systolic_mmhg = sys;
    if (dia !== null) r.diastolic_mmhg = dia;
  }
  const hr = parseNumber(form.hr);
  if (hr !== null && (!repeat || repeat === "hr")) r.heart_rate_bpm = hr;
  if (repeat) return r;

  const spo2 = parseNumber(form.spo2);
  if (spo2 !== null) r.spo2_percent = spo2;
  const rr = parseNumber(form.rr);
  if (rr !== null) r.respiratory_rate_per_min = rr;
  if (form.antipyretic !== null) r.antipyretic_in_last_6h = form.antipyretic === "yes";
  if (form.antipyretic === "yes") {
    const given = parseDatetimeLocal(form.antipyreticAt);
    if (given) r.antipyretic_given_at = toLocalRfc3339(given);
  }
  // In checklist order, whatever order they were ticked in; "None of these" sends [].
  if (form.symptoms.length > 0) {
    r.symptoms = SYMPTOMS.map((s) => s.code).filter((c) => form.symptoms.includes(c));
  } else if (form.noSymptoms) {
    r.symptoms = [];
  }
  if (form.pump !== null) r.pump = form.pump;
  if (form.neuro !== null) r.neuro_check = form.neuro;
  return r;
}

/** The values the result asks to take again now (care-rules §7: hypotension and bradycardia
 *  "repeat the reading now", hypothermia "repeat the temperature now"), each opening a short
 *  form. A confirmed low pressure needs no third reading. */
export function repeatsFor(reasonCodes: readonly string[]): RepeatOf[] {
  const out: RepeatOf[] = [];
  if (reasonCodes.includes("hypotension") && !reasonCodes.includes("hypotension_confirmed")) out.push("bp");
  if (reasonCodes.includes("hypothermia")) out.push("temp");
  if (reasonCodes.includes("bradycardia")) out.push("hr");
  return out;
}
