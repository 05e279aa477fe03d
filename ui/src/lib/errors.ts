// Error codes → sentences in the chosen language. Rust's English `message` is only a
// last-resort fallback, never the first choice.
import type { CommandError, Rejection } from "./bindings";
import { formatNumber } from "./format";
import { t, type Key, type Lang } from "./i18n";

/** One problem with one field, as a code plus what is needed to say it in words. */
export type FieldError = {
  code: string;
  field: string;
  min?: number | null;
  max?: number | null;
  unit?: string | null;
  /** The value that was typed, when the sentence repeats it. */
  value?: number | null;
  /** An example for "write a number". */
  example?: string;
  /** The shell's English log message: only used to tell two cases of one code apart. */
  message?: string;
};

export type ReadingSlot = "time" | "temp" | "bp" | "hr" | "spo2" | "rr" | "antipyretic" | "general";

/** Where a rejected reading field's message is shown on the reading form. */
export function readingSlot(field: string): ReadingSlot {
  const f = field.replace(/^readings\[\d+\]\./, "");
  if (f.startsWith("temperature")) return "temp";
  if (f === "systolic_mmhg" || f === "diastolic_mmhg") return "bp";
  if (f === "heart_rate_bpm") return "hr";
  if (f === "spo2_percent") return "spo2";
  if (f === "respiratory_rate_per_min") return "rr";
  if (f === "antipyretic_given_at") return "antipyretic";
  if (f === "taken_at") return "time";
  return "general";
}

export type SetupSlot =
  | "name"
  | "birth"
  | "weight"
  | "height"
  | "fever"
  | "team-name"
  | "team-phone"
  | "second-name"
  | "second-phone"
  | "ed-name"
  | "ed-phone"
  | "emergency-number"
  | "course-start"
  | "course-end"
  | "course-step-up"
  | "course-reading-every"
  | "course-close-watch"
  | "course-heads-up"
  | "general";

/** Where a rejected setup field's message is shown. `contactSlots[i]` names the form
 *  section that produced `contacts[i]` (the list only holds the contacts filled in). */
export function setupSlot(field: string, contactSlots: readonly string[]): SetupSlot {
  switch (field) {
    case "patient.name":
      return "name";
    case "patient.birth_date":
      return "birth";
    case "patient.weight_kg":
      return "weight";
    case "patient.height_cm":
      return "height";
    case "care_plan.fever_threshold_c":
      return "fever";
    case "course.start":
    case "settings.course_start":
      return "course-start";
    case "course.end":
      return "course-end";
    case "course.step_up_day":
      return "course-step-up";
    case "course.reading_every_hours":
      return "course-reading-every";
    case "course.close_watch_every_hours":
      return "course-close-watch";
    case "course.bag_heads_up_minutes":
      return "course-heads-up";
  }
  const m = /^contacts\[(\d+)\]\.(name|phone)$/.exec(field);
  if (m) {
    const section = contactSlots[Number(m[1])];
    if (section === "emergency") return "emergency-number";
    if (section) return `${section}-${m[2]}` as SetupSlot;
  }
  return "general";
}

/** The field an error is about, if any (e.g. `contacts[0].phone` for `invalid_phone`). */
export function commandErrorField(e: CommandError): string | null {
  return e.rejection?.field ?? e.field ?? null;
}

/** The field error a command error carries, if it is about one field. */
export function fieldErrorOf(e: CommandError): FieldError | null {
  if (e.code === "rejected" && e.rejection) return fromRejection(e.rejection);
  if (e.code === "invalid_phone") {
    const field = commandErrorField(e);
    return field ? { code: "invalid_phone", field } : null;
  }
  return null;
}

export function fromRejection(r: Rejection): FieldError {
  return { code: r.code, field: r.field, min: r.min, max: r.max, unit: r.unit, message: r.message };
}

function num(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined) return "";
  return formatNumber(n, lang, Number.isInteger(n) ? 0 : 1);
}

/** The sentence for one field error. */
/**
 * Where a failed save's error belongs: next to its field (`slot` names the input, through the
 * form's own `slotOf`), or in the box above the form when no field fits.
 */
export function placeSaveError<S extends string>(
  x: unknown,
  slotOf: (field: string) => S | "general",
): { slot: S; error: FieldError } | { general: CommandError } {
  const ce = x as CommandError;
  if (ce.code === "rejected" && ce.rejection) {
    const slot = slotOf(ce.rejection.field);
    if (slot !== "general") return { slot: slot as S, error: fromRejection(ce.rejection) };
  }
  return { general: ce };
}

