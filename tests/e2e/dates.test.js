// Issue 17: dates and times are typed in the app's language, whatever the computer's is. A
// Spanish-speaking family on an English computer gets day / month / year and a.m./p.m.; an
// English one on a Spanish computer gets month / day / year. 5 November 2021 (a day of 12 or
// less, so the order matters) is stored as 5 November either way.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { launchApp } from "./harness.js";
import { FAMILY, click, completeSetup, dateValue, el, invoke, localDate, selectOption, shot, type, waitText } from "./ui.js";

let app;
after(async () => {
  await app?.stop();
});

/** The left edge of each of a date field's parts, to see their order on screen. */
async function partsLeft(app, testId) {
  return app.session.execute(
    `const id = arguments[0];
     return ["day", "month", "year"].map((p) =>
       document.querySelector('[data-testid="' + id + '-' + p + '"]').getBoundingClientRect().left);`,
    [testId],
  );
}

/** The words of the option chosen in a <select>. */
async function chosenText(app, testId) {
  return app.session.execute(
    `return document.querySelector('[data-testid="' + arguments[0] + '"]').selectedOptions[0].text.trim();`,
    [testId],
  );
}

async function newestReading(app) {
  const d = await invoke(app, "get_diary", { days: 3 });
  return d.entries.map((e) => e.reading).sort((a, b) => b.taken_at.localeCompare(a.taken_at))[0];
}

test("an English computer, the app in Spanish: day first, a.m./p.m., stored right", async () => {
  app = await launchApp({ name: "dates-es", env: { LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8", LANGUAGE: "en_US" } });
  await el(app, "setup-form", { timeoutMs: 20_000 });
  const computer = await app.session.execute("return navigator.language;");
  assert.match(computer, /^en/i, "the computer speaks English");

  await click(app, "setup-lang-es");
  await waitText(app, "setup-birth-date", /Día.*Mes.*Año/s);
  const [day, month, year] = await partsLeft(app, "setup-birth-date");
  assert.ok(day < month && month < year, `day, month, year from the left: ${[day, month, year]}`);
  // Typed as a Mexican parent reads it: 5 / noviembre / 2021.
  await type(app, "setup-birth-date-day", "5");
  await selectOption(app, "setup-birth-date-month", "11");
  await type(app, "setup-birth-date-year", "2021");
  assert.equal(await dateValue(app, "setup-birth-date"), "2021-11-05");
  await shot(app, "dates-1-es-birth-date", { at: "setup-birth-date" });

  await completeSetup(app, { family: { ...FAMILY, birthDate: "2021-11-05" }, lang: "es" });
  assert.equal((await invoke(app, "get_setup")).patient.birth_date, "2021-11-05");

  // A reading from yesterday at 9:40 p.m., typed with the 12-hour clock; "38,5" with a comma.
  await click(app, "nav-new-reading");
  await el(app, "reading-form");
  await click(app, "reading-time-yesterday");
  await type(app, "reading-time-hour", "9");
  await type(app, "reading-time-minute", "40");
  await selectOption(app, "reading-time-ampm", "pm");
  assert.equal(await dateValue(app, "reading-time"), `${localDate(-1)}T21:40`);
  assert.equal(await chosenText(app, "reading-time-ampm"), "p.m.");
  await shot(app, "dates-2-es-reading-time", { at: "reading-time" });
  await type(app, "reading-temp", "38,5");
  await click(app, "reading-save");
  await el(app, "result", { timeoutMs: 15_000 });
  const r = await newestReading(app);
  const taken = new Date(r.taken_at);
  assert.equal(taken.getHours(), 21);
  assert.equal(taken.getMinutes(), 40);
  assert.equal(
    `${taken.getFullYear()}-${String(taken.getMonth() + 1).padStart(2, "0")}-${String(taken.getDate()).padStart(2, "0")}`,
    localDate(-1),
  );
  assert.equal(r.temperature.value, 38.5, "38,5 is 38.5");
  await app.stop();
  app = undefined;
});

test("a Spanish computer, the app in English: month first, AM/PM, stored right", async () => {
  app = await launchApp({ name: "dates-en", env: { LANG: "es_MX.UTF-8", LC_ALL: "es_MX.UTF-8", LANGUAGE: "es_MX" } });
  await el(app, "setup-form", { timeoutMs: 20_000 });
  const computer = await app.session.execute("return navigator.language;");
  assert.match(computer, /^es/i, "the computer speaks Spanish");

  await click(app, "setup-lang-en");
  await waitText(app, "setup-birth-date", /Month.*Day.*Year/s);
  const [day, month, year] = await partsLeft(app, "setup-birth-date");
  assert.ok(month < day && day < year, `month, day, year from the left: ${[month, day, year]}`);
  await selectOption(app, "setup-birth-date-month", "11");
  await type(app, "setup-birth-date-day", "5");
  await type(app, "setup-birth-date-year", "2021");
  assert.equal(await dateValue(app, "setup-birth-date"), "2021-11-05");
  await shot(app, "dates-3-en-birth-date", { at: "setup-birth-date" });
  await completeSetup(app, { family: { ...FAMILY, birthDate: "2021-11-05" }, lang: "en" });
  assert.equal((await invoke(app, "get_setup")).patient.birth_date, "2021-11-05");

  await click(app, "nav-new-reading");
  await el(app, "reading-form");
  await click(app, "reading-time-yesterday");
  await type(app, "reading-time-hour", "12");
  await type(app, "reading-time-minute", "05");
  await selectOption(app, "reading-time-ampm", "am");
  assert.equal(await dateValue(app, "reading-time"), `${localDate(-1)}T00:05`, "12:05 AM is five past midnight");
  assert.equal(await chosenText(app, "reading-time-ampm"), "AM");
  await shot(app, "dates-4-en-reading-time", { at: "reading-time" });
  await type(app, "reading-temp", "36.8");
  await click(app, "reading-save");
  await el(app, "result", { timeoutMs: 15_000 });
  const taken = new Date((await newestReading(app)).taken_at);
  assert.equal(taken.getHours(), 0);
  assert.equal(taken.getMinutes(), 5);
});
