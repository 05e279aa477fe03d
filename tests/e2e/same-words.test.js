// The same words on paper as on the screen: for one diary, the clinic report, the fridge sheet
// and the training record, read back with pdftotext, carry the date, the time, the symptom
// words and the module titles exactly as the app's window shows them, in English and in
// Mexican Spanish. Every expected string is read from the screen, never written here.
import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { artifactsDir, launchApp } from "./harness.js";
import { answerFileDialog } from "./filedialog.js";
import { pdfFlat } from "./pdf.js";
import {
  FAMILY,
  click,
  completeSetup,
  el,
  fillReading,
  localDate,
  setDate,
  shot,
  symptomLabels,
  text,
  type,
  waitText,
} from "./ui.js";

/** Runs of spaces, tabs, no-break spaces and line ends as one space. */
const flat = (s) => s.replace(/\s+/gu, " ").trim();
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Fails with the part of the PDF text that mattered. */
function assertIn(pdf, s, what) {
  assert.ok(pdf.includes(s), `${what}: ${JSON.stringify(s)} not in the PDF:\n${pdf}`);
}

/** "Sun, Dec 6, 9:40 PM" → ["Sun, Dec 6", "9:40 PM"]: the date-time messages put the
 *  clock last, after a comma, in both languages. */
function splitClock(s) {
  const m = /^(.*), (\d{1,2}:\d{2} \S+)$/u.exec(s);
  assert.ok(m, `a date and a 12-hour clock: ${JSON.stringify(s)}`);
  return [m[1], m[2]];
}

/** The title of the system's save dialog for the clinic report, in each language. */
const REPORT_DIALOG = { en: /clinic report/i, es: /informe para la clínica/i };

// The reading: 9:40 PM yesterday, so the 12-hour clock and the date's word order both matter.
const TAKEN = `${localDate(-1)}T21:40`;
const SIGNS = ["rigors", "unusual_sleepiness", "line_site_redness"];

let app;
let out;
let signoffId;

before(async () => {
  app = await launchApp({ name: "same-words" });
  out = join(app.env.HOME, "out");
  mkdirSync(out, { recursive: true });
  await completeSetup(app, { lang: "en" });
  await click(app, "nav-new-reading");
  await setDate(app, "reading-time", TAKEN);
  await fillReading(app, {
    temp: "37.4",
    systolic: "102",
    diastolic: "64",
    hr: "110",
    spo2: "97",
    symptoms: SIGNS,
    pump: "running",
  });
  await click(app, "reading-save");
  await el(app, "result", { timeoutMs: 15_000 });
  await click(app, "result-done");
  await el(app, "home");
});

after(async () => {
  await app?.stop();
});

/** The sign checkboxes' labels on the reading form now, as { code: label }. Leaves the form
 *  unsaved, back on Home. */
async function formLabels() {
  await click(app, "nav-new-reading");
  const labels = Object.fromEntries(await symptomLabels(app));
  await click(app, "nav-home");
  await el(app, "home");
  return labels;
}

/** What the diary screen shows for the one reading: its date and time, its clock in the
 *  entry's heading, the day heading's year and the signs listed. */
async function diaryShows(lang) {
  await click(app, "nav-diary");
  const entry = await el(app, "diary-entry");
  const when = flat(await (await entry.find('[data-testid="reading-when"]')).text());
  const head = flat(await (await entry.find("h3")).text());
  const day = flat(await (await el(app, "diary-day")).find("h2").then((h) => h.text()));
  const signs = flat(await (await entry.find('[data-testid="reading-signs"]')).text());
  await shot(app, `same-words-diary-${lang}`, { at: "diary-entry" });
  return { when, head, day, signs };
}

/** Saves the clinic report in the app's language through the system's dialog. */
async function saveReport(lang) {
  await click(app, "nav-records");
  await el(app, "save-report");
  // The family's language is the report's, without touching the choice.
  assert.equal(await (await el(app, `report-lang-${lang}`)).property("checked"), true);
  const path = join(out, `report-${lang}.pdf`);
  await click(app, "save-report");
  await answerFileDialog(app, REPORT_DIALOG[lang], path);
  await waitText(app, "records-saved", new RegExp(esc(`report-${lang}.pdf`), "u"));
  copyFileSync(path, join(artifactsDir, `same-words-report-${lang}.pdf`));
  return pdfFlat(path);
}

/** Presses an export button on the training record and reads back the PDF it wrote. */
async function exportPdf(testId, name) {
  await click(app, testId);
  const saved = await waitText(app, "exported-path", /\.pdf/u, { timeoutMs: 15_000 });
  const path = saved.match(/(\/\S+\.pdf)/u)[1];
  assert.ok(existsSync(path), path);
  copyFileSync(path, join(artifactsDir, `same-words-${name}.pdf`));
  return pdfFlat(path);
}

/** The module titles on the training overview, in screen order. */
async function overviewTitles() {
  await el(app, "training-overview");
  return app.session.execute(`
    return [...document.querySelectorAll('[data-testid^="training-module-"] .t-title')]
      .map((e) => e.innerText.replace(/\\s+/g, " ").trim());
  `);
}

