// Issue 3, first run: the form done with the nurse. A team line without its number is refused
// where the nurse can see it, and nothing is stored; a complete form opens Home on a new diary.
import assert from "node:assert/strict";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { bodyContrast, launchApp } from "./harness.js";
import { waitFor } from "./webdriver.js";
import {
  FAMILY,
  click,
  count,
  el,
  fillSetup,
  invoke,
  shot,
  text,
  type,
  waitText,
} from "./ui.js";

let app;

before(async () => {
  app = await launchApp({ name: "setup" });
});

after(async () => {
  await app?.stop();
});

test("a fresh data folder opens on the first-run form, in the folder it was given", async () => {
  await el(app, "setup-form", { timeoutMs: 20_000 });
  assert.equal(await app.session.title(), "Centinela");
  assert.equal(await count(app, "home"), 0, "no Home before the setup is done");
  // No top-bar menu until there is a child to look after.
  assert.equal(await count(app, "nav-new-reading"), 0);

  await waitFor(async () => (await text(app, "data-dir")) === app.dataDir, {
    what: `the form's footer to name ${app.dataDir}`,
  });
  const info = await invoke(app, "app_info");
  assert.equal(info.data_dir, app.dataDir);
  assert.match(info.version, /^\d+\.\d+\.\d+/);
  const st = statSync(app.dataDir);
  assert.ok(st.isDirectory());
  assert.equal(st.mode & 0o777, 0o700, "the diary folder is the family's alone");
  await shot(app, "setup-1-empty");
});

test("a team line without its phone number is refused, and nothing advances", async () => {
  await fillSetup(app, { omit: ["teamPhone"] });
  await click(app, "setup-save");

  const msg = await text(app, "setup-error-team-phone");
  assert.match(msg, /number|digits/i, `message next to the team phone: ${msg}`);
  assert.equal(
    await (await app.session.byTestId("setup-team-phone")).attribute("aria-invalid"),
    "true",
  );
  assert.match(await text(app, "setup-error"), /\S/, "a summary banner too");
  // Still on the form, with what was typed kept, and nothing stored.
  await el(app, "setup-form");
  assert.equal(await count(app, "home"), 0);
  assert.equal(await (await el(app, "setup-name")).property("value"), FAMILY.name);
  assert.equal(await invoke(app, "get_setup"), null, "no setup stored");
  await shot(app, "setup-2-missing-team-phone");
});

test("the completed form opens Home with the child's name, on a diary in the data folder", async () => {
  await type(app, "setup-team-phone", FAMILY.teamPhone);
  await click(app, "setup-save");
  await el(app, "home", { timeoutMs: 15_000 });
  assert.equal(await text(app, "home-child-name"), FAMILY.name);
  assert.equal(await count(app, "setup-form"), 0);
  assert.equal(await count(app, "home-problem-no-team-line"), 0, "the team line is there");
  assert.equal(await count(app, "home-open-alert"), 0);
  for (const id of ["nav-home", "nav-new-reading", "nav-diary", "nav-charts", "nav-settings"]) {
    await el(app, id);
  }
  assert.ok(existsSync(join(app.dataDir, "diary.sqlite3")), "diary.sqlite3 in the data folder");

  const saved = await invoke(app, "get_setup");
  assert.equal(saved.patient.name, FAMILY.name);
  assert.equal(saved.patient.birth_date, FAMILY.birthDate);
  const team = saved.contacts.find((c) => c.role === "team24h");
  assert.equal(team?.phone, FAMILY.teamPhone);
  assert.equal(saved.contacts.find((c) => c.role === "emergency_number")?.phone, "911");
  assert.equal(saved.settings.language, "en");

  // Readable at night: strong contrast on the screen a parent sees most.
  const { bg, fg, contrast } = await bodyContrast(app.session);
  assert.ok(bg > fg, "light background, dark text by default");
  assert.ok(contrast >= 7, `contrast ${contrast.toFixed(1)} should reach WCAG AAA (7:1)`);
  await shot(app, "setup-3-home");
});

test("Settings opens with the saved answers", async () => {
  await click(app, "nav-settings");
  await el(app, "settings-form");
  assert.equal(await (await el(app, "setup-name")).property("value"), FAMILY.name);
  assert.equal(await (await el(app, "setup-team-phone")).property("value"), FAMILY.teamPhone);
  assert.equal(await (await el(app, "setup-birth-date")).property("value"), FAMILY.birthDate);
  await el(app, "settings-save");
  await shot(app, "setup-4-settings");
});
