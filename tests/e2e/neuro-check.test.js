// Issue 15, the guided neurological check in the real window: the nurse's baseline taken in
// training; a full ICE check (a 14-year-old) and a full CAPD check (a 7-year-old) from Home,
// in English and in Spanish, each saved as a reading that carries only the check, assessed by
// the engine and shown beside the baseline; Home suggests a check daily and after a ticked
// neurological sign; a practice situation shows its earlier reading on the card.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { launchApp } from "./harness.js";
import { waitFor } from "./webdriver.js";
import { FAMILY, actionOf, click, completeSetup, el, fillReading, invoke, shot, text, type } from "./ui.js";

const ICE_ORDER = ["year", "month", "city", "hospital", "object1", "object2", "object3", "command", "writing", "counting"];
const CAPD_ORDER = ["eye_contact", "purposeful", "aware", "communicates", "restless", "inconsolable", "underactive", "slow_response"];
const CAPD_WORDS = ["never", "rarely", "sometimes", "often", "always"];

async function attr(app, testId, name) {
  return (await el(app, testId)).attribute(name);
}

/** Walks the open check: ICE answers are 1/0, CAPD answers 0–4; screenshots the first question. */
async function answerAll(app, scale, answers, shotName) {
  await click(app, "neuro-start");
  const order = scale === "ice" ? ICE_ORDER : CAPD_ORDER;
  for (let i = 0; i < answers.length; i++) {
    await waitFor(async () => (await attr(app, "neuro-question", "data-item")) === order[i], {
      what: `question ${order[i]}`,
    });
    if (i === 0 && shotName) await shot(app, shotName);
    const a = answers[i];
    await click(app, scale === "ice" ? (a === 1 ? "neuro-right" : "neuro-wrong") : `neuro-answer-${CAPD_WORDS[a]}`);
  }
  await el(app, "neuro-summary-title");
}

async function reasonCodes(app) {
  const items = await (await el(app, "result-reasons")).findAll("li");
  return Promise.all(items.map((li) => li.attribute("data-code")));
}

/** The newest diary entry, as the shell gives it. */
async function newestReading(app) {
  const d = await invoke(app, "get_diary", { days: 2 });
  return d.entries.map((e) => e.reading).sort((a, b) => b.taken_at.localeCompare(a.taken_at))[0];
}

async function takeBaseline(app, nurse, scale, answers, prefix) {
  await click(app, "nav-training");
  await el(app, "training-overview");
  await click(app, "training-baseline-open");
  await el(app, "training-baseline");
  await el(app, "baseline-none");
  // The nurse's name is asked first.
  await click(app, "baseline-start");
  await el(app, "training-baseline");
  await type(app, "baseline-nurse", nurse);
  await click(app, "baseline-start");
  await el(app, "neuro-check");
  assert.equal(await attr(app, "neuro-check", "data-scale"), scale);
  await shot(app, `${prefix}-baseline-intro`);
  await answerAll(app, scale, answers, `${prefix}-baseline-question`);
  await shot(app, `${prefix}-baseline-summary`);
  await click(app, "neuro-save");
  await el(app, "baseline-saved", { timeoutMs: 15_000 });
  await el(app, "baseline-current");
  await shot(app, `${prefix}-baseline-saved`);
  const stored = await invoke(app, "get_neuro_baselines");
  assert.equal(stored.length, 1);
  assert.equal(stored[0].scale, scale);
  assert.equal(stored[0].nurse, nurse);
  assert.deepEqual(stored[0].items, answers);
  await click(app, "training-leave");
  await el(app, "home");
  return stored[0];
}

/** From Home: the check, saved; checks the result and returns the reason codes. */
async function checkFromHome(app, scale, answers, { score, baseline, action, prefix }) {
  await click(app, "home-neuro-check");
  await el(app, "neuro-check");
  assert.equal(await attr(app, "neuro-check", "data-scale"), scale);
  await shot(app, `${prefix}-intro`);
  await answerAll(app, scale, answers, `${prefix}-question`);
  assert.equal(await attr(app, "neuro-score", "data-score"), String(score));
  assert.equal(await attr(app, "neuro-score", "data-baseline"), String(baseline));
  await shot(app, `${prefix}-summary`);
  await click(app, "neuro-save");
  await el(app, "result", { timeoutMs: 15_000 });
  assert.equal(await actionOf(app, "result-status"), action);
  // The result shows the score beside the baseline.
  assert.equal(await attr(app, "neuro-score", "data-score"), String(score));
  assert.equal(await attr(app, "neuro-score", "data-baseline"), String(baseline));
  await shot(app, `${prefix}-result`, { at: "result" });
  // Saved as a reading with only the check: nothing else answered for the parent.
  const r = await newestReading(app);
  assert.deepEqual(r.neuro_check, scale === "ice" ? { ice: score } : { capd: score });
  for (const k of ["symptoms", "pump", "antipyretic_in_last_6h", "temperature"]) {
    assert.ok(r[k] === undefined || r[k] === null, `${k} left unanswered: ${JSON.stringify(r[k])}`);
  }
  return reasonCodes(app);
}

