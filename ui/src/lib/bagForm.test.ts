import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bagDueAt, bagPreview, bagSlot, buildBag, emptyBagForm, validateBag } from "./bagForm";

beforeEach(() => {
  vi.stubEnv("TZ", "America/Mexico_City");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const now = new Date("2026-11-21T15:30:00-06:00");

describe("bagDueAt", () => {
  it("adds the duration and the extension", () => {
    const hung = new Date("2026-11-20T09:30:00-06:00");
    expect(bagDueAt(hung, "48h", 0).toISOString()).toBe("2026-11-22T15:30:00.000Z");
    expect(bagDueAt(hung, "48h", 8).toISOString()).toBe("2026-11-22T23:30:00.000Z");
    expect(bagDueAt(hung, "7d", 0).toISOString()).toBe("2026-11-27T15:30:00.000Z");
    expect(bagDueAt(hung, "24h", 2).toISOString()).toBe("2026-11-21T17:30:00.000Z");
  });
  it("counts elapsed time across a daylight-saving change (the wall clock moves, the pump does not)", () => {
    vi.stubEnv("TZ", "America/New_York");
    // Clocks go back at 02:00 on 1 Nov 2026: 48 h after 09:00 EDT is 08:00 EST.
    const hung = new Date(2026, 9, 31, 9, 0);
    const due = bagDueAt(hung, "48h", 0);
    expect(due.getTime() - hung.getTime()).toBe(48 * 3_600_000);
    expect([due.getDate(), due.getHours()]).toEqual([2, 8]);
  });
});

describe("the new-bag form", () => {
  it("starts now, 48 h, no extension, with the usual caregiver", () => {
    const f = emptyBagForm(now, "Lucía");
    expect(f).toEqual({ hungAt: "2026-11-21T15:30", duration: "48h", extension: "0", note: "", by: "Lucía" });
    expect(validateBag(f, now)).toEqual({});
    expect(bagPreview(f)).toEqual({ due: new Date("2026-11-23T21:30:00.000Z") });
  });
  it("previews the due time as it is typed, or says what keeps it from being shown", () => {
    const f = emptyBagForm(now, null);
    f.duration = "72h";
    f.extension = "2";
    expect(bagPreview(f)).toEqual({ due: new Date("2026-11-24T23:30:00.000Z") });
    expect(bagPreview({ ...f, extension: "" })).toEqual({ due: new Date("2026-11-24T21:30:00.000Z") });
    expect(bagPreview({ ...f, extension: "9" })).toEqual({ missing: "extension" });
    expect(bagPreview({ ...f, extension: "x" })).toEqual({ missing: "extension" });
    expect(bagPreview({ ...f, hungAt: "" })).toEqual({ missing: "hung" });
  });
  it("refuses a time in the future, too long ago, or missing", () => {
    const f = emptyBagForm(now, null);
    expect(validateBag({ ...f, hungAt: "2026-11-21T15:35" }, now)).toEqual({});
    expect(validateBag({ ...f, hungAt: "2026-11-21T15:36" }, now).hung?.code).toBe("future_reading");
    expect(validateBag({ ...f, hungAt: "2026-11-13T07:30" }, now)).toEqual({}); // 200 h ago
    expect(validateBag({ ...f, hungAt: "2026-11-13T07:29" }, now).hung).toEqual({
      code: "out_of_range",
      field: "hung_at",
    });
    expect(validateBag({ ...f, hungAt: "" }, now).hung?.code).toBe("required");
  });
  it("refuses an extension that is not 0 to 8 whole hours", () => {
    const f = emptyBagForm(now, null);
    expect(validateBag({ ...f, extension: "8" }, now)).toEqual({});
    expect(validateBag({ ...f, extension: "" }, now)).toEqual({});
    expect(validateBag({ ...f, extension: "9" }, now).extension).toEqual({
      code: "out_of_range",
      field: "extension_hours",
      min: 0,
      max: 8,
      unit: "h",
    });
    expect(validateBag({ ...f, extension: "-1" }, now).extension?.code).toBe("out_of_range");
    expect(validateBag({ ...f, extension: "1.5" }, now).extension?.code).toBe("not_a_number");
    expect(validateBag({ ...f, extension: "dos" }, now).extension?.code).toBe("not_a_number");
  });
  it("builds the NewBag with the local offset, and who logged it", () => {
    const f = { ...emptyBagForm(now, " Lucía "), hungAt: "2026-11-19T16:31", extension: " 2 ", note: " bolsa 3 " };
    expect(buildBag(f)).toEqual({
      bag: { hung_at: "2026-11-19T16:31:00-06:00", duration: "48h", extension_hours: 2, note: "bolsa 3" },
      by: "Lucía",
    });
    expect(buildBag({ ...f, note: " ", by: "", extension: "" })).toEqual({
      bag: { hung_at: "2026-11-19T16:31:00-06:00", duration: "48h", extension_hours: 0 },
      by: null,
    });
  });
  it("puts the shell's messages next to their fields", () => {
    expect(bagSlot("hung_at")).toBe("hung");
    expect(bagSlot("extension_hours")).toBe("extension");
    expect(bagSlot("note")).toBe("general");
  });
});
