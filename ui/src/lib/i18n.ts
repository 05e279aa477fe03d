// Every word on the screens comes from the one catalogue, locales/<language>/*.ftl (Project
// Fluent). The Rust side reads the same files, so one message id gives the same words on the
// screen, in the PDFs and in the notifications.
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from "@fluent/bundle";
import { MESSAGE_IDS, type MessageId } from "./messageIds";

export type Lang = "en" | "es";
export type Key = MessageId;

export const LANGS: readonly Lang[] = ["en", "es"] as const;

/** The catalogue's folder for each language. */
export const CATALOGUE_FOLDER: Record<Lang, string> = { en: "en", es: "es-MX" };

const files = import.meta.glob("../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The catalogue's files for `lang`, by name ("app.ftl" → its text). */
export function catalogueFiles(lang: Lang): Record<string, string> {
  const prefix = `../../../locales/${CATALOGUE_FOLDER[lang]}/`;
  return Object.fromEntries(
    Object.entries(files)
      .filter(([p]) => p.startsWith(prefix))
      .map(([p, text]) => [p.slice(prefix.length), text]),
  );
}

function bundleOf(lang: Lang): FluentBundle {
  // No Unicode isolation marks: the Rust side leaves them out too, and copied text stays clean.
  const bundle = new FluentBundle(locale(lang), { useIsolating: false });
  for (const [name, text] of Object.entries(catalogueFiles(lang))) {
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length) throw new Error(`locales/${CATALOGUE_FOLDER[lang]}/${name}: ${errors[0].message}`);
  }
  return bundle;
}

// Parsed on first use: a family that never switches language never parses the other one.
const parsed: Partial<Record<Lang, FluentBundle>> = {};
const bundle = (lang: Lang): FluentBundle => (parsed[lang] ??= bundleOf(lang));

export type Vars = Record<string, string | number>;

function fluentArgs(vars: Vars): Record<string, FluentVariable> {
  // Numbers without grouping, as the Rust side prints them (years, minutes, counts).
  return Object.fromEntries(
    Object.entries(vars).map(([k, v]) => [
      k,
      typeof v === "number" ? new FluentNumber(v, { useGrouping: false }) : v,
    ]),
  );
}

/** Whether the catalogue has a message `id` in `lang` with words in it. */
export function hasMessage(id: string, lang: Lang): boolean {
  const m = bundle(lang).getMessage(id);
  return !!m?.value;
}

/** Every message id of the catalogue, as the type knows them. */
export const messageIds: readonly Key[] = MESSAGE_IDS;

/** Text for `key` in `lang`, with `{ $name }` placeables filled from `vars`.
 *  A missing key shows the key itself, so it is visible, not blank. */
export function t(key: Key, lang: Lang, vars?: Vars): string {
  const message = bundle(lang).getMessage(key);
  if (!message?.value) return key;
  // A missing variable shows as "{$name}" instead of throwing: a visible gap, not a blank screen.
  const errors: Error[] = [];
  const s = bundle(lang).formatPattern(message.value, vars ? fluentArgs(vars) : undefined, errors);
  // A sentence that ends on "2:05 p.m." takes no second full stop, as in Rust's catalogue.
  return s.replace(/([ap])\.m\.\./g, "$1.m.");
}

/** The locale for `Intl` formatting. */
export function locale(lang: Lang): string {
  return lang === "es" ? "es-MX" : "en-US";
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
