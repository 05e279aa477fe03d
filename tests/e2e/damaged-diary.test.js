// Issue 7, a damaged diary: found when Centinela opens, said in plain words, moved aside
// untouched, and the newest good backup offered. Never a silent blank diary: with no backup
// the only choices are another file or a new diary (asked twice), and the offer comes back at
// every launch until the family chooses. A diary from a newer Centinela is refused in the
// window with nothing written.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, openSync, readdirSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { expectClean } from "./axe.js";
import { launchApp } from "./harness.js";
import {
  addReading,
  click,
  completeSetup,
  count,
  el,
  invoke,
  shot,
  text,
  waitText,
} from "./ui.js";

const sha256 = (file) => createHash("sha256").update(readFileSync(file)).digest("hex");
const diaryFile = (dir) => join(dir, "diary.sqlite3");

/**
 * Overwrites the first 100 bytes (the SQLite header) with garbage; returns the file's sha256.
 * The diary is first settled as a clean close leaves it (its -wal written back and gone):
 * a -wal holding page 1 would hide the garbage, and the next checkpoint would heal it.
 */
function damage(dir) {
  execFileSync("python3", [
    "-c",
    "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('pragma wal_checkpoint(TRUNCATE)'); c.close()",
    diaryFile(dir),
  ]);
  assert.ok(!existsSync(`${diaryFile(dir)}-wal`), "no -wal left beside the diary");
  const fd = openSync(diaryFile(dir), "r+");
  writeSync(fd, Buffer.alloc(100, 0xa5), 0, 100, 0);
  closeSync(fd);
  return sha256(diaryFile(dir));
}

/** The damaged diaries kept in `damaged/` (main files only), by sha256. */
function keptAside(dir) {
  const d = join(dir, "damaged");
  if (!existsSync(d)) return [];
  return readdirSync(d)
    .filter((n) => /^diary-damaged-.*\.sqlite3$/.test(n))
    .map((n) => sha256(join(d, n)));
}

const apps = [];
after(async () => {
  for (const a of apps) await a.stop();
});

test("a damaged diary is moved aside untouched, its newest backup restored, and the offer ends", async () => {
  const app = await launchApp({ name: "damaged-diary" });
  apps.push(app);
  await completeSetup(app);
  await addReading(app, { temp: "36.8", systolic: "100", diastolic: "60", hr: "95", spo2: "98" });
  await addReading(app, { temp: "37.2", systolic: "102", diastolic: "64", hr: "99", spo2: "97" });
  await invoke(app, "backup_now");

  let damagedSha;
  await app.restart({ beforeStart: (dir) => (damagedSha = damage(dir)) });

  await el(app, "recovery", { timeoutMs: 20_000 });
  assert.equal(await count(app, "home"), 0, "no Home over a damaged diary");
  assert.equal(await count(app, "setup-form"), 0, "no blank first-run form either");
  assert.match(await text(app, "recovery"), /Your diary file is damaged/);
  // Where the untouched file is, and it is byte for byte the damaged one.
  const movedTo = await text(app, "recovery-moved-to");
  assert.ok(movedTo.startsWith(join(app.dataDir, "damaged")), `moved to ${movedTo}`);
  assert.deepEqual(keptAside(app.dataDir), [damagedSha], "kept aside, unchanged");
  assert.equal(sha256(movedTo), damagedSha);
  // The newest good backup is offered first, with its date and what it holds.
  const offer = await text(app, "recovery-newest-what");
  assert.match(offer, /Sofía Ramírez/);
  assert.match(offer, /2 readings/);
  await el(app, "restore-pick");
  await el(app, "recovery-new-start");
  await shot(app, "damaged-1-recovery");
  // The recovery screen passes axe-core too (issue 18).
  await expectClean(app, "the recovery screen");

  await click(app, "recovery-restore");
  await el(app, "home", { timeoutMs: 20_000 });
  await waitText(app, "home-child-name", /Sofía Ramírez/);
  await waitText(app, "home-latest", /37\.2/);
  const diary = await invoke(app, "get_diary", { days: 1 });
  assert.equal(diary.entries.length, 2, "both readings are back");
  assert.equal(await count(app, "recovery"), 0);
  await shot(app, "damaged-2-restored-home");

  // Chosen once: the next launch opens on Home.
  await app.restart();
  await el(app, "home", { timeoutMs: 20_000 });
  assert.equal(await count(app, "recovery"), 0, "no recovery screen after the choice");
  assert.equal((await invoke(app, "get_diary", { days: 1 })).entries.length, 2);
});

