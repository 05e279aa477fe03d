import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { idsOf, render } from "../../scripts/message-ids.mjs";
import { catalogueFiles, hasMessage, initialLang, LANGS, messageIds, t } from "./i18n";
import { MESSAGE_IDS } from "./messageIds";

const ids = (lang: "en" | "es"): string[] =>
  Object.entries(catalogueFiles(lang))
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, text]) => idsOf(text) as string[]);

describe("the catalogue", () => {
  it("has the same files and the same ids in both languages", () => {
    expect(Object.keys(catalogueFiles("es")).sort()).toEqual(Object.keys(catalogueFiles("en")).sort());
    expect(ids("es")).toEqual(ids("en"));
    expect(ids("en").length).toBeGreaterThan(500);
  });

  it("messageIds.ts lists every id (run `npm run ids` when it does not)", () => {
    expect(render(ids("en"))).toBe(render([...MESSAGE_IDS]));
  });

  for (const lang of LANGS) {
    it(`${lang} has words for every id`, () => {
      expect(messageIds.filter((id) => !hasMessage(id, lang))).toEqual([]);
    });
  }
});

describe("t", () => {
  it("returns the sentence in the chosen language", () => {
    expect(t("welcome-sentence", "en")).toMatch(/to call/);
    expect(t("welcome-sentence", "es")).toMatch(/a quién llamar/);
    expect(t("app-name", "es")).toBe("Centinela");
  });
  it("fills placeables, numbers without grouping", () => {
    expect(t("course-day", "en", { day: 4, days: 21 })).toBe("Day 4 of 21");
    expect(t("course-day", "es", { day: 4, days: 21 })).toBe("Día 4 de 21");
    expect(t("records-readings", "en", { n: 1234 })).toBe("1234 readings");
  });
  it("picks the CLDR plural form in each language", () => {
    expect(t("records-readings", "en", { n: 1 })).toBe("1 reading");
    expect(t("records-readings", "es", { n: 1 })).toBe("1 registro");
    expect(t("records-readings", "es", { n: 2 })).toBe("2 registros");
    expect(t("charts-flaggedCount", "es", { n: 1 })).toBe("1 registro requirió atención.");
    expect(t("charts-flaggedCount", "en", { n: 3 })).toBe("3 readings needed attention.");
    expect(t("watch-day", "es", { n: 1 })).toBe("1 día");
    expect(t("watch-day", "es", { n: 0 })).toBe("0 días");
  });
  it("shows an unknown id as itself, never blank", () => {
    expect(t("no-such-message" as never, "en")).toBe("no-such-message");
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

describe("one full stop", () => {
  it("a sentence ending on p.m. does not get a second one", () => {
    const s = t("records-readings-none", "es");
    expect(s).not.toMatch(/\.\.$/);
    expect(t("bag-hungOn", "es", { when: "lun 7 de dic, 12:04 p.m." })).toBe("Esta bolsa se puso el lun 7 de dic, 12:04 p.m.");
  });
});
