// Issue 3, an invalid value: the message says what is accepted, a °C value that looks like °F
// offers to switch, and nothing is stored while anything is wrong.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchApp } from "./harness.js";
import {
  click,
  completeSetup,
  count,
  el,
  fillReading,
  gone,
  invoke,
  shot,
  text,
  waitText,
} from "./ui.js";

let app;

before(async () => {
  app = await launchApp({ name: "invalid-reading" });
  await completeSetup(app);
  await click(app, "nav-new-reading");
  await el(app, "reading-form");
});

after(async () => {
  await app?.stop();
});

async function assertNothingStored() {
  const diary = await invoke(app, "get_diary", { days: 60 });
  assert.equal(diary.entries.length, 0, "no reading stored");
  assert.equal(diary.alerts.length, 0, "no alert raised");
}

test("101.5 in °C is refused, and switching the reading to °F is offered", async () => {
  assert.match(await text(app, "reading-form"), /Temperature \(°C\)/);
  await fillReading(app, { temp: "101.5", pump: "running" });
  await click(app, "reading-save");

  const msg = await text(app, "error-temp");
  assert.match(msg, /101\.5/, `names the value: ${msg}`);
  assert.match(msg, /°F/, `says it looks like °F: ${msg}`);
  assert.match(msg, /30 to 45 °C/, `says what is accepted: ${msg}`);
  await el(app, "switch-to-f");
  assert.equal(
    await (await el(app, "reading-temp")).attribute("aria-invalid"),
    "true",
    "the field is marked for screen readers",
  );
  assert.match(await text(app, "reading-error"), /Nothing was saved/);
  assert.equal(await count(app, "result"), 0, "still on the form");
  await assertNothingStored();
  await shot(app, "invalid-1-temp-looks-like-f", { at: "reading-form" });
});

test("a systolic pressure of 300 is refused with the accepted range", async () => {
  await fillReading(app, { systolic: "300", diastolic: "60" });
  await click(app, "reading-save");

  const msg = await waitText(app, "error-bp", /mmHg/);
  const m = msg.match(/between (\d+) and (\d+) mmHg/);
  assert.ok(m, `the message gives the accepted range: ${msg}`);
  const [min, max] = [Number(m[1]), Number(m[2])];
  assert.ok(min > 0 && min < 100 && max >= 200 && max < 300, `range ${min}–${max} excludes 300`);
  await el(app, "error-temp");
  assert.equal(await count(app, "result"), 0);
  await assertNothingStored();
  await shot(app, "invalid-2-bp-out-of-range", { at: "error-temp" });
});

test("switching to °F clears the temperature message; the pressure still blocks saving", async () => {
  await click(app, "switch-to-f");
  await gone(app, "error-temp");
  await waitText(app, "reading-form", /Temperature \(°F\)/);
  assert.equal(await (await el(app, "reading-temp")).property("value"), "101.5");
  await click(app, "reading-save");
  await el(app, "error-bp");
  assert.equal(await count(app, "error-temp"), 0, "101.5 °F is a body temperature");
  assert.equal(await count(app, "result"), 0);
  await assertNothingStored();
  await shot(app, "invalid-3-switched-to-f", { at: "reading-form" });
});

test("Home and the diary still have no reading", async () => {
  await click(app, "nav-home");
  await el(app, "home");
  assert.match(await text(app, "home-latest"), /No reading yet/);
  assert.equal(await count(app, "home-open-alert"), 0);
  await click(app, "nav-diary");
  await el(app, "diary");
  await waitText(app, "diary", /Nothing written in the diary/);
  assert.equal(await count(app, "diary-entry"), 0);
  await assertNothingStored();
  await shot(app, "invalid-4-diary-empty");
});
