// Issue 16, the light tray: with the window closed Centinela is `centinela-tray`, and an alarm
// brings the full app back in the same process. If that full app cannot open its window (here
// the X server has gone away, so GTK cannot start), it must go back to the tray rather than
// take the reminders and the alarm down with it. The sound is recorded as in alarm.test.js.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { appPid, clickTrayItem, closeWindow, launchApp, trayMenu } from "./harness.js";
import { waitFor } from "./webdriver.js";
import { alsaRecorder } from "./sound.js";
import { completeSetup, invoke, localIso } from "./ui.js";

const FAILED = "Centinela could not open its window";

let app;
const dir = mkdtempSync(join(tmpdir(), "centinela-e2e-window-fails-"));
const recorder = alsaRecorder(dir);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const comm = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return null;
  }
};
const failures = () => app.notifications.calls().split("\n").filter((l) => / Notify /.test(l) && l.includes(FAILED));

before(async () => {
  app = await launchApp({ name: "window-fails", notifications: true, env: recorder.env });
  await completeSetup(app);
});

after(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("an alarm whose window cannot open sounds from the tray, which says so and keeps running", async (t) => {
  const pid = appPid(app);
  // A bag that comes due 15 s from now, logged before the window is closed.
  const hung = localIso(new Date(Date.now() + 15_000 - 48 * 3600_000));
  await invoke(app, "log_bag", { bag: { hung_at: hung, duration: "48h", extension_hours: 0 }, recordedBy: null });
  await closeWindow(app.display, pid);
  await waitFor(() => comm(pid) === "centinela-tray", { what: "the app to become the tray" });
  // The display goes away while the family sleeps.
  if (!(await app.stopDisplay())) {
    t.skip("E2E_DISPLAY was given: this test needs an X server of its own to stop");
    return;
  }
  // The alarm starts, the full app cannot open its window and hands back to the tray.
  await app.notifications.waitForNotify(FAILED, { timeoutMs: 40_000 });
  await waitFor(() => comm(pid) === "centinela-tray", { what: "the tray to be back" });
  await waitFor(() => recorder.sounding(), { timeoutMs: 10_000, intervalMs: 200, what: "the alarm to sound from the tray" });
  const notified = app.notifications.calls();
  assert.match(notified, /Notify .*Centinela/, "the bag's own reminder was notified too");
  assert.equal(failures().length, 1, "said once");
  // It stays up and keeps sounding: the alarm does not try the window again at once.
  await sleep(5_000);
  assert.equal(comm(pid), "centinela-tray", "still running as the tray");
  await waitFor(() => recorder.sounding(), { timeoutMs: 5_000, intervalMs: 200, what: "the alarm still sounding" });
  assert.equal(failures().length, 1, "no new attempt within the retry time");

  // Open in the tray always tries again; the display is still gone, so it comes back once more.
  await clickTrayItem(pid, "Open Centinela", await trayMenu(pid));
  await waitFor(() => failures().length === 2, { timeoutMs: 20_000, what: "the second attempt to be said" });
  await waitFor(() => comm(pid) === "centinela-tray", { what: "the tray to be back again" });
  // The tray takes the alarm up again on its first tick.
  await waitFor(() => recorder.sounding(), { timeoutMs: 15_000, intervalMs: 200, what: "the alarm to sound again" });
});
