// Dexamethasone doses (care-rules v2 §4.2): a dose can hide a fever for 24 hours, so the
// family is asked when it was given — by the premedication reminder and after a restart
// following a pause of 4 hours or more.
import type { BagView, CourseView, ReminderKind, SteroidOccasion } from "./bindings";
import { localDayKey } from "./format";

/** The occasion a premedication reminder is about; null for other reminders. */
export function occasionOf(kind: ReminderKind): SteroidOccasion | null {
  if (kind === "premedication_start") return "start";
  if (kind === "premedication_step_up") return "step_up";
  return null;
}

/** The time offered first: the course start or the step-up. The plan holds only their days,
 *  so the time is the bag hung on that day when there is one (the dose is given just before
 *  it); otherwise now. Never later than now: a dose cannot be recorded ahead. */
export function defaultDoseTime(
  occasion: SteroidOccasion,
  course: CourseView | null,
  bag: BagView | null,
  now: Date,
): Date {
  const day = occasion === "start" ? course?.plan.start : occasion === "step_up" ? course?.step_up_date : null;
  if (day && bag) {
    const hung = new Date(bag.bag.hung_at);
    if (localDayKey(hung) === day.slice(0, 10) && hung.getTime() <= now.getTime()) return hung;
  }
  return now;
}