test("with no backup: only another file or a new diary (asked twice), and the offer survives restarts", async () => {
  const app = await launchApp({ name: "damaged-no-backup" });
  apps.push(app);
  await completeSetup(app);
  await addReading(app, { temp: "36.8", systolic: "100", diastolic: "60", hr: "95", spo2: "98" });

  let damagedSha;
  await app.restart({
    beforeStart: (dir) => {
      // The automatic daily copy made after the setup goes too: no backup at all.
      rmSync(join(dir, "backups"), { recursive: true, force: true });
      damagedSha = damage(dir);
    },
  });
  await el(app, "recovery", { timeoutMs: 20_000 });
  await el(app, "recovery-no-backup");
  assert.equal(await count(app, "recovery-newest"), 0, "no backup is offered when there is none");
  await el(app, "restore-pick");
  await el(app, "recovery-new-start");
  assert.equal(await count(app, "home"), 0, "never a blank Home");
  assert.equal(await count(app, "setup-form"), 0);
  assert.deepEqual(keptAside(app.dataDir), [damagedSha]);
  await shot(app, "damaged-3-no-backup");

  // Closed without choosing: the offer comes back (the new diary is still empty).
  await app.restart();
  await el(app, "recovery", { timeoutMs: 20_000 });
  await el(app, "recovery-no-backup");

  // "Start a new, empty diary" asks twice; Cancel goes back.
  await click(app, "recovery-new-start");
  await el(app, "recovery-new-ask-1");
  await click(app, "recovery-new-cancel");
  await el(app, "recovery-new-start");
  await click(app, "recovery-new-start");
  await click(app, "recovery-new-yes");
  await el(app, "recovery-new-ask-2");
  assert.equal(await count(app, "setup-form"), 0, "not after the first yes");
  await click(app, "recovery-new-yes");
  await el(app, "setup-form", { timeoutMs: 15_000 });
  assert.equal(await count(app, "recovery"), 0);

  await app.restart();
  await el(app, "setup-form", { timeoutMs: 20_000 });
  assert.equal(await count(app, "recovery"), 0, "the choice was kept");
  assert.deepEqual(keptAside(app.dataDir), [damagedSha], "the damaged file stays where it was put");
});

test("a diary from a newer Centinela is refused in the window, with nothing written", async () => {
  const app = await launchApp({ name: "damaged-newer" });
  apps.push(app);
  await completeSetup(app);

  let before;
  await app.restart({
    beforeStart: (dir) => {
      const script =
        "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); v=c.execute('pragma user_version').fetchone()[0];" +
        " c.execute('pragma user_version=%d' % (v+1)); c.commit(); c.execute('pragma wal_checkpoint(TRUNCATE)'); c.close()";
      execFileSync("python3", ["-c", script, diaryFile(dir)]);
      before = sha256(diaryFile(dir));
    },
  });
  await el(app, "cannot-open", { timeoutMs: 20_000 });
  assert.match(await text(app, "cannot-open-what"), /newer version of Centinela/);
  assert.equal(await text(app, "cannot-open-where"), app.dataDir);
  assert.equal(await count(app, "home"), 0);
  assert.equal(await count(app, "setup-form"), 0);
  await shot(app, "damaged-4-newer-version");
  assert.equal(sha256(diaryFile(app.dataDir)), before, "the newer diary is untouched");
  assert.deepEqual(keptAside(app.dataDir), [], "a newer diary is not damaged: nothing moved");
});