/** Every comparison, in the app's language `lang` (the diary, the sign-off already made). */
async function sameWords(lang, t) {
  const labels = await formLabels();
  assert.ok(Object.keys(labels).length >= 20, `the form's signs: ${JSON.stringify(labels)}`);
  const checked = SIGNS.map((c) => labels[c]);

  // --- The screen -------------------------------------------------------------------------
  const screen = await diaryShows(lang);
  const [date, clock] = splitClock(screen.when);
  // The entry's heading carries the same clock ("Reading · 9:40 PM").
  assert.ok(screen.head.endsWith(` ${clock}`), `${screen.head} ends with ${clock}`);
  // Its signs are the ticked boxes' labels (in the form's order, whatever the ticking order).
  const listed = screen.signs.replace(/^[^:]*:\s*/u, "").split(" · ");
  assert.deepEqual([...listed].sort(), [...checked].sort(), "the diary lists the ticked boxes' words");
  const year = /\b(\d{4})$/u.exec(screen.day)?.[1];
  assert.equal(year, localDate(-1).slice(0, 4), `the day heading's year: ${screen.day}`);

  // --- The clinic report ------------------------------------------------------------------
  const report = await saveReport(lang);
  await shot(app, `same-words-records-${lang}`);
  // The screens leave the year out of a reading's time ("date-weekday-day-time"); the report
  // writes it with the year ("date-weekday-day-year-time"). Only the year may be added,
  // between the screen's date and its clock, joined as the language joins a year.
  const withYear = `${date}${lang === "en" ? "," : " de"} ${year}`;
  assertIn(report, `${withYear}, ${clock}`, "the reading's date and time, as on screen plus the year");
  // The table of every reading: the day's band, then the row at the screen's clock with the
  // ticked boxes' words, exactly, in one cell.
  const row = new RegExp(`${esc(withYear)} ${esc(clock)} \\S+ °C.*?${esc(listed.join("; "))}`, "u");
  assert.match(report, row, "the reading's row: its day, its clock and its signs");
  for (const w of checked) assertIn(report, w, "a ticked sign's words");

  // --- The training record ----------------------------------------------------------------
  await click(app, "nav-training");
  const titles = await overviewTitles();
  assert.equal(titles.length, 7, `the modules: ${titles}`);
  await click(app, `training-signoff-${signoffId}`);
  await el(app, "signoff-record");
  const when = flat(await text(app, "record-when"));
  const covered = flat(await text(app, "record-modules"))
    // Each covered module is a "✔ Title" line on the record.
    .split("✔")
    .map((s) => s.trim())
    .filter(Boolean);
  const score = flat(await text(app, "record-score"));
  await shot(app, `same-words-record-${lang}`);
  const record = await exportPdf("signoff-pdf", `training-record-${lang}`);
  assertIn(record, when, "the sign-off's date and time");
  assertIn(record, score, "the practice score");
  assertIn(record, flat(await text(app, "record-nurse")), "the nurse");
  assertIn(record, flat(await text(app, "record-caregivers")), "the caregivers");
  // Every module title on the overview, in the overview's order; the covered ones among them.
  let from = 0;
  for (const title of titles) {
    const at = record.indexOf(title, from);
    assert.ok(at >= 0, `module "${title}" (after offset ${from}) in the record:\n${record}`);
    from = at + title.length;
  }
  assert.ok(covered.length >= 1, `covered modules on screen: ${covered}`);
  for (const title of covered) assert.ok(titles.includes(title), `${title} is a module title`);

  // --- The fridge sheet -------------------------------------------------------------------
  const sheet = await exportPdf("checklist-pdf", `sheet-${lang}`);
  // Every sign the form offers, in the form's words.
  const missing = Object.entries(labels).filter(([, l]) => !sheet.includes(l));
  assert.deepEqual(missing, [], `the form's signs missing from the fridge sheet:\n${sheet}`);
  // The day it was printed, as the screen writes today's date: the sign-off, made today,
  // without its clock.
  const [today] = splitClock(when);
  assertIn(sheet, `(${today})`, "today's date beside the age the limits are for");
  t.diagnostic(`${lang}: "${screen.when}" · "${when}" · "${today}"`);

  await click(app, "training-leave");
  await el(app, "home");
}

test("in English, the three PDFs carry the screen's date, time and sign words", async (t) => {
  // A module walked, and the sign-off made: the record has a covered module and uncovered ones.
  await click(app, "nav-training");
  await el(app, "training-overview");
  await click(app, "training-module-why_home");
  await click(app, "module-done");
  await el(app, "training-overview");
  await click(app, "training-signoff-open");
  await el(app, "signoff-form");
  await type(app, "signoff-nurse", "Enf. Carmen Ruiz");
  await click(app, "signoff-save");
  signoffId = await (await el(app, "signoff-record")).attribute("data-id");
  assert.match(await text(app, "record-caregivers"), new RegExp(FAMILY.caregiver, "u"));
  await click(app, "training-leave");
  await el(app, "home");

  await sameWords("en", t);
});

test("in Spanish, the same: the PDFs say it as the Spanish screens do", async (t) => {
  await click(app, "lang-es");
  await waitText(app, "nav-home", /^Inicio$/u);
  await sameWords("es", t);
});
