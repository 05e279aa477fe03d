// Training mode's logic as plain functions: what "Continue" opens, how a practice situation
// reads in the family's unit and language, and how an answer is judged. Unit-tested.
import type {
  Action,
  AttemptResult,
  EntryField,
  NewSignOff,
  ScenarioCard,
  ScenarioProgress,
  ShownReading,
  TempUnit,
  TrainingOverview,
} from "./bindings";
import { formatDateTimeWithYear, formatNumber, formatTemp, tempIn } from "./format";
import { t, type Lang } from "./i18n";
import { MODULE_IDS } from "./trainingModules";

/** The four answers to "What do you do now?", most urgent first. */
export const ANSWERS: readonly Action[] = ["emergency", "call_now", "call_today", "routine"];

/** A child's age as a parent says it: months under one year, whole years from then on. */
export function ageText(months: number, lang: Lang): string {
  const m = Math.max(0, Math.floor(months));
  if (m < 12) return t(m === 1 ? "training-age-month" : "training-age-months", lang, { n: m });
  const y = Math.floor(m / 12);
  return t(y === 1 ? "training-age-year" : "training-age-years", lang, { n: y });
}

/** One fact of "What you see". */
export type ShownLine = { key: string; label: string; value: string };

/** The situation's facts in the family's temperature unit (°F with one decimal, rounded as
 *  everywhere else in the app) and in words. Facts the story does not give are left out. */
export function shownLines(shown: ShownReading, unit: TempUnit, lang: Lang): ShownLine[] {
  const out: ShownLine[] = [];
  if (shown.temperature_c !== null) {
    out.push({
      key: "temp",
      label: t("value-temp", lang),
      value: formatTemp(tempIn(shown.temperature_c, "C", unit), unit, lang),
    });
  }
  if (shown.systolic_mmhg !== null && shown.diastolic_mmhg !== null) {
    out.push({
      key: "bp",
      label: t("value-bp", lang),
      value: `${formatNumber(shown.systolic_mmhg, lang)}/${formatNumber(shown.diastolic_mmhg, lang)} mmHg`,
    });
  }
  if (shown.heart_rate_bpm !== null) {
    out.push({
      key: "hr",
      label: t("value-hr", lang),
      value: `${formatNumber(shown.heart_rate_bpm, lang)} ${t("unit-bpm", lang)}`,
    });
  }
  if (shown.spo2_percent !== null) {
    out.push({
      key: "spo2",
      label: t("value-spo2", lang),
      value: `${formatNumber(shown.spo2_percent, lang)} %`,
    });
  }
  out.push({
    key: "antipyretic",
    label: t("training-shown-antipyretic", lang),
    value: t(shown.antipyretic_in_last_6h ? "training-yes" : "training-no", lang),
  });
  out.push({
    key: "symptoms",
    label: t("training-shown-symptoms", lang),
    value:
      shown.symptoms.length === 0
        ? t("training-shown-noSymptoms", lang)
        : shown.symptoms.map((s) => t(`symptom-${s}`, lang)).join(" · "),
  });
  if (shown.pump !== null) {
    out.push({ key: "pump", label: t("diary-pump", lang), value: t(`pump-${shown.pump}`, lang) });
  }
  const nc = shown.neuro_check;
  if (nc && nc.ice != null) {
    out.push({
      key: "neuro",
      label: t("training-shown-neuro-ice", lang),
      value: t("training-shown-neuroValue-ice", lang, { score: formatNumber(nc.ice, lang) }),
    });
  } else if (nc && nc.capd != null) {
    out.push({
      key: "neuro",
      label: t("training-shown-neuro-capd", lang),
      value: t("training-shown-neuroValue-capd", lang, { score: formatNumber(nc.capd, lang) }),
    });
  }
  return out;
}

/** A reading already in the practice diary, as the card shows it: when, and its facts. */
export type EarlierLines = { minutesBefore: number; when: string; lines: ShownLine[] };

