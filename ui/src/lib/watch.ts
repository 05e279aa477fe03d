// Home's watch banners (issue 20): how long Centinela was closed, in words, and how each
// watched matter is shown.
import type { Concern } from "./bindings";
import { t, type Lang } from "./i18n";

/** "3 hours 20 minutes", "45 minutes", "1 day 2 hours": the closed span, in whole minutes. */
export function closedFor(minutes: number, lang: Lang): string {
  const m = Math.max(0, Math.floor(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const part = (n: number, unit: "watch-day" | "watch-hour" | "watch-minute") => t(unit, lang, { n });
  const parts: string[] = [];
  if (days > 0) parts.push(part(days, "watch-day"));
  if (hours > 0) parts.push(part(hours, "watch-hour"));
  // Minutes only matter within the first day.
  if (days === 0 && (mins > 0 || parts.length === 0)) parts.push(part(mins, "watch-minute"));
  // At most two parts: days and hours, or hours and minutes.
  return parts.length === 2 ? t("watch-pair", lang, { a: parts[0], b: parts[1] }) : parts[0];
}

/** How loud a banner is: red for what can stop the alarm tonight, amber otherwise. */
export function concernTone(c: Concern): "error" | "warn" {
  switch (c.kind) {
    case "sound_muted":
    case "battery_alarm":
      return "error";
    default:
      return "warn";
  }
}

/** The nurse's choices for the sound level, in 10 % steps (the shell accepts 10–100). */
export const SOUND_LIMITS: readonly number[] = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
