// Readable by a tired parent at night: with a dark system theme the app turns dark, and the
// words on Home (the coloured state cards included) keep strong contrast.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { bodyContrast, launchApp, textContrast } from "./harness.js";
import { actionOf, addReading, click, completeSetup, el, shot } from "./ui.js";

let app;

before(async () => {
  // A dark GTK theme is how a Linux desktop says "dark mode" to WebKitGTK.
  app = await launchApp({ name: "dark", env: { GTK_THEME: "Adwaita:dark" } });
});

after(async () => {
  await app?.stop();
});

async function assertDarkAndReadable(screen) {
  const { bg, fg, contrast } = await bodyContrast(app.session);
  assert.ok(bg < fg, `${screen}: background darker than text`);
  assert.ok(contrast >= 7, `${screen}: contrast ${contrast.toFixed(1)} should reach WCAG AAA (7:1)`);
}

test("the first-run form follows a dark system theme", async () => {
  await el(app, "setup-form", { timeoutMs: 20_000 });
  assert.equal(await app.session.execute("return matchMedia('(prefers-color-scheme: dark)').matches"), true);
  await assertDarkAndReadable("the first-run form");
  await shot(app, "dark-1-setup");
});

test("Home is dark, and the green state's words stand out from their card", async () => {
  await completeSetup(app);
  await assertDarkAndReadable("Home");
  assert.equal(await actionOf(app, "home-status"), "routine");
  for (const id of ["home-status", "home-advice"]) {
    const c = await textContrast(app.session, id);
    assert.ok(c >= 4.5, `${id} (all fine): contrast ${c.toFixed(1)} should reach 4.5:1`);
  }
  await shot(app, "dark-2-home-green");
});

test("a call-now warning on Home is readable at night", async () => {
  await addReading(app, { temp: "38.4", symptoms: ["rigors"], pump: "running" });
  await click(app, "result-done");
  await el(app, "home-open-alert");
  assert.equal(await actionOf(app, "home-status"), "call_now");
  await assertDarkAndReadable("Home with a warning");
  for (const id of ["home-status", "home-advice", "escalation-phone"]) {
    const c = await textContrast(app.session, id);
    assert.ok(c >= 4.5, `${id} (call now): contrast ${c.toFixed(1)} should reach 4.5:1`);
  }
  await shot(app, "dark-3-home-call-now");
  await shot(app, "dark-3b-escalation", { at: "escalation-panel" });
});
