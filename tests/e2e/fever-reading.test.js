// Issue 3, a fever reading: call now, with whom to call in order; the warning stays on Home
// across restarts until someone says they called, and the diary keeps what the team said.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { appPidsOn, launchApp, textContrast } from "./harness.js";
import {
  FAMILY,
  actionOf,
  addReading,
  click,
  completeSetup,
  count,
  el,
  gone,
  invoke,
  shot,
  text,
  type,
  waitText,
} from "./ui.js";

const NOTE = "Give paracetamol and measure again in one hour";
const WHO = "Carlos";

let app;

before(async () => {
  app = await launchApp({ name: "fever-reading" });
  await completeSetup(app);
});

after(async () => {
  await app?.stop();
});

async function openAlertsAfterRestart() {
  await app.restart();
  await el(app, "home", { timeoutMs: 20_000 });
  await waitText(app, "home-child-name", new RegExp(FAMILY.name));
  // Home is drawn from what the shell returns; give it a moment to settle, then count.
  await waitText(app, "home-latest", /38\.4/);
  return count(app, "home-open-alert");
}

test("38.4 °C with shaking chills: call now, the team line first", async () => {
  await addReading(app, { temp: "38.4", symptoms: ["rigors"], pump: "running" });
  assert.equal(await actionOf(app, "result-status"), "call_now");
  assert.match(await text(app, "result-status"), /Call the team now/);
  const reasons = await app.session.allByTestId("result-reasons");
  assert.equal(reasons.length, 1);
  const items = await reasons[0].findAll("li");
  assert.ok(items.length >= 1, "at least one reason in words");
  assert.match(await reasons[0].text(), /fever|38[.,]4|chills/i);

  const panel = await el(app, "escalation-panel");
  assert.match(await panel.text(), /10 minutes/, "what to do when nobody answers");
  const rungs = await app.session.allByTestId("escalation-contact");
  assert.ok(rungs.length >= 2, `the ladder has ${rungs.length} rungs`);
  assert.equal(await rungs[0].attribute("data-role"), "team24h", "the team line first");
  const first = await rungs[0].text();
  assert.ok(first.includes(FAMILY.teamPhone), `first rung shows the team number: ${first}`);
  assert.ok(first.includes(FAMILY.teamName));
  assert.equal(await rungs[1].attribute("data-role"), "second");
  assert.ok((await rungs[1].text()).includes(FAMILY.secondPhone));
  // Large enough to read across a room.
  const px = await app.session.execute(
    `return parseFloat(getComputedStyle(document.querySelector('[data-testid="escalation-phone"]')).fontSize)`,
  );
  assert.ok(px >= 28, `phone number font is ${px}px`);
  const phone = await textContrast(app.session, "escalation-phone");
  assert.ok(phone >= 7, `the phone number's contrast ${phone.toFixed(1)} should reach 7:1`);
  await shot(app, "fever-1-result-call-now");
  await shot(app, "fever-1b-escalation-panel", { at: "escalation-panel" });
});

// The advice on the call-now card must reach 4.5:1 in the light theme (the dark theme is
// checked in dark.test.js).
test("the call-now card's advice is readable in the light theme", async () => {
  await app.session.execute("window.scrollTo(0, 0)");
  const c = await textContrast(app.session, "result-advice");
  const px = await app.session.execute(
    `return getComputedStyle(document.querySelector('[data-testid="result-advice"]')).fontSize`,
  );
  assert.ok(c >= 4.5, `result-advice (${px}): contrast ${c.toFixed(1)} should reach 4.5:1`);
});

test("back on Home the warning waits for the call", async () => {
  await click(app, "result-done");
  await el(app, "home");
  const alert = await el(app, "home-open-alert");
  assert.equal(await alert.attribute("data-action"), "call_now");
  assert.equal(await actionOf(app, "home-status"), "call_now");
  await el(app, "ack-open");
  await el(app, "escalation-panel");
  await shot(app, "fever-2-home-open-alert");
  await shot(app, "fever-2b-home-escalation-panel", { at: "escalation-panel" });
  await app.session.execute("window.scrollTo(0, 0)");
});

test("after quitting and reopening the app the warning is still on Home", async () => {
  const [oldPid] = appPidsOn(app.dataDir);
  assert.ok(oldPid, "the app is running on this data folder");
  assert.equal(await openAlertsAfterRestart(), 1);
  const newPids = appPidsOn(app.dataDir);
  assert.equal(newPids.length, 1, "one app on the data folder");
  assert.notEqual(newPids[0], oldPid, "a new process, not the old one");
  assert.equal(
    await (await el(app, "home-open-alert")).attribute("data-action"),
    "call_now",
  );
  await el(app, "ack-open");
  await shot(app, "fever-3-home-after-restart");
});

test("saying who called and what the team said closes it", async () => {
  await click(app, "ack-open");
  await type(app, "ack-by", WHO);
  await type(app, "ack-note", NOTE);
  await shot(app, "fever-4-ack-form");
  await click(app, "ack-save");
  await gone(app, "home-open-alert");
  assert.equal(await count(app, "ack-open"), 0);
  await el(app, "ack-done");
  // What the team said stays in view on Home for a while after the call.
  const lastCall = await waitText(app, "home-last-call", new RegExp(NOTE));
  assert.ok(lastCall.includes(WHO), `Home's last call names who called: ${lastCall}`);
  await shot(app, "fever-5-home-acknowledged");

  const diary = await invoke(app, "get_diary", { days: 1 });
  assert.equal(diary.alerts.length, 1);
  const a = diary.alerts[0];
  assert.equal(a.state, "acknowledged");
  assert.equal(a.acknowledged_by, WHO);
  assert.equal(a.team_said, NOTE);
});

test("after another restart the warning stays closed", async () => {
  assert.equal(await openAlertsAfterRestart(), 0);
  assert.equal(await count(app, "ack-open"), 0);
  assert.ok((await text(app, "home-last-call")).includes(NOTE), "the team's words survive a restart");
  await shot(app, "fever-6-home-after-second-restart");
});

test("the diary shows the reading, the warning and the call with what the team said", async () => {
  await click(app, "nav-diary");
  await el(app, "diary");
  const alert = await el(app, "diary-alert");
  assert.equal(await alert.attribute("data-action"), "call_now");
  const ack = await text(app, "diary-ack");
  assert.ok(ack.includes(NOTE), `diary shows the team's words: ${ack}`);
  assert.ok(ack.includes(WHO), `diary shows who called: ${ack}`);
  assert.equal(await count(app, "diary-entry"), 1);
  await shot(app, "fever-7-diary");
});
