// Issue 5, the nurse's hour: training mode is marked on every screen; a module is walked
// and marked done; a practice scenario goes through the real entry screen and the real
// engine, and the teach-back answer is scored (right and wrong); an interrupted scenario
// resumes after a restart; the sign-off is recorded, shown on Home and saved as a PDF; the
// fridge checklist PDF holds the family's contacts in English and Spanish; and nothing of
// the practice reaches the real diary.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { launchApp } from "./harness.js";
import { pdfFlat, pdfText } from "./pdf.js";
import { waitFor } from "./webdriver.js";
import {
  FAMILY,
  actionOf,
  click,
  completeSetup,
  el,
  fillReading,
  gone,
  invoke,
  shot,
  text,
  tick,
  type,
  waitText,
} from "./ui.js";

let app;

before(async () => {
  app = await launchApp({ name: "training" });
  await completeSetup(app);
});

after(async () => {
  await app?.stop();
});

async function attr(testId, name) {
  return (await el(app, testId)).attribute(name);
}

/** The training band is there, whatever the screen. */
async function inTraining() {
  const band = await el(app, "training-band");
  assert.match(await band.text(), /PRACTICE|PRÁCTICA/u);
}

async function openTraining() {
  await click(app, "nav-training");
  await el(app, "training-overview");
  await inTraining();
}

test("training mode is marked on every screen, and a module is walked and marked done", async () => {
  await openTraining();
  await shot(app, "training-overview");
  assert.equal(await attr("training-module-why_home", "data-done"), "false");
  await click(app, "training-module-why_home");
  await el(app, "module-why_home");
  await inTraining();
  await shot(app, "training-module");
  await click(app, "module-done");
  await el(app, "training-overview");
  await waitFor(async () => (await attr("training-module-why_home", "data-done")) === "true", {
    what: "why_home marked done",
  });
  // The real navigation is replaced while training: no way to a real reading from here.
  assert.equal(await app.session.byTestId("nav-new-reading").then((e) => e.displayed()).catch(() => false), false);
});

test("a scenario goes through the real entry screen and engine, and a right answer is scored right", async () => {
  await click(app, "training-scenario-night_fever_chills");
  await el(app, "scenario-story");
  await inTraining();
  assert.match(await text(app, "scenario-shown"), /38\.4\s*°C/u);
  await shot(app, "training-scenario-story");
  await click(app, "scenario-enter");
  // The family's real entry screen, under the practice band.
  await el(app, "reading-form");
  await inTraining();
  await fillReading(app, { temp: "38.4", symptoms: ["rigors"] });
  await shot(app, "training-entry");
  await click(app, "reading-save");
  await el(app, "scenario-question");
  // The engine's answer stays covered until the caregiver has answered.
  assert.equal(await app.session.byTestId("scenario-feedback").then(() => true).catch(() => false), false);
  await shot(app, "training-question");
  await click(app, "answer-call_now");
  await el(app, "scenario-feedback");
  assert.equal(await attr("feedback-verdict", "data-correct"), "true");
  assert.equal(await attr("feedback-says", "data-action"), "call_now");
  assert.equal(await attr("feedback-passed", "data-passed"), "true");
  // The real assessment, as at home: the status card and the reasons the engine gave.
  assert.equal(await actionOf(app, "feedback-status"), "call_now");
  assert.match(await text(app, "feedback-reasons"), /38\.4|fever|chills/iu);
  assert.match(await text(app, "feedback-teaching"), /38\.0/u);
  await shot(app, "training-feedback");
  await click(app, "scenario-back");
  await el(app, "training-overview");
  await waitFor(async () => (await attr("training-scenario-night_fever_chills", "data-state")) === "passed", {
    what: "scenario passed on the overview",
  });
  assert.equal(await attr("training-score", "data-passed"), "1");
});

test("a wrong answer about an infant is scored against the engine, with the reason", async () => {
  await click(app, "training-scenario-infant_no_eye_contact");
  await el(app, "scenario-story");
  assert.match(await text(app, "scenario-child"), /10 months/u);
  await click(app, "scenario-enter");
  await fillReading(app, { temp: "37.1", symptoms: ["not_interacting"] });
  await click(app, "reading-save");
  await click(app, "answer-routine");
  await el(app, "scenario-feedback");
  assert.equal(await attr("feedback-verdict", "data-correct"), "false");
  assert.equal(await attr("feedback-chose", "data-answer"), "routine");
  assert.equal(await attr("feedback-says", "data-action"), "call_now");
  await shot(app, "training-feedback-wrong");
  await click(app, "scenario-back");
  await waitFor(async () => (await attr("training-scenario-infant_no_eye_contact", "data-state")) === "retry", {
    what: "scenario to try again on the overview",
  });
  assert.equal(await attr("training-score", "data-passed"), "1");
});

test("an interrupted scenario resumes at the question after Centinela restarts", async () => {
  await click(app, "training-scenario-seizure");
  await click(app, "scenario-enter");
  await fillReading(app, { temp: "37.6", symptoms: ["seizure", "unusual_sleepiness"] });
  await click(app, "reading-save");
  await el(app, "scenario-question");

  await app.restart();
  await el(app, "home", { timeoutMs: 20_000 });
  await openTraining();
  await click(app, "training-continue");
  await el(app, "scenario-question");
  await click(app, "answer-emergency");
  assert.equal(await attr("feedback-verdict", "data-correct"), "true");
  assert.equal(await attr("feedback-says", "data-action"), "emergency");
  await click(app, "scenario-back");
  await waitFor(async () => (await attr("training-score", "data-passed")) === "2", { what: "score 2" });
});

