// The new-reading form as plain data: what was typed, the checks before saving, and the
// `Reading` sent to the shell. Kept out of the component so it can be unit-tested.
import type { Action, PumpStatus, Reading, Symptom, TempUnit } from "./bindings";
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
];

export type SymptomGroup = "emergency" | "call_now" | "call_today";

/** The checklist grouped by action, emergency signs first. */
export const SYMPTOM_GROUPS: readonly { action: SymptomGroup; codes: Symptom[] }[] = (
  ["emergency", "call_now", "call_today"] as const
).map((action) => ({
  action,
  codes: SYMPTOMS.filter((s) => s.action === action).map((s) => s.code),
}));

export const PUMP_STATUSES: readonly PumpStatus[] = [
  "running",
  "alarm",
  "stopped",
  "disconnected",
  "leaking",
  "bag_empty",
];

/** What the form holds: text exactly as typed, so invalid input stays on screen. */
export type ReadingFormState = {
  time: string;
  temp: string;
  unit: TempUnit;
  systolic: string;
  diastolic: string;
  hr: string;
  spo2: string;
  antipyretic: boolean;
  symptoms: Symptom[];
  pump: PumpStatus;
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
    antipyretic: false,
    symptoms: [],
    pump: "running",
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
    antipyretic: r.antipyretic_in_last_6h ?? false,
    symptoms: [...(r.symptoms ?? [])],
    pump: r.pump ?? "running",
  };
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
export function validate(form: ReadingFormState, now: Date): FormErrors {
  const errors: FormErrors = {};
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
  return errors;
}

/** The `Reading` for the shell: only what was filled in. Symptoms are always sent (the
 *  checklist was shown: an empty list means "nothing ticked"), as are the fever-medicine
 *  answer and the pump status (both asked on the form). Call after `validate` passed. */
export function buildReading(form: ReadingFormState): Reading {
  const at = parseDatetimeLocal(form.time);
  if (!at) throw new Error("buildReading: invalid time");
  const r: Reading = { taken_at: toLocalRfc3339(at) };
  const temp = parseNumber(form.temp);
  if (temp !== null) r.temperature = { value: temp, unit: form.unit };
  const sys = parseNumber(form.systolic);
  const dia = parseNumber(form.diastolic);
  if (sys !== null) r.systolic_mmhg = sys;
  if (dia !== null) r.diastolic_mmhg = dia;
  const hr = parseNumber(form.hr);
  if (hr !== null) r.heart_rate_bpm = hr;
  const spo2 = parseNumber(form.spo2);
  if (spo2 !== null) r.spo2_percent = spo2;
  r.antipyretic_in_last_6h = form.antipyretic;
  // In checklist order, whatever order they were ticked in.
  r.symptoms = SYMPTOMS.map((s) => s.code).filter((c) => form.symptoms.includes(c));
  r.pump = form.pump;
  return r;
}
