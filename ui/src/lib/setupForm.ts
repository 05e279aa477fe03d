// The first-run / settings form as plain data, and the `Setup` it sends.
import type { Contact, Language, Setup, TempUnit } from "./bindings";
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
  caregiver: string;
};

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
    caregiver: "",
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
    courseStart: s.settings.course_start ?? "",
    caregiver: s.settings.caregiver ?? "",
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
  if (f.courseStart && !/^\d{4}-\d{2}-\d{2}$/.test(f.courseStart)) {
    errors["course-start"] = { code: "required", field: "settings.course_start" };
  }
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
      course_start: f.courseStart || null,
      caregiver: f.caregiver.trim() || null,
    },
  };
  return { setup, contactSlots, errors };
}
