import { describe, expect, it } from "vitest";
import { closedFor, concernTone } from "./watch";

describe("closedFor", () => {
  it("says minutes, hours and days with their own plurals", () => {
    expect(closedFor(1, "en")).toBe("1 minute");
    expect(closedFor(45, "en")).toBe("45 minutes");
    expect(closedFor(60, "en")).toBe("1 hour");
    expect(closedFor(180, "en")).toBe("3 hours");
    expect(closedFor(200, "en")).toBe("3 hours 20 minutes");
    expect(closedFor(1440 + 125, "en")).toBe("1 day 2 hours");
    expect(closedFor(0, "en")).toBe("0 minutes");
  });
  it("in Spanish, joined with 'y'", () => {
    expect(closedFor(61, "es")).toBe("1 hora y 1 minuto");
    expect(closedFor(180, "es")).toBe("3 horas");
    expect(closedFor(2 * 1440, "es")).toBe("2 días");
  });
});

describe("concernTone", () => {
  it("is red for what stops the alarm tonight", () => {
    expect(concernTone({ kind: "sound_muted" })).toBe("error");
    expect(concernTone({ kind: "battery_alarm", percent: 12 })).toBe("error");
    expect(concernTone({ kind: "battery_low", percent: 25 })).toBe("warn");
    expect(concernTone({ kind: "start_at_login_off" })).toBe("warn");
  });
});
