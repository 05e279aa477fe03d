import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildReading, emptyForm, formFromReading, SYMPTOM_GROUPS, SYMPTOMS, repeatsFor, unanswered, validate } from "./readingForm";

// Node picks up a changed TZ at once; Mexico City has no daylight saving since 2022.
beforeEach(() => {
  vi.stubEnv("TZ", "America/Mexico_City");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const now = () => new Date(2026, 10, 21, 2, 5);

describe("buildReading", () => {
  it("sends only what was filled, with the local offset; an unanswered question is not sent", () => {
    const f = emptyForm(now(), "C");
    f.temp = "38,4";
    const r = buildReading(f);
    expect(r).toEqual({
      taken_at: "2026-11-21T02:05:00-06:00",
      temperature: { value: 38.4, unit: "C" },
    });
    // Never a default answer: no "nothing ticked", no "no medicine", no "pump fine".
    for (const k of ["symptoms", "antipyretic_in_last_6h", "antipyretic_given_at", "pump", "systolic_mmhg", "heart_rate_bpm", "spo2_percent", "respiratory_rate_per_min"]) {
      expect(k in r, k).toBe(false);
    }
    expect(unanswered(f)).toEqual(["antipyretic", "symptoms", "pump"]);
  });
  it("keeps every measurement and symptoms in checklist order", () => {
    const f = emptyForm(now(), "F");
    Object.assign(f, { temp: "100.4", systolic: "100", diastolic: "60", hr: "120", spo2: "97", rr: "30" });
    f.symptoms = ["rash", "seizure", "dressing_wet_loose", "inconsolable_cry"];
    f.pump = "alarm";
    f.antipyretic = "yes";
    const r = buildReading(f);
    expect(r.temperature).toEqual({ value: 100.4, unit: "F" });
    expect([r.systolic_mmhg, r.diastolic_mmhg, r.heart_rate_bpm, r.spo2_percent, r.respiratory_rate_per_min]).toEqual([
      100, 60, 120, 97, 30,
    ]);
    expect(r.symptoms).toEqual(["seizure", "inconsolable_cry", "rash", "dressing_wet_loose"]);
    expect(r.pump).toBe("alarm");
    expect(r.antipyretic_in_last_6h).toBe(true);
    expect("antipyretic_given_at" in r).toBe(false);
    expect(unanswered(f)).toEqual([]);
  });
  it("'None of these', 'No' and 'running normally' are answers and are sent", () => {
    const f = emptyForm(now(), "C");
    Object.assign(f, { noSymptoms: true, antipyretic: "no", pump: "running" });
    expect(buildReading(f)).toEqual({
      taken_at: "2026-11-21T02:05:00-06:00",
      symptoms: [],
      antipyretic_in_last_6h: false,
      pump: "running",
    });
    expect(unanswered(f)).toEqual([]);
    // The neurological check done from the form rides with the reading; a repeat leaves it.
    f.neuro = { capd: 6 };
    expect(buildReading(f).neuro_check).toEqual({ capd: 6 });
    expect("neuro_check" in buildReading(f, "bp")).toBe(false);
  });
  it("fever medicine 'yes' sends the time it was given, when there is one", () => {
    const f = Object.assign(emptyForm(now(), "C"), { antipyretic: "yes", antipyreticAt: "2026-11-20T23:30" });
    const r = buildReading(f);
    expect(r.antipyretic_in_last_6h).toBe(true);
    expect(r.antipyretic_given_at).toBe("2026-11-20T23:30:00-06:00");
    // A time left over from "yes" is not sent once the answer is "no".
    f.antipyretic = "no";
    expect("antipyretic_given_at" in buildReading(f)).toBe(false);
  });
  it("a repeat form sends only its own value, whatever else the form holds", () => {
    const f = emptyForm(now(), "C");
    Object.assign(f, { temp: "38.9", systolic: "78", diastolic: "48", hr: "150", spo2: "95", rr: "40" });
    Object.assign(f, { noSymptoms: true, antipyretic: "no", pump: "running" });
    expect(buildReading(f, "bp")).toEqual({ taken_at: "2026-11-21T02:05:00-06:00", systolic_mmhg: 78, diastolic_mmhg: 48 });
    expect(buildReading(f, "temp")).toEqual({ taken_at: "2026-11-21T02:05:00-06:00", temperature: { value: 38.9, unit: "C" } });
    expect(buildReading(f, "hr")).toEqual({ taken_at: "2026-11-21T02:05:00-06:00", heart_rate_bpm: 150 });
  });
  it("prefills a correction from a stored reading, unanswered stays unanswered", () => {
    const f = formFromReading(
      { taken_at: "2026-11-20T20:00:00-06:00", temperature: { value: 101.2, unit: "F" }, symptoms: ["nausea"] },
      "C",
    );
    expect(f.time).toBe("2026-11-20T20:00");
    expect([f.temp, f.unit, f.systolic]).toEqual(["101.2", "F", ""]);
    expect(f.symptoms).toEqual(["nausea"]);
    expect([f.pump, f.antipyretic, f.noSymptoms]).toEqual([null, null, false]);
    const g = formFromReading(
      {
        taken_at: "2026-11-20T20:00:00-06:00",
        symptoms: [],
        antipyretic_in_last_6h: true,
        antipyretic_given_at: "2026-11-20T18:00:00-06:00",
        respiratory_rate_per_min: 28,
        pump: "running",
      },
      "C",
    );
    expect([g.noSymptoms, g.antipyretic, g.antipyreticAt, g.rr, g.pump]).toEqual([true, "yes", "2026-11-20T18:00", "28", "running"]);
    expect(buildReading(g)).toMatchObject({ symptoms: [], antipyretic_given_at: "2026-11-20T18:00:00-06:00" });
  });
});

describe("validate", () => {
  const form = (patch: Record<string, string>) => Object.assign(emptyForm(now(), "C"), patch);
  it("accepts an empty form and values at the limits", () => {
    expect(validate(emptyForm(now(), "C"), now())).toEqual({});
    expect(validate(form({ temp: "30", systolic: "260", diastolic: "200", hr: "300", spo2: "50" }), now())).toEqual({});
  });
  it("says what is accepted for each field", () => {
    const e = validate(form({ temp: "29.9", systolic: "120", hr: "301", spo2: "101" }), now());
    expect(e.temp).toMatchObject({ code: "out_of_range", min: 30, max: 45 });
    expect(e.bp).toMatchObject({ code: "both_or_neither" });
    expect(e.hr).toMatchObject({ code: "out_of_range", min: 30, max: 300 });
    expect(e.spo2).toMatchObject({ code: "out_of_range", min: 50, max: 100 });
  });
  it("spots a °C value that looks like °F, but not in °F", () => {
    expect(validate(form({ temp: "101.3" }), now()).temp).toMatchObject({ code: "looks_like_fahrenheit", value: 101.3 });
    expect(validate(Object.assign(emptyForm(now(), "F"), { temp: "101.3" }), now())).toEqual({});
    expect(validate(Object.assign(emptyForm(now(), "F"), { temp: "38" }), now()).temp).toMatchObject({ min: 86, max: 113 });
  });
  it("diastolic must be below systolic; text is not a number", () => {
    expect(validate(form({ systolic: "80", diastolic: "80" }), now()).bp).toMatchObject({ code: "inconsistent" });
    expect(validate(form({ hr: "fast" }), now()).hr).toMatchObject({ code: "not_a_number" });
  });
  it("time: required, and not more than 5 minutes ahead", () => {
    expect(validate(form({ time: "" }), now()).time).toMatchObject({ code: "required" });
    expect(validate(form({ time: "2026-11-21T02:10" }), now())).toEqual({});
    expect(validate(form({ time: "2026-11-21T02:11" }), now()).time).toMatchObject({ code: "future_reading" });
    expect(validate(form({ time: "2026-11-20T23:00" }), now())).toEqual({});
  });
});

describe("validate: v2 fields", () => {
  const form = (patch: Record<string, unknown>) => Object.assign(emptyForm(now(), "C"), patch);
  it("breathing rate: whole, 5 to 120", () => {
    expect(validate(form({ rr: "5" }), now())).toEqual({});
    expect(validate(form({ rr: "120" }), now())).toEqual({});
    expect(validate(form({ rr: "4" }), now()).rr).toMatchObject({ code: "out_of_range", min: 5, max: 120 });
    expect(validate(form({ rr: "121" }), now()).rr).toMatchObject({ code: "out_of_range" });
    expect(validate(form({ rr: "24.5" }), now()).rr).toMatchObject({ code: "not_a_number", field: "respiratory_rate_per_min" });
  });
  it("the medicine's time: not after the reading, not more than 6 hours before it", () => {
    const at = (antipyreticAt: string) => validate(form({ antipyretic: "yes", antipyreticAt }), now()).antipyretic;
    expect(at("2026-11-21T02:05")).toBeUndefined();
    expect(at("2026-11-20T20:05")).toBeUndefined();
    expect(at("2026-11-20T20:04")).toMatchObject({ code: "out_of_range", field: "antipyretic_given_at" });
    expect(at("2026-11-21T02:06")).toMatchObject({ code: "inconsistent", field: "antipyretic_given_at" });
    expect(at("")).toBeUndefined();
    // With "no", a time typed earlier is not checked (and not sent).
    expect(validate(form({ antipyretic: "no", antipyreticAt: "2026-11-19T00:00" }), now())).toEqual({});
  });
  it("a repeat form needs its value", () => {
    expect(validate(emptyForm(now(), "C"), now(), "bp").bp).toMatchObject({ code: "required" });
    expect(validate(emptyForm(now(), "C"), now(), "temp").temp).toMatchObject({ code: "required" });
    expect(validate(emptyForm(now(), "C"), now(), "hr").hr).toMatchObject({ code: "required" });
    expect(validate(form({ systolic: "78" }), now(), "bp").bp).toMatchObject({ code: "both_or_neither" });
    expect(validate(form({ systolic: "78", diastolic: "48" }), now(), "bp")).toEqual({});
  });
});

describe("checklist", () => {
  it("groups every code once, emergency signs first", () => {
    expect(SYMPTOM_GROUPS.map((g) => g.action)).toEqual(["emergency", "call_now", "call_today"]);
    expect(SYMPTOM_GROUPS.flatMap((g) => g.codes).sort()).toEqual(SYMPTOMS.map((s) => s.code).sort());
    expect(SYMPTOM_GROUPS[0].codes).toEqual(["seizure", "unresponsive", "breathing_difficulty"]);
  });
});

describe("repeatsFor", () => {
  it("asks again for a low pressure, a low temperature and a slow heart, not for a confirmed low pressure", () => {
    expect(repeatsFor(["fever", "hypotension"])).toEqual(["bp"]);
    expect(repeatsFor(["hypotension", "hypotension_confirmed"])).toEqual([]);
    expect(repeatsFor(["hypothermia", "bradycardia"])).toEqual(["temp", "hr"]);
    expect(repeatsFor(["bradycardia_severe", "fever"])).toEqual([]);
  });
});
