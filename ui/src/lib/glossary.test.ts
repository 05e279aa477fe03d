// Issue 17: one term per idea. The Rust test (crates/centinela-rules/tests/glossary.rs) checks
// the catalogue; this one holds the training pages and practice situations, which still keep
// their own {en, es} text, to the same glossary (locales/glossary.md).
import { describe, expect, it } from "vitest";
import glossary from "../../../locales/glossary.md?raw";
import cases from "./trainingCases.json";
import { TRAINING_MODULES } from "./trainingModules";

type Lang = "en" | "es";

/** (idea, language, word not to use), from the table's "Not in …" columns. */
export function avoided(md: string): [string, Lang, string][] {
  const rows = md.split("\n").filter((l) => l.startsWith("|")).slice(2);
  return rows.flatMap((row) => {
    const cells = row.replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
    return ([["en", cells[3]], ["es", cells[4]]] as [Lang, string][]).flatMap(([lang, cell]) =>
      cell.split(";").map((w) => w.trim().toLowerCase()).filter(Boolean).map((w) => [cells[0], lang, w] as [string, Lang, string]),
    );
  });
}

/** Every {en, es} pair's text, by language, found anywhere in `data`. */
function texts(data: unknown, out: Record<Lang, string[]> = { en: [], es: [] }): Record<Lang, string[]> {
  if (Array.isArray(data)) data.forEach((d) => texts(d, out));
  else if (data && typeof data === "object") {
    const o = data as Record<string, unknown>;
    if (typeof o.en === "string" && typeof o.es === "string") {
      out.en.push(o.en);
      out.es.push(o.es);
    }
    Object.values(o).forEach((v) => texts(v, out));
  }
  return out;
}

const hasWord = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "iu").test(text);

describe("the training content keeps to the glossary", () => {
  const rows = avoided(glossary);

  it("reads the glossary and finds a planted synonym", () => {
    expect(rows.length).toBeGreaterThan(30);
    expect(hasWord("Llame a la línea del equipo", "línea del equipo")).toBe(true);
    expect(hasWord("Avise al equipo", "aviso")).toBe(false);
  });

  it("no module or practice situation uses a word set aside", () => {
    const all = texts([TRAINING_MODULES, cases]);
    expect(all.en.length).toBeGreaterThan(100);
    const found = rows.flatMap(([idea, lang, word]) =>
      all[lang].filter((s) => hasWord(s, word)).map((s) => `${lang} "${word}" (${idea}): ${s.slice(0, 90)}`),
    );
    expect(found).toEqual([]);
  });
});
