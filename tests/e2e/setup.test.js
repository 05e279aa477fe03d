// Issue 3, first run: the form done with the nurse. A team line without its number is refused
// where the nurse can see it, and nothing is stored; a complete form opens Home on a new diary.
import assert from "node:assert/strict";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { bodyContrast, launchApp } from "./harness.js";
import { waitFor } from "./webdriver.js";
import { COURSE, FAMILY, click, count, el, gone, fillSetup, invoke, localDate, setDate, shot, text, tick, type, waitText, dateValue } from "./ui.js";

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

test("a course longer than 21 days is refused next to its last day, in the nurse's words", async () => {
  await type(app, "setup-team-phone", FAMILY.teamPhone);
  // Day 1 three days ago, the last day 19 days ahead: 23 days.
  await setDate(app, "setup-course-end", localDate(19));
  await click(app, "setup-save");
  const msg = await text(app, "setup-error-course-end");
  assert.match(msg, /at most 21 days/, `message next to the last day: ${msg}`);
  assert.equal(
    // Each of the date's fields is marked, so a screen reader says which is wrong.
    await (await app.session.byTestId("setup-course-end-day")).attribute("aria-invalid"),
    "true",
  );
  assert.equal(await invoke(app, "get_setup"), null, "no setup stored");
  await shot(app, "setup-2b-course-too-long", { at: "setup-course-end" });
  await setDate(app, "setup-course-end", COURSE.end);
  assert.match(await text(app, "setup-course-days"), /From day 1 to day 21\./);
});

test("the completed form opens Home with the child's name, on a diary in the data folder", async () => {
  await type(app, "setup-team-phone", FAMILY.teamPhone);
  await click(app, "setup-save");
  await el(app, "home", { timeoutMs: 15_000 });
  assert.equal(await text(app, "home-child-name"), FAMILY.name);
  assert.equal(await count(app, "setup-form"), 0);
  assert.equal(await count(app, "home-problem-no-team-line"), 0, "the team line is there");
  assert.equal(await count(app, "home-open-alert"), 0);
  for (const id of ["nav-home", "nav-new-reading", "nav-new-bag", "nav-more"]) {
    await el(app, id);
  }
  // The rest under "More": one row that never wraps (issue 18).
  await click(app, "nav-more");
  for (const id of ["nav-diary", "nav-charts", "nav-records", "nav-settings", "nav-training"]) {
    await el(app, id);
  }
  await click(app, "nav-more");
  await gone(app, "nav-diary");
  assert.ok(existsSync(join(app.dataDir, "diary.sqlite3")), "diary.sqlite3 in the data folder");

  const saved = await invoke(app, "get_setup");
  assert.equal(saved.patient.name, FAMILY.name);
  assert.equal(saved.patient.birth_date, FAMILY.birthDate);
  const team = saved.contacts.find((c) => c.role === "team24h");
  assert.equal(team?.phone, FAMILY.teamPhone);
  assert.equal(saved.contacts.find((c) => c.role === "emergency_number")?.phone, "911");
  assert.equal(saved.settings.language, "en");
  assert.equal(saved.settings.start_at_login, true, "start at login is on once a course is entered");
  assert.deepEqual(saved.course, {
    start: COURSE.start,
    end: COURSE.end,
    step_up_day: 8,
    reading_every_hours: 6,
    close_watch_every_hours: 4,
    bag_heads_up_minutes: 120,
  });
  assert.equal(await text(app, "home-course-day"), "Day 4 of 21");

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
  assert.equal(await dateValue(app, "setup-birth-date"), FAMILY.birthDate);
  assert.equal(await dateValue(app, "setup-course-start"), COURSE.start);
  assert.equal(await dateValue(app, "setup-course-end"), COURSE.end);
  assert.equal(await (await el(app, "setup-step-up-day")).property("value"), "8");
  assert.equal(await (await el(app, "setup-heads-up")).property("value"), "120");
  // On by default once a course is entered (issue 20): a restart must not stop the reminders.
  assert.equal(await (await el(app, "setup-start-at-login")).property("checked"), true);
  await el(app, "settings-save");
  await shot(app, "setup-4-settings");
  await shot(app, "setup-5-settings-course", { at: "setup-course-start" });
});

test("Start at login, on by default with a course, is set up with the system and can be undone", async () => {
  // The harness gives the app a private HOME; the autostart entry lands in its ~/.config.
  const entry = join(app.env.HOME, ".config", "autostart", "Centinela.desktop");
  await waitFor(() => existsSync(entry), { what: `the autostart entry ${entry}` });
  const desktop = readFileSync(entry, "utf8");
  assert.match(desktop, /--hidden/, "a login start goes straight to the tray");
  assert.ok(desktop.includes(app.dataDir), "and opens the same diary");
  assert.equal((await invoke(app, "get_setup")).settings.start_at_login, true);

  await click(app, "nav-settings");
  await el(app, "settings-form");
  const box = await el(app, "setup-start-at-login");
  assert.equal(await box.property("checked"), true);
  await box.click();
  await waitFor(async () => !(await box.property("checked")), { what: "start at login unticked" });
  await click(app, "settings-save");
  await waitFor(() => !existsSync(entry), { what: "the autostart entry to be removed" });
  assert.equal((await invoke(app, "get_setup")).settings.start_at_login, false);
  // The family's "no" is kept: Settings opens with it unticked.
  await click(app, "nav-settings");
  assert.equal(await (await el(app, "setup-start-at-login")).property("checked"), false);
  await click(app, "nav-home");
});
