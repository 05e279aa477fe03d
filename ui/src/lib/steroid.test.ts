import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BagView, CourseView } from "./bindings";
import { defaultDoseTime, occasionOf } from "./steroid";

beforeEach(() => vi.stubEnv("TZ", "America/Mexico_City"));
afterEach(() => vi.unstubAllEnvs());

const course = { plan: { start: "2026-11-18" }, step_up_date: "2026-11-25" } as unknown as CourseView;
const bag = (hung_at: string) => ({ bag: { hung_at } }) as unknown as BagView;
const now = new Date("2026-11-18T12:00:00-06:00");

describe("the dose time offered first", () => {
  it("is the bag hung on the start day, for the start", () => {
    expect(defaultDoseTime("start", course, bag("2026-11-18T09:00:00-06:00"), now).toISOString()).toBe(
      "2026-11-18T15:00:00.000Z",
    );
  });
  it("is now when the bag is from another day, for another occasion, or later than now", () => {
    expect(defaultDoseTime("start", course, bag("2026-11-17T23:59:00-06:00"), now)).toBe(now);
    expect(defaultDoseTime("step_up", course, bag("2026-11-18T09:00:00-06:00"), now)).toBe(now);
    expect(defaultDoseTime("restart", course, bag("2026-11-18T09:00:00-06:00"), now)).toBe(now);
    expect(defaultDoseTime("start", course, bag("2026-11-18T12:01:00-06:00"), now)).toBe(now);
    expect(defaultDoseTime("start", null, null, now)).toBe(now);
  });
  it("is the step-up bag on the step-up day", () => {
    const later = new Date("2026-11-25T10:00:00-06:00");
    expect(defaultDoseTime("step_up", course, bag("2026-11-25T08:30:00-06:00"), later).getHours()).toBe(8);
  });
  it("premedication reminders name their occasion; others none", () => {
    expect(occasionOf("premedication_start")).toBe("start");
    expect(occasionOf("premedication_step_up")).toBe("step_up");
    expect(occasionOf("bag_due")).toBeNull();
  });
});
