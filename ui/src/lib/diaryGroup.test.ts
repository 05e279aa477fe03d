import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Alert, DiaryEntry } from "./bindings";
import { groupDiary } from "./diaryGroup";

// Node picks up a changed TZ at once; Mexico City has no daylight saving since 2022.
beforeEach(() => {
  vi.stubEnv("TZ", "America/Mexico_City");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function entry(id: number, taken_at: string, extra: Partial<DiaryEntry> = {}): DiaryEntry {
  return {
    id,
    reading: { taken_at, symptoms: [] },
    recorded_at: taken_at,
    recorded_by: null,
    superseded_by: null,
    corrects: null,
    ...extra,
  };
}

function alert(id: number, raised_at: string, ack?: string): Alert {
  return {
    id,
    reading_id: 1,
    rules_version: "care-rules/1",
    action: "call_now",
    reasons: [],
    raised_at,
    state: ack ? "acknowledged" : "raised",
    acknowledged_by: ack ? "Ana" : null,
    acknowledged_at: ack ?? null,
    team_said: null,
  };
}

const link = (reading_id: number) => ({
  reading_id,
  reason: "typo",
  amended_by: "Ana",
  amended_at: "2026-11-21T09:00:00-06:00",
});

describe("groupDiary", () => {
  it("groups by local day, newest day and newest item first", () => {
    const days = groupDiary(
      [
        entry(1, "2026-11-20T23:30:00-06:00"),
        // 05:30 UTC on the 21st is still the 20th in Mexico City.
        entry(2, "2026-11-21T05:30:00Z"),
        entry(3, "2026-11-21T08:00:00-06:00"),
      ],
      [],
    );
    expect(days.map((d) => d.day)).toEqual(["2026-11-21", "2026-11-20"]);
    expect(days[1].items.map((i) => (i.kind === "reading" ? i.entry.id : 0))).toEqual([1, 2]);
    expect(days[0].items).toHaveLength(1);
  });

  it("puts alerts and acknowledgements on their own days and times", () => {
    const days = groupDiary(
      [entry(1, "2026-11-20T22:00:00-06:00")],
      [alert(7, "2026-11-20T22:00:00-06:00", "2026-11-21T00:30:00-06:00")],
    );
    expect(days.map((d) => [d.day, d.items.map((i) => i.kind)])).toEqual([
      ["2026-11-21", ["ack"]],
      ["2026-11-20", ["alert", "reading"]],
    ]);
  });

  it("keeps a corrected reading right after its correction", () => {
    const days = groupDiary(
      [
        entry(1, "2026-11-21T01:00:00-06:00", { superseded_by: link(2) }),
        entry(5, "2026-11-21T03:00:00-06:00"),
        entry(2, "2026-11-21T01:00:00-06:00", { corrects: link(1), superseded_by: link(3) }),
        entry(3, "2026-11-21T01:05:00-06:00", { corrects: link(2) }),
      ],
      [],
    );
    const items = days[0].items;
    expect(items).toHaveLength(2);
    const [first, second] = items;
    expect(first.kind === "reading" && first.entry.id).toBe(5);
    expect(second.kind === "reading" && second.entry.id).toBe(3);
    expect(second.kind === "reading" && second.history.map((e) => e.id)).toEqual([2, 1]);
  });

  it("shows a corrected reading on its own when its correction is outside the period", () => {
    const days = groupDiary([entry(1, "2026-11-01T01:00:00-06:00", { superseded_by: link(99) })], []);
    expect(days).toHaveLength(1);
    expect(days[0].items[0].kind === "reading" && days[0].items[0].entry.id).toBe(1);
  });

  it("is empty for an empty diary", () => {
    expect(groupDiary([], [])).toEqual([]);
  });
});
