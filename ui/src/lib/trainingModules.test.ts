import { render } from "svelte/server";
import { describe, expect, it } from "vitest";
import { FIGURES } from "../components/training/figures";
import { catalogueFiles, hasMessage, type Key, type Lang, LANGS, t } from "./i18n";
import cases from "./trainingCases.json";
import {
  type Block,
  type Callout,
  calloutText,
  MODULE_IDS,
  moduleById,
  moduleTitle,
  TRAINING_MODULES,
  type TrainingModule,
} from "./trainingModules";

/** Every text of a module: its message id, the words on the screen, and where it is (for
 *  readable failures). */
function texts(m: TrainingModule): { where: string; key: Key; words: (lang: Lang) => string }[] {
  const out: { where: string; key: Key; words: (lang: Lang) => string }[] = [];
  const add = (where: string, key: Key, words = (lang: Lang) => t(key, lang)) => out.push({ where, key, words });
  add(`${m.id}.title`, m.title);
  add(`${m.id}.summary`, m.summary);
  m.sections.forEach((s, si) => {
    add(`${m.id}.s${si}.heading`, s.heading);
    s.blocks.forEach((b, bi) => {
      const where = `${m.id}.s${si}.b${bi}.${b.kind}`;
      if (b.kind === "p") add(where, b.text);
      if (b.kind === "callout") add(where, b.text, (lang) => calloutText(b, lang));
      if (b.kind === "figure") add(where, b.caption);
      if (b.kind === "list" || b.kind === "do" || b.kind === "dont")
        b.items.forEach((key, i) => add(`${where}[${i}]`, key));
    });
  });
  return out;
}

const blocks = (m: TrainingModule): Block[] => m.sections.flatMap((s) => s.blocks);
const allText = (m: TrainingModule, lang: Lang): string =>
  texts(m)
    .map((x) => x.words(lang))
    .join("\n");
const itemsOf = (m: TrainingModule, kind: "list" | "do" | "dont"): Key[] =>
  blocks(m).flatMap((b) => (b.kind === kind ? b.items : []));

/** The ids of the messages in one catalogue file. */
const idsIn = (ftl: string): string[] => [...ftl.matchAll(/^([a-zA-Z][\w-]*) *=/gm)].map((x) => x[1]);

