import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildReading, emptyForm, formFromReading, SYMPTOM_GROUPS, SYMPTOMS, validate } from "./readingForm";

// Node picks up a changed TZ at once; Mexico City has no daylight saving since 2022.
beforeEach(() => {
  vi.stubEnv("TZ", "America/Mexico_City");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const now = () => new Date(2026, 10, 21, 2, 5);

describe("buildReading", () => {
  it("sends only what was filled, with the local offset; symptoms always present", () => {
    const f = emptyForm(now(), "C");
    f.temp = "38,4";
    const r = buildReading(f);
    expect(r).toEqual({
      taken_at: "2026-11-21T02:05:00-06:00",
      temperature: { value: 38.4, unit: "C" },
      antipyretic_in_last_6h: false,
      symptoms: [],
      pump: "running",
    });
    expect("systolic_mmhg" in r).toBe(false);
    expect("heart_rate_bpm" in r).toBe(false);
    expect("spo2_percent" in r).toBe(false);
  });
  it("keeps every measurement and symptoms in checklist order", () => {
    const f = emptyForm(now(), "F");
    Object.assign(f, { temp: "100.4", systolic: "100", diastolic: "60", hr: "120", spo2: "97" });
    f.symptoms = ["rash", "seizure"];
    f.pump = "alarm";
    f.antipyretic = true;
    const r = buildReading(f);
    expect(r.temperature).toEqual({ value: 100.4, unit: "F" });
    expect([r.systolic_mmhg, r.diastolic_mmhg, r.heart_rate_bpm, r.spo2_percent]).toEqual([100, 60, 120, 97]);
    expect(r.symptoms).toEqual(["seizure", "rash"]);
    expect(r.pump).toBe("alarm");
    expect(r.antipyretic_in_last_6h).toBe(true);
  });
  it("prefills a correction from a stored reading", () => {
    const f = formFromReading(
      { taken_at: "2026-11-20T20:00:00-06:00", temperature: { value: 101.2, unit: "F" }, symptoms: ["nausea"] },
      "C",
    );
    expect(f.time).toBe("2026-11-20T20:00");
    expect([f.temp, f.unit, f.systolic]).toEqual(["101.2", "F", ""]);
    expect(f.symptoms).toEqual(["nausea"]);
    expect(f.pump).toBe("running");
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

describe("checklist", () => {
  it("groups every code once, emergency signs first", () => {
    expect(SYMPTOM_GROUPS.map((g) => g.action)).toEqual(["emergency", "call_now", "call_today"]);
    expect(SYMPTOM_GROUPS.flatMap((g) => g.codes).sort()).toEqual(SYMPTOMS.map((s) => s.code).sort());
    expect(SYMPTOM_GROUPS[0].codes).toEqual(["seizure", "unresponsive", "breathing_difficulty"]);
  });
});
