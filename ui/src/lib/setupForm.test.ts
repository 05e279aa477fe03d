import { describe, expect, it } from "vitest";
import { buildSetup, courseDays, emptySetupForm, headsUpChoices, setupFormFrom, startsAtLogin } from "./setupForm";

function filled() {
  return Object.assign(emptySetupForm("es"), {
    name: "Sofía",
    birthDate: "2019-05-02",
    weight: "18,5",
    teamName: "Oncología 24/7",
    teamPhone: "55 1234 5678",
    caregiver: " Ana ",
  });
}

describe("buildSetup", () => {
  it("builds the Setup with defaults and only the contacts filled in", () => {
    const { setup, contactSlots, errors } = buildSetup(filled());
    expect(errors).toEqual({});
    expect(setup).toEqual({
      patient: { name: "Sofía", birth_date: "2019-05-02", weight_kg: 18.5, height_cm: null },
      care_plan: { fever_threshold_c: 38 },
      contacts: [
        { role: "team24h", name: "Oncología 24/7", phone: "55 1234 5678" },
        { role: "emergency_number", name: "", phone: "911" },
      ],
      settings: { language: "es", temperature_unit: "C", caregiver: "Ana", start_at_login: false },
      course: null,
    });
    expect(contactSlots).toEqual(["team", "emergency"]);
  });
  it("refuses before asking the shell when something is missing or out of range", () => {
    const f = Object.assign(filled(), { name: " ", birthDate: "", fever: "39", weight: "x" });
    const { setup, errors } = buildSetup(f);
    expect(setup).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(["birth", "fever", "name", "weight"]);
  });
  it("round-trips through a saved Setup", () => {
    const { setup } = buildSetup(Object.assign(filled(), { edName: "H", edPhone: "555", edAddress: "Calle 1" }));
    const again = buildSetup(setupFormFrom(setup!));
    expect(again.setup).toEqual(setup);
  });
  it("turns start at login on by default once a course is entered, and keeps a choice", () => {
    const f = filled();
    expect(startsAtLogin({ ...f, courseStart: "" })).toBe(false);
    expect(startsAtLogin({ ...f, ...withCourse })).toBe(true);
    expect(buildSetup({ ...f, ...withCourse }).setup!.settings.start_at_login).toBe(true);
    // The family said no: kept, course or not.
    expect(buildSetup({ ...f, ...withCourse, startAtLogin: false }).setup!.settings.start_at_login).toBe(false);
    expect(emptySetupForm("es").startAtLogin).toBe(null);
  });

  it("round-trips a course and start at login", () => {
    const { setup } = buildSetup(
      Object.assign(filled(), withCourse, { stepUpDay: "8", headsUp: "180", startAtLogin: true }),
    );
    expect(setup!.settings.start_at_login).toBe(true);
    const again = buildSetup(setupFormFrom(setup!));
    expect(again.setup).toEqual(setup);
  });
});

const withCourse = { courseStart: "2026-11-16", courseEnd: "2026-12-06" };

describe("the course in the setup", () => {
  it("is left out while no date of it is filled in", () => {
    expect(buildSetup(Object.assign(filled(), { readingEvery: "3" })).setup!.course).toBeNull();
  });
  it("maps the dates, the step-up day, the intervals and the heads-up in minutes", () => {
    const f = Object.assign(filled(), withCourse, {
      stepUpDay: " 8 ",
      readingEvery: "6",
      closeWatchEvery: "3",
      headsUp: "240",
    });
    const { setup, errors } = buildSetup(f);
    expect(errors).toEqual({});
    expect(setup!.course).toEqual({
      start: "2026-11-16",
      end: "2026-12-06",
      step_up_day: 8,
      reading_every_hours: 6,
      close_watch_every_hours: 3,
      bag_heads_up_minutes: 240,
    });
  });
  it("uses the defaults: 6 h, 4 h on close-watch days, 2 h heads-up, no step-up", () => {
    expect(buildSetup(Object.assign(filled(), withCourse)).setup!.course).toEqual({
      start: "2026-11-16",
      end: "2026-12-06",
      step_up_day: null,
      reading_every_hours: 6,
      close_watch_every_hours: 4,
      bag_heads_up_minutes: 120,
    });
  });
  it("refuses a half-filled course, a course over 21 days and an end before the start", () => {
    expect(buildSetup(Object.assign(filled(), { courseStart: "2026-11-16" })).errors).toEqual({
      "course-end": { code: "required", field: "course.end" },
    });
    const long = buildSetup(Object.assign(filled(), withCourse, { courseEnd: "2026-12-07" }));
    expect(long.setup).toBeNull();
    expect(long.errors["course-end"]).toMatchObject({ code: "out_of_range", field: "course.end", max: 21 });
    const backwards = buildSetup(Object.assign(filled(), withCourse, { courseEnd: "2026-11-15" }));
    expect(backwards.errors["course-end"]?.code).toBe("out_of_range");
  });
  it("refuses a step-up day outside day 2 to the last day", () => {
    const at = (stepUpDay: string) =>
      buildSetup(Object.assign(filled(), withCourse, { stepUpDay })).errors["course-step-up"];
    expect(at("2")).toBeUndefined();
    expect(at("21")).toBeUndefined();
    expect(at("1")).toMatchObject({ code: "out_of_range", min: 2, max: 21 });
    expect(at("22")).toMatchObject({ code: "out_of_range", min: 2, max: 21 });
    expect(at("7.5")?.code).toBe("not_a_number");
  });
  it("refuses intervals out of 1 to 12 hours, and close watch longer than ordinary days", () => {
    const errs = (o: object) => buildSetup(Object.assign(filled(), withCourse, o)).errors;
    expect(errs({ readingEvery: "13" })["course-reading-every"]).toMatchObject({ code: "out_of_range", min: 1, max: 12 });
    expect(errs({ readingEvery: "" })["course-reading-every"]?.code).toBe("required");
    expect(errs({ closeWatchEvery: "0" })["course-close-watch"]?.code).toBe("out_of_range");
    expect(errs({ readingEvery: "4", closeWatchEvery: "6" })["course-close-watch"]).toEqual({
      code: "inconsistent",
      field: "course.close_watch_every_hours",
    });
    expect(errs({ readingEvery: "4", closeWatchEvery: "4" })).toEqual({});
  });
  it("counts the days and offers the heads-up choices", () => {
    expect(courseDays("2026-11-16", "2026-12-06")).toBe(21);
    expect(courseDays("2026-11-16", "2026-11-16")).toBe(1);
    expect(courseDays("2026-11-16", "")).toBeNull();
    expect(headsUpChoices("120")).toEqual([60, 120, 180, 240, 360, 480, 720]);
    expect(headsUpChoices("90")).toEqual([60, 90, 120, 180, 240, 360, 480, 720]);
  });
});
