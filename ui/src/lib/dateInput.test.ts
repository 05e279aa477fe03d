import { describe, expect, it } from "vitest";
import { compose, dateOrder, EMPTY, partsOf, split, yesterday } from "./dateInput";

describe("date fields in the app's language", () => {
  it("puts the day first in Spanish and the month first in English", () => {
    expect(dateOrder("es")).toEqual(["day", "month", "year"]);
    expect(dateOrder("en")).toEqual(["month", "day", "year"]);
  });

  it("reads 5 November 2021 the same whatever the order on screen", () => {
    expect(compose({ ...EMPTY, day: "5", month: "11", year: "2021" }, false)).toBe("2021-11-05");
    expect(split("2021-11-05")).toMatchObject({ day: "5", month: "11", year: "2021" });
  });

  it("gives nothing for an incomplete or impossible day", () => {
    expect(compose({ ...EMPTY, day: "5", month: "", year: "2021" }, false)).toBe("");
    expect(compose({ ...EMPTY, day: "31", month: "4", year: "2026" }, false)).toBe("");
    expect(compose({ ...EMPTY, day: "29", month: "2", year: "2026" }, false)).toBe("");
    expect(compose({ ...EMPTY, day: "29", month: "2", year: "2024" }, false)).toBe("2024-02-29");
    expect(compose({ ...EMPTY, day: "5", month: "11", year: "21" }, false)).toBe("");
    expect(compose({ ...EMPTY, day: "x", month: "11", year: "2021" }, false)).toBe("");
  });

  it("turns a.m./p.m. into the 24-hour value at its edges", () => {
    const at = (hour: string, minute: string, pm: boolean) =>
      compose({ day: "20", month: "11", year: "2026", hour, minute, pm }, true);
    expect(at("12", "05", false)).toBe("2026-11-20T00:05");
    expect(at("12", "05", true)).toBe("2026-11-20T12:05");
    expect(at("1", "5", true)).toBe("2026-11-20T13:05");
    expect(at("11", "59", true)).toBe("2026-11-20T23:59");
    expect(at("13", "00", false)).toBe("");
    expect(at("2", "60", false)).toBe("");
    expect(split("2026-11-20T00:05")).toMatchObject({ hour: "12", minute: "05", pm: false });
    expect(split("2026-11-20T13:05")).toMatchObject({ hour: "1", minute: "05", pm: true });
  });

  it("now and yesterday come from the clock it is given", () => {
    const now = new Date(2026, 2, 1, 0, 30); // 1 March 2026, 12:30 a.m.
    expect(compose(partsOf(now, true), true)).toBe("2026-03-01T00:30");
    expect(compose(partsOf(yesterday(now), true), true)).toBe("2026-02-28T00:30");
  });
});