/** The practice diary's earlier readings (oldest first), in the family's unit and words. */
export function earlierLines(card: ScenarioCard, unit: TempUnit, lang: Lang): EarlierLines[] {
  return card.earlier.map((e) => ({
    minutesBefore: e.minutes_before,
    when: t("training-earlier-ago", lang, { n: e.minutes_before }),
    lines: shownLines(e.shown, unit, lang),
  }));
}

/** Where "Continue where you left off" goes. */
export type ContinueTarget =
  | { kind: "answer"; scenario: string }
  | { kind: "story"; scenario: string }
  | { kind: "module"; module: string }
  | { kind: "scenario"; scenario: string }
  | { kind: "signoff" };

/** The scenario in play first (straight to the question when its reading is saved), then the
 *  next module not covered, then the next scenario not passed, then the sign-off. */
export function continueTarget(o: TrainingOverview): ContinueTarget {
  const ip = o.in_progress;
  if (ip) return { kind: ip.saved ? "answer" : "story", scenario: ip.scenario.id };
  const done = new Set(o.modules.filter((m) => m.done_at !== null).map((m) => m.id));
  const order = o.modules.length > 0 ? o.modules.map((m) => m.id) : [...MODULE_IDS];
  const module = order.find((id) => !done.has(id));
  if (module) return { kind: "module", module };
  const scenario = o.scenarios.find((s) => s.passed !== true);
  if (scenario) return { kind: "scenario", scenario: scenario.id };
  return { kind: "signoff" };
}

export type ScenarioState = "not_tried" | "passed" | "retry";

export function scenarioState(s: ScenarioProgress): ScenarioState {
  if (s.passed === null) return "not_tried";
  return s.passed ? "passed" : "retry";
}

/** The scenario after `current`: the next one not yet passed (wrapping round), else simply
 *  the next one. `null` when there is no other scenario. */
export function nextScenario(scenarios: readonly ScenarioProgress[], current: string): string | null {
  const i = scenarios.findIndex((s) => s.id === current);
  const n = scenarios.length;
  if (n === 0) return null;
  for (let k = 1; k < n; k++) {
    const s = scenarios[(i + k + n) % n];
    if (s.passed !== true && s.id !== current) return s.id;
  }
  const next = scenarios[(i + 1 + n) % n];
  return next && next.id !== current ? next.id : null;
}

/** The verdict on an answer: right when it matches what Centinela said for the entry. */
export function verdict(r: AttemptResult): { correct: boolean; mark: "✔" | "✖"; key: "training-right" | "training-notQuite" } {
  return r.correct
    ? { correct: true, mark: "✔", key: "training-right" }
    : { correct: false, mark: "✖", key: "training-notQuite" };
}

/** "temperature, symptoms" in words. */
export function differencesText(fields: readonly EntryField[], lang: Lang): string {
  return fields.map((f) => t(`training-field-${f}`, lang)).join(", ");
}

/** Modules not yet covered, in teaching order. */
export function modulesNotDone(o: TrainingOverview): string[] {
  return o.modules.filter((m) => m.done_at === null).map((m) => m.id);
}

/** The sign-off form as typed. */
export type SignOffForm = { caregivers: string[]; nurse: string; note: string };

export type SignOffErrors = { caregivers?: true; nurse?: true };

export function emptySignOff(caregiver: string | null): SignOffForm {
  return { caregivers: [caregiver?.trim() ?? ""], nurse: "", note: "" };
}

export const MAX_CAREGIVERS = 4;

export function validateSignOff(f: SignOffForm): SignOffErrors {
  const e: SignOffErrors = {};
  if (!f.caregivers.some((c) => c.trim())) e.caregivers = true;
  if (!f.nurse.trim()) e.nurse = true;
  return e;
}

export function buildSignOff(f: SignOffForm): NewSignOff {
  const note = f.note.trim();
  return {
    caregivers: f.caregivers.map((c) => c.trim()).filter((c) => c),
    nurse: f.nurse.trim(),
    note: note ? note : null,
  };
}

/** "Nov 21, 2026, 4:05 PM": the sign-off's time, with the year (it is a record). */
export function dateTimeWithYear(iso: string, lang: Lang): string {
  return formatDateTimeWithYear(iso, lang);
}