test("the sign-off is refused without names, recorded, printable as PDF, and shown on Home", async () => {
  await click(app, "training-signoff-open");
  await el(app, "signoff-form");
  // The family's caregiver is offered as the first name; cleared, nobody is named.
  assert.equal(await (await el(app, "signoff-caregiver-0")).property("value"), FAMILY.caregiver);
  await type(app, "signoff-caregiver-0", "");
  await click(app, "signoff-save");
  await el(app, "error-signoff-nurse");
  await el(app, "error-signoff-caregivers");
  await type(app, "signoff-caregiver-0", "Rosa Pérez");
  await click(app, "signoff-add-caregiver");
  await type(app, "signoff-caregiver-1", "Luis Pérez");
  await type(app, "signoff-nurse", "Enf. Carmen Ruiz");
  await shot(app, "training-signoff-form");
  await click(app, "signoff-save");
  await el(app, "signoff-record");
  assert.match(await text(app, "record-caregivers"), /Rosa Pérez, Luis Pérez/u);
  assert.match(await text(app, "record-nurse"), /Enf\. Carmen Ruiz/u);
  assert.match(await text(app, "record-score"), /2/u);
  await shot(app, "training-signoff-record");

  await click(app, "signoff-pdf");
  const saved = await waitText(app, "exported-path", /\.pdf/u);
  const path = saved.match(/(\/\S+\.pdf)/u)[1];
  assert.ok(existsSync(path), path);
  assert.ok(path.startsWith(app.env.HOME), `exported into the private home: ${path}`);
  const record = pdfText(path);
  for (const s of ["Rosa Pérez", "Luis Pérez", "Enf. Carmen Ruiz", FAMILY.name]) {
    assert.ok(record.includes(s), `${s} in the record PDF:\n${record}`);
  }
  assert.match(record, /Practice score 2 of \d+ situations passed/u);

  await click(app, "training-leave");
  await el(app, "home");
  await gone(app, "training-band");
  const card = await el(app, "home-training");
  assert.equal(await card.attribute("data-signed"), "true");
  assert.match(await card.text(), /Carmen Ruiz/u);
  await shot(app, "training-home", { at: "home-training" });
});

test("the fridge checklist PDF holds the family's contacts, in English and in Spanish", async () => {
  await click(app, "home-checklist");
  let saved = await waitText(app, "exported-path", /\.pdf/u);
  let path = saved.match(/(\/\S+\.pdf)/u)[1];
  const en = pdfFlat(path);
  for (const s of [FAMILY.teamName, FAMILY.teamPhone, FAMILY.secondName, FAMILY.secondPhone, FAMILY.edPhone]) {
    assert.ok(en.includes(s), `${s} in the English checklist:\n${en}`);
  }
  assert.match(en, /38\.0 ?°C/u);
  assert.match(en, /Emergency/u);
  const pages = execFileSync("pdfinfo", [path], { encoding: "utf8" }).match(/Pages:\s+(\d+)/u)[1];
  assert.equal(pages, "1", "one page for the fridge");

  await click(app, "lang-es");
  await waitText(app, "home-training", /Capacitación|capacitación/u);
  await click(app, "home-checklist");
  saved = await waitText(app, "exported-path", /lista/u);
  path = saved.match(/(\/\S+\.pdf)/u)[1];
  const es = pdfFlat(path);
  for (const s of [FAMILY.teamName, FAMILY.teamPhone, FAMILY.secondPhone, FAMILY.edPhone]) {
    assert.ok(es.includes(s), `${s} in the Spanish checklist:\n${es}`);
  }
  assert.match(es, /Emergencia|EMERGENCIA/u);
  assert.match(es, /Llame|llame/u);
  await click(app, "lang-en");
});

test("nothing of the practice reached the real diary, and a reset keeps the sign-off", async () => {
  const diary = await invoke(app, "get_diary", { days: 60 });
  assert.equal(diary.entries.length, 0, "no practice reading in the family's diary");
  assert.equal(diary.alerts.length, 0, "no practice alert in the family's diary");
  const home = await invoke(app, "get_home");
  assert.equal(home.patient.name, FAMILY.name);
  assert.ok(existsSync(join(app.dataDir, "training", "training.sqlite3")), "training has its own file");
  // The diary file itself holds none of the practice children's names.
  const raw = readFileSync(join(app.dataDir, "diary.sqlite3")).toString("latin1");
  for (const practiceName of ["Mateo", "Diego"]) assert.ok(!raw.includes(practiceName), practiceName);

  await openTraining();
  await click(app, "training-reset");
  await click(app, "training-reset-confirm");
  await waitFor(async () => (await attr("training-module-why_home", "data-done")) === "false", {
    what: "modules cleared by the reset",
  });
  assert.equal(await attr("training-score", "data-passed"), "0");
  assert.match(await text(app, "training-signoffs"), /Carmen Ruiz/u);
  await click(app, "training-leave");
  await el(app, "home");
  assert.equal(await (await el(app, "home-training")).attribute("data-signed"), "true");
});
