// Issue 3, switching to Spanish: after one click on "Español" no English is left on any screen
// (what is written, and what a screen reader reads from labels), and the choice is kept.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchApp } from "./harness.js";
import {
  FAMILY,
  addReading,
  click,
  completeSetup,
  el,
  fillReading,
  logBag,
  screenWords,
  shot,
  type,
  waitText,
} from "./ui.js";
import { waitFor } from "./webdriver.js";

// English words that have no place on a Spanish screen. Words that are also Spanish
// ("no", "plan", "normal", "hospital", "total"…) are left out on purpose; so are names,
// numbers, units (°C, mmHg, SpO₂), "Centinela" and "English" (the language switch's label).
const ENGLISH = `
  home new reading readings diary charts settings temperature save saved saving call called calls
  emergency fever team pressure blood heart rate oxygen latest waiting warning what whom who
  the and of to your you child pump running signs sign number numbers minutes minute nobody
  answers today yesterday correct correction corrected loading back fine beats per shaking chills
  top bottom time date now language name phone address weight height line next care course day
  days last hours given medicine tick leave empty stopped bag leaking alarm is in at or not if
  with this that for from on by all nothing needs check enter write between must accepted
  looks like body switch yes cancel optional required treatment department contact second
  systolic diastolic chart flagged limit above below too fast low high
`
  .trim()
  .split(/\s+/);

const englishRe = new RegExp(`(?<![\\p{L}\\p{N}])(${ENGLISH.join("|")})(?![\\p{L}\\p{N}])`, "giu");

/** Each English word found, with a little of its line for the failure message. */
function englishIn(words) {
  const found = [];
  for (const line of words.split("\n")) {
    for (const m of line.matchAll(englishRe)) found.push(`"${m[0]}" in "${line.trim().slice(0, 90)}"`);
  }
  return found;
}

async function assertAllSpanish(screen, mustHave) {
  const words = await screenWords(app);
  const found = englishIn(words);
  assert.deepEqual(found, [], `English left on ${screen}:\n  ${found.join("\n  ")}`);
  for (const w of mustHave) assert.ok(words.includes(w), `${screen} says "${w}"`);
  assert.equal(await app.session.execute("return document.documentElement.lang"), "es-MX");
}

let app;

before(async () => {
  app = await launchApp({ name: "spanish" });
  await completeSetup(app, { lang: "en" });
  // A reading with a warning, so Home has the most words it can have.
  await addReading(app, {
    temp: "38.4",
    systolic: "100",
    diastolic: "60",
    hr: "120",
    spo2: "97",
    symptoms: ["rigors"],
    pump: "running",
  });
  await click(app, "result-done");
  await el(app, "home-open-alert");
  // A bag due in an hour, so Home has its countdown and the scheduler's heads-up banner.
  await logBag(app, { hoursAgo: 47 });
  await waitFor(
    async () =>
      (await app.session.findAll('[data-testid="reminder-banner"][data-kind="bag_heads_up"]')).length > 0,
    { timeoutMs: 45_000, what: "the heads-up banner on Home" },
  );
});

after(async () => {
  await app?.stop();
});

test("in English, the check finds the English words (so it can fail)", async () => {
  // The top bar's "More" open, so its places are read too.
  await click(app, "nav-more");
  const found = englishIn(await screenWords(app));
  await click(app, "nav-more");
  assert.ok(found.length > 20, `only ${found.length} English words found on the English Home`);
  for (const w of ["Home", "Diary", "Settings", "team"]) {
    assert.ok(found.some((f) => f.startsWith(`"${w}"`)), `the check catches "${w}"`);
  }
  await shot(app, "spanish-0-home-english");
});

test("Home, with a warning waiting, is all Spanish after one click", async () => {
  await click(app, "lang-es");
  await waitText(app, "nav-home", /^Inicio$/);
  assert.equal(await (await el(app, "lang-es")).attribute("aria-pressed"), "true");
  await click(app, "nav-more");
  await assertAllSpanish("Home", [
    FAMILY.name,
    "Inicio",
    "Nuevo registro",
    "Diario",
    "Gráficas",
    "Configuración",
    "Llame al equipo ahora",
    "Todavía no ha llamado",
    "Último registro",
    "Temperatura",
    "Día 4 de 21",
    "Próximo cambio de bolsa",
    "Se acerca el cambio de bolsa",
    "Entendido",
    "Pausar la infusión",
  ]);
  await click(app, "nav-more");
  await shot(app, "spanish-1-home");
  await shot(app, "spanish-1b-home-below", { at: "home-latest" });
});

