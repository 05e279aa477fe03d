// Steps a family takes in the app, written once for every E2E test. Each helper takes the
// handle from launchApp (not a session), so it keeps working after `app.restart()`.
// Real clicks and real key presses everywhere, except for the browser's date pickers.

import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { artifactsDir } from "./harness.js";
import { waitFor } from "./webdriver.js";

const CTRL = "\uE009";
const RELEASE = "\uE000";
const BACKSPACE = "\uE003";

/** The family and the ladder every test sets up (names that read the same in both languages). */
export const FAMILY = {
  name: "Sofía Ramírez",
  birthDate: "2019-03-10",
  weight: "20",
  height: "115",
  fever: "38.0",
  teamName: "Oncología Pediátrica 24/7",
  teamPhone: "55 1234 5678",
  secondName: "Dra. Ruiz",
  secondPhone: "55 8765 4321",
  edName: "Urgencias Pediátricas",
  edPhone: "55 5555 0100",
  edAddress: "Av. Insurgentes Sur 3700",
  emergencyNumber: "911",
  caregiver: "Lucía",
};

/**
 * Saves the webview as tests/artifacts/<name>.png once what the test saw is painted.
 * `at` scrolls that test id to the top of the window first (the PNG holds the viewport only).
 */
export async function shot(app, name, { at } = {}) {
  if (at) {
    await app.session.execute(
      `document.querySelector('[data-testid="' + arguments[0] + '"]').scrollIntoView({ block: "start" })`,
      [at],
    );
  }
  // The DOM changes before WebKit paints it; wait two frames so the PNG shows what the test saw.
  await app.session.executeAsync(`
    const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)));
  `);
  const file = join(artifactsDir, `${name}.png`);
  writeFileSync(file, await app.session.screenshot());
  return file;
}

/** Waits for a displayed element with this test id and returns it. */
export function el(app, testId, { timeoutMs = 10_000 } = {}) {
  return waitFor(
    async () => {
      const e = await app.session.byTestId(testId);
      return (await e.displayed()) ? e : null;
    },
    { timeoutMs, what: `[data-testid="${testId}"] on screen` },
  );
}

/** How many elements carry this test id right now. */
export async function count(app, testId) {
  return (await app.session.allByTestId(testId)).length;
}

/** Waits until no element carries this test id. */
export function gone(app, testId, { timeoutMs = 10_000 } = {}) {
  return waitFor(async () => (await count(app, testId)) === 0, {
    timeoutMs,
    what: `[data-testid="${testId}"] to disappear`,
  });
}

export async function text(app, testId) {
  return (await el(app, testId)).text();
}

/** Waits until the element's text matches `re`; returns the text. */
export async function waitText(app, testId, re, { timeoutMs = 10_000 } = {}) {
  let last = "";
  await waitFor(
    async () => {
      last = await (await app.session.byTestId(testId)).text();
      return re.test(last);
    },
    { timeoutMs, what: `[data-testid="${testId}"] to read ${re} (last: ${JSON.stringify(last)})` },
  );
  return last;
}

/** The places under the top bar's "More" menu (issue 18): opened first when clicked. */
export const MORE = new Set(["nav-diary", "nav-charts", "nav-records", "nav-settings", "nav-training"]);

export async function click(app, testId) {
  if (MORE.has(testId) && (await count(app, testId)) === 0) {
    await (await el(app, "nav-more")).click();
  }
  await (await el(app, testId)).click();
}

/** Replaces whatever the field holds with `value`, by keyboard, and checks it took. */
export async function type(app, testId, value) {
  const e = await el(app, testId);
  await e.click();
  // Select all, delete, type: three separate commands (WebKitWebDriver loses the typed text
  // when they are sent as one sequence).
  if (await e.property("value")) {
    await e.sendKeys(`${CTRL}a${RELEASE}`);
    await e.sendKeys(BACKSPACE);
  }
  if (value) await e.sendKeys(value);
  assert.equal(await e.property("value"), value, `typing into ${testId}`);
}

/**
 * Sets a date or datetime-local input. WebKitWebDriver's key presses do not reliably reach
 * these pickers, so (for these two input types only) the value is set from script and the
 * same `input` and `change` events a person's choice fires are dispatched.
 */
