// Issue 18, the phone call at 2 a.m.: a fever night in the real window. The result screen
// shows "When you call, say this" under the numbers, built from the diary (the child, the
// course day, each value with the one before it, the fever medicine, the pump, the advice),
// and Copy puts the same words on the clipboard (read back with xclip on the Xvfb display).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { launchApp } from "./harness.js";
import { waitFor } from "./webdriver.js";
import { addReading, click, completeSetup, el, invoke, localDatetime, localIso, shot, text } from "./ui.js";

const run = promisify(execFile);
let app;

before(async () => {
  app = await launchApp({ name: "call-card" });
  await completeSetup(app, { lang: "en" });
});
after(async () => app?.stop());

/** The clipboard as another program on the same display sees it. */
async function clipboard() {
  const { stdout } = await run("xclip", ["-o", "-selection", "clipboard"], {
    env: { ...process.env, DISPLAY: app.display },
    timeout: 5_000,
  });
  return stdout;
}

test("a fever night: the card says who, what and what was done, and Copy gives the same words", async () => {
  // Earlier in the evening: 37.4 °C, entered four hours ago.
  const iso = localIso(new Date(Date.now() - 4 * 3600_000));
  await invoke(app, "add_reading", {
    reading: { taken_at: iso, temperature: { value: 37.4, unit: "C" } },
    recordedBy: "Lucía",
  });
  // Now: 38.6 °C with chills, fever medicine an hour ago, the pump stopped.
  await addReading(app, {
    temp: "38.6",
    hr: "150",
    antipyretic: "yes",
    antipyreticAt: localDatetime(-60),
    symptoms: ["rigors"],
    pump: "stopped",
  });
  await el(app, "call-card");
  const who = await text(app, "call-card-who");
  assert.match(who, /Sofía, 7 years, 20 kg\./);
  assert.match(who, /On blinatumomab at home: day 4 of 21\./);
  assert.match(who, /Before the dose step-up \(day 8\)\./);
  const what = await text(app, "call-card-what");
  assert.match(what, /Temperature 38\.6 °C at \d{1,2}:\d\d [AP]M \(before: 37\.4 °C (on \w{3} )?at \d{1,2}:\d\d [AP]M\)\./);
  assert.match(what, /Pulse 150 a minute/);
  assert.match(what, /Signs checked: shaking chills\./);
  assert.match(what, /The pump has stopped\./);
  const done = await text(app, "call-card-done");
  assert.match(done, /Fever medicine given (on \w{3} )?at \d{1,2}:\d\d [AP]M\./);
  assert.match(done, /Centinela advised: /);
  await shot(app, "call-card-1-result", { at: "call-card" });

  await click(app, "call-card-copy");
  await el(app, "call-card-copied");
  const copied = await waitFor(async () => {
    const c = await clipboard().catch(() => "");
    return c.startsWith("When you call, say this") ? c : null;
  }, { what: "the card on the clipboard" });
  // The same words as on screen, one line each.
  const lines = await app.session.execute(
    `return [...document.querySelectorAll('[data-testid="call-card"] li')].map((l) => l.textContent.trim())`,
  );
  assert.ok(lines.length >= 8, `the card's lines: ${lines}`);
  for (const line of lines) {
    assert.ok(copied.includes(`- ${line}\n`) || copied.endsWith(`- ${line}`), `"${line}" on the clipboard:\n${copied}`);
  }
  // Copy in Spanish gives the Spanish card.
  const es = await invoke(app, "copy_call_card", { lang: "es" });
  assert.match(es.text, /^Cuando llame, diga esto/);
  assert.match(es.text, /Temperatura 38\.6 °C/);
  assert.equal(es.on_clipboard, true);
});
