import { describe, expect, it } from "vitest";
import type { Contact } from "./bindings";
import { ladder, moreUrgent } from "./escalation";

const contacts: Contact[] = [
  { role: "team24h", name: "Oncology 24/7", phone: "55 1234 5678" },
  { role: "second", name: "Dr. Ruiz", phone: "55 8765 4321" },
  { role: "emergency_department", name: "Hospital Infantil", phone: "55 5555 0000", address: "Av. 1" },
  { role: "emergency_number", name: "", phone: "911" },
];

describe("ladder", () => {
  it("emergency: emergency number and department first, then the team", () => {
    expect(ladder("emergency", contacts).map((c) => c.role)).toEqual([
      "emergency_number",
      "emergency_department",
      "team24h",
      "second",
    ]);
  });
  it("call now: the team line first", () => {
    expect(ladder("call_now", contacts).map((c) => c.role)).toEqual(["team24h", "second", "emergency_department"]);
  });
  it("no ladder when no call is needed now", () => {
    expect(ladder("call_today", contacts)).toEqual([]);
    expect(ladder("routine", contacts)).toEqual([]);
  });
  it("skips missing contacts", () => {
    expect(ladder("call_now", [contacts[0]]).map((c) => c.role)).toEqual(["team24h"]);
  });
  it("moreUrgent", () => {
    expect(moreUrgent("call_today", "emergency")).toBe("emergency");
    expect(moreUrgent("call_now", "routine")).toBe("call_now");
  });
});
