// Issue 16: the alarm that wakes a sleeping family. The app plays it itself: its sound goes
// to ALSA's default device, which this test points (ALSA_CONFIG_PATH) at a file plugin in front
// of the null device, so the recording can be read back and its beeps counted. The sleep
// inhibitor is asked of python3-dbusmock's logind template, on the session bus
// (CENTINELA_LOGIND_BUS=session). Samples are counted in the recording's own time: the null
// device is not paced, so the recording runs ahead of the wall clock.
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { appPid, closeWindow, launchApp, windowShown } from "./harness.js";
import { waitFor } from "./webdriver.js";
import { alsaRecorder, RATE } from "./sound.js";
import { click, completeSetup, el, invoke, localIso, shot } from "./ui.js";

const run = promisify(execFile);
const SYSTEM_PYTHON = "/usr/bin/python3";

let app;
let logind;
const dir = mkdtempSync(join(tmpdir(), "centinela-e2e-alarm-"));
const recorder = alsaRecorder(dir);
const raw = recorder.raw;
const size = recorder.size;
const sounding = () => recorder.sounding();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The recording's pulse onsets, in seconds of its own time. */
function onsets() {
  const b = readFileSync(raw);
  const out = [];
  let quiet = Infinity;
  for (let i = 0; i + 1 < b.length; i += 2) {
    if (Math.abs(b.readInt16LE(i)) > 4000) {
      if (quiet > RATE / 50) out.push(i / 2 / RATE);
      quiet = 0;
    } else quiet++;
  }
  return out;
}

/** The onsets of the first burst cycle (6 s) of the recording. */
async function firstCycle() {
  await waitFor(() => size() >= 2 * RATE * 13, { what: "13 s of recorded alarm" });
  const o = onsets();
  assert.ok(o.length > 0, "the recording holds beeps");
  return o.filter((t) => t < o[0] + 5.9).map((t) => +(t - o[0]).toFixed(2));
}

/** Logs a 48-hour bag that comes due `inMs` from now (negative: already past). */
function bagDueIn(inMs) {
  const hung = localIso(new Date(Date.now() + inMs - 48 * 3600_000));
  return invoke(app, "log_bag", {
    bag: { hung_at: hung, duration: "48h", extension_hours: 0 },
    recordedBy: null,
  });
}

async function inhibitors() {
  const { stdout } = await run("gdbus", [
    "call", "--session", "--timeout", "3",
    "--dest", "org.freedesktop.login1",
    "--object-path", "/org/freedesktop/login1",
    "--method", "org.freedesktop.login1.Manager.ListInhibitors",
  ]);
  return stdout;
}
const held = async () => /'sleep:idle', 'Centinela'.*'block'/.test(await inhibitors());

/** "I'm here": the sound stops within 2 s. */
async function acknowledge() {
  await click(app, "alarm-acknowledge");
  const t0 = Date.now();
  await waitFor(async () => !(await sounding()), { timeoutMs: 2_000, what: "the sound to stop" });
  return Date.now() - t0;
}