describe("training modules", () => {
  it("are the seven ids, in teaching order", () => {
    expect(MODULE_IDS).toEqual([
      "why_home",
      "crs_signs",
      "neuro_signs",
      "measuring",
      "pump",
      "bag_changes",
      "call_ladder",
    ]);
    expect(TRAINING_MODULES.map((m) => m.id)).toEqual([...MODULE_IDS]);
  });

  it("moduleById finds each module, and nothing else", () => {
    for (const id of MODULE_IDS) expect(moduleById(id)?.id).toBe(id);
    expect(moduleById("nope")).toBeUndefined();
  });

  for (const m of TRAINING_MODULES) {
    describe(m.id, () => {
      it("has every text in the catalogue in English and Spanish, none blank, Spanish not a copy", () => {
        const missing = texts(m).flatMap((x) => LANGS.filter((l) => !hasMessage(x.key, l)).map((l) => `${l} ${x.key}`));
        expect(missing).toEqual([]);
        const blank = texts(m).filter((x) => !x.words("en").trim() || !x.words("es").trim());
        expect(blank.map((x) => x.where)).toEqual([]);
        const copied = texts(m).filter((x) => x.words("en").trim() === x.words("es").trim());
        expect(copied.map((x) => x.where)).toEqual([]);
      });

      it("names its messages by the module's id", () => {
        // The printed training record (core) reads the title by this id.
        expect(m.title).toBe(`module-${m.id}-title`);
        expect(m.summary).toBe(`module-${m.id}-summary`);
        const own = new RegExp(`^module-${m.id}-s\\d+-(heading|p\\d+|(list|do|dont)\\d+-\\d+)$`);
        const wrong: string[] = [];
        for (const s of m.sections) {
          if (!own.test(s.heading)) wrong.push(s.heading);
          for (const b of s.blocks) {
            if (b.kind === "callout") {
              const want = b.basis === "advice" ? `advice-${b.action}` : `module-${m.id}-callout-${b.id}`;
              if (b.text !== want) wrong.push(`${b.text} (want ${want})`);
            } else if (b.kind === "figure") {
              if (b.caption !== `module-${m.id}-figure-${b.figure}`) wrong.push(b.caption);
            } else if (b.kind === "p") {
              if (!own.test(b.text)) wrong.push(b.text);
            } else if (b.kind !== "ladder") {
              wrong.push(...b.items.filter((k) => !own.test(k)));
            }
          }
        }
        expect(wrong).toEqual([]);
      });

      it("is short: a few sections, a few minutes", () => {
        expect(m.sections.length).toBeGreaterThanOrEqual(2);
        expect(m.sections.length).toBeLessThanOrEqual(5);
        expect(m.minutes).toBeGreaterThanOrEqual(3);
        expect(m.minutes).toBeLessThanOrEqual(6);
        for (const s of m.sections) expect(s.blocks.length).toBeGreaterThan(0);
      });

      it("draws only figures that exist", () => {
        for (const b of blocks(m)) {
          if (b.kind === "figure") expect(Object.keys(FIGURES)).toContain(b.figure);
        }
      });

      it("never names a dose", () => {
        for (const lang of ["en", "es"] as const) {
          expect(allText(m, lang)).not.toMatch(/µg|mcg|\bmg\b|\/m²/);
        }
      });
    });
  }

  it("modules.ftl holds exactly the modules' messages, each used once", () => {
    const used = TRAINING_MODULES.flatMap(texts)
      .map((x) => x.key)
      .filter((k) => !k.startsWith("advice-"));
    expect(new Set(used).size).toBe(used.length);
    for (const lang of LANGS) {
      const file = idsIn(catalogueFiles(lang)["modules.ftl"]);
      expect(new Set(file).size).toBe(file.length);
      expect([...file].sort(), lang).toEqual([...used].sort());
    }
    // …and no other file names a message the module way.
    const elsewhere = LANGS.flatMap((lang) =>
      Object.entries(catalogueFiles(lang))
        .filter(([name]) => name !== "modules.ftl")
        .flatMap(([name, ftl]) => idsIn(ftl).filter((id) => id.startsWith("module-")).map((id) => `${lang}/${name}: ${id}`)),
    );
    expect(elsewhere).toEqual([]);
  });

  it("moduleTitle shows the module's title, and an unknown id as itself", () => {
    expect(moduleTitle("pump", "en")).toBe(t("module-pump-title", "en"));
    expect(moduleTitle("pump", "es")).toBe(t("module-pump-title", "es"));
    expect(moduleTitle("pump", "es")).not.toBe(moduleTitle("pump", "en"));
    expect(moduleTitle("knitting", "en")).toBe("knitting");
  });

  it("every figure is used by some module", () => {
    const used = new Set(
      TRAINING_MODULES.flatMap(blocks).flatMap((b) => (b.kind === "figure" ? [b.figure] : [])),
    );
    expect([...used].sort()).toEqual(Object.keys(FIGURES).sort());
    expect(Object.keys(FIGURES).length).toBeGreaterThanOrEqual(6);
  });

  it("every figure takes its words from the catalogue, in both languages", () => {
    for (const [id, Figure] of Object.entries(FIGURES)) {
      const said = (lang: "en" | "es") => {
        const { body } = render(Figure, { props: { lang } });
        const label = body.match(/aria-label="([^"]*)"/)?.[1] ?? "";
        const words = [...body.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((x) => x[1]);
        return { label, words };
      };
      const [en, es] = [said("en"), said("es")];
      // A missing message shows its id; a label is a sentence, and the languages differ.
      for (const s of [en, es]) {
        expect(`${s.label} ${s.words.join(" ")}`, id).not.toMatch(/training-figure-|dur-/);
        expect(s.label.length, id).toBeGreaterThan(40);
        expect(s.label, id).not.toMatch(/24\/7/);
        expect(s.words.join(" "), id).not.toMatch(/24\/7/);
      }
      expect(es.label, id).not.toBe(en.label);
    }
  });

  it("the neuro module speaks of infants and toddlers, in both languages", () => {
    const m = moduleById("neuro_signs")!;
    expect(allText(m, "en")).toMatch(/infant/i);
    expect(allText(m, "en")).toMatch(/toddler/i);
    expect(allText(m, "es")).toMatch(/beb[ée]/i);
    expect(allText(m, "es")).toMatch(/niños? pequeños?/i);
  });

  it("the pump module says never flush and never change settings, as don'ts", () => {
    const m = moduleById("pump")!;
    const donts = itemsOf(m, "dont");
    const en = donts.map((x) => t(x, "en")).join("\n");
    const es = donts.map((x) => t(x, "es")).join("\n");
    expect(en).toMatch(/never flush/i);
    expect(en).toMatch(/never change settings/i);
    expect(es).toMatch(/nunca lave/i);
    expect(es).toMatch(/nunca cambie la programación/i);
  });

  it("the call ladder module shows the family's own contacts", () => {
    const m = moduleById("call_ladder")!;
    expect(blocks(m).some((b) => b.kind === "ladder")).toBe(true);
    const actions = new Set(blocks(m).flatMap((b) => (b.kind === "callout" ? [b.action] : [])));
    expect([...actions].sort()).toEqual(["call_now", "call_today", "emergency", "routine"]);
  });

  it("writes the emergency number the local way in Spanish", () => {
    for (const m of TRAINING_MODULES) {
      const es = allText(m, "es");
      for (const hit of es.match(/.{0,40}911/g) ?? []) {
        expect(hit).toMatch(/número de emergencias local \(911/);
      }
    }
  });
});

// ---- Issue 15: every "what to do" box says what the engine says ----

type Case = { callout: string; action: string; says: string; readings: unknown[] };
const CASES = cases as Case[];
const callouts = (m: TrainingModule): Callout[] =>
  blocks(m).flatMap((b) => (b.kind === "callout" ? [b] : []));
const ALL = TRAINING_MODULES.flatMap((m) => callouts(m).map((c) => ({ module: m.id, c })));
/** Boxes backed by the reminder schedule (core's reminder tests), not by a reading. */
const SCHEDULE_BOXES = ["bag_late"];

describe("what-to-do boxes and the engine", () => {
  it("every box has its own id", () => {
    const ids = ALL.map((x) => x.c.id);
    expect(ids.every((id) => /^[a-z0-9_]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every box about a situation has situations the engine is run on (core/tests/training_modules.rs), each with the box's action", () => {
    const missing = ALL.filter((x) => x.c.basis === "engine" && !CASES.some((k) => k.callout === x.c.id));
    expect(missing.map((x) => `${x.module}.${x.c.id}`)).toEqual([]);
    const byId = new Map(ALL.map((x) => [x.c.id, x.c]));
    const mismatched = CASES.filter((k) => byId.get(k.callout)?.action !== k.action || byId.get(k.callout)?.basis !== "engine");
    expect(mismatched.map((k) => `${k.callout}: ${k.says} (${k.action})`)).toEqual([]);
  });

  it("the ladder's four boxes are the engine's own advice words", () => {
    const m = moduleById("call_ladder")!;
    const advice = callouts(m).filter((c) => c.basis === "advice");
    expect(advice.map((c) => c.action)).toEqual(["emergency", "call_now", "call_today", "routine"]);
    for (const c of advice) {
      expect(c.text).toBe(`advice-${c.action}`);
      for (const lang of LANGS) {
        const words = t(`advice-${c.action}`, lang);
        const shown = calloutText(c, lang);
        expect(shown.length).toBeGreaterThan(40);
        // The engine's words; only the emergency box leaves out its first word, which the box shows.
        if (c.action === "emergency") {
          expect(words.endsWith(" " + shown)).toBe(true);
          expect(words.slice(0, words.length - shown.length).trim()).toBe(`${t("training-callout-emergency", lang)}.`);
        } else expect(shown).toBe(words);
      }
    }
    // v2: no "at the next bag change" for call today, no waiting step for an emergency.
    const all = advice.map((c) => calloutText(c, "en")).join("\n");
    expect(all).not.toMatch(/bag change/i);
    expect(calloutText(advice[0], "en")).not.toMatch(/10 minutes/);
  });

  it("only the named boxes rest on the reminder schedule; advice boxes only in the ladder", () => {
    expect(ALL.filter((x) => x.c.basis === "schedule").map((x) => x.c.id)).toEqual(SCHEDULE_BOXES);
    expect(ALL.filter((x) => x.c.basis === "advice").every((x) => x.module === "call_ladder")).toBe(true);
  });

  it("'cannot be woken' is only ever in an emergency box", () => {
    for (const { c } of ALL) {
      if (/cannot (be )?wake|cannot be woken/i.test(calloutText(c, "en"))) expect(`${c.id}:${c.action}`).toBe(`${c.id}:emergency`);
    }
    // …and the v1 routine box that said it is gone.
    expect(ALL.some((x) => x.c.action === "routine" && /wake/i.test(calloutText(x.c, "en")))).toBe(false);
  });

  it("fever medicine is 'ask the team first' everywhere, never advice to give it", () => {
    const all = TRAINING_MODULES.flatMap((m) => texts(m).map((x) => x.words("en")));
    const give = all.filter((s) => /\bgive\b[^.]*\b(fever|pain) medicine/i.test(s) && !/ask the team before/i.test(s));
    expect(give).toEqual([]);
    const crs = itemsOf(moduleById("crs_signs")!, "do");
    expect(crs.some((x) => /ask the team before giving any fever/i.test(t(x, "en")) && /pregunte al equipo antes/i.test(t(x, "es")))).toBe(true);
  });

  it("fever with oxygen below 92 and low pressure with dizziness, pale skin or sleepiness are taught as emergencies", () => {
    const says = (id: string) => CASES.filter((k) => k.callout === id).map((k) => k.says);
    expect(says("crs_emergency_sepsis")).toContain("fever with oxygen 91");
    expect(says("crs_emergency_circulation")).toEqual(
      expect.arrayContaining(["low pressure and dizzy", "low pressure and pale", "low pressure and sleepy"]),
    );
  });

  it("covers the topics the clinical review found missing", () => {
    const en = TRAINING_MODULES.map((m) => allText(m, "en")).join("\n");
    for (const re of [
      /infection/i, // fever as infection, and precautions
      /wash(es)? their hands/i,
      /chickenpox or measles/i,
      /ibuprofen and no aspirin/i,
      /on their side/i, // seizure first aid
      /staring spells/i, // a baby's subtle seizures
      /do not reconnect/i, // tubing apart
      /between the break and your child's body/i, // catheter broken
      /press on the spot with clean gauze/i, // catheter out
      /wet, loose or dirty/i, // dressing
      /no swimming/i, // bathing
      /gloves/i,
      /away from the neck/i,
      /under 4 weeks: only under the arm/i,
      /count for one full minute/i,
      /baseline/i, // the neurological check, the nurse's baseline
      /standard plan/i,
    ]) {
      expect(en).toMatch(re);
    }
    const es = TRAINING_MODULES.map((m) => allText(m, "es")).join("\n");
    for (const re of [/infección/i, /varicela o sarampión/i, /de lado/i, /no la vuelva a conectar/i, /guantes/i, /lejos del cuello/i, /revisión de base/i]) {
      expect(es).toMatch(re);
    }
  });
});
