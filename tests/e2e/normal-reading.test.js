// Issue 3, a normal reading: every value inside the child's limits gives the green state,
// with no one to call, and Home shows it as the latest reading.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchApp } from "./harness.js";
import { actionOf, addReading, click, completeSetup, count, el, invoke, shot, text, waitText, dateValue } from "./ui.js";

let app;

before(async () => {
  app = await launchApp({ name: "normal-reading" });
  await completeSetup(app);
});

after(async () => {
  await app?.stop();
});

test("36.8 °C, 100/60, 95/min, 98 %, nothing ticked, pump running: all fine", async () => {
  await click(app, "nav-new-reading");
  await el(app, "reading-form");
  // The time defaults to now, so a family can save without touching it.
  assert.match(await dateValue(app, "reading-time"), /^\d{4}-\d\d-\d\dT\d\d:\d\d/);
  await shot(app, "normal-1-form-empty");

  await addReading(app, {
    temp: "36.8",
    systolic: "100",
    diastolic: "60",
    hr: "95",
    spo2: "98",
    antipyretic: "no",
    symptoms: [],
    pump: "running",
  });
  assert.equal(await actionOf(app, "result-status"), "routine");
  assert.match(await text(app, "result-status"), /All fine/);
  assert.equal(await count(app, "escalation-panel"), 0, "nobody to call for a green reading");
  assert.equal(await count(app, "escalation-contact"), 0);
  await shot(app, "normal-2-result-green");

  // Stored once, as typed.
  const diary = await invoke(app, "get_diary", { days: 1 });
  assert.equal(diary.entries.length, 1);
  const r = diary.entries[0].reading;
  assert.deepEqual(r.temperature, { value: 36.8, unit: "C" });
  assert.equal(r.systolic_mmhg, 100);
  assert.equal(r.diastolic_mmhg, 60);
  assert.equal(r.heart_rate_bpm, 95);
  assert.equal(r.spo2_percent, 98);
  assert.equal(r.pump, "running");
  assert.deepEqual(r.symptoms, []);
  assert.equal(diary.alerts.length, 0, "no alert raised");
});

test("Home shows the reading as the latest one, still green, with no open alert", async () => {
  await click(app, "result-done");
  await el(app, "home");
  const latest = await waitText(app, "home-latest", /36\.8/);
  assert.match(latest, /36\.8\s*°C/);
  assert.match(latest, /100\/60 mmHg/);
  assert.match(latest, /95/);
  assert.match(latest, /98 %/);
  assert.doesNotMatch(latest, /No reading yet/);
  assert.equal(await actionOf(app, "home-status"), "routine");
  assert.equal(await count(app, "home-open-alert"), 0);
  assert.equal(await count(app, "escalation-panel"), 0);
  await shot(app, "normal-3-home");
});
