// Issue 17: words live once, in the catalogue. No .svelte file writes a word of its own in its
// markup or in an attribute a person reads; every sentence comes through t().
import { describe, expect, it } from "vitest";

const sources = import.meta.glob("../**/*.svelte", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

// Units are the same in both languages and in every country the app is used.
const UNITS = /^[\s/·]*(mmHg|kg|cm|°C|°F|%)[\s/·]*$/;

/** The text a person would read in a component's markup: scripts, styles and {expressions} out. */
export function looseWords(svelte: string): string[] {
  let s = svelte.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<style[\s\S]*?<\/style>/g, "");
  s = s.replace(/<!--[\s\S]*?-->/g, "");
  // {expressions}, innermost first.
  let prev = "";
  while (prev !== s) {
    prev = s;
    s = s.replace(/\{[^{}]*\}/g, " ");
  }
  const found: string[] = [];
  // Attributes people read (or hear from a screen reader).
  for (const m of s.matchAll(/\s(aria-label|title|alt|placeholder|label)="([^"]*)"/g)) {
    if (/\p{L}{2,}/u.test(m[2])) found.push(`${m[1]}="${m[2]}"`);
  }
  // Text between tags.
  const text = s.replace(/<[^>]*>/g, "\n");
  for (const line of text.split("\n").map((l) => l.trim())) {
    if (/\p{L}{2,}/u.test(line) && !UNITS.test(line)) found.push(line);
  }
  return found;
}

describe("words live in the catalogue", () => {
  it("finds a planted word", () => {
    expect(looseWords(`<p>Hello {t("x", lang)}</p>`)).toEqual(["Hello"]);
    expect(looseWords(`<button aria-label="Close">{t("x", lang)}</button>`)).toEqual([`aria-label="Close"`]);
    expect(looseWords(`<script>const a = "words";</script><p>{t("a", lang)} · °C</p>`)).toEqual([]);
  });

  it("no component writes its own words", () => {
    const files = Object.keys(sources);
    expect(files.length).toBeGreaterThan(30);
    const loose = files.flatMap((f) => looseWords(sources[f]).map((w) => `${f}: ${w}`));
    expect(loose).toEqual([]);
  });
});
