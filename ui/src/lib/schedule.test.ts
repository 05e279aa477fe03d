import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BagView, CourseView, Home, Reminder, ReminderKind } from "./bindings";
import {
  minutesOverdue,
  plainShortDay,
  atTime,
  atTimeAndDay,
  bagPhase,
  countdownText,
  courseNotes,
  durationText,
  homeAction,
  hoursText,
  readingPhase,
  shortDay,
  visibleReminders,
} from "./schedule";

beforeEach(() => {
  vi.stubEnv("TZ", "America/Mexico_City");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("durationText", () => {
  it.each([
    [0, "0 min", "0 min"],
    [40, "40 min", "40 min"],
    [60, "1 h", "1 h"],
    [320, "5 h 20 min", "5 h 20 min"],
    [24 * 60, "1 day", "1 día"],
    [27 * 60 + 10, "1 day 3 h", "1 día 3 h"],
    [7 * 24 * 60, "7 days", "7 días"],
  ])("%i minutes", (m, en, es) => {
    expect(durationText(m, "en")).toBe(en);
    expect(durationText(m, "es")).toBe(es);
  });
});

describe("hoursText", () => {
  it("whole hours in words, the rest as a duration", () => {
    expect(hoursText(60, "en")).toBe("1 hour");
    expect(hoursText(120, "es")).toBe("2 horas");
    expect(hoursText(90, "en")).toBe("1 h 30 min");
  });
});

describe("countdownText", () => {
  const due = "2026-11-21T15:30:00-06:00";
  const at = (iso: string) => countdownText(due, iso, "en");
  it("counts down, rounding up like a countdown", () => {
    expect(at("2026-11-21T10:10:00-06:00")).toBe("in 5 h 20 min");
    expect(at("2026-11-21T14:30:00-06:00")).toBe("in 1 h");
    // 59 min 30 s left still reads one hour.
    expect(at("2026-11-21T14:30:30-06:00")).toBe("in 1 h");
    expect(at("2026-11-21T14:31:00-06:00")).toBe("in 59 min");
    expect(at("2026-11-21T15:29:59-06:00")).toBe("in 1 min");
  });
  it("is due now at the due minute, then overdue by whole minutes", () => {
    expect(at("2026-11-21T15:30:00-06:00")).toBe("due now");
    expect(at("2026-11-21T15:30:59-06:00")).toBe("due now");
    expect(at("2026-11-21T16:10:00-06:00")).toBe("overdue by 40 min");
    expect(at("2026-11-21T16:35:00-06:00")).toBe("overdue by 1 h 5 min");
  });
  it("counts whole minutes overdue", () => {
    expect(minutesOverdue(due, "2026-11-21T15:00:00-06:00")).toBe(0);
    expect(minutesOverdue(due, "2026-11-21T16:30:59-06:00")).toBe(60);
  });
  it("speaks Spanish", () => {
    expect(countdownText(due, "2026-11-21T10:10:00-06:00", "es")).toBe("en 5 h 20 min");
    expect(countdownText(due, "2026-11-21T16:10:00-06:00", "es")).toBe("con 40 min de retraso");
    expect(countdownText(due, "2026-11-21T15:30:00-06:00", "es")).toBe("vence ahora");
  });
});

describe("times and days", () => {
  it("says the time with its day", () => {
    expect(atTime("2026-11-21T15:30:00-06:00", "en")).toBe("at 3:30 PM");
    expect(shortDay("2026-11-21T15:30:00-06:00", "en")).toBe("Sat, Nov 21");
    expect(atTimeAndDay("2026-11-21T15:30:00-06:00", "en")).toBe("at 3:30 PM (Sat, Nov 21)");
  });
  it("says a plain date short", () => {
    expect(plainShortDay("2026-11-25", "en")).toBe("Wed, Nov 25");
    expect(plainShortDay("2026-11-25", "es")).toBe("mié 25 de nov");
  });
  it("leaves the day out when it is today", () => {
    expect(atTimeAndDay("2026-11-21T15:30:00-06:00", "en", "2026-11-21T08:00:00-06:00")).toBe("at 3:30 PM");
    expect(atTimeAndDay("2026-11-22T01:00:00-06:00", "en", "2026-11-21T08:00:00-06:00")).toMatch(/\(Sun, Nov 22\)$/);
  });
  it("Spanish says 'a la' for one o'clock and 'a las' otherwise", () => {
    expect(atTime("2026-11-21T15:30:00-06:00", "es")).toMatch(/^a las 3:30/);
    expect(atTime("2026-11-21T13:05:00-06:00", "es")).toMatch(/^a la 1:05/);
    expect(atTime("2026-11-21T01:05:00-06:00", "es")).toMatch(/^a la 1:05/);
    expect(atTime("2026-11-21T11:05:00-06:00", "es")).toMatch(/^a las 11:05/);
  });
});

function bagView(over: Partial<BagView> = {}): BagView {
  return {
    bag: {
      id: 1,
      hung_at: "2026-11-19T15:30:00-06:00",
      duration: "48h",
      extension_hours: 0,
      note: null,
      due_at: "2026-11-21T21:30:00Z",
      recorded_at: "2026-11-19T15:31:00-06:00",
      recorded_by: null,
    },
    due_at: "2026-11-21T15:30:00-06:00",
    heads_up_at: "2026-11-21T13:30:00-06:00",
    minutes_left: 0,
    overdue: false,
    call_now: false,
    ...over,
  };
}

describe("bagPhase", () => {
  it("runs, then heads up, then due, then call now", () => {
    expect(bagPhase(bagView(), "2026-11-21T13:29:00-06:00")).toBe("running");
    expect(bagPhase(bagView(), "2026-11-21T13:30:00-06:00")).toBe("heads_up");
    expect(bagPhase(bagView({ overdue: true }), "2026-11-21T15:30:00-06:00")).toBe("due");
    expect(bagPhase(bagView({ overdue: true, call_now: true }), "2026-11-21T16:00:00-06:00")).toBe("call_now");
  });
});

function reminder(id: number, kind: ReminderKind, subject_id = 0): Reminder {
  return {
    id,
    kind,
    subject_id,
    due_at: "2026-11-21T15:30:00-06:00",
    state: "delivered",
    deliveries: 1,
    first_delivered_at: null,
    acknowledged_at: null,
    closed_by: null,
    acknowledged_by: null,
    can_acknowledge: kind !== "bag_due",
    title: { en: kind, es: kind },
    body: { en: kind, es: kind },
  };
}

describe("visibleReminders", () => {
  it("shows only the most urgent reminder of one bag, and every other reminder", () => {
    const list = [
      reminder(3, "bag_overdue", 7),
      reminder(2, "bag_due", 7),
      reminder(9, "reading_due"),
      reminder(1, "bag_heads_up", 7),
    ];
    expect(visibleReminders(list).map((r) => r.id)).toEqual([3, 9]);
    expect(visibleReminders([reminder(2, "bag_due", 7), reminder(1, "bag_heads_up", 7)]).map((r) => r.id)).toEqual([2]);
    expect(visibleReminders([reminder(1, "bag_heads_up", 7)]).map((r) => r.id)).toEqual([1]);
  });
});

function course(over: Partial<CourseView> = {}): CourseView {
  return {
    plan: {
      start: "2026-11-16",
      end: "2026-12-06",
      step_up_day: 8,
      reading_every_hours: 6,
      close_watch_every_hours: 4,
      bag_heads_up_minutes: 120,
    },
    day: 6,
    days: 21,
    step_up_date: "2026-11-23",
    close_watch_today: false,
    before_start: false,
    ended: false,
    ...over,
  };
}

describe("courseNotes", () => {
  it("day N of M and the step-up ahead", () => {
    expect(courseNotes(course(), "2026-11-21")).toEqual([
      { kind: "day", day: 6, days: 21 },
      { kind: "step_up", date: "2026-11-23", today: false },
    ]);
  });
  it("close watch on the step-up day", () => {
    expect(courseNotes(course({ day: 8, close_watch_today: true }), "2026-11-23")).toEqual([
      { kind: "day", day: 8, days: 21 },
      { kind: "step_up", date: "2026-11-23", today: true },
      { kind: "close_watch", every: 4 },
    ]);
  });
  it("a step-up in the past is not mentioned", () => {
    expect(courseNotes(course({ day: 10 }), "2026-11-25")).toEqual([{ kind: "day", day: 10, days: 21 }]);
  });
  it("before the start and after the end", () => {
    expect(courseNotes(course({ day: null, before_start: true }), "2026-11-10")[0]).toEqual({
      kind: "starts",
      date: "2026-11-16",
    });
    expect(courseNotes(course({ day: null, ended: true }), "2026-12-10")).toEqual([{ kind: "ended" }]);
  });
});

describe("readingPhase", () => {
  const due = "2026-11-21T14:00:00-06:00";
  it("upcoming, then due for half an hour, then missed", () => {
    expect(readingPhase(due, false, "2026-11-21T13:00:00-06:00")).toBe("upcoming");
    expect(readingPhase(due, true, "2026-11-21T14:10:00-06:00")).toBe("due");
    expect(readingPhase(due, true, "2026-11-21T14:31:00-06:00")).toBe("missed");
  });
});

function home(over: Partial<Home> = {}, schedule: Partial<Home["schedule"]> = {}): Home {
  return {
    patient: null,
    settings: { language: "en", temperature_unit: "C", caregiver: null, start_at_login: true },
    care_plan: { fever_threshold_c: 38 },
    schedule: { course: null, bag: null, reading: null, pause: null, reminders: [], ...schedule },
    latest: null,
    assessment: null,
    open_alerts: [],
    last_call: null,
    contacts: [],
    problems: [],
    now: "2026-11-21T16:10:00-06:00",
    ...over,
  };
}

describe("homeAction", () => {
  it("follows the readings when the bag is fine", () => {
    expect(homeAction(home({}, { bag: bagView() }))).toEqual({ action: "routine", raisedBy: null });
  });
  it("an overdue bag (30 min) raises it to call now", () => {
    const b = bagView({ overdue: true, call_now: true });
    expect(homeAction(home({}, { bag: b }))).toEqual({ action: "call_now", raisedBy: "bag" });
  });
  it("a bag only due does not", () => {
    expect(homeAction(home({}, { bag: bagView({ overdue: true }) })).action).toBe("routine");
  });
  it("an emergency from the readings stays the emergency", () => {
    const b = bagView({ overdue: true, call_now: true });
    const h = home({}, { bag: b });
    h.assessment = { action: "emergency" } as Home["assessment"];
    expect(homeAction(h)).toEqual({ action: "emergency", raisedBy: null });
  });
  it("a long pause raises it; while paused the bag does not", () => {
    const pause = {
      pause: { id: 1, paused_at: "2026-11-21T10:00:00-06:00", reason: "x", paused_by: null, resumed_at: null, resumed_by: null },
      minutes_so_far: 250,
      call_team_before_restart: true,
    };
    expect(homeAction(home({}, { pause }))).toEqual({ action: "call_now", raisedBy: "pause" });
    const short = { ...pause, minutes_so_far: 20, call_team_before_restart: false };
    const b = bagView({ overdue: true, call_now: true });
    expect(homeAction(home({}, { pause: short, bag: b }))).toEqual({ action: "routine", raisedBy: null });
  });
});