before(async () => {
  // The template asks for the system bus: point that at the session bus the E2E runs in.
  logind = spawn(SYSTEM_PYTHON, ["-m", "dbusmock", "--template", "logind"], {
    env: { ...process.env, DBUS_SYSTEM_BUS_ADDRESS: process.env.DBUS_SESSION_BUS_ADDRESS },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(() => inhibitors().then(() => true, () => false), {
    timeoutMs: 10_000,
    what: "the mock logind on the session bus",
  });
  app = await launchApp({
    name: "alarm",
    notifications: true,
    env: { ...recorder.env, CENTINELA_LOGIND_BUS: "session" },
  });
  await completeSetup(app, { lang: "es" });
});

after(async () => {
  await app?.stop();
  logind?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test("during the course the computer is kept awake; Settings can turn it off", async () => {
  await waitFor(held, { timeoutMs: 20_000, what: "a sleep:idle inhibitor from Centinela" });
  assert.equal((await invoke(app, "get_keep_awake")).state, "held");
  // Home says so, with what the family must do at night.
  await el(app, "keep-awake-note");
  await shot(app, "alarm-0-home", { at: "keep-awake-note" });
  assert.equal((await invoke(app, "set_keep_awake", { enabled: false })).state, "turned_off");
  await waitFor(async () => !(await held()), { what: "the inhibitor to be let go" });
  assert.equal((await invoke(app, "set_keep_awake", { enabled: true })).state, "held");
  await waitFor(held, { what: "the inhibitor again" });
});

test("a bag due with the window closed sounds 3-beep bursts until 'I'm here'", async () => {
  const pid = appPid(app);
  assert.equal(await sounding(), false, "quiet before anything is due");
  rmSync(raw, { force: true });
  // Logged from the window, which is then closed (its web view with it) before the bag is due.
  const due = Date.now() + 8_000;
  await bagDueIn(8_000);
  await closeWindow(app.display, pid);
  await waitFor(async () => !(await windowShown(app.display, pid)), { what: "the window to close" });
  await waitFor(sounding, { timeoutMs: 25_000, intervalMs: 200, what: "the alarm to sound" });
  assert.ok(Date.now() - due < 15_000, "sounded within 15 s of the due time");
  // The alarm builds the window again and brings it to the front.
  await waitFor(() => windowShown(app.display, pid), { what: "the window to come to the front" });
  const cycle = await firstCycle();
  assert.deepEqual(cycle, [0, 0.4, 0.8], `medium: 3 beeps 0.4 s apart (${cycle})`);
  await el(app, "alarm-bar");
  await shot(app, "alarm-1-sounding");
  const ms = await acknowledge();
  assert.ok(ms <= 2_000, `stopped in ${ms} ms`);
  // Answered, the bag still due: quiet on the next ticks, the reminder still open.
  await sleep(12_000);
  assert.equal(await sounding(), false, "stays quiet once answered");
  const home = await invoke(app, "get_home");
  assert.ok(home.schedule.reminders.some((r) => r.kind === "bag_due"), "the reminder stays");
});

test("an overdue bag sounds the high 10-beep burst", async () => {
  rmSync(raw, { force: true });
  // Due 31 minutes ago: due and overdue at once.
  await bagDueIn(-31 * 60_000);
  await waitFor(sounding, { timeoutMs: 20_000, intervalMs: 200, what: "the alarm to sound" });
  const cycle = await firstCycle();
  assert.deepEqual(
    cycle,
    [0, 0.25, 0.5, 1, 1.25, 1.9, 2.15, 2.4, 2.9, 3.15],
    `high: 10 beeps, 3 + 2, 3 + 2 (${cycle})`,
  );
  const state = await invoke(app, "alarm_state");
  assert.equal(state.alarm.sounding.priority, "high");
  await acknowledge();
});

test("'Silence 2 minutes' stops the sound and it comes back", async () => {
  rmSync(raw, { force: true });
  await bagDueIn(2_000);
  await waitFor(sounding, { timeoutMs: 20_000, intervalMs: 200, what: "the alarm to sound" });
  await click(app, "alarm-silence");
  await waitFor(async () => !(await sounding()), { timeoutMs: 2_000, what: "the silence" });
  const silenced = Date.now();
  const state = await invoke(app, "alarm_state");
  assert.ok(state.alarm.silenced_until, "silenced until a time");
  await shot(app, "alarm-2-silenced");
  await sleep(100_000);
  assert.equal(await sounding(), false, "still silent before the 2 minutes are up");
  await waitFor(sounding, { timeoutMs: 40_000, intervalMs: 300, what: "the sound to come back" });
  const back = (Date.now() - silenced) / 1000;
  assert.ok(back >= 118 && back <= 125, `came back after ${back} s`);
  await acknowledge();
});

test("'Test the alarm' in Settings plays both sounds and shows a notification", async () => {
  rmSync(raw, { force: true });
  await click(app, "nav-settings");
  await el(app, "alarm-settings");
  await click(app, "test-alarm-button");
  await app.notifications.waitForNotify("Centinela: prueba de la alarma", { timeoutMs: 10_000 });
  await waitFor(() => size() >= 2 * RATE * 6, { what: "the test's sound" });
  await sleep(6_000);
  const o = onsets();
  assert.equal(o.length, 13, `3 then 10 beeps (${o.map((t) => t.toFixed(2))})`);
  assert.equal(await sounding(), false, "the test plays once");
  const device = await invoke(app, "alarm_check_device");
  assert.equal(device.device.state, "ready");
  await shot(app, "alarm-3-settings", { at: "alarm-settings" });
});

test("the inhibitor is let go once the course has ended, and held again in a course", async () => {
  assert.equal(await held(), true);
  const setup = await invoke(app, "get_setup");
  const day = (delta) => {
    const d = new Date(Date.now() + delta * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  };
  // The course ended yesterday (the team entered its dates so): the next tick lets go.
  const ended = { ...setup, course: { ...setup.course, start: day(-21), end: day(-1), step_up_day: null } };
  await invoke(app, "save_setup", { setup: ended });
  await waitFor(async () => !(await held()), { timeoutMs: 20_000, what: "the inhibitor let go after the course" });
  assert.equal((await invoke(app, "get_keep_awake")).state, "outside_course");
  await invoke(app, "save_setup", { setup });
  await waitFor(held, { timeoutMs: 20_000, what: "the inhibitor again in the course" });
});

test("the inhibitor is let go when the app quits", async () => {
  assert.equal(await held(), true);
  await app.stop();
  app = null;
  await waitFor(async () => !(await held()), { what: "the inhibitor to be released on quit" });
});