describe("ICE, a 14-year-old", () => {
  let app;
  const y = new Date().getFullYear() - 14;
  before(async () => {
    app = await launchApp({ name: "neuro-ice" });
    await completeSetup(app, { family: { ...FAMILY, name: "Mariana López", birthDate: `${y}-01-05` } });
  });
  after(async () => {
    await app?.stop();
  });

  test("the nurse's baseline is taken in training: 10 of 10", async () => {
    const b = await takeBaseline(app, "Enf. Ana Torres", "ice", Array(10).fill(1), "neuro-ice");
    assert.equal(b.score, 10);
  });

  test("Home suggests the daily check; a full ICE check saved at 7 of 10 is call now, beside the baseline", async () => {
    await el(app, "home-neuro-suggest");
    assert.equal(await attr(app, "home-neuro-suggest", "data-kind"), "daily");
    await shot(app, "neuro-ice-home-suggest", { at: "home-neuro-suggest" });
    // month ✖, object2 ✖, writing ✖ → 7.
    const codes = await checkFromHome(app, "ice", [1, 0, 1, 1, 1, 0, 1, 1, 0, 1], {
      score: 7, baseline: 10, action: "call_now", prefix: "neuro-ice-en",
    });
    assert.ok(codes.includes("icans_ice_1"), `reasons: ${codes}`);
    assert.equal(await attr(app, "neuro-versus", "data-versus"), "worse");
    await click(app, "result-done");
    await el(app, "home");
    // Done today: no daily suggestion; the diary's latest reading shows the score.
    await waitFor(async () => (await app.session.byTestId("home-neuro-suggest").then(() => true).catch(() => false)) === false, {
      what: "the daily suggestion gone",
    });
    assert.equal(await attr(app, "neuro-score", "data-score"), "7");
    // And the diary, beside the baseline.
    await click(app, "nav-diary");
    await waitFor(async () => (await attr(app, "neuro-score", "data-baseline")) === "10", { what: "diary score beside baseline" });
    await shot(app, "neuro-ice-diary");
    await click(app, "nav-home");
    await el(app, "home");
  });

  test("in Spanish, a full ICE check at 5 of 10 is an emergency", async () => {
    await click(app, "lang-es");
    await click(app, "home-neuro-check");
    await el(app, "neuro-check");
    assert.match(await text(app, "neuro-scale"), /12 años o más/u);
    await click(app, "neuro-start");
    assert.match(await text(app, "neuro-progress"), /Pregunta 1 de 10/u);
    assert.match(await text(app, "neuro-right"), /Correcto/u);
    await click(app, "neuro-back");
    await el(app, "neuro-start");
    // year ✔ month ✖ city ✖ hospital ✔, objects ✔ ✖ ✖, command ✔, writing ✔, counting ✖ → 5.
    await answerAll(app, "ice", [1, 0, 0, 1, 1, 0, 0, 1, 1, 0], "neuro-ice-es-question");
    assert.match(await text(app, "neuro-score"), /5 de 10/u);
    assert.match(await text(app, "neuro-score"), /Peor que la de base/u);
    await shot(app, "neuro-ice-es-summary");
    await click(app, "neuro-save");
    await el(app, "result", { timeoutMs: 15_000 });
    assert.equal(await actionOf(app, "result-status"), "emergency");
    assert.ok((await reasonCodes(app)).includes("icans_ice_2"));
    assert.match(await text(app, "neuro-score"), /De base/u);
    await shot(app, "neuro-ice-es-result", { at: "result" });
    await click(app, "result-done");
    await click(app, "lang-en");
  });
});

