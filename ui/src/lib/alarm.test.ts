import { describe, expect, it } from "vitest";
import type { AlarmState } from "./bindings";
import { alarmHeadline, alarmLouder, awakeKey, canBeHeard, deviceKey } from "./alarm";
import { t } from "./i18n";

function state(over: Partial<AlarmState["alarm"]> = {}): AlarmState {
  return {
    alarm: { sounding: null, unanswered: null, silenced_until: null, ...over },
    device: { state: "ready", name: "Speakers" },
    testing: false,
  };
}

describe("alarm words", () => {
  it("says nothing when nothing waits for an answer", () => {
    expect(alarmHeadline(state())).toBeNull();
  });

  it("names the priority heard, and a silence as a silence", () => {
    const high = state({ unanswered: "high", sounding: { priority: "high", level: "normal" } });
    expect(alarmHeadline(high)).toBe("alarm-sounding-high");
    expect(alarmLouder(high)).toBe(false);
    const medium = state({ unanswered: "medium", sounding: { priority: "medium", level: "louder" } });
    expect(alarmHeadline(medium)).toBe("alarm-sounding-medium");
    expect(alarmLouder(medium)).toBe(true);
    const silenced = state({ unanswered: "medium", silenced_until: "2026-11-21T09:02:00Z" });
    expect(alarmHeadline(silenced)).toBe("alarm-silenced");
    const mute = { ...high, device: { state: "missing" as const, name: null } };
    expect(alarmHeadline(mute)).toBe("alarm-noSound");
  });

  it("warns when the alarm cannot be heard", () => {
    expect(canBeHeard("ready")).toBe(true);
    expect(canBeHeard("missing")).toBe(false);
    expect(canBeHeard("failed")).toBe(false);
    expect(t(deviceKey("missing"), "en")).toMatch(/cannot be heard/);
    expect(t(deviceKey("missing"), "es")).toMatch(/no se puede oír/);
  });

  it("keep-awake states have words in both languages, with the lid and plug warning", () => {
    for (const s of ["held", "outside_course", "turned_off", "unavailable"] as const) {
      const k = awakeKey({ enabled: s !== "turned_off", state: s });
      expect(t(k, "en")).not.toBe(k);
      expect(t(k, "es")).not.toBe(t(k, "en"));
    }
    expect(t("awake-warning", "en")).toMatch(/lid/);
    expect(t("awake-warning", "es")).toMatch(/tapa/);
  });
});
