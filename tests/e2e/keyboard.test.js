// Issue 18: the main jobs with the keyboard alone — no clicks. Tab moves the focus (which
// must be visible), Enter and Space press; what is typed goes to the focused field. Jobs: a
// reading from Home to the result and "I called"; a new bag; acknowledging a reminder.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchApp } from "./harness.js";
import { waitFor } from "./webdriver.js";
import { completeSetup, el, invoke, localIso, shot } from "./ui.js";

const KEY = { tab: "\uE004", enter: "\uE007", space: "\uE00D", shift: "\uE008" };
let app;

before(async () => {
  app = await launchApp({ name: "keyboard" });
  await completeSetup(app, { lang: "en" });
});
after(async () => app?.stop());

/** The element that has the focus now, with what the tests look at. */
async function focused() {
  return app.session.execute(`
    const e = document.activeElement;
    const st = e ? getComputedStyle(e) : null;
    return e ? { id: e.dataset.testid ?? null, tag: e.tagName,
      ring: st.outlineStyle !== "none" && parseFloat(st.outlineWidth) >= 2 } : null;`);
}

/** Keys as a person types them, to whatever has the focus (WebDriver's key actions: unlike
 *  "send keys to an element", they never move the focus themselves). */
async function press(keys) {
  const actions = [];
  for (const k of keys) actions.push({ type: "keyDown", value: k }, { type: "keyUp", value: k });
  await app.session.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
}

/** Tab until the element with this test id has the focus; checks its ring is visible. */
async function tabTo(testId, { max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    const f = await focused();
    if (f?.id === testId) {
      assert.ok(f.ring, `${testId}: a visible focus ring`);
      return;
    }
    await press(KEY.tab);
  }
  throw new Error(`Tab never reached ${testId} (last: ${JSON.stringify(await focused())})`);
}

async function typeHere(text) {
  await press(text);
}

test("a reading from Home to the result and 'I called', by keyboard", async () => {
  await el(app, "home");
  await tabTo("nav-new-reading");
  await press(KEY.enter);
  await el(app, "reading-form");
  for (const [id, v] of [
    ["reading-temp", "38.6"],
    ["reading-systolic", "100"],
    ["reading-diastolic", "60"],
    ["reading-hr", "110"],
    ["reading-spo2", "97"],
  ]) {
    await tabTo(id);
    await typeHere(v);
  }
  await tabTo("symptom-none");
  await press(KEY.space);
  await tabTo("reading-save");
  await press(KEY.enter);
  await el(app, "result", { timeoutMs: 15_000 });
  await shot(app, "keyboard-1-result");
  await tabTo("result-done");
  await press(KEY.enter);
  await el(app, "home");
  await tabTo("ack-open");
  await press(KEY.enter);
  await el(app, "ack-note");
  await typeHere("The team said to come in.");
  await tabTo("ack-save");
  await press(KEY.enter);
  await el(app, "ack-done");
  assert.equal((await invoke(app, "get_home")).open_alerts.length, 0, "the alert is answered");
});

test("a new bag, by keyboard", async () => {
  await tabTo("nav-new-bag");
  await press(KEY.enter);
  await el(app, "bag-form");
  await tabTo("bag-save");
  await press(KEY.enter);
  await waitFor(async () => (await invoke(app, "get_bags")).length === 1, { what: "the bag saved" });
  await el(app, "home");
});

test("a reminder acknowledged by keyboard", async () => {
  // A heads-up reminder: the bag is due in 90 minutes (hung 46.5 hours ago).
  const hung = localIso(new Date(Date.now() - (48 * 60 - 90) * 60_000));
  await invoke(app, "log_bag", { bag: { hung_at: hung, duration: "48h", extension_hours: 0 }, recordedBy: null });
  await waitFor(
    async () => (await invoke(app, "get_home")).schedule.reminders.some((r) => r.kind === "bag_heads_up"),
    { timeoutMs: 30_000, what: "the heads-up reminder" },
  );
  // Home shows it on its next read (every 15 s), or at once after going Home.
  await tabTo("nav-home");
  await press(KEY.enter);
  await el(app, "reminder-ok", { timeoutMs: 20_000 });
  await tabTo("reminder-ok");
  await press(KEY.enter);
  await waitFor(
    async () => !(await invoke(app, "get_home")).schedule.reminders.some((r) => r.kind === "bag_heads_up" && r.state !== "acknowledged"),
    { what: "the reminder acknowledged" },
  );
});
