// The guided neurological check (care-rules v2 §4.5, ASTCT 2019) as plain functions: which
// screen a child gets, the questions in the order they are asked, and the score. The same
// scoring as crates/centinela-rules/src/neuro.rs (which scores the nurse's baseline again when it is stored);
// the engine itself receives only the score. Unit-tested against hand-worked examples.
import type { DiaryEntry, NeuroBaseline, NeuroCheck, NeuroScale, Reading } from "./bindings";
import { toLocalRfc3339 } from "./format";

/** ICE from 12 completed years (care-rules §3), CAPD under 12. */
export const ICE_FROM_YEARS = 12;
/** CAPD: 9 or more is positive (care-rules §4.5). */
export const CAPD_POSITIVE = 9;
export const ICE_MAX = 10;
export const CAPD_MAX = 32;

/** The ten ICE items, in the order they are asked; each is right (1) or wrong (0). */
export const ICE_ITEMS = [
  "year",
  "month",
  "city",
  "hospital",
  "object1",
  "object2",
  "object3",
  "command",
  "writing",
  "counting",
] as const;
export type IceItem = (typeof ICE_ITEMS)[number];

/** The eight CAPD observations (Traube 2014), in order; items 1–4 are scored in reverse. */
export const CAPD_ITEMS = [
  "eye_contact",
  "purposeful",
  "aware",
  "communicates",
  "restless",
  "inconsolable",
  "underactive",
  "slow_response",
] as const;
export type CapdItem = (typeof CAPD_ITEMS)[number];
export const CAPD_REVERSED = 4;

/** The five CAPD answers, 0 = never … 4 = always. */
export const CAPD_ANSWERS = ["never", "rarely", "sometimes", "often", "always"] as const;
export type CapdAnswer = (typeof CAPD_ANSWERS)[number];

/** The parts of the ICE screen, for the heading of each question. */
export function iceSection(item: IceItem): "orientation" | "naming" | "command" | "writing" | "counting" {
  if (item === "year" || item === "month" || item === "city" || item === "hospital") return "orientation";
  if (item.startsWith("object")) return "naming";
  return item as "command" | "writing" | "counting";
}

