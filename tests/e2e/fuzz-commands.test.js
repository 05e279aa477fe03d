// Issue 7: every command the UI can call, fed random and nearly valid arguments through the
// real IPC. Each answer must be a value, a string error or {code, message} with a known code,
// and the app must still be running after each batch (panic=abort: a panic kills it). At the
// end Home still answers and, after quitting, SQLite finds the diary whole.
// E2E_FUZZ_SEED replays a run (printed); E2E_FUZZ_CASES sets the cases per command (15).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { appPidsOn, appWindows, launchApp, repoRoot } from "./harness.js";
import { completeSetup, invoke } from "./ui.js";

const SEED = Number(process.env.E2E_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CASES = Number(process.env.E2E_FUZZ_CASES ?? 15);
console.log(`fuzz-commands: E2E_FUZZ_SEED=${SEED} E2E_FUZZ_CASES=${CASES}`);

const KNOWN_CODES = new Set([
  // StoreError
  "rejected", "invalid_phone", "not_found", "newer_version", "not_a_diary", "no_patient",
  "already_amended", "already_acknowledged", "corrupt", "training_order", "damaged",
  "disk_full", "read_only", "disk_io", "storage",
  // BackupError
  "missing", "not_a_file", "unreadable", "not_sqlite", "empty_diary", "nothing_to_back_up",
  "dest_is_diary", "write_failed", "check_failed", "restore_failed", "restore_incomplete",
  // shell
  "export_failed", "open_failed", "not_exported", "not_a_backup_choice",
]);

/** mulberry32: small, seedable, good enough to pick inputs. */
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

function randomJson(depth = 0) {
  const leaves = [
    () => null, () => true, () => false, () => Math.floor(rand() * 2 ** 31) - 2 ** 30,
    () => rand() * 1e6 - 5e5, () => -0, () => 1e308, () => 2 ** 63, () => Number.MAX_SAFE_INTEGER,
    () => "", () => "x".repeat(Math.floor(rand() * 40)), () => "\u0000\u202e<script>",
    () => "2026-11-21T10:00:00-06:00", () => "9999-12-31", () => "C", () => "call_now",
    () => "../../etc/passwd", () => "x".repeat(100_000),
  ];
  if (depth < 3 && rand() < 0.3) {
    if (rand() < 0.5) return Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(depth + 1));
    const o = {};
    for (let i = 0; i < Math.floor(rand() * 4); i++) o[pick(["a", "id", "reading", "days", "path", "x_y"])] = randomJson(depth + 1);
    return o;
  }
  return pick(leaves)();
}

const now = () => new Date().toISOString();
const validReading = () => ({
  taken_at: now(),
  temperature: { value: 37.1, unit: "C" },
  systolic_mmhg: 100, diastolic_mmhg: 60, heart_rate_bpm: 100, spo2_percent: 98,
  symptoms: [], pump: "running",
});

/** One field of a valid object made wrong. */
function nearlyValid(obj) {
  const copy = JSON.parse(JSON.stringify(obj));
  const keys = Object.keys(copy);
  const k = pick(keys);
  const r = rand();
  if (r < 0.5) copy[k] = randomJson();
  else if (r < 0.7) delete copy[k];
  else copy[pick(["bogus", "__proto__x", "takenAt"])] = randomJson();
  return copy;
}

// Valid arguments (Tauri names command arguments in camelCase), for every command.
const VALID = {
  app_info: () => ({}),
  get_home: () => ({}),
  get_setup: () => ({}),
  save_setup: () => ({ setup: { patient: { name: "Ana", birth_date: "2019-01-01" }, care_plan: { fever_threshold_c: 38 }, contacts: [], settings: { language: "es", temperature_unit: "C", caregiver: null }, course: null } }),
  save_settings: () => ({ settings: { language: "es", temperature_unit: "C", caregiver: "Lucía" } }),
  check_reading: () => ({ reading: validReading() }),
  add_reading: () => ({ reading: validReading(), recordedBy: "Lucía" }),
  amend_reading: () => ({ originalId: 1, reading: validReading(), reason: "typo", amendedBy: "Lucía" }),
  get_diary: () => ({ days: 21 }),
  get_chart: () => ({ days: 7 }),
  acknowledge_alerts: () => ({ acknowledgedBy: "Lucía", teamSaid: "ok" }),
  log_bag: () => ({ bag: { hung_at: now(), duration: "48h", extension_hours: 0 }, recordedBy: "Lucía" }),
  get_bags: () => ({}),
  pause_infusion: () => ({ reason: "kink", pausedBy: "Lucía" }),
  resume_infusion: () => ({ resumedBy: "Lucía" }),
  acknowledge_reminder: () => ({ id: 1, acknowledgedBy: "Lucía" }),
  record_steroid_dose: () => ({ givenAt: now(), occasion: "start", recordedBy: "Lucía" }),
  training_record_baseline: () => ({
    baseline: { scale: "capd", items: [0, 0, 0, 0, 0, 0, 0, 0], nurse: "Enf. Ruiz", taken_at: now() },
  }),
  get_neuro_baselines: () => ({}),
  alarm_state: () => ({}),
  alarm_check_device: () => ({}),
  alarm_acknowledge: () => ({}),
  alarm_silence: () => ({}),
  quit_asked: () => ({}),
  // Never asked during the fuzz, so "quit" must not end the app.
  quit_answer: () => ({ quit: true }),
  alarm_test: () => ({ summary: "Test", body: "Test" }),
  get_watch: () => ({}),
  dismiss_absence: () => ({}),
  set_sound_limit: () => ({ percent: 50 }),
  get_call_card: () => ({}),
  copy_call_card: () => ({ lang: "es" }),
  get_keep_awake: () => ({}),
  set_keep_awake: () => ({ enabled: true }),
  get_training: () => ({}),
  training_complete_module: () => ({ id: "crs_signs" }),
  training_start_scenario: () => ({ id: "night_fever_chills" }),
  training_add_reading: () => ({ reading: validReading(), recordedBy: "Lucía" }),
  training_answer: () => ({ answer: "call_now" }),
  training_sign_off: () => ({ signOff: { caregivers: ["Lucía"], nurse: "Enf. Ruiz" } }),
  training_reset: () => ({}),
  export_checklist: () => ({}),
  export_training_record: () => ({ id: 1 }),
  open_exported: () => ({ path: "/etc/passwd" }),
  get_backups: () => ({}),
  backup_now: () => ({}),
  restore_backup: () => ({ path: "/etc/passwd" }),
  startup_ready: () => ({}),
  get_recovery: () => ({}),
  finish_recovery: () => ({}),
};
// Commands that open a dialog get only arguments of the wrong type (no dialog may open).
const DIALOG = {
  save_report: () => ({ lang: pick([42, [], { x: 1 }, true]) }),
  save_export: () => ({ format: pick([42, null, "pdf"]), mode: pick([[], 7]) }),
  pick_backup: () => ({ lang: pick([42, [], { x: 1 }, "klingon"]) }),
};
// Takes no argument and always opens a save dialog: not called.
const SKIPPED = new Set(["save_backup_copy"]);
const commands = [
  ...readFileSync(join(repoRoot, "src-tauri", "build.rs"), "utf8").matchAll(/^\s*"([a-z_]+)",\s*$/gm),
].map((m) => m[1]);

