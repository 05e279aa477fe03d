// Issue 14, care rules v2 in the real window: a reading never answers for the parent, so the
// repeat blood pressure the result asks for keeps the emergency of the masked fever (the
// repeat trap), and a baby under 3 months with 38.2 °C is an emergency even under the plan's
// own line of 38.5.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { launchApp } from "./harness.js";
import {
  FAMILY,
  actionOf,
  addReading,
  click,
  completeSetup,
  count,
  el,
  fillReading,
  invoke,
  localDate,
  shot,
  text,
  waitText,
} from "./ui.js";

async function reasonCodes(app) {
  const items = await (await el(app, "result-reasons")).findAll("li");
  return Promise.all(items.map((li) => li.attribute("data-code")));
}

describe("the repeat-pressure trap (7 years old: low below 84 mmHg)", () => {
  let app;
  before(async () => {
    app = await launchApp({ name: "care-rules-v2-repeat" });
    await completeSetup(app);
  });
  after(async () => {
    await app?.stop();
  });

  test("fever medicine, no fever, low pressure: emergency, and the result asks for the pressure again", async () => {
    await click(app, "nav-new-reading");
    // A new form answers nothing: the parent must choose.
    await el(app, "reading-form");
    for (const id of ["antipyretic-yes", "antipyretic-no", "symptom-none", "pump-running"]) {
      assert.equal(await (await el(app, id)).property("checked"), false, `${id} starts unticked`);
    }
    const open = await text(app, "reading-unanswered");
    assert.match(open, /Fever medicine/);
    assert.match(open, /Signs you see now/);
    assert.match(open, /The pump/);
    await shot(app, "v2-1-form-unanswered", { at: "reading-unanswered" });

    await fillReading(app, {
      temp: "36.9",
      systolic: "78",
      diastolic: "48",
      hr: "118",
      antipyretic: "yes",
      symptoms: [],
      pump: "running",
    });
    assert.equal(await count(app, "reading-unanswered"), 0, "everything answered");
    await click(app, "reading-save");
    await el(app, "result", { timeoutMs: 15_000 });
    assert.equal(await actionOf(app, "result-status"), "emergency");
    const codes = await reasonCodes(app);
    assert.ok(codes.includes("crs_grade_2"), `reasons: ${codes}`);
    assert.ok(codes.includes("hypotension"), `reasons: ${codes}`);
    // The emergency ladder has no waiting step.
    const panel = await text(app, "escalation-panel");
    assert.doesNotMatch(panel, /10 minutes/);
    assert.match(await text(app, "esc-rule"), /Do not wait/);
    await el(app, "result-repeat-bp");
    await shot(app, "v2-2-result-emergency-repeat");
  });

  test("the short form sends only the pressure, and the emergency stays", async () => {
    await click(app, "result-repeat-bp");
    await el(app, "reading-form");
    await el(app, "repeat-intro");
    // Only the time and the pressure are asked.
    for (const id of ["reading-temp", "reading-hr", "symptom-none", "pump-running", "antipyretic-yes"]) {
      assert.equal(await count(app, id), 0, `${id} is not on the repeat form`);
    }
    await shot(app, "v2-3-repeat-form");
    // Saving it empty says what is missing.
    await click(app, "reading-save");
    await waitText(app, "error-bp", /blood pressure you just took/);

    await fillReading(app, { systolic: "80", diastolic: "50" });
    await click(app, "reading-save");
    await el(app, "result", { timeoutMs: 15_000 });
    assert.equal(await actionOf(app, "result-status"), "emergency", "the repeat never lowers the alert");
    const codes = await reasonCodes(app);
    assert.ok(codes.includes("hypotension_confirmed"), `reasons: ${codes}`);
    assert.ok(codes.includes("crs_grade_2"), `the masked fever is still current: ${codes}`);
    assert.equal(await count(app, "result-repeat-bp"), 0, "a confirmed low pressure needs no third reading");
    await shot(app, "v2-4-repeat-result");

    // Stored as entered: the repeat holds the pressure and nothing it was not asked.
    const diary = await invoke(app, "get_diary", { days: 1 });
    const repeat = diary.entries.find((e) => e.reading.systolic_mmhg === 80).reading;
    for (const k of ["symptoms", "pump", "antipyretic_in_last_6h", "temperature", "heart_rate_bpm"]) {
      assert.ok(repeat[k] === undefined || repeat[k] === null, `${k} not sent: ${JSON.stringify(repeat)}`);
    }
    const first = diary.entries.find((e) => e.reading.systolic_mmhg === 78).reading;
    assert.deepEqual(first.symptoms, []);
    assert.equal(first.antipyretic_in_last_6h, true);
  });
});

describe("a baby's fever (7 weeks old, plan line 38.5 °C)", () => {
  let app;
  before(async () => {
    app = await launchApp({ name: "care-rules-v2-infant" });
    await completeSetup(app, {
      family: { ...FAMILY, name: "Valeria", birthDate: localDate(-49), weight: "4.6", height: "56", fever: "38.5" },
    });
  });
  after(async () => {
    await app?.stop();
  });

  test("38.2 °C is an emergency: go now, with the emergency number first", async () => {
    await addReading(app, { temp: "38.2", antipyretic: "no", symptoms: [], pump: "running" });
    assert.equal(await actionOf(app, "result-status"), "emergency");
    const codes = await reasonCodes(app);
    assert.ok(codes.includes("infant_fever"), `reasons: ${codes}`);
    assert.ok(!codes.includes("fever"), `under the plan's line it is not 'fever': ${codes}`);
    const rungs = await app.session.allByTestId("escalation-contact");
    assert.equal(await rungs[0].attribute("data-role"), "emergency_number", "the emergency number first");
    assert.doesNotMatch(await text(app, "escalation-panel"), /10 minutes/);
    assert.match(await text(app, "result-advice"), /emergency department/);
    await shot(app, "v2-5-infant-fever");
  });
});
