// Time, temperature and number formatting for the screens. Pure functions, unit-tested.
import type { TempUnit } from "./bindings";
import { locale, type Lang } from "./i18n";

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

export function formatTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { hour: "numeric", minute: "2-digit" }).format(
    new Date(iso),
  );
}

export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "numeric",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** A day heading from a `YYYY-MM-DD` key, e.g. "Saturday, November 21". */
export function formatDay(dayKey: string, lang: Lang): string {
  const [y, m, d] = dayKey.split("-").map(Number);
  return new Intl.DateTimeFormat(locale(lang), {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(y, m - 1, d, 12));
}

/** A plain date (`YYYY-MM-DD`, no time zone) in words. */
export function formatPlainDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Intl.DateTimeFormat(locale(lang), { day: "numeric", month: "long", year: "numeric" })
    .format(new Date(y, m - 1, d, 12));
}
