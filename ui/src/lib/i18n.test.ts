import { describe, expect, it } from "vitest";
import { dictionaries, initialLang, LANGS, t } from "./i18n";

describe("dictionaries", () => {
  const all = new Set(LANGS.flatMap((l) => Object.keys(dictionaries[l])));

  for (const lang of LANGS) {
    it(`${lang} has every key, none blank`, () => {
      const missing = [...all].filter((k) => !(dictionaries[lang][k] ?? "").trim());
      expect(missing).toEqual([]);
    });
  }
});

describe("t", () => {
  it("returns the sentence in the chosen language", () => {
    expect(t("welcome.sentence", "en")).toMatch(/whom to call/);
    expect(t("welcome.sentence", "es")).toMatch(/a quién llamar/);
    expect(t("app.name", "es")).toBe("Centinela");
  });
});

describe("initialLang", () => {
  it("picks Spanish for any Spanish locale", () => {
    expect(initialLang(["es-MX", "en-US"])).toBe("es");
    expect(initialLang(["es"])).toBe("es");
  });
  it("falls back to English", () => {
    expect(initialLang(["fr-FR"])).toBe("en");
    expect(initialLang([])).toBe("en");
    expect(initialLang(["en-GB", "es-MX"])).toBe("en");
  });
});

describe("placeholders", () => {
  it("every sentence has the same {placeholders} in both languages", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const diff = Object.keys(dictionaries.en).filter(
      (k) => names(dictionaries.en[k]).join() !== names(dictionaries.es[k] ?? "").join(),
    );
    expect(diff).toEqual([]);
  });
  it("fills placeholders", () => {
    expect(t("course.day", "en", { day: 4, days: 21 })).toBe("Day 4 of 21");
    expect(t("course.day", "es", { day: 4, days: 21 })).toBe("Día 4 de 21");
  });
});
