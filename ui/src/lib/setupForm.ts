// The first-run / settings form as plain data, and the `Setup` it sends.
import type { Contact, CoursePlan, Language, Setup, TempUnit } from "./bindings";
import type { FieldError, SetupSlot } from "./errors";
import { parseNumber } from "./format";

export type SetupFormState = {
  name: string;
  birthDate: string;
  weight: string;
  height: string;
  fever: string;
  teamName: string;
  teamPhone: string;
  secondName: string;
  secondPhone: string;
  edName: string;
  edPhone: string;
  edAddress: string;
  emergencyNumber: string;
  language: Language;
  unit: TempUnit;
  courseStart: string;
  courseEnd: string;
  /** Day number, as typed; empty when the dose does not change. */
  stepUpDay: string;
  readingEvery: string;
  closeWatchEvery: string;
  /** Minutes, as the value of the heads-up list. */
  headsUp: string;
  caregiver: string;
  /** The family's choice; null until they make one: then on when a course is entered. */
  startAtLogin: boolean | null;
};

/** The heads-up choices before a bag is due, in hours. */
export const HEADS_UP_HOURS = [1, 2, 3, 4, 6, 8, 12] as const;

/** The shell's course limits (crates/centinela-rules/src/course.rs), inclusive. */
export const COURSE_LIMITS = {
  maxDays: 21,
  everyHours: [1, 12],
  headsUpMinutes: [15, 720],
  defaults: { readingEvery: 6, closeWatchEvery: 4, headsUpMinutes: 120 },
} as const;

/** Days from `start` to `end`, both included (YYYY-MM-DD); null unless both are dates. */
export function courseDays(start: string, end: string): number | null {
  const day = (s: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
  };
  const a = day(start);
  const b = day(end);
  return a === null || b === null ? null : b - a + 1;
}

/** The minutes offered in the heads-up list; a saved value not among them is kept as a choice. */
export function headsUpChoices(current: string): number[] {
  const list: number[] = HEADS_UP_HOURS.map((h) => h * 60);
  const v = Number(current);
  if (current && Number.isInteger(v) && !list.includes(v)) list.push(v);
  return list.sort((a, b) => a - b);
}

export function emptySetupForm(language: Language): SetupFormState {
  return {
    name: "",
    birthDate: "",
    weight: "",
    height: "",
    fever: "38.0",
    teamName: "",
    teamPhone: "",
    secondName: "",
    secondPhone: "",
    edName: "",
    edPhone: "",
    edAddress: "",
    emergencyNumber: "911",
    language,
    unit: "C",
    courseStart: "",
    courseEnd: "",
    stepUpDay: "",
    readingEvery: String(COURSE_LIMITS.defaults.readingEvery),
    closeWatchEvery: String(COURSE_LIMITS.defaults.closeWatchEvery),
    headsUp: String(COURSE_LIMITS.defaults.headsUpMinutes),
    caregiver: "",
    // Opt-in (issue 4): the family chooses it; the label says why it is recommended.
    startAtLogin: null,
  };
}

export function setupFormFrom(s: Setup): SetupFormState {
  const f = emptySetupForm(s.settings.language);
  const c = (role: Contact["role"]) => s.contacts.find((x) => x.role === role);
  const team = c("team24h");
  const second = c("second");
  const ed = c("emergency_department");
  const emergency = c("emergency_number");
  return {
    ...f,
    name: s.patient.name,
    birthDate: s.patient.birth_date,
    weight: s.patient.weight_kg == null ? "" : String(s.patient.weight_kg),
    height: s.patient.height_cm == null ? "" : String(s.patient.height_cm),
    fever: s.care_plan.fever_threshold_c.toFixed(1),
    teamName: team?.name ?? "",
    teamPhone: team?.phone ?? "",
    secondName: second?.name ?? "",
    secondPhone: second?.phone ?? "",
    edName: ed?.name ?? "",
    edPhone: ed?.phone ?? "",
    edAddress: ed?.address ?? "",
    emergencyNumber: emergency?.phone ?? "",
    unit: s.settings.temperature_unit,
    courseStart: s.course?.start ?? "",
    courseEnd: s.course?.end ?? "",
    stepUpDay: s.course?.step_up_day == null ? "" : String(s.course.step_up_day),
    readingEvery: String(s.course?.reading_every_hours ?? f.readingEvery),
    closeWatchEvery: String(s.course?.close_watch_every_hours ?? f.closeWatchEvery),
    headsUp: String(s.course?.bag_heads_up_minutes ?? f.headsUp),
    caregiver: s.settings.caregiver ?? "",
    startAtLogin: s.settings.start_at_login,
  };
}

export type SetupErrors = Partial<Record<SetupSlot, FieldError>>;

/** The `Setup`, with `contactSlots[i]` naming the form section of `contacts[i]` (so an
 *  error on `contacts[1].phone` lands next to the right field). Empty optional sections
 *  are left out; a half-filled one is sent so the shell names what is missing. */
