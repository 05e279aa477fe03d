import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  cToF,
  fToC,
  formatDateTime,
  formatDateTimeWithYear,
  formatDay,
  formatDayMonth,
  formatPlainDate,
  formatShortDate,
  formatTemp,
  formatTime,
  localDayKey,
  parseDatetimeLocal,
  parseNumber,
  tempIn,
  toDatetimeLocal,
  toLocalRfc3339,
} from "./format";

// Node picks up a changed TZ at once; Mexico City has no daylight saving since 2022.
beforeEach(() => {
  vi.stubEnv("TZ", "America/Mexico_City");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("toLocalRfc3339", () => {
  it("writes local time with the local UTC offset", () => {
    expect(toLocalRfc3339(new Date(2026, 10, 21, 2, 5, 0))).toBe("2026-11-21T02:05:00-06:00");
    expect(toLocalRfc3339(new Date("2026-11-21T08:05:09Z"))).toBe("2026-11-21T02:05:09-06:00");
  });
  it("round-trips to the same instant", () => {
    const d = new Date("2026-03-01T23:59:00Z");
    expect(new Date(toLocalRfc3339(d)).getTime()).toBe(d.getTime());
  });
  it("uses the offset in force on that date (daylight saving)", () => {
    vi.stubEnv("TZ", "America/New_York");
    expect(toLocalRfc3339(new Date(2026, 6, 4, 12, 0, 0))).toBe("2026-07-04T12:00:00-04:00");
    expect(toLocalRfc3339(new Date(2026, 11, 4, 12, 0, 0))).toBe("2026-12-04T12:00:00-05:00");
  });
  it("writes positive and half-hour offsets", () => {
    vi.stubEnv("TZ", "Asia/Kolkata");
    expect(toLocalRfc3339(new Date("2026-11-21T00:00:00Z"))).toBe("2026-11-21T05:30:00+05:30");
    vi.stubEnv("TZ", "UTC");
    expect(toLocalRfc3339(new Date("2026-11-21T00:00:00Z"))).toBe("2026-11-21T00:00:00+00:00");
  });
});

describe("datetime-local values", () => {
  it("formats and parses local minutes", () => {
    const d = new Date(2026, 10, 21, 2, 5);
    expect(toDatetimeLocal(d)).toBe("2026-11-21T02:05");
    expect(parseDatetimeLocal("2026-11-21T02:05")?.getTime()).toBe(d.getTime());
  });
  it("refuses incomplete or impossible dates", () => {
    expect(parseDatetimeLocal("")).toBeNull();
    expect(parseDatetimeLocal("2026-11-21")).toBeNull();
    expect(parseDatetimeLocal("2026-02-30T10:00")).toBeNull();
  });
  it("groups by the local day", () => {
    expect(localDayKey("2026-11-21T05:00:00Z")).toBe("2026-11-20");
    expect(localDayKey("2026-11-21T07:00:00Z")).toBe("2026-11-21");
  });
});

describe("temperature", () => {
  it("converts °C to °F with one decimal", () => {
    expect(cToF(38)).toBe(100.4);
    expect(cToF(37)).toBe(98.6);
    expect(cToF(39.06)).toBe(102.3);
    expect(cToF(36.65)).toBe(98);
  });
  it("converts °F to °C as the rules do (2 decimals, half away from zero)", () => {
    expect(fToC(100.4)).toBe(38);
    expect(fToC(102.2)).toBe(39);
    expect(fToC(102.3)).toBe(39.06);
  });
  it("shows a value in the chosen unit", () => {
    expect(tempIn(38, "C", "F")).toBe(100.4);
    expect(tempIn(100.4, "F", "C")).toBe(38);
    expect(tempIn(37.2, "C", "C")).toBe(37.2);
    expect(formatTemp(38, "C", "es")).toBe("38.0 °C");
    expect(formatTemp(100.4, "F", "en")).toBe("100.4 °F");
  });
});

describe("parseNumber", () => {
  it("reads what people type", () => {
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("  ")).toBeNull();
    expect(parseNumber("38.5")).toBe(38.5);
    expect(parseNumber("38,5")).toBe(38.5);
    expect(parseNumber(" 120 ")).toBe(120);
    expect(parseNumber("abc")).toBeNaN();
    expect(parseNumber("38.5.1")).toBeNaN();
  });
});

describe("dates the same on screen and on paper (issue 17)", () => {
  // The same strings crates/centinela-rules/src/dates.rs gives the PDFs.
  it("says a moment in each language's order, on the 12-hour clock", () => {
    const at = new Date(2026, 10, 21, 14, 5).toISOString();
    expect(formatDateTimeWithYear(at, "en")).toBe("Sat, Nov 21, 2026, 2:05 PM");
    expect(formatDateTimeWithYear(at, "es")).toBe("sáb 21 de nov de 2026, 2:05 p.m.");
    expect(formatDateTime(at, "en")).toBe("Sat, Nov 21, 2:05 PM");
    expect(formatDateTime(at, "es")).toBe("sáb 21 de nov, 2:05 p.m.");
  });
  it("midnight, noon and one o'clock", () => {
    expect(formatTime(new Date(2026, 10, 21, 0, 5).toISOString(), "en")).toBe("12:05 AM");
    expect(formatTime(new Date(2026, 10, 21, 12, 0).toISOString(), "es")).toBe("12:00 p.m.");
    expect(formatTime(new Date(2026, 10, 21, 13, 5).toISOString(), "es")).toBe("1:05 p.m.");
  });
  it("days in words", () => {
    expect(formatDay("2021-11-05", "es")).toBe("viernes, 5 de noviembre de 2021");
    expect(formatDay("2021-11-05", "en")).toBe("Friday, November 5, 2021");
    expect(formatPlainDate("2021-11-05", "es")).toBe("5 de noviembre de 2021");
    expect(formatDayMonth(new Date(2026, 11, 8), "en")).toBe("Dec 8");
    expect(formatDayMonth(new Date(2026, 11, 8), "es")).toBe("8 dic");
    // A sign-off's date: day first in Spanish, whatever WebKit's own locale would say.
    const signed = new Date(2026, 10, 5, 23, 30).toISOString();
    expect(formatShortDate(signed, "en")).toBe("Nov 5, 2026");
    expect(formatShortDate(signed, "es")).toBe("5 de nov de 2026");
  });
});
