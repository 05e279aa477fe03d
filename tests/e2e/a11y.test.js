// Issue 18: accessibility checked, not assumed. axe-core (from npm, loaded into the page by
// the test, never shipped in the app) on every screen a family or a nurse meets, in English
// and Spanish, light and dark; the run fails on any serious or critical violation and prints
// the rest. Also: the top bar stays on one row at 1366×768, 1280×720 and at 200 % zoom (the
// window at half those sizes), with no horizontal scrolling.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { expectClean } from "./axe.js";
import { launchApp } from "./harness.js";
import { addReading, click, completeSetup, el, logBag, shot } from "./ui.js";

const apps = [];
after(async () => {
  for (const a of apps) await a.stop();
});

/** The top bar is one row and the page does not scroll sideways. */
async function oneRowNoSideScroll(app, what) {
  const r = await app.session.execute(`
    const bar = document.querySelector(".topbar");
    const buttons = [...bar.querySelectorAll(":scope > nav > button, :scope > nav > .more > button, .langs button")];
    const tops = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    // What sticks out, to say where the sideways scrolling comes from.
    const out = [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((e) => (e.dataset.testid ?? e.tagName + "." + e.className) + " " + Math.round(e.getBoundingClientRect().right));
    return { rows: tops.size, wide: document.documentElement.scrollWidth, view: window.innerWidth, out };`);
  assert.equal(r.rows, 1, `${what}: the top bar is one row`);
  assert.ok(r.wide <= r.view, `${what}: no sideways scrolling (${r.wide} > ${r.view}: ${r.out.join(", ")})`);
}

async function everyScreen(app, lang, theme) {
  const tag = `${lang}, ${theme}`;
  await el(app, "home");
  await expectClean(app, `Home (${tag})`);
  await click(app, "nav-new-reading");
  await el(app, "reading-form");
  await expectClean(app, `the reading form (${tag})`);
  await click(app, "nav-new-bag");
  await el(app, "bag-form");
  await expectClean(app, `the bag form (${tag})`);
  for (const [nav, screen] of [
    ["nav-diary", "diary"],
    ["nav-charts", "charts"],
    ["nav-records", "save-report"],
    ["nav-settings", "settings-form"],
  ]) {
    await click(app, nav);
    await el(app, screen);
    await expectClean(app, `${screen} (${tag})`);
  }
  await click(app, "nav-training");
  await el(app, "training-overview");
  await expectClean(app, `training (${tag})`);
  await click(app, "training-module-bag_changes");
  await el(app, "module-bag_changes");
  await expectClean(app, `a training topic (${tag})`);
  await click(app, "training-nav-overview");
  await click(app, "training-scenario-night_fever_chills");
  await el(app, "scenario-story");
  await expectClean(app, `a practice situation (${tag})`);
  await click(app, "training-nav-overview");
  await click(app, "training-signoff-open");
  await el(app, "signoff-form");
  await expectClean(app, `the sign-off (${tag})`);
  await click(app, "training-leave");
  await el(app, "home");
  // The infusion's pause form, opened from Home (not saved).
  await click(app, "pause-open");
  await el(app, "pause-form");
  await expectClean(app, `the pause form (${tag})`);
  await click(app, "nav-home");
  await el(app, "home");
}

for (const theme of ["light", "dark"]) {
  test(`every screen passes axe-core in English and Spanish (${theme})`, async () => {
    const app = await launchApp({
      name: `a11y-${theme}`,
      env: theme === "dark" ? { GTK_THEME: "Adwaita:dark" } : {},
    });
    apps.push(app);
    await el(app, "setup-form", { timeoutMs: 20_000 });
    await expectClean(app, `setup (${theme})`);
    await completeSetup(app, { lang: "en" });
    await logBag(app, { hoursAgo: 2 });
    await expectClean(app, `Home with a bag (${theme})`);
    // A fever: the result, then Home with an open alert.
    await addReading(app, { temp: "38.6", systolic: "100", diastolic: "60", hr: "110", spo2: "97", symptoms: [] });
    await expectClean(app, `the result (${theme})`);
    await click(app, "result-done");
    await el(app, "home-open-alert");
    await expectClean(app, `Home with an alert (${theme})`);
    await everyScreen(app, "en", theme);
    await click(app, "lang-es");
    await everyScreen(app, "es", theme);
    await click(app, "lang-en");
  });
}

test("the top bar stays one row at 1366×768, 1280×720 and 200 % zoom, without sideways scrolling", async () => {
  const app = apps[0];
  for (const [w, h, what] of [
    [1366, 768, "1366×768"],
    [1280, 720, "1280×720"],
    [683, 384, "1366×768 at 200 %"],
    [640, 360, "1280×720 at 200 %"],
  ]) {
    await app.session.setWindowRect({ width: w, height: h });
    for (const lang of ["en", "es"]) {
      await click(app, `lang-${lang}`);
      await click(app, "nav-home");
      await oneRowNoSideScroll(app, `${what}, ${lang}`);
    }
    await shot(app, `a11y-home-${w}x${h}`);
    await click(app, "nav-new-reading");
    await el(app, "reading-form");
    await oneRowNoSideScroll(app, `${what}, the reading form`);
    await shot(app, `a11y-reading-${w}x${h}`);
  }
});

test("larger text, chosen in Settings, is kept across a restart", async () => {
  const app = apps[0];
  await app.session.setWindowRect({ width: 1280, height: 720 });
  await click(app, "nav-settings");
  await click(app, "text-size-larger");
  const size = () => app.session.execute("return getComputedStyle(document.documentElement).fontSize");
  assert.equal(await size(), "24px", "150 % of 16 px");
  await shot(app, "a11y-larger-text-settings", { at: "text-size" });
  await app.restart();
  await el(app, "home", { timeoutMs: 20_000 });
  await app.session.setWindowRect({ width: 1280, height: 720 });
  assert.equal(await size(), "24px", "still larger after the restart");
  await oneRowNoSideScroll(app, "larger text at 1280×720");
  await shot(app, "a11y-larger-text-home");
});
