// Issue 17: words live once, in the catalogue. No .svelte file writes a word of its own in its
// markup or in an attribute a person reads; every sentence comes through t().
import { describe, expect, it } from "vitest";

const sources = import.meta.glob("../**/*.svelte", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

const scripts = import.meta.glob(["../**/*.ts", "!../**/*.test.ts", "!../lib/messageIds.ts", "!../lib/bindings.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

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

/** String literals in code that read as words for people: two or more words, with a capital
 *  first letter or Spanish letters. Comments are left out; message ids and CSS pass. */
export function looseLiterals(code: string): string[] {
  const noComments = code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  const found: string[] = [];
  for (const m of noComments.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
    const lit = (m[1] ?? m[2] ?? m[3]).replace(/\$\{[^}]*\}/g, " ");
    const words = lit.split(/[\s,.:;!?()]+/u).filter((w) => /^\p{L}{2,}$/u.test(w)).length;
    const capital = /^[\p{Lu}¿¡]/u.test(lit);
    const spanish = /[áéíóúñÁÉÍÓÚÑ¿¡]/u.test(lit);
    if (words >= 2 && (capital || spanish)) found.push(lit);
  }
  return found;
}

describe("words live in the catalogue", () => {
  it("finds a planted word", () => {
    expect(looseWords(`<p>Hello {t("x", lang)}</p>`)).toEqual(["Hello"]);
    expect(looseWords(`<button aria-label="Close">{t("x", lang)}</button>`)).toEqual([`aria-label="Close"`]);
    expect(looseWords(`<script>const a = "words";</script><p>{t("a", lang)} · °C</p>`)).toEqual([]);
  });

  it("finds a planted sentence in code, not in its comments", () => {
    expect(looseLiterals(`// "Call the team now"\nconst a = t("call-now", lang);\nconst b = "Call the team now";`)).toEqual([
      "Call the team now",
    ]);
    expect(looseLiterals(`const c = 'Llame ahora'; const d = \`\${x} días seguidos\`;`)).toEqual(["Llame ahora", "  días seguidos"]);
    expect(looseLiterals(`const e = "flex column"; const f = "2:05 PM";`)).toEqual([]);
  });

  it("no script writes its own words", () => {
    const code = [
      ...Object.entries(scripts),
      ...Object.entries(sources).map(([f, s]) => [f, (s.match(/<script[\s\S]*?<\/script>/g) ?? []).join("\n")]),
    ];
    expect(code.length).toBeGreaterThan(50);
    const loose = code.flatMap(([f, c]) => looseLiterals(c).map((w) => `${f}: ${w}`));
    expect(loose).toEqual([]);
  });

  it("no component writes its own words", () => {
    const files = Object.keys(sources);
    expect(files.length).toBeGreaterThan(30);
    const loose = files.flatMap((f) => looseWords(sources[f]).map((w) => `${f}: ${w}`));
    expect(loose).toEqual([]);
  });
});