export async function setDate(app, testId, value) {
  // The app's own date fields (issue 17): typed field by field, as a parent would, in
  // whatever order the app's language puts them; the month picked by its name.
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  assert.ok(m, `${testId}: ${value} is YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
  await type(app, `${testId}-day`, String(Number(m[3])));
  await selectOption(app, `${testId}-month`, String(Number(m[2])));
  await type(app, `${testId}-year`, m[1]);
  if (m[4] !== undefined) {
    const h24 = Number(m[4]);
    await type(app, `${testId}-hour`, String(((h24 + 11) % 12) + 1));
    await type(app, `${testId}-minute`, m[5]);
    await selectOption(app, `${testId}-ampm`, h24 >= 12 ? "pm" : "am");
  }
  assert.equal(await dateValue(app, testId), value, `setting ${testId}`);
}

/** The value a date field holds ("YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"; "" while incomplete). */
export async function dateValue(app, testId) {
  return (await el(app, testId)).attribute("data-value");
}

/** Ticks a checkbox or radio with a real click, and checks that it is ticked. */
export async function tick(app, testId) {
  const e = await el(app, testId);
  if (!(await e.property("checked"))) await e.click();
  await waitFor(() => e.property("checked"), { what: `${testId} ticked` });
}

/** Calls one of the shell's commands through the same IPC the screens use. */
export async function invoke(app, command, args = {}) {
  const r = await app.session.executeAsync(
    `const [cmd, args, done] = arguments;
     window.__TAURI_INTERNALS__.invoke(cmd, args)
       .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: e }));`,
    [command, args],
  );
  if (r.err !== undefined) throw new Error(`${command} failed: ${JSON.stringify(r.err)}`);
  return r.ok;
}

/** Every word a person (or a screen reader) meets on screen right now. */
export function screenWords(app) {
  return app.session.execute(`
    const parts = [document.body.innerText, document.title];
    for (const e of document.querySelectorAll("svg text, svg title")) parts.push(e.textContent);
    for (const e of document.querySelectorAll("[aria-label], [placeholder], [title], [alt]")) {
      if (e.closest("[hidden], [aria-hidden='true']")) continue;
      for (const a of ["aria-label", "placeholder", "title", "alt"]) {
        if (e.getAttribute(a)) parts.push(e.getAttribute(a));
      }
    }
    return parts.join("\\n");
  `);
}

/** Today as YYYY-MM-DD in the computer's time zone, `deltaDays` away. */
export function localDate(deltaDays = 0) {
  const d = new Date(Date.now() + deltaDays * 86_400_000);
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A `datetime-local` value for now plus `deltaMinutes`, in the computer's time zone. */
export function localDatetime(deltaMinutes = 0) {
  const d = new Date(Date.now() + deltaMinutes * 60_000);
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** `d` as RFC 3339 in the computer's time zone, as the app stores times ("…T02:10:00-06:00"). */
export function localIso(d) {
  const off = -d.getTimezoneOffset();
  const p = (n) => String(Math.floor(Math.abs(n))).padStart(2, "0");
  return (
    `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T` +
    `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}` +
    `${off >= 0 ? "+" : "-"}${p(off / 60)}:${p(off % 60)}`
  );
}

/** The course every test sets up: day 4 of 21 today, the dose going up on day 8. */
export const COURSE = {
  start: localDate(-3),
  end: localDate(17),
  stepUpDay: "8",
};

/**
 * Fills the first-run form. `omit` lists FAMILY keys to leave empty; `lang` picks the
 * app's language there. `course: null` leaves the course empty. Does not save.
 */
export async function fillSetup(app, { family = FAMILY, omit = [], lang = "en", course = COURSE } = {}) {
  await el(app, "setup-form", { timeoutMs: 20_000 });
  const f = Object.fromEntries(Object.entries(family).filter(([k]) => !omit.includes(k)));
  const fields = [
    ["setup-name", f.name],
    ["setup-weight", f.weight],
    ["setup-height", f.height],
    ["setup-fever-threshold", f.fever],
    ["setup-team-name", f.teamName],
    ["setup-team-phone", f.teamPhone],
    ["setup-second-name", f.secondName],
    ["setup-second-phone", f.secondPhone],
    ["setup-ed-name", f.edName],
    ["setup-ed-phone", f.edPhone],
    ["setup-ed-address", f.edAddress],
    ["setup-emergency-number", f.emergencyNumber],
    ["setup-caregiver", f.caregiver],
  ];
  await tick(app, `setup-lang-${lang}`);
  await tick(app, "setup-unit-c");
  if (f.birthDate) await setDate(app, "setup-birth-date", f.birthDate);
  if (course) {
    await setDate(app, "setup-course-start", course.start);
    await setDate(app, "setup-course-end", course.end);
    await type(app, "setup-step-up-day", course.stepUpDay ?? "");
  }
  for (const [id, v] of fields) await type(app, id, v ?? "");
}

/** The whole first run, saved; resolves once Home shows the child's name. */
export async function completeSetup(app, opts = {}) {
  await fillSetup(app, opts);
  await click(app, "setup-save");
  await el(app, "home", { timeoutMs: 15_000 });
  await waitText(app, "home-child-name", /\S/);
}

/**
 * Fills the new-reading form (already open) with what is given: temp, systolic, diastolic,
 * hr, spo2, rr as text; symptoms as codes (an empty list ticks "None of these"); antipyretic
 * "yes"/"no" (with antipyreticAt, datetime-local text); pump as a status. What is not given
 * stays unanswered, as a parent would leave it. Does not save.
 */
export async function fillReading(app, r) {
  await el(app, "reading-form");
  for (const [key, id] of [
    ["temp", "reading-temp"],
    ["systolic", "reading-systolic"],
    ["diastolic", "reading-diastolic"],
    ["hr", "reading-hr"],
    ["spo2", "reading-spo2"],
    ["rr", "reading-rr"],
  ]) {
    if (r[key] !== undefined) await type(app, id, r[key]);
  }
  if (r.antipyretic) await tick(app, `antipyretic-${r.antipyretic}`);
  if (r.antipyreticAt) await setDate(app, "reading-antipyretic-at", r.antipyreticAt);
  if (Array.isArray(r.symptoms) && r.symptoms.length === 0) await tick(app, "symptom-none");
  for (const code of r.symptoms ?? []) await tick(app, `symptom-${code}`);
  if (r.pump) await tick(app, `pump-${r.pump}`);
}

/** From anywhere with the top bar: a new reading, saved; resolves on the result screen. */
export async function addReading(app, r) {
  await click(app, "nav-new-reading");
  await fillReading(app, r);
  await click(app, "reading-save");
  await el(app, "result", { timeoutMs: 15_000 });
}

/** The `data-action` of a status card once it has one. */
export async function actionOf(app, testId) {
  return waitFor(() => el(app, testId).then((e) => e.attribute("data-action")), {
    what: `${testId} data-action`,
  });
}

/**
 * From anywhere with the top bar: logs a bag hung `hoursAgo` hours ago (as a person would,
 * through the time field), lasting `duration`, with the pharmacy's `extension` hours; resolves
 * back on Home.
 */
export async function logBag(app, { hoursAgo = 0, duration = "48h", extension = "0", note = "" } = {}) {
  await click(app, "nav-new-bag");
  await el(app, "bag-form");
  await setDate(app, "bag-hung", localDatetime(-hoursAgo * 60));
  await selectOption(app, "bag-duration", duration);
  await type(app, "bag-extension", extension);
  if (note) await type(app, "bag-note", note);
  await click(app, "bag-save");
  await el(app, "home", { timeoutMs: 15_000 });
}

/**
 * Picks an option of a `<select>` by its value. WebDriver's "element click" on an <option>
 * selects it and fires the same events a person's choice does (WebKitGTK's open list is a
 * native popup no test can see, so the option is clicked directly).
 */
export async function selectOption(app, testId, value) {
  const e = await el(app, testId);
  const option = await app.session.find(`[data-testid="${testId}"] option[value="${value}"]`);
  await option.click();
  await waitFor(async () => (await e.property("value")) === value, {
    what: `${value} chosen in ${testId}`,
  });
}

/**
 * The reading form's sign checkboxes (the form open), in screen order, as [code, label] pairs:
 * the words a person reads beside each box ("None of these" left out).
 */
export async function symptomLabels(app) {
  await el(app, "reading-form");
  return app.session.execute(`
    const out = [];
    for (const box of document.querySelectorAll('input[type="checkbox"][data-testid^="symptom-"]')) {
      const code = box.getAttribute("data-testid").slice("symptom-".length);
      if (code === "none") continue;
      out.push([code, box.closest("label").innerText.trim()]);
    }
    return out;
  `);
}
