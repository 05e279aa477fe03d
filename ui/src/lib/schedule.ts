// Home's schedule in words: the bag countdown, the next reading, the course calendar, which
// reminder banners to show, and how urgent Home is once the bag and a pause count too.
// Pure functions of the shell's data and its clock (`home.now`), so they can be unit-tested.
import type { Action, BagView, CourseView, Home, Reminder, ReminderKind } from "./bindings";
import { moreUrgent } from "./escalation";
import { formatShortDay, formatTime, localDayKey } from "./format";
import { t, type Lang } from "./i18n";

/** A length of time in words: "40 min", "5 h 20 min", "2 h", "1 day 3 h", "7 days". */
export function durationText(minutes: number, lang: Lang): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return t("dur-min", lang, { m });
  if (m < 24 * 60) {
    const h = Math.floor(m / 60);
    const rest = m % 60;
    return rest === 0 ? t("dur-h", lang, { h }) : t("dur-hMin", lang, { h, m: rest });
  }
  // A day or more: minutes are noise at that distance.
  const d = Math.floor(m / (24 * 60));
  const h = Math.floor((m % (24 * 60)) / 60);
  const days = t(d === 1 ? "dur-day" : "dur-days", lang, { d });
  return h === 0 ? days : t("dur-daysH", lang, { days, h });
}

/** A length of time for a choice in a list, in whole words when it is whole hours:
 *  "1 hour", "12 hours", else as `durationText` ("90 min" reads "1 h 30 min"). */
export function hoursText(minutes: number, lang: Lang): string {
  if (minutes > 0 && minutes % 60 === 0) {
    const h = minutes / 60;
    return t(h === 1 ? "dur-hour" : "dur-hours", lang, { h });
  }
  return durationText(minutes, lang);
}

/** Milliseconds between two instants given as ISO strings or dates. */
export function msBetween(from: string | Date, to: string | Date): number {
  return new Date(to).getTime() - new Date(from).getTime();
}

/** Whole minutes past `due` at `now` (0 before it). */
export function minutesOverdue(due: string | Date, now: string | Date): number {
  return Math.max(0, Math.floor(msBetween(due, now) / 60_000));
}

/**
 * A countdown to `due` seen at `now`: "in 5 h 20 min", "due now", "overdue by 40 min".
 * Before the due time it rounds up (59 min 30 s left reads "in 1 h", as a countdown does);
 * after it, the minutes overdue are whole minutes passed.
 */
export function countdownText(due: string | Date, now: string | Date, lang: Lang): string {
  const ms = msBetween(now, due);
  if (ms > 0) return t("count-in", lang, { d: durationText(Math.ceil(ms / 60_000), lang) });
  const over = minutesOverdue(due, now);
  if (over === 0) return t("count-now", lang);
  return t("count-overdue", lang, { d: durationText(over, lang) });
}

/** "Sat, Nov 21" / "sáb 21 de nov". */
export function shortDay(iso: string | Date, lang: Lang): string {
  return formatShortDay(new Date(iso), lang);
}

/** A plain date (`YYYY-MM-DD`) as "Wed, Nov 25" / "mié 25 de nov". */
export function plainShortDay(date: string, lang: Lang): string {
  const [y, m, d] = date.split("-").map(Number);
  return shortDay(new Date(y, m - 1, d, 12), lang);
}

/** "at 3:30 PM" / "a las 15:30" (and "a la 1:30" in Spanish). */
export function atTime(iso: string | Date, lang: Lang): string {
  const time = formatTime(new Date(iso).toISOString(), lang);
  return t(/^1[:.]/.test(time) ? "at-time1" : "at-time", lang, { time });
}

/** "at 3:30 PM (Sat, Nov 21)"; the day is left out when `sameDayAs` is that day. */
export function atTimeAndDay(iso: string | Date, lang: Lang, sameDayAs?: string | Date): string {
  const at = atTime(iso, lang);
  if (sameDayAs !== undefined && localDayKey(new Date(iso)) === localDayKey(new Date(sameDayAs))) {
    return at;
  }
  return t("at-timeDay", lang, { at, day: shortDay(iso, lang) });
}

