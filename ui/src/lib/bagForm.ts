// The "new bag" form as plain data: what was typed, the checks before saving, the due-time
// preview and the `NewBag` sent to the shell. Kept out of the component so it can be tested.
import type { BagDuration, NewBag } from "./bindings";
import type { FieldError } from "./errors";
import { parseDatetimeLocal, parseNumber, toDatetimeLocal, toLocalRfc3339 } from "./format";

/** The label's durations, in hours, in the order the list offers them. */
export const BAG_DURATIONS: readonly { code: BagDuration; hours: number }[] = [
  { code: "24h", hours: 24 },
  { code: "48h", hours: 48 },
  { code: "72h", hours: 72 },
  { code: "96h", hours: 96 },
  { code: "7d", hours: 168 },
];

export const DEFAULT_BAG_DURATION: BagDuration = "48h";

/** The shell's limits (crates/centinela-rules/src/bag.rs), inclusive. */
export const BAG_LIMITS = {
  extensionHours: [0, 8],
  futureMinutes: 5,
  /** The longest bag, its extension and a day. */
  pastHours: 168 + 8 + 24,
} as const;

export function durationHours(d: BagDuration): number {
  return BAG_DURATIONS.find((x) => x.code === d)?.hours ?? 48;
}

/** When a bag runs out: hung + duration + extension, as elapsed time (a change to or from
 *  daylight saving time never moves it, exactly as the shell counts). */
export function bagDueAt(hungAt: Date, duration: BagDuration, extensionHours: number): Date {
  return new Date(hungAt.getTime() + (durationHours(duration) + extensionHours) * 3_600_000);
}

export type BagFormState = {
  /** `datetime-local` value. */
  hungAt: string;
  duration: BagDuration;
  /** Hours, as typed. */
  extension: string;
  note: string;
  by: string;
};

export function emptyBagForm(now: Date, caregiver: string | null): BagFormState {
  return {
    hungAt: toDatetimeLocal(now),
    duration: DEFAULT_BAG_DURATION,
    extension: "0",
    note: "",
    by: caregiver ?? "",
  };
}

export type BagSlot = "hung" | "extension" | "general";
export type BagErrors = Partial<Record<BagSlot, FieldError>>;

/** Where a rejected bag field's message is shown. */
export function bagSlot(field: string): BagSlot {
  const f = field.replace(/^bag\./, "");
  if (f === "hung_at") return "hung";
  if (f === "extension_hours") return "extension";
  return "general";
}

/** The extension as a whole number of hours; null when empty (read as 0), NaN when not a
 *  whole number. */
function extensionOf(s: string): number | null {
  const v = parseNumber(s);
  if (v === null || Number.isNaN(v)) return v;
  return Number.isInteger(v) ? v : NaN;
}

/** The checks made before asking the shell (the shell checks again with the same rules). */
export function validateBag(f: BagFormState, now: Date): BagErrors {
  const errors: BagErrors = {};
  const at = parseDatetimeLocal(f.hungAt);
  if (!at) errors.hung = { code: "required", field: "hung_at" };
  else if (at.getTime() > now.getTime() + BAG_LIMITS.futureMinutes * 60_000) {
    errors.hung = { code: "future_reading", field: "hung_at" };
  } else if (now.getTime() - at.getTime() > BAG_LIMITS.pastHours * 3_600_000) {
    errors.hung = { code: "out_of_range", field: "hung_at" };
  }
  const ext = extensionOf(f.extension);
  const [min, max] = BAG_LIMITS.extensionHours;
  if (ext !== null && Number.isNaN(ext)) {
    errors.extension = { code: "not_a_number", field: "extension_hours", example: "2" };
  } else if (ext !== null && (ext < min || ext > max)) {
    errors.extension = { code: "out_of_range", field: "extension_hours", min, max, unit: "h" };
  }
  return errors;
}

/** The due time to show while the form is filled in, or what keeps it from being shown:
 *  the time the bag was hung, or the pharmacy's hours. */
export function bagPreview(f: BagFormState): { due: Date } | { missing: "hung" | "extension" } {
  const at = parseDatetimeLocal(f.hungAt);
  if (!at) return { missing: "hung" };
  const ext = extensionOf(f.extension);
  const [min, max] = BAG_LIMITS.extensionHours;
  if (ext !== null && (Number.isNaN(ext) || ext < min || ext > max)) return { missing: "extension" };
  return { due: bagDueAt(at, f.duration, ext ?? 0) };
}

/** The `NewBag` for the shell, and who logged it. Call after `validateBag` passed. */
export function buildBag(f: BagFormState): { bag: NewBag; by: string | null } {
  const at = parseDatetimeLocal(f.hungAt);
  if (!at) throw new Error("buildBag: invalid time");
  const bag: NewBag = {
    hung_at: toLocalRfc3339(at),
    duration: f.duration,
    extension_hours: extensionOf(f.extension) ?? 0,
  };
  if (f.note.trim()) bag.note = f.note.trim();
  return { bag, by: f.by.trim() || null };
}