describe("CAPD, a 7-year-old", () => {
  let app;
  before(async () => {
    app = await launchApp({ name: "neuro-capd" });
    await completeSetup(app);
  });
  after(async () => {
    await app?.stop();
  });

  test("the nurse's baseline in Spanish: 0, items 1–4 reversed", async () => {
    await click(app, "lang-es");
    // Items 1–4 "always" (4 → 0), items 5–8 "never" (0).
    const b = await takeBaseline(app, "Enf. Rosa Díaz", "capd", [4, 4, 4, 4, 0, 0, 0, 0], "neuro-capd-es");
    assert.equal(b.score, 0);
  });

  test("a ticked neurological sign brings the suggestion; a full CAPD check at 19 is call now, beside the baseline", async () => {
    await click(app, "lang-en");
    await click(app, "nav-new-reading");
    await fillReading(app, { temp: "36.9", antipyretic: "no", symptoms: ["tremor"], pump: "running" });
    await click(app, "reading-save");
    await el(app, "result", { timeoutMs: 15_000 });
    await click(app, "result-done");
    await el(app, "home");
    await waitFor(async () => (await attr(app, "home-neuro-suggest", "data-kind")) === "sign", { what: "sign suggestion" });
    await shot(app, "neuro-capd-home-sign", { at: "home-neuro-suggest" });
    // sometimes, often, rarely, never (→ 2 1 3 4), often, sometimes, rarely, often (3 2 1 3) → 19.
    const codes = await checkFromHome(app, "capd", [2, 3, 1, 0, 3, 2, 1, 3], {
      score: 19, baseline: 0, action: "call_now", prefix: "neuro-capd-en",
    });
    assert.ok(codes.includes("capd_positive"), `reasons: ${codes}`);
    // The tremor of the earlier reading still counts: the check-only reading answered nothing.
    assert.ok(codes.includes("tremor"), `reasons: ${codes}`);
    await click(app, "result-done");
    await el(app, "home");
    await waitFor(async () => (await app.session.byTestId("home-neuro-suggest").then(() => true).catch(() => false)) === false, {
      what: "the suggestion answered",
    });
  });

  test("in Spanish, a full CAPD check at 8 is below the line, beside the baseline", async () => {
    await click(app, "lang-es");
    await click(app, "home-neuro-check");
    await el(app, "neuro-check");
    await click(app, "neuro-start");
    assert.match(await text(app, "neuro-answer-never"), /Nunca/u);
    assert.match(await text(app, "neuro-answer-always"), /Siempre/u);
    // often ×4 (→ 1 each), then rarely ×4 (1 each) → 8.
    for (let i = 0; i < 4; i++) await click(app, "neuro-answer-often");
    for (let i = 0; i < 4; i++) await click(app, "neuro-answer-rarely");
    await el(app, "neuro-summary-title");
    assert.equal(await attr(app, "neuro-score", "data-score"), "8");
    assert.match(await text(app, "neuro-score"), /8 de 32/u);
    await shot(app, "neuro-capd-es-summary");
    await click(app, "neuro-save");
    await el(app, "result", { timeoutMs: 15_000 });
    // The CAPD of 19 an hour ago is replaced by 8: only the tremor keeps it at call now.
    const codes = await reasonCodes(app);
    assert.ok(!codes.includes("capd_positive"), `reasons: ${codes}`);
    assert.equal(await attr(app, "neuro-score", "data-baseline"), "0");
    await shot(app, "neuro-capd-es-result", { at: "result" });
    await click(app, "result-done");
    await click(app, "lang-en");
  });

  test("the modules' what-to-do boxes are shown with their ids (each checked against the engine by core)", async () => {
    await click(app, "nav-training");
    await el(app, "training-overview");
    for (const [module, box] of [
      ["crs_signs", "crs_emergency_sepsis"],
      ["neuro_signs", "seizure"],
      ["measuring", "bp_twice"],
      ["pump", "line_out"],
    ]) {
      await click(app, `training-module-${module}`);
      await el(app, `module-${module}`);
      const found = await app.session.find(`[data-callout="${box}"]`);
      assert.ok(await found.displayed(), `${box} shown`);
      await app.session.execute(
        `document.querySelector('[data-callout="' + arguments[0] + '"]').scrollIntoView({ block: "center" })`,
        [box],
      );
      await shot(app, `neuro-module-${module}`);
      await click(app, "training-nav-overview");
      await el(app, "training-overview");
    }
  });

  test("practice: the repeat-pressure situation shows its earlier reading and is an emergency", async () => {
    await el(app, "training-overview");
    await click(app, "training-scenario-repeat_pressure");
    await el(app, "scenario-story");
    assert.match(await text(app, "scenario-earlier"), /20 minutes before/u);
    assert.match(await text(app, "scenario-earlier"), /78\/46/u);
    assert.match(await text(app, "scenario-standard-plan"), /standard care plan/u);
    await shot(app, "neuro-practice-earlier", { at: "scenario-earlier" });
    await click(app, "scenario-enter");
    await fillReading(app, { systolic: "79", diastolic: "47", antipyretic: "no", symptoms: [], pump: "running" });
    await click(app, "reading-save");
    await el(app, "scenario-question");
    await click(app, "answer-emergency");
    await el(app, "scenario-feedback");
    assert.equal(await attr(app, "feedback-says", "data-action"), "emergency");
    assert.equal(await attr(app, "feedback-verdict", "data-correct"), "true");
    await click(app, "training-leave");
  });
});