/** Where the bag hanging now stands. */
export type BagPhase = "running" | "heads_up" | "due" | "call_now";

export function bagPhase(b: BagView, now: string | Date): BagPhase {
  if (b.call_now) return "call_now";
  if (b.overdue || msBetween(now, b.due_at) <= 0) return "due";
  if (msBetween(now, b.heads_up_at) <= 0) return "heads_up";
  return "running";
}

const BAG_KINDS: readonly ReminderKind[] = ["bag_overdue", "bag_due", "bag_heads_up"];

/**
 * The reminders to show as banners, most urgent first. Of one bag's reminders only the most
 * urgent is shown: "overdue, call the team" says all that "due now" and "coming up" say, and
 * a new bag ends all three at once.
 */
export function visibleReminders(reminders: readonly Reminder[]): Reminder[] {
  const bestBag = new Map<number, number>();
  for (const r of reminders) {
    const rank = BAG_KINDS.indexOf(r.kind);
    if (rank < 0) continue;
    const best = bestBag.get(r.subject_id);
    if (best === undefined || rank < best) bestBag.set(r.subject_id, rank);
  }
  return reminders.filter((r) => {
    const rank = BAG_KINDS.indexOf(r.kind);
    return rank < 0 || bestBag.get(r.subject_id) === rank;
  });
}

/** What raised Home above what the readings say: the bag or a long pause. */
export type RaisedBy = "bag" | "pause" | null;

/**
 * Home's state: the readings' assessment and open alerts, raised to "call now" while the bag
 * is 30 minutes overdue (the infusion may stop) or a pause has lasted 4 hours (the team must
 * be called before the restart). While the infusion is paused the bag does not run out, so
 * the bag does not raise it then.
 */
export function homeAction(home: Home): { action: Action; raisedBy: RaisedBy } {
  const readings = home.open_alerts.reduce<Action>(
    (acc, a) => moreUrgent(acc, a.action),
    home.assessment?.action ?? "routine",
  );
  const s = home.schedule;
  const courseOver = s.course?.ended ?? false;
  const bag = !s.pause && !courseOver && s.bag?.call_now ? "bag" : null;
  const pause = s.pause?.call_team_before_restart ? "pause" : null;
  const raisedBy: RaisedBy = bag ?? pause;
  if (raisedBy && moreUrgent(readings, "call_now") !== readings) {
    return { action: "call_now", raisedBy };
  }
  return { action: readings, raisedBy: null };
}

/** One line about the course on Home, as a key and what fills it. */
export type CourseNote =
  | { kind: "day"; day: number; days: number }
  | { kind: "starts"; date: string }
  | { kind: "ended" }
  | { kind: "step_up"; date: string; today: boolean }
  | { kind: "close_watch"; every: number };

/** The course in a few lines: day N of M (or starts on / ended), the step-up while it is
 *  still ahead or today, and "close watch today" with its interval. `today` is YYYY-MM-DD. */
export function courseNotes(c: CourseView, today: string): CourseNote[] {
  if (c.ended) return [{ kind: "ended" }];
  const notes: CourseNote[] = [];
  if (c.before_start || c.day === null) notes.push({ kind: "starts", date: c.plan.start });
  else notes.push({ kind: "day", day: c.day, days: c.days });
  if (c.step_up_date && c.step_up_date >= today) {
    notes.push({ kind: "step_up", date: c.step_up_date, today: c.step_up_date === today });
  }
  if (c.close_watch_today) notes.push({ kind: "close_watch", every: c.plan.close_watch_every_hours });
  return notes;
}

/** A reading more than this late is "missed"; before that it is simply "due now". */
export const READING_GRACE_MINUTES = 30;

export type ReadingPhase = "upcoming" | "due" | "missed";

export function readingPhase(nextDue: string, missed: boolean, now: string | Date): ReadingPhase {
  if (!missed && msBetween(now, nextDue) > 0) return "upcoming";
  return msBetween(nextDue, now) > READING_GRACE_MINUTES * 60_000 ? "missed" : "due";
}
