import { describe, expect, it } from "vitest";
import type { NeuroBaseline } from "./bindings";
import {
  answer,
  back,
  baselineFor,
  CAPD_ANSWERS,
  CAPD_ITEMS,
  capdScore,
  complete,
  completedYears,
  dailyCheckDue,
  hasNeuroSign,
  ICE_ITEMS,
  iceScore,
  iceSection,
  neuroOnlyReading,
  neuroSuggestion,
  outsideNormal,
  result,
  scaleFor,
  scoreOf,
  startCheck,
  versusBaseline,
} from "./neuroCheck";

const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min, 0);

describe("ICE score (age 12 and over)", () => {
  it("adds one point per right answer, hand-worked as in core", () => {
    // year ✔, month ✖, city ✔, hospital ✔; objects ✔ ✖ ✔; command ✔; writing ✖; counting ✔
    // → 3 + 2 + 1 + 0 + 1 = 7.
    expect(iceScore([1, 0, 1, 1, 1, 0, 1, 1, 0, 1])).toBe(7);
    expect(iceScore(Array(10).fill(1))).toBe(10);
    expect(iceScore(Array(10).fill(0))).toBe(0);
    // The falling_ice story: month ✖, city ✖, third object ✖, counting ✖ → 6.
    expect(iceScore([1, 0, 0, 1, 1, 1, 0, 1, 1, 0])).toBe(6);
  });
  it("refuses a wrong number of answers or an answer that is not 0 or 1", () => {
    expect(() => iceScore(Array(9).fill(1))).toThrow();
    expect(() => iceScore([1, 1, 1, 1, 1, 1, 1, 1, 1, 2])).toThrow();
  });
  it("asks orientation (4), naming (3), a command, writing and counting, in that order", () => {
    expect(ICE_ITEMS.length).toBe(10);
    expect(ICE_ITEMS.map(iceSection)).toEqual([
      "orientation", "orientation", "orientation", "orientation",
      "naming", "naming", "naming",
      "command", "writing", "counting",
    ]);
  });
});

describe("CAPD score (under 12), items 1–4 reversed", () => {
  it("matches the hand-worked examples of core/tests/training.rs", () => {
    // A well child: eye contact always (4 → 0), purposeful always (0), aware often (3 → 1),
    // communicates always (0); restless rarely 1, inconsolable never 0, underactive rarely 1,
    // slow never 0 → 3.
    expect(capdScore([4, 4, 3, 4, 1, 0, 1, 0])).toBe(3);
    // Delirium: 3 + 2 + 3 + 4 + 3 + 2 + 1 + 3 = 21.
    expect(capdScore([1, 2, 1, 0, 3, 2, 1, 3])).toBe(21);
    expect(capdScore(Array(8).fill(0))).toBe(16);
    expect(capdScore(Array(8).fill(4))).toBe(16);
    expect(capdScore([0, 0, 0, 0, 4, 4, 4, 4])).toBe(32);
    expect(capdScore([4, 4, 4, 4, 0, 0, 0, 0])).toBe(0);
  });
  it("puts the cut-off where the engine does: 8 is not a change, 9 is", () => {
    // eye contact often (3 → 1), the rest of 1–4 always (0); restless sometimes 2,
    // inconsolable sometimes 2, underactive rarely 1, slow rarely 1 → 7; then one more.
    expect(capdScore([3, 4, 4, 4, 2, 2, 1, 1])).toBe(7);
    expect(capdScore([3, 4, 4, 4, 2, 2, 2, 1])).toBe(8);
    expect(capdScore([3, 4, 4, 4, 2, 2, 2, 2])).toBe(9);
    expect(outsideNormal("capd", 8)).toBe(false);
    expect(outsideNormal("capd", 9)).toBe(true);
    expect(outsideNormal("ice", 10)).toBe(false);
    expect(outsideNormal("ice", 9)).toBe(true);
  });
  it("refuses a wrong number of answers or an answer outside never…always", () => {
    expect(() => capdScore(Array(7).fill(0))).toThrow();
    expect(() => capdScore([5, 0, 0, 0, 0, 0, 0, 0])).toThrow();
    expect(() => capdScore([-1, 0, 0, 0, 0, 0, 0, 0])).toThrow();
    expect(CAPD_ITEMS.length).toBe(8);
    expect(CAPD_ANSWERS).toEqual(["never", "rarely", "sometimes", "often", "always"]);
  });
});