test("the reading form, and its error messages, are all Spanish", async () => {
  await click(app, "nav-new-reading");
  await el(app, "reading-form");
  await assertAllSpanish("the reading form", [
    "Temperatura (°C)",
    "Presión arterial (mmHg)",
    "Pulso",
    "Escalofríos con temblor",
    "Guardar registro",
    "La bomba",
  ]);
  await shot(app, "spanish-2-reading-form");

  await fillReading(app, { temp: "101.5", systolic: "300", diastolic: "60" });
  await click(app, "reading-save");
  await el(app, "error-temp");
  await el(app, "error-bp");
  await el(app, "switch-to-f");
  await assertAllSpanish("the reading form with errors", ["°F", "mmHg"]);
  await shot(app, "spanish-3-reading-errors", { at: "error-temp" });
});

test("the result of a reading is all Spanish", async () => {
  await fillReading(app, { temp: "38.6", systolic: "100", diastolic: "60" });
  await click(app, "reading-save");
  await el(app, "result", { timeoutMs: 15_000 });
  await el(app, "escalation-panel");
  await assertAllSpanish("the result", ["Registro guardado", "A quién llamar", FAMILY.teamPhone]);
  await shot(app, "spanish-4-result");
  await click(app, "result-done");
  await el(app, "home");
});

test("the New bag screen, its errors and the pause form are all Spanish", async () => {
  await click(app, "nav-new-bag");
  await el(app, "bag-form");
  await assertAllSpanish("the New bag screen", [
    "Bolsa nueva",
    "¿Cuándo se puso la bolsa?",
    "48 horas",
    "Vence el",
    "Bolsas registradas",
    "Puesta ahora",
  ]);
  await shot(app, "spanish-2b-bag-form");

  await type(app, "bag-extension", "9");
  await click(app, "bag-save");
  await el(app, "error-bag-extension");
  await assertAllSpanish("the New bag screen with errors", ["farmacia", "entre 0 y 8 horas"]);
  await shot(app, "spanish-2c-bag-errors", { at: "error-bag-extension" });

  await click(app, "nav-home");
  await click(app, "pause-open");
  await el(app, "pause-form");
  await click(app, "pause-save");
  await el(app, "error-pause-reason");
  await assertAllSpanish("the pause form", ["¿Por qué se pausa?", "Escriba por qué se pausa la infusión."]);
  await shot(app, "spanish-2d-pause-form", { at: "pause-form" });
});

test("the diary, the charts and the settings are all Spanish", async () => {
  await click(app, "nav-diary");
  await el(app, "diary-entry");
  await el(app, "diary-alert");
  await assertAllSpanish("the diary", ["Diario", "Registro", "Alerta"]);
  await shot(app, "spanish-5-diary");

  await click(app, "nav-charts");
  await el(app, "chart-temperature");
  await el(app, "chart-systolic");
  await el(app, "chart-heart-rate");
  await assertAllSpanish("the charts", ["Gráficas", "Temperatura"]);
  await shot(app, "spanish-6-charts");

  await click(app, "nav-settings");
  await el(app, "settings-form");
  await assertAllSpanish("the settings", [
    "Configuración",
    "Fecha de nacimiento",
    "Guardar cambios",
    "El ciclo de tratamiento",
    "Último día previsto",
    "Registros y recordatorios",
    "Abrir Centinela al iniciar sesión",
  ]);
  await shot(app, "spanish-7-settings");
});

test("Spanish is kept after the app is closed and opened again", async () => {
  await app.restart();
  await el(app, "home", { timeoutMs: 20_000 });
  await waitText(app, "nav-home", /^Inicio$/);
  await waitFor(async () => (await screenWords(app)).includes("Todavía no ha llamado"), {
    what: "the open warning on Home",
  });
  await assertAllSpanish("Home after a restart", ["Inicio", "Todavía no ha llamado"]);
  await shot(app, "spanish-8-home-after-restart");
});