export function buildSetup(f: SetupFormState): {
  setup: Setup | null;
  contactSlots: string[];
  errors: SetupErrors;
} {
  const errors: SetupErrors = {};
  const contacts: Contact[] = [];
  const contactSlots: string[] = [];
  const add = (slot: string, role: Contact["role"], name: string, phone: string, address?: string) => {
    const hasAny = name.trim() || phone.trim() || (address ?? "").trim();
    if (!hasAny) return;
    const c: Contact = { role, name: name.trim(), phone: phone.trim() };
    if (address && address.trim()) c.address = address.trim();
    contacts.push(c);
    contactSlots.push(slot);
  };
  add("team", "team24h", f.teamName, f.teamPhone);
  add("second", "second", f.secondName, f.secondPhone);
  add("ed", "emergency_department", f.edName, f.edPhone, f.edAddress);
  if (f.emergencyNumber.trim()) {
    contacts.push({ role: "emergency_number", name: "", phone: f.emergencyNumber.trim() });
    contactSlots.push("emergency");
  }

  if (!f.name.trim()) errors.name = { code: "required", field: "patient.name" };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.birthDate)) {
    errors.birth = { code: "required", field: "patient.birth_date" };
  }
  const weight = parseNumber(f.weight);
  if (weight !== null && Number.isNaN(weight)) {
    errors.weight = { code: "not_a_number", field: "patient.weight_kg", example: "18.5" };
  }
  const height = parseNumber(f.height);
  if (height !== null && Number.isNaN(height)) {
    errors.height = { code: "not_a_number", field: "patient.height_cm", example: "105" };
  }
  const fever = parseNumber(f.fever);
  if (fever === null) errors.fever = { code: "required", field: "care_plan.fever_threshold_c" };
  else if (Number.isNaN(fever)) {
    errors.fever = { code: "not_a_number", field: "care_plan.fever_threshold_c", example: "38.0" };
  } else if (fever < 37.5 || fever > 38.5) {
    errors.fever = { code: "out_of_range", field: "care_plan.fever_threshold_c", min: 37.5, max: 38.5, unit: "°C" };
  }
  const course = buildCourse(f, errors);
  if (Object.keys(errors).length > 0) return { setup: null, contactSlots, errors };

  const setup: Setup = {
    patient: {
      name: f.name.trim(),
      birth_date: f.birthDate,
      weight_kg: weight,
      height_cm: height,
    },
    care_plan: { fever_threshold_c: fever as number },
    contacts,
    settings: {
      language: f.language,
      temperature_unit: f.unit,
      caregiver: f.caregiver.trim() || null,
      start_at_login: startsAtLogin(f),
    },
    course,
  };
  return { setup, contactSlots, errors };
}

/** A whole number as typed; null when empty, NaN when not a whole number. */
function wholeNumber(s: string): number | null {
  const v = parseNumber(s);
  if (v === null || Number.isNaN(v)) return v;
  return Number.isInteger(v) ? v : NaN;
}

/** The course plan, or null when no date of it is filled in (the team has not decided yet).
 *  Problems are added to `errors` under the course's slots. */
function buildCourse(f: SetupFormState, errors: SetupErrors): CoursePlan | null {
  const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
  if (!f.courseStart.trim() && !f.courseEnd.trim() && !f.stepUpDay.trim()) return null;
  const before = Object.keys(errors).length;
  if (!isDate(f.courseStart)) errors["course-start"] = { code: "required", field: "course.start" };
  if (!isDate(f.courseEnd)) errors["course-end"] = { code: "required", field: "course.end" };
  const days = courseDays(f.courseStart, f.courseEnd);
  if (days !== null && (days < 1 || days > COURSE_LIMITS.maxDays)) {
    errors["course-end"] = {
      code: "out_of_range",
      field: "course.end",
      min: 1,
      max: COURSE_LIMITS.maxDays,
      unit: "days",
    };
  }
  const stepUp = wholeNumber(f.stepUpDay);
  if (stepUp !== null && Number.isNaN(stepUp)) {
    errors["course-step-up"] = { code: "not_a_number", field: "course.step_up_day", example: "8" };
  } else if (stepUp !== null && days !== null && (stepUp < 2 || stepUp > days)) {
    errors["course-step-up"] = {
      code: "out_of_range",
      field: "course.step_up_day",
      min: 2,
      max: Math.max(2, days),
      unit: "day",
    };
  }
  const [lo, hi] = COURSE_LIMITS.everyHours;
  const every = (slot: "course-reading-every" | "course-close-watch", field: string, s: string) => {
    const v = wholeNumber(s);
    if (v === null) errors[slot] = { code: "required", field };
    else if (Number.isNaN(v)) errors[slot] = { code: "not_a_number", field, example: "4" };
    else if (v < lo || v > hi) errors[slot] = { code: "out_of_range", field, min: lo, max: hi, unit: "h" };
    return v;
  };
  const readingEvery = every("course-reading-every", "course.reading_every_hours", f.readingEvery);
  const closeWatch = every("course-close-watch", "course.close_watch_every_hours", f.closeWatchEvery);
  if (
    !errors["course-reading-every"] &&
    !errors["course-close-watch"] &&
    (closeWatch as number) > (readingEvery as number)
  ) {
    errors["course-close-watch"] = { code: "inconsistent", field: "course.close_watch_every_hours" };
  }
  const headsUp = wholeNumber(f.headsUp);
  const [hlo, hhi] = COURSE_LIMITS.headsUpMinutes;
  if (headsUp === null || Number.isNaN(headsUp) || headsUp < hlo || headsUp > hhi) {
    errors["course-heads-up"] = {
      code: "out_of_range",
      field: "course.bag_heads_up_minutes",
      min: hlo,
      max: hhi,
      unit: "min",
    };
  }
  if (Object.keys(errors).length > before) return null;
  return {
    start: f.courseStart,
    end: f.courseEnd,
    step_up_day: stepUp,
    reading_every_hours: readingEvery as number,
    close_watch_every_hours: closeWatch as number,
    bag_heads_up_minutes: headsUp as number,
  };
}

/** Whether Centinela will start at login (issue 20): on by default during a course, so a
 *  restart does not silence the reminders; the family's own choice otherwise. */
export function startsAtLogin(f: SetupFormState): boolean {
  return f.startAtLogin ?? f.courseStart.trim() !== "";
}