let app;

before(async () => {
  app = await launchApp({ name: "fuzz-commands" });
  await completeSetup(app);
});

after(async () => {
  await app?.stop();
});

test("build.rs lists the commands and each has a generator", () => {
  assert.ok(commands.length >= 30, `commands read from build.rs: ${commands}`);
  for (const c of commands) {
    assert.ok(VALID[c] || DIALOG[c] || SKIPPED.has(c), `no fuzz generator for ${c}`);
  }
});

test("every command answers random and nearly valid arguments without dying", async () => {
  const pids = appPidsOn(app.dataDir);
  assert.equal(pids.length, 1);
  const pid = pids[0];
  for (const cmd of commands) {
    if (SKIPPED.has(cmd)) {
      console.log(`skipped ${cmd} (no arguments; always opens a save dialog)`);
      continue;
    }
    const inputs = [];
    for (let i = 0; i < CASES; i++) {
      if (DIALOG[cmd]) inputs.push(DIALOG[cmd]());
      else if (i % 3 === 0) inputs.push(randomJson());
      else inputs.push(nearlyValid(VALID[cmd]()));
    }
    // snake_case keys too: Tauri expects camelCase, so these must be refused cleanly.
    if (VALID[cmd]) {
      const snake = Object.fromEntries(
        Object.entries(VALID[cmd]()).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase()), v]),
      );
      inputs.push(snake);
    }
    const answers = await app.session.executeAsync(
      `const [cmd, inputs, done] = arguments;
       Promise.all(inputs.map((a) =>
         window.__TAURI_INTERNALS__.invoke(cmd, a ?? {}).then(
           () => ({ ok: true }),
           (e) => ({ err: e }))))
       .then(done, (e) => done([{ thrown: String(e) }]));`,
      [cmd, inputs],
    );
    assert.deepEqual(appPidsOn(app.dataDir), [pid], `${cmd}: the app died (seed ${SEED})`);
    for (const [i, a] of answers.entries()) {
      if (a.ok) continue;
      assert.ok(!a.thrown, `${cmd}: ${a.thrown}`);
      const e = a.err;
      if (typeof e === "string") {
        assert.ok(e.length > 0, `${cmd}: an empty error`);
        continue;
      }
      assert.ok(e && typeof e === "object", `${cmd}: error ${JSON.stringify(e)}`);
      assert.ok(KNOWN_CODES.has(e.code), `${cmd}: unknown code ${e.code} for ${JSON.stringify(inputs[i]).slice(0, 200)} (seed ${SEED})`);
      assert.ok(typeof e.message === "string" && e.message.length > 0, `${cmd}: no message`);
    }
    if (DIALOG[cmd]) {
      const windows = await appWindows(app.display, pid);
      assert.equal(windows.length, 1, `${cmd}: a dialog opened (${windows.length} windows)`);
    }
  }
  const home = await invoke(app, "get_home");
  assert.ok(home.patient, "Home still answers with the child");
});

test("after quitting, SQLite finds the diary whole", async () => {
  await app.session.quit();
  app.session = null;
  const py = `import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute("PRAGMA integrity_check").fetchone()[0])`;
  const ok = execFileSync("python3", ["-c", py, join(app.dataDir, "diary.sqlite3")], { encoding: "utf8" }).trim();
  assert.equal(ok, "ok");
});