describe("which screen a child gets", () => {
  it("is CAPD the day before the 12th birthday and ICE on it", () => {
    expect(scaleFor("2014-06-15", local(2026, 6, 14))).toBe("capd");
    expect(scaleFor("2014-06-15", local(2026, 6, 15))).toBe("ice");
    expect(scaleFor("2025-01-01", local(2026, 6, 15))).toBe("capd");
    expect(scaleFor("2026-07-01", local(2026, 6, 15))).toBeNull();
  });
  it("counts a 29 February birthday on 1 March in other years", () => {
    expect(completedYears("2012-02-29", local(2024, 2, 28))).toBe(11);
    expect(completedYears("2012-02-29", local(2024, 2, 29))).toBe(12);
    expect(completedYears("2012-02-29", local(2025, 2, 28))).toBe(12);
    expect(completedYears("2012-02-29", local(2025, 3, 1))).toBe(13);
    expect(scaleFor("2014-02-29", local(2026, 2, 28))).toBe("capd");
    expect(scaleFor("2014-02-29", local(2026, 3, 1))).toBe("ice");
  });
  it("uses the local date, late at night too", () => {
    expect(scaleFor("2014-06-15", local(2026, 6, 14, 23))).toBe("capd");
    expect(scaleFor("2014-06-15", local(2026, 6, 15, 0))).toBe("ice");
  });
  it("is null for a date it cannot read", () => {
    expect(scaleFor("", local(2026, 6, 15))).toBeNull();
  });
});

describe("the guided check, one question at a time", () => {
  it("walks through the answers, can go back, and scores when complete", () => {
    let s = startCheck("ice");
    expect(s.answers.length).toBe(10);
    for (const a of [1, 0, 1, 1, 1, 0, 1, 1, 0]) s = answer(s, a);
    expect(complete(s)).toBe(false);
    expect(result(s)).toBeNull();
    s = back(s);
    expect(s.at).toBe(8);
    expect(s.answers[8]).toBe(0); // the writing answer stays until changed
    s = answer(s, 1); // writing, changed to right
    s = back(s);
    s = answer(s, 0); // writing, wrong after all
    s = answer(s, 1); // counting
    expect(s.at).toBe(10);
    expect(result(s)).toEqual({ items: [1, 0, 1, 1, 1, 0, 1, 1, 0, 1], score: 7, check: { ice: 7 } });
  });
  it("gives a CAPD check to the engine as capd", () => {
    let s = startCheck("capd");
    for (const a of [1, 2, 1, 0, 3, 2, 1, 3]) s = answer(s, a);
    expect(result(s)?.check).toEqual({ capd: 21 });
    expect(back(startCheck("capd")).at).toBe(0);
  });
});

describe("a reading with only the check", () => {
  it("answers nothing for the parent: no symptoms, fever medicine or pump", () => {
    const r = neuroOnlyReading({ ice: 9 }, local(2026, 11, 21, 8));
    expect(Object.keys(r).sort()).toEqual(["neuro_check", "taken_at"]);
    expect(r.neuro_check).toEqual({ ice: 9 });
    expect(r.taken_at).toMatch(/^2026-11-21T08:00:00[+-]\d{2}:\d{2}$/);
  });
});

describe("the score beside the baseline", () => {
  const b = (id: number, scale: "ice" | "capd", score: number, taken_at: string): NeuroBaseline => ({
    id, scale, score, items: [], nurse: "Ana", taken_at, recorded_at: taken_at,
  });
  it("takes the newest baseline of the same scale", () => {
    const list = [b(3, "capd", 2, "2026-11-20T10:00:00-06:00"), b(2, "ice", 10, "2026-11-19T10:00:00-06:00"), b(1, "ice", 9, "2026-11-18T10:00:00-06:00")];
    expect(baselineFor(list, "ice")?.id).toBe(2);
    expect(baselineFor(list, "capd")?.id).toBe(3);
    expect(baselineFor([], "ice")).toBeNull();
  });
  it("reads worse as lower for ICE and higher for CAPD", () => {
    expect(versusBaseline("ice", 8, 10)).toBe("worse");
    expect(versusBaseline("ice", 10, 9)).toBe("better");
    expect(versusBaseline("capd", 12, 4)).toBe("worse");
    expect(versusBaseline("capd", 2, 4)).toBe("better");
    expect(versusBaseline("capd", 4, 4)).toBe("same");
  });
  it("reads a stored check's scale", () => {
    expect(scoreOf({ ice: 7 })).toEqual({ scale: "ice", score: 7 });
    expect(scoreOf({ capd: 0 })).toEqual({ scale: "capd", score: 0 });
    expect(scoreOf({ ice: null, capd: null })).toBeNull();
    expect(scoreOf(null)).toBeNull();
  });
});

