// Issue 3, a correction: a reading is amended with a reason; the original stays in the diary,
// marked as corrected and saying why, next to the correction, which is what now counts.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchApp } from "./harness.js";
import { waitFor } from "./webdriver.js";
import {
  addReading,
  click,
  completeSetup,
  count,
  el,
  invoke,
  shot,
  text,
  type,
  waitText,
} from "./ui.js";

const REASON = "I typed 37.0 but the thermometer said 37.3";
const WHO = "Carlos";

let app;
let originalId;

before(async () => {
  app = await launchApp({ name: "correction" });
  await completeSetup(app);
  await addReading(app, { temp: "37.0", hr: "100", pump: "running" });
  await click(app, "result-done");
  await el(app, "home");
});

after(async () => {
  await app?.stop();
});

async function entriesById() {
  const out = new Map();
  for (const e of await app.session.allByTestId("diary-entry")) {
    out.set(Number(await e.attribute("data-reading-id")), e);
  }
  return out;
}

test("the diary lists the reading with a way to correct it", async () => {
  await click(app, "nav-diary");
  await el(app, "diary");
  const entries = await entriesById();
  assert.equal(entries.size, 1);
  [originalId] = entries.keys();
  const e = entries.get(originalId);
  assert.equal(await e.attribute("data-corrected"), "false");
  assert.match(await e.text(), /37\.0\s*°C/);
  await el(app, `amend-${originalId}`);
  await shot(app, "correction-1-diary-before");
});

test("a correction without a reason is refused", async () => {
  await click(app, `amend-${originalId}`);
  await el(app, "reading-form");
  await el(app, "amend-reason");
  assert.equal(await count(app, "reading-save"), 0, "the amend flow saves as a correction");
  assert.equal(await (await el(app, "reading-temp")).property("value"), "37", "prefilled");
  await type(app, "reading-temp", "37.3");
  await click(app, "amend-save");
  await el(app, "error-amend-reason");
  assert.equal(await count(app, "result"), 0);
  assert.equal((await invoke(app, "get_diary", { days: 1 })).entries.length, 1, "nothing stored");
  await shot(app, "correction-2-no-reason", { at: "amend-reason" });
});

test("with a reason the correction is saved", async () => {
  await type(app, "amend-reason", REASON);
  await type(app, "amend-by", WHO);
  await click(app, "amend-save");
  await el(app, "result", { timeoutMs: 15_000 });
  assert.equal(await (await el(app, "result-status")).attribute("data-action"), "routine");

  const diary = await invoke(app, "get_diary", { days: 1 });
  assert.equal(diary.entries.length, 2, "the original is kept, the correction added");
  const original = diary.entries.find((e) => e.id === originalId);
  const fix = diary.entries.find((e) => e.id !== originalId);
  assert.equal(original.reading.temperature.value, 37.0, "the original is unchanged");
  assert.equal(original.superseded_by?.reason, REASON);
  assert.equal(fix.reading.temperature.value, 37.3);
  assert.equal(fix.corrects?.reading_id, originalId);
  await shot(app, "correction-3-result");
});

test("the diary shows the original marked corrected, with the reason, and the correction", async () => {
  await click(app, "nav-diary");
  await el(app, "diary");
  await waitFor(async () => (await count(app, "diary-entry")) === 2, { what: "two entries" });
  const entries = await entriesById();
  const original = entries.get(originalId);
  const [fixId] = [...entries.keys()].filter((id) => id !== originalId);
  const fix = entries.get(fixId);

  assert.equal(await original.attribute("data-corrected"), "true");
  const o = await original.text();
  assert.match(o, /37\.0\s*°C/, "the original value is still visible");
  assert.match(o, /Corrected/);
  assert.ok(o.includes(REASON), `the original says why: ${o}`);
  assert.ok(o.includes(WHO), `and who corrected it: ${o}`);
  assert.equal(await count(app, `amend-${originalId}`), 0, "an original cannot be corrected twice");

  assert.equal(await fix.attribute("data-corrected"), "false");
  const f = await fix.text();
  assert.match(f, /37\.3\s*°C/);
  assert.ok(f.includes(REASON), `the correction says why: ${f}`);
  await el(app, `amend-${fixId}`);
  await shot(app, "correction-4-diary-after");
});

test("Home counts the corrected value", async () => {
  await click(app, "nav-home");
  await el(app, "home");
  const latest = await waitText(app, "home-latest", /37\.3/);
  assert.doesNotMatch(latest, /37\.0/);
  await shot(app, "correction-5-home");
});
