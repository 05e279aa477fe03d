import { describe, expect, it } from "vitest";
import { FIGURES } from "../components/training/figures";
import {
  type Block,
  type L,
  MODULE_IDS,
  moduleById,
  TRAINING_MODULES,
  type TrainingModule,
} from "./trainingModules";

/** Every text of a module, with where it is (for readable failures). */
function texts(m: TrainingModule): { where: string; text: L }[] {
  const out: { where: string; text: L }[] = [
    { where: `${m.id}.title`, text: m.title },
    { where: `${m.id}.summary`, text: m.summary },
  ];
  m.sections.forEach((s, si) => {
    out.push({ where: `${m.id}.s${si}.heading`, text: s.heading });
    s.blocks.forEach((b, bi) => {
      const where = `${m.id}.s${si}.b${bi}.${b.kind}`;
      if (b.kind === "p" || b.kind === "callout") out.push({ where, text: b.text });
      if (b.kind === "figure") out.push({ where, text: b.caption });
      if (b.kind === "list" || b.kind === "do" || b.kind === "dont")
        b.items.forEach((text, i) => out.push({ where: `${where}[${i}]`, text }));
    });
  });
  return out;
}

const blocks = (m: TrainingModule): Block[] => m.sections.flatMap((s) => s.blocks);
const allText = (m: TrainingModule, lang: keyof L): string =>
  texts(m)
    .map((x) => x.text[lang])
    .join("\n");

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
      it("has every text in English and Spanish, none blank, Spanish not a copy", () => {
        const blank = texts(m).filter((x) => !x.text.en.trim() || !x.text.es.trim());
        expect(blank.map((x) => x.where)).toEqual([]);
        const copied = texts(m).filter((x) => x.text.en.trim() === x.text.es.trim());
        expect(copied.map((x) => x.where)).toEqual([]);
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

  it("every figure is used by some module", () => {
    const used = new Set(
      TRAINING_MODULES.flatMap(blocks).flatMap((b) => (b.kind === "figure" ? [b.figure] : [])),
    );
    expect([...used].sort()).toEqual(Object.keys(FIGURES).sort());
    expect(Object.keys(FIGURES).length).toBeGreaterThanOrEqual(6);
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
    const donts = blocks(m).flatMap((b) => (b.kind === "dont" ? b.items : []));
    const en = donts.map((x) => x.en).join("\n");
    const es = donts.map((x) => x.es).join("\n");
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