export function fieldErrorText(e: FieldError, lang: Lang): string {
  const f = e.field.replace(/^readings\[\d+\]\./, "");
  const vars = {
    min: num(e.min, lang),
    max: num(e.max, lang),
    unit: e.unit ?? "",
    value: num(e.value, lang),
    example: e.example ?? "",
  };
  const say = (k: Key) => t(k, lang, vars);
  switch (e.code) {
    case "not_a_number":
      if (f === "extension_hours" || f.startsWith("course-") || f === "respiratory_rate_per_min") {
        return say("err-wholeNumber");
      }
      return say("err-number");
    case "required":
    case "missing_field":
      if (f === "taken_at") return say("err-time-missing");
      if (f === "temperature.value") return say("err-repeat-temp");
      if (f === "systolic_mmhg") return say("err-repeat-bp");
      if (f === "heart_rate_bpm") return say("err-repeat-hr");
      if (f === "antipyretic_given_at") return say("err-antipyretic-time");
      if (f === "given_at") return say("err-steroid-time");
      if (f === "reading") return say("err-reading-empty");
      if (f === "hung_at") return say("err-bag-hungMissing");
      if (f === "reason") return say("err-pause-reason");
      if (f === "caregivers") return say("err-signoff-caregivers");
      if (f === "nurse") return say("err-signoff-nurse");
      if (/^contacts\[\d+\]\.name$/.test(f)) return say("err-name-required");
      return say("err-required");
    case "invalid_phone":
      return say("err-phone");
    case "looks_like_fahrenheit":
      return say("err-temp-looksF");
    case "future_reading":
      return say("err-time-future");
    case "both_or_neither":
      return say("err-bp-both");
    case "inconsistent":
      // Systolic and diastolic come together, and diastolic is the lower one. The shell
      // uses one code for both; "missing" in its log message tells them apart.
      if (f === "systolic_mmhg" || /missing/.test(e.message ?? "")) return say("err-bp-both");
      if (f === "diastolic_mmhg") return say("err-bp-order");
      if (f === "course.close_watch_every_hours") return say("err-course-closeWatchLonger");
      if (f === "pause") return say(/not paused/.test(e.message ?? "") ? "err-pause-notPaused" : "err-pause-already");
      if (f === "id") return say("err-reminder-bagDue");
      if (f === "antipyretic_given_at") return say("err-antipyretic-afterReading");
      break;
    case "out_of_range":
      switch (f) {
        case "temperature.value":
          return say("err-temp-range");
        case "systolic_mmhg":
          return say("err-bp-systolicRange");
        case "diastolic_mmhg":
          return say("err-bp-diastolicRange");
        case "heart_rate_bpm":
          return say("err-hr-range");
        case "spo2_percent":
          return say("err-spo2-range");
        case "respiratory_rate_per_min":
          return say("err-rr-range");
        case "antipyretic_given_at":
          return say("err-antipyretic-tooEarly");
        case "taken_at":
        case "given_at":
          return say("err-time-beforeBirth");
        case "patient.birth_date":
          return say(/after today/.test(e.message ?? "") ? "err-birth-future" : "err-birth-range");
        case "patient.weight_kg":
          return say("err-weight-range");
        case "patient.height_cm":
          return say("err-height-range");
        case "care_plan.fever_threshold_c":
          return say("err-fever-range");
        case "settings.course_start":
        case "course.start":
          return say("err-courseStart");
        case "course.end":
          return say("err-course-end");
        case "course.step_up_day":
          return say("err-course-stepUp");
        case "course.reading_every_hours":
        case "course.close_watch_every_hours":
          return say("err-course-every");
        case "course.bag_heads_up_minutes":
          return say("err-course-headsUp");
        case "hung_at":
          return say("err-bag-hungRange");
        case "extension_hours":
          return say("err-bag-extension");
      }
      if (e.min !== null && e.min !== undefined && e.max !== null && e.max !== undefined) {
        return say("err-range");
      }
      break;
  }
  return say("err-cmd-rejected");
}

const COMMAND_CODES = [
  "storage",
  "no_patient",
  "not_found",
  "already_amended",
  "already_acknowledged",
  "newer_version",
  "not_a_diary",
  "corrupt",
  "invalid_phone",
  "rejected",
  "training_order",
  // Reports, exports and backups (core/src/diary/backup/, src-tauri/src/exports.rs, backups.rs)
  "missing",
  "not_a_file",
  "unreadable",
  "not_sqlite",
  "damaged",
  "empty_diary",
  "nothing_to_back_up",
  "dest_is_diary",
  "write_failed",
  "check_failed",
  "restore_failed",
  "restore_incomplete",
  "not_a_backup_choice",
  "export_failed",
  "open_failed",
  "not_exported",
  // The disk under the diary (core/src/diary/error.rs): the save did not happen.
  "disk_full",
  "read_only",
  "disk_io",
] as const;

/** The sentence for a command error that is not about one field. */
export function commandErrorText(e: CommandError, lang: Lang): string {
  if (e.code === "rejected" && e.rejection) return fieldErrorText(fromRejection(e.rejection), lang);
  // One code for a damaged backup and a damaged diary; the store's log message tells them apart.
  if (e.code === "damaged" && /^the diary file/.test(e.message)) return t("err-cmd-diary_damaged", lang);
  if ((COMMAND_CODES as readonly string[]).includes(e.code)) {
    return t(`err-cmd-${e.code as (typeof COMMAND_CODES)[number]}`, lang);
  }
  // Never the shell's English message on a screen (issue 17): the code is enough for the team.
  return t("err-cmd-unknown", lang, { code: e.code });
}

const STARTUP_CODES = ["newer_version", "not_a_diary", "disk_full", "read_only", "disk_io", "damaged"] as const;

/** Why the diary could not be opened when Centinela started. Nothing was typed yet, so
 *  these never say "press Save again" as the command texts do. */
export function startupErrorText(e: CommandError, lang: Lang): string {
  if ((STARTUP_CODES as readonly string[]).includes(e.code)) {
    return t(`startup-${e.code as (typeof STARTUP_CODES)[number]}`, lang);
  }
  return t("startup-other", lang, { message: commandErrorText(e, lang) });
}