/** "2014-03-01" → its parts; `null` when it is not a date. */
function ymd(date: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** Completed years on the local date of `on` (born on 29 February: a year older on 1 March
 *  in other years). `null` when `on` is before the birth date or the date is unreadable. */
export function completedYears(birthDate: string, on: Date): number | null {
  const b = ymd(birthDate);
  if (!b) return null;
  const [by, bm, bd] = b;
  const y = on.getFullYear();
  const m = on.getMonth() + 1;
  const d = on.getDate();
  let years = y - by;
  if (m < bm || (m === bm && d < bd)) years -= 1;
  if (years < 0) return null;
  return years;
}

/** The screen for the child's age on `on`: ICE from 12, CAPD under 12. */
export function scaleFor(birthDate: string, on: Date): NeuroScale | null {
  const years = completedYears(birthDate, on);
  if (years === null) return null;
  return years >= ICE_FROM_YEARS ? "ice" : "capd";
}

export function itemCount(scale: NeuroScale): number {
  return scale === "ice" ? ICE_ITEMS.length : CAPD_ITEMS.length;
}

/** The ICE score: one point per right answer (ten answers, each 0 or 1). */
export function iceScore(items: readonly number[]): number {
  if (items.length !== ICE_ITEMS.length) throw new RangeError(`the ICE check has ${ICE_ITEMS.length} answers, not ${items.length}`);
  for (const a of items) if (a !== 0 && a !== 1) throw new RangeError("an ICE answer is 0 or 1");
  return items.reduce((s, a) => s + a, 0);
}

/** The CAPD score: items 1–4 count 4 − answer, items 5–8 count the answer (answers 0–4). */
export function capdScore(items: readonly number[]): number {
  if (items.length !== CAPD_ITEMS.length) throw new RangeError(`the CAPD check has ${CAPD_ITEMS.length} answers, not ${items.length}`);
  let sum = 0;
  items.forEach((a, i) => {
    if (!Number.isInteger(a) || a < 0 || a > 4) throw new RangeError("a CAPD answer is 0 to 4");
    sum += i < CAPD_REVERSED ? 4 - a : a;
  });
  return sum;
}

export function score(scale: NeuroScale, items: readonly number[]): number {
  return scale === "ice" ? iceScore(items) : capdScore(items);
}

/** The check as the engine takes it. */
export function neuroCheckOf(scale: NeuroScale, value: number): NeuroCheck {
  return scale === "ice" ? { ice: value } : { capd: value };
}

/** The scale and score of a stored check (`null` when the reading has none). */
export function scoreOf(check: NeuroCheck | null | undefined): { scale: NeuroScale; score: number } | null {
  if (!check) return null;
  if (check.ice != null) return { scale: "ice", score: check.ice };
  if (check.capd != null) return { scale: "capd", score: check.capd };
  return null;
}

/** A change from normal as the engine reads it (§4.5): ICE below 10, CAPD 9 or more. */
export function outsideNormal(scale: NeuroScale, value: number): boolean {
  return scale === "ice" ? value < ICE_MAX : value >= CAPD_POSITIVE;
}

/** How a score compares with the child's own baseline, in the direction that is worse for
 *  the scale (ICE: lower is worse; CAPD: higher is worse). */
export function versusBaseline(scale: NeuroScale, value: number, baseline: number): "same" | "worse" | "better" {
  if (value === baseline) return "same";
  const worse = scale === "ice" ? value < baseline : value > baseline;
  return worse ? "worse" : "better";
}

/** The newest baseline of this scale (the list comes newest first). */
export function baselineFor(baselines: readonly NeuroBaseline[], scale: NeuroScale): NeuroBaseline | null {
  return baselines.find((b) => b.scale === scale) ?? null;
}

/** The guided check in progress: the answers so far (`null`: not answered yet). */
export type CheckState = { scale: NeuroScale; answers: (number | null)[]; at: number };

export function startCheck(scale: NeuroScale): CheckState {
  return { scale, answers: Array(itemCount(scale)).fill(null), at: 0 };
}

/** Answer the current question and move to the next one. */
export function answer(s: CheckState, value: number): CheckState {
  const answers = [...s.answers];
  answers[s.at] = value;
  return { ...s, answers, at: Math.min(s.at + 1, answers.length) };
}

/** One question back (the answer given stays until changed). */
export function back(s: CheckState): CheckState {
  return { ...s, at: Math.max(0, s.at - 1) };
}

export function complete(s: CheckState): boolean {
  return s.answers.every((a) => a !== null);
}

/** The answers and score, once every question is answered. */
export function result(s: CheckState): { items: number[]; score: number; check: NeuroCheck } | null {
  if (!complete(s)) return null;
  const items = s.answers as number[];
  const value = score(s.scale, items);
  return { items, score: value, check: neuroCheckOf(s.scale, value) };
}

/** A reading that carries only the check: everything else is left unanswered (null is never
 *  "no"), which the engine accepts (care-rules §3: at least one measurement, answer or check). */
export function neuroOnlyReading(check: NeuroCheck, takenAt: Date): Reading {
  return { taken_at: toLocalRfc3339(takenAt), neuro_check: check };
}

/** A daily check: suggested when there is no check in the last 24 hours. `lastCheckAt` is the
 *  time of the newest reading carrying a check (`null`: none). */
export const DAILY_HOURS = 24;
export function dailyCheckDue(lastCheckAt: string | null, now: Date): boolean {
  if (!lastCheckAt) return true;
  return now.getTime() - new Date(lastCheckAt).getTime() >= DAILY_HOURS * 3600_000;
}

/** The neurological signs of the checklist (care-rules §4.5): any one ticked suggests a check. */
export const NEURO_SIGNS = [
  "confusion",
  "speech_difficulty",
  "tremor",
  "unusual_sleepiness",
  "balance_problem",
  "not_interacting",
  "inconsolable_cry",
  "seizure",
  "unresponsive",
] as const;

export function hasNeuroSign(symptoms: readonly string[] | null | undefined): boolean {
  return (symptoms ?? []).some((s) => (NEURO_SIGNS as readonly string[]).includes(s));
}

/** What Home suggests: a check now because the newest checklist (last 6 hours) ticks a
 *  neurological sign and no check was done at or after it; else the daily check when none
 *  was done in 24 hours; else nothing. `entries` are the diary's (any order); corrected
 *  readings do not count. */
export function neuroSuggestion(
  entries: readonly DiaryEntry[],
  now: Date,
  daily = true,
): "sign" | "daily" | null {
  const live = entries
    .filter((e) => !e.superseded_by && new Date(e.reading.taken_at).getTime() <= now.getTime())
    .sort((a, b) => new Date(b.reading.taken_at).getTime() - new Date(a.reading.taken_at).getTime());
  const lastCheck = live.find((e) => scoreOf(e.reading.neuro_check) !== null) ?? null;
  const lastList = live.find((e) => e.reading.symptoms != null) ?? null;
  const checkAt = lastCheck ? new Date(lastCheck.reading.taken_at).getTime() : -Infinity;
  if (lastList && hasNeuroSign(lastList.reading.symptoms)) {
    const at = new Date(lastList.reading.taken_at).getTime();
    if (now.getTime() - at <= 6 * 3600_000 && checkAt < at) return "sign";
  }
  if (daily && dailyCheckDue(lastCheck ? lastCheck.reading.taken_at : null, now)) return "daily";
  return null;
}
