// The date and time fields in the app's language (issue 17): day / month / year in the
// family's order, a 12-hour time with a.m./p.m., never the computer's own picker. The value
// stays what the native inputs gave: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", local time.
import type { Lang } from "./i18n";

export type Part = "day" | "month" | "year";

/** Mexican Spanish: day before month; US English: month first. */
export function dateOrder(lang: Lang): Part[] {
  return lang === "es" ? ["day", "month", "year"] : ["month", "day", "year"];
}

export type DateParts = {
  day: string;
  month: string; // "1".."12", or "" when not chosen
  year: string;
  hour: string; // "1".."12"
  minute: string;
  pm: boolean;
};

export const EMPTY: DateParts = { day: "", month: "", year: "", hour: "", minute: "", pm: false };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The fields of a value ("" gives empty fields). */
export function split(value: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return { ...EMPTY };
  const h24 = m[4] === undefined ? null : Number(m[4]);
  return {
    year: m[1],
    month: String(Number(m[2])),
    day: String(Number(m[3])),
    hour: h24 === null ? "" : String(((h24 + 11) % 12) + 1),
    minute: m[5] ?? "",
    pm: h24 !== null && h24 >= 12,
  };
}

const whole = (s: string, min: number, max: number): number | null => {
  if (!/^\d{1,4}$/.test(s.trim())) return null;
  const n = Number(s.trim());
  return n >= min && n <= max ? n : null;
};

/** The value of the fields, or "" while they are incomplete or name no real day
 *  (31 April, 29 February of a common year): the form then says what is missing. */
export function compose(p: DateParts, withTime: boolean): string {
  const year = p.year.trim().length === 4 ? whole(p.year, 1900, 2999) : null;
  const month = whole(p.month, 1, 12);
  const day = whole(p.day, 1, 31);
  if (year === null || month === null || day === null) return "";
  const probe = new Date(year, month - 1, day);
  if (probe.getMonth() !== month - 1) return "";
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!withTime) return date;
  const hour = whole(p.hour, 1, 12);
  const minute = whole(p.minute, 0, 59);
  if (hour === null || minute === null) return "";
  const h24 = (hour % 12) + (p.pm ? 12 : 0);
  return `${date}T${pad(h24)}:${pad(minute)}`;
}

/** The fields for a moment in local time. */
export function partsOf(d: Date, withTime: boolean): DateParts {
  const value = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return split(withTime ? `${value}T${pad(d.getHours())}:${pad(d.getMinutes())}` : value);
}

/** "Yesterday": the same time of day, one calendar day back (local time). */
export function yesterday(now: Date): Date {
  const d = new Date(now);
  d.setDate(d.getDate() - 1);
  return d;
}
