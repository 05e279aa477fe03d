// UI text lives here, never in Rust: the shell and core return codes, the UI turns them into words.

export type Lang = "en" | "es";

export const LANGS: readonly Lang[] = ["en", "es"] as const;

const en = {
  "app.name": "Centinela",
  "welcome.sentence":
    "A calm place to note your child's vital signs at home, and to know whom to call.",
  "lang.label": "Language",
  "lang.en": "English",
  "lang.es": "Español",
  "info.dataDir": "Your diary is kept on this computer, in",
  "info.version": "Version",
} as const;

export type Key = keyof typeof en;

// Mexican Spanish: "usted" register, plain words a worried parent reads at 3 a.m.
const es: Record<Key, string> = {
  "app.name": "Centinela",
  "welcome.sentence":
    "Un lugar tranquilo para anotar los signos vitales de su hijo o hija en casa, y saber a quién llamar.",
  "lang.label": "Idioma",
  "lang.en": "English",
  "lang.es": "Español",
  "info.dataDir": "Su diario se guarda en esta computadora, en",
  "info.version": "Versión",
};

export const dictionaries: Record<Lang, Record<string, string>> = { en, es };

/** Text for `key` in `lang`. A missing key shows the key itself, so it is visible, not blank. */
export function t(key: Key, lang: Lang): string {
  return dictionaries[lang][key] ?? key;
}

/** The starting language: Spanish if the system prefers any Spanish, else English. */
export function initialLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "es") return "es";
    if (base === "en") return "en";
  }
  return "en";
}
