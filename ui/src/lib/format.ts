// Time, temperature and number formatting for the screens. Pure functions, unit-tested.
import type { TempUnit } from "./bindings";
import { locale, t, type Lang } from "./i18n";

function pad(n: number, width = 2): string {
  return String(Math.trunc(Math.abs(n))).padStart(width, "0");
}

/** RFC 3339 in the computer's local time with its UTC offset at that moment,
 *  e.g. `2026-11-21T02:05:00-06:00` (what the shell expects for `taken_at`). */
export function toLocalRfc3339(d: Date): string {
  const offsetMin = -d.getTimezoneOffset();
  const sign = offsetMin >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMin);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The value of an `<input type="datetime-local">` for `d` (local time, minutes). */
export function toDatetimeLocal(d: Date): string {
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}`
  );
}

/** Parse a `datetime-local` value as local time; null when it is not a full date and time. */
export function parseDatetimeLocal(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, se] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const date = new Date(y, mo - 1, d, h, mi, se);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date;
}

/** The local calendar day of an instant, as `YYYY-MM-DD`. */
export function localDayKey(iso: string | Date): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** °C → °F for display, one decimal. */
export function cToF(c: number): number {
  return Math.round((c * 9) / 5 * 10 + 320) / 10;
}

/** °F → °C, two decimals, half away from zero (care-rules §2). */
export function fToC(f: number): number {
  const v = ((f - 32) * 5) / 9;
  return (Math.sign(v) * Math.round(Math.abs(v) * 100)) / 100;
}

/** A temperature as entered, shown in `unit` (converted when needed), one decimal. */
export function tempIn(value: number, from: TempUnit, unit: TempUnit): number {
  if (from === unit) return value;
  return unit === "F" ? cToF(value) : Math.round(fToC(value) * 10) / 10;
}

export function formatNumber(n: number, lang: Lang, decimals = 0): string {
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(n);
}

export function formatTemp(value: number, unit: TempUnit, lang: Lang): string {
  return `${formatNumber(value, lang, 1)} °${unit}`;
}

/** Parse what a person typed as a number: accepts a comma as the decimal mark.
 *  `null` for empty, `NaN` for something that is not a number. */
export function parseNumber(s: string): number | null {
  const v = s.trim().replace(",", ".");
  if (v === "") return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v)) return NaN;
  return Number(v);
}

// Dates and times come from the catalogue's own patterns (locales/*/engine.ftl, "Dates and
// times"), the ones the PDFs use too (crates/centinela-rules/src/dates.rs): the same words on
// the screen and on paper, whatever the web engine's ICU would print.
const WEEKDAY_SHORT = ["weekday-short-7", "weekday-short-1", "weekday-short-2", "weekday-short-3",
  "weekday-short-4", "weekday-short-5", "weekday-short-6"] as const;
const WEEKDAY_LONG = ["weekday-long-7", "weekday-long-1", "weekday-long-2", "weekday-long-3",
  "weekday-long-4", "weekday-long-5", "weekday-long-6"] as const;
const MONTH_SHORT = ["month-short-1", "month-short-2", "month-short-3", "month-short-4", "month-short-5",
  "month-short-6", "month-short-7", "month-short-8", "month-short-9", "month-short-10", "month-short-11",
  "month-short-12"] as const;
const MONTH_LONG = ["month-long-1", "month-long-2", "month-long-3", "month-long-4", "month-long-5",
  "month-long-6", "month-long-7", "month-long-8", "month-long-9", "month-long-10", "month-long-11",
  "month-long-12"] as const;

function dateArgs(d: Date, lang: Lang, long = false) {
  return {
    weekday: t((long ? WEEKDAY_LONG : WEEKDAY_SHORT)[d.getDay()], lang),
    month: t((long ? MONTH_LONG : MONTH_SHORT)[d.getMonth()], lang),
    day: d.getDate(),
    year: String(d.getFullYear()),
  };
}

/** The hour on the 12-hour clock (12, 1, …, 11). */
export function hour12(d: Date): number {
  return ((d.getHours() + 11) % 12) + 1;
}

/** "2:05 PM" / "2:05 p.m.". */
export function formatClock(d: Date, lang: Lang): string {
  return t("call-clock", lang, { hour: hour12(d), minute: pad(d.getMinutes()), pm: d.getHours() >= 12 ? "yes" : "no" });
}

export function formatTime(iso: string, lang: Lang): string {
  return formatClock(new Date(iso), lang);
}

/** "Sat, Nov 21, 2:05 PM" / "sáb 21 de nov, 2:05 p.m.". */
export function formatDateTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return t("date-weekday-day-time", lang, { ...dateArgs(d, lang), time: formatClock(d, lang) });
}

/** "Sat, Nov 21, 2026, 2:05 PM" / "sáb 21 de nov de 2026, 2:05 p.m.": as the PDFs say it. */
export function formatDateTimeWithYear(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return t("date-weekday-day-year-time", lang, { ...dateArgs(d, lang), time: formatClock(d, lang) });
}

/** "Sat, Nov 21" / "sáb 21 de nov". */
export function formatShortDay(d: Date, lang: Lang): string {
  return t("date-weekday-day", lang, dateArgs(d, lang));
}

/** "Nov 21" / "21 nov": a chart's date label. */
export function formatDayMonth(d: Date, lang: Lang): string {
  return t("date-day-month", lang, dateArgs(d, lang));
}

/** "Nov 21, 2026" / "21 de nov de 2026": a date on a record, without the time. */
export function formatShortDate(iso: string, lang: Lang): string {
  return t("date-short", lang, dateArgs(new Date(iso), lang));
}

/** A day heading from a `YYYY-MM-DD` key, e.g. "Saturday, November 21, 2026". */
export function formatDay(dayKey: string, lang: Lang): string {
  const [y, m, d] = dayKey.split("-").map(Number);
  return t("date-long", lang, dateArgs(new Date(y, m - 1, d, 12), lang, true));
}

/** A plain date (`YYYY-MM-DD`, no time zone) in words: "November 21, 2026" / "21 de noviembre de 2026". */
export function formatPlainDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split("-").map(Number);
  return t("date-plain", lang, dateArgs(new Date(y, m - 1, d, 12), lang, true));
}