describe("when Home suggests a check", () => {
  const now = local(2026, 11, 21, 12);
  it("daily: none yet, or the last one 24 hours ago or more", () => {
    expect(dailyCheckDue(null, now)).toBe(true);
    expect(dailyCheckDue(local(2026, 11, 20, 12).toISOString(), now)).toBe(true);
    expect(dailyCheckDue(new Date(local(2026, 11, 20, 12).getTime() + 1000).toISOString(), now)).toBe(false);
    expect(dailyCheckDue(local(2026, 11, 21, 8).toISOString(), now)).toBe(false);
  });
  it("whenever a neurological sign is ticked", () => {
    expect(hasNeuroSign(["tremor"])).toBe(true);
    expect(hasNeuroSign(["nausea", "inconsolable_cry"])).toBe(true);
    expect(hasNeuroSign(["rigors", "headache"])).toBe(false);
    expect(hasNeuroSign([])).toBe(false);
    expect(hasNeuroSign(null)).toBe(false);
  });
});

describe("neuroSuggestion", () => {
  const now = local(2026, 11, 21, 12);
  let id = 0;
  const entry = (at: Date, reading: Partial<import("./bindings").Reading>, superseded = false): import("./bindings").DiaryEntry => ({
    id: ++id,
    reading: { taken_at: at.toISOString(), ...reading },
    recorded_at: at.toISOString(),
    recorded_by: null,
    superseded_by: superseded ? { reading_id: 99, reason: "typo", amended_by: "A", amended_at: at.toISOString() } : null,
    corrects: null,
  });
  it("asks for a check when the newest checklist ticks a neurological sign and no check followed", () => {
    const sign = entry(local(2026, 11, 21, 10), { symptoms: ["tremor"] });
    expect(neuroSuggestion([sign], now)).toBe("sign");
    // A check at the same time or after answers it; the daily one is then not due either.
    expect(neuroSuggestion([sign, entry(local(2026, 11, 21, 10, 0), { neuro_check: { ice: 10 } })], now)).toBe(null);
    expect(neuroSuggestion([sign, entry(local(2026, 11, 21, 11), { neuro_check: { capd: 3 } })], now)).toBe(null);
    // A check before the sign does not.
    expect(neuroSuggestion([entry(local(2026, 11, 21, 9), { neuro_check: { ice: 10 } }), sign], now)).toBe("sign");
  });
  it("reads only the newest checklist, within 6 hours, and not a corrected reading", () => {
    const old = entry(local(2026, 11, 21, 9), { symptoms: ["confusion"] });
    const clear = entry(local(2026, 11, 21, 10), { symptoms: [] });
    const check = entry(local(2026, 11, 21, 8), { neuro_check: { ice: 10 } });
    expect(neuroSuggestion([old, clear, check], now)).toBe(null);
    // A neuro-only reading has no checklist (null), so it does not clear the sign.
    expect(neuroSuggestion([old, entry(local(2026, 11, 21, 11), { temperature: { value: 37, unit: "C" } }), check], now)).toBe("sign");
    const early = entry(local(2026, 11, 21, 5), { neuro_check: { ice: 10 } });
    expect(neuroSuggestion([entry(local(2026, 11, 21, 5, 59), { symptoms: ["tremor"] }), early], now)).toBe(null);
    expect(neuroSuggestion([entry(local(2026, 11, 21, 6, 0), { symptoms: ["tremor"] }), early], now)).toBe("sign");
    expect(neuroSuggestion([entry(local(2026, 11, 21, 10), { symptoms: ["tremor"] }, true), check], now)).toBe(null);
  });
  it("suggests the daily check when none in 24 hours, unless told not to", () => {
    expect(neuroSuggestion([], now)).toBe("daily");
    expect(neuroSuggestion([], now, false)).toBe(null);
    expect(neuroSuggestion([entry(local(2026, 11, 20, 11), { neuro_check: { ice: 10 } })], now)).toBe("daily");
    expect(neuroSuggestion([entry(local(2026, 11, 20, 13), { neuro_check: { ice: 10 } })], now)).toBe(null);
  });
});
