// Issue 6, data that travels: the clinic report, the CSV and FHIR exports saved where the
// family picks in the system's dialog; the daily backup made at start; a backup made by
// hand and restored (the diary as it was kept first); a damaged file refused with the diary
// untouched; and a copy on a "USB stick" restored on a new computer's first run.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { artifactsDir, launchApp, repoRoot } from "./harness.js";
import { answerFileDialog, cancelFileDialog } from "./filedialog.js";
import { pdfText } from "./pdf.js";
import { waitFor } from "./webdriver.js";
import { FAMILY, addReading, click, completeSetup, el, invoke, shot, text, tick, waitText } from "./ui.js";

let app;
/** Where the tests "save": a folder in the private home, like a USB stick. */
let usb;

before(async () => {
  app = await launchApp({ name: "records" });
  usb = join(app.env.HOME, "usb");
  mkdirSync(usb, { recursive: true });
  await completeSetup(app);
  // A fever (an alert), corrected afterwards, and the team's answer recorded.
  await addReading(app, { temp: "38.6", systolic: "104", diastolic: "66", hr: "118", spo2: "97" });
  const diary = await invoke(app, "get_diary", { days: 1 });
  const original = diary.entries[0];
  await invoke(app, "acknowledge_alerts", {
    acknowledgedBy: "Lucía",
    teamSaid: "Bring her in for blood cultures",
  });
  await invoke(app, "amend_reading", {
    originalId: original.id,
    reading: { ...original.reading, temperature: { value: 37.6, unit: "C" } },
    reason: "Thermometer was in the wrong place",
    amendedBy: "Lucía",
  });
});

after(async () => {
  await app?.stop();
});

async function openRecords() {
  await click(app, "nav-home");
  await click(app, "nav-records");
  await el(app, "save-report");
}

async function entryCount() {
  return (await invoke(app, "get_diary", { days: 30 })).entries.length;
}

test("a daily backup is made when the app starts, and the screen says when", async () => {
  const dir = join(app.dataDir, "backups");
  await waitFor(() => existsSync(dir) && readdirSync(dir).some((f) => /^diary-daily-\d{4}-\d{2}-\d{2}\.sqlite3$/.test(f)), {
    what: "the daily backup file",
  });
  await openRecords();
  await waitText(app, "last-daily", /Last automatic backup: /);
  assert.ok((await text(app, "backup-list")).includes("automatic"));
});

test("the clinic report is saved where the family picks, in English and in Spanish", async () => {
  await openRecords();
  await shot(app, "records-screen");
  const en = join(usb, "clinic-report");
  await click(app, "save-report");
  await answerFileDialog(app, /clinic report/i, en);
  // A name typed without ".pdf" gets it.
  await waitText(app, "records-saved", /clinic-report\.pdf/);
  await el(app, "records-open");
  // Kept beside the screenshots, to look at.
  copyFileSync(`${en}.pdf`, join(artifactsDir, "records-report-en.pdf"));
  const words = pdfText(`${en}.pdf`);
  assert.ok(words.includes(FAMILY.name), "the child's name");
  assert.ok(words.includes("Thermometer was in the wrong place"), "the correction's reason");
  assert.ok(words.includes("38.6") && words.includes("37.6"), "the original beside its correction");
  assert.ok(words.includes("Bring her in for blood cultures"), "what the team said");

  await tick(app, "report-lang-es");
  const es = join(usb, "informe.pdf");
  await click(app, "save-report");
  await answerFileDialog(app, /informe para la clínica/i, es);
  await waitText(app, "records-saved", /informe\.pdf/);
  copyFileSync(es, join(artifactsDir, "records-report-es.pdf"));
  const palabras = pdfText(es);
  assert.ok(palabras.includes(FAMILY.name));
  assert.ok(palabras.includes("Bring her in for blood cultures"));
  assert.match(palabras, /Informe|informe/u);
});

test("cancelling the dialog writes nothing and says nothing went wrong", async () => {
  await openRecords();
  const before = readdirSync(usb).sort();
  await click(app, "save-csv");
  await cancelFileDialog(app, /CSV/);
  // The buttons come back; no file, no error, no "saved".
  await waitFor(async () => !(await (await el(app, "save-csv")).property("disabled")), {
    what: "the CSV button again",
  });
  assert.deepEqual(readdirSync(usb).sort(), before);
  assert.equal(await app.session.byTestId("records-error").then((e) => e.displayed()).catch(() => false), false);
  assert.equal(await app.session.byTestId("records-saved").then((e) => e.displayed()).catch(() => false), false);
});

test("the CSV for sharing carries the readings but no name, and the FHIR export validates", async () => {
  await openRecords();
  await tick(app, "export-mode-sharing");
  const csv = join(usb, "shared.csv");
  await click(app, "save-csv");
  await answerFileDialog(app, /CSV/, csv);
  await waitText(app, "records-saved", /shared\.csv/);
  const table = readFileSync(csv, "utf8");
  const lines = table.trim().split(/\r?\n/);
  assert.equal(lines.length, 3, "a header and both versions of the reading");
  assert.match(lines[0], /mmhg/i, "units in the headers");
  for (const secret of [FAMILY.name, "Sofía", "Lucía", "Thermometer was in the wrong place", "2019-03-10"]) {
    assert.ok(!table.includes(secret), `${secret} must not be in a shared file`);
  }

  await tick(app, "export-mode-care-team");
  const fhir = join(usb, "bundle.json");
  await click(app, "save-fhir");
  await answerFileDialog(app, /FHIR/, fhir);
  await waitText(app, "records-saved", /bundle\.json/);
  const bundle = JSON.parse(readFileSync(fhir, "utf8"));
  assert.equal(bundle.resourceType, "Bundle");
  assert.equal(bundle.type, "collection");
  // The real FHIR R4 model (tests/fhir), the same one the core tests use.
  execFileSync(join(repoRoot, ".venv-fhir", "bin", "python"), [join(repoRoot, "tests", "fhir", "validate.py"), fhir], {
    stdio: "pipe",
  });
});

test("a backup made now is restored: the later reading goes, the diary as it was is kept", async () => {
  await openRecords();
  const before = await entryCount();
  await click(app, "backup-now");
  await waitText(app, "backup-made", /Backup made: .*2 readings/);
  await addReading(app, { temp: "37.0", systolic: "102", diastolic: "64", hr: "100", spo2: "98" });
  assert.equal(await entryCount(), before + 1);

  await openRecords();
  // The newest backup made by hand is the one to restore.
  const items = await app.session.allByTestId("backup-item");
  let target = null;
  for (const item of items) {
    if ((await item.text()).includes("made by you")) {
      target = item;
      break;
    }
  }
  assert.ok(target, "the backup made by hand is listed");
  await (await target.find('[data-testid="restore-this"]')).click();
  await waitText(app, "restore-what", /2 readings/);
  await shot(app, "records-restore-confirm", { at: "restore-confirm" });
  await click(app, "restore-yes");
  await waitText(app, "restored", /restored/);
  assert.equal(await entryCount(), before, "the later reading is gone");
  assert.ok((await text(app, "backup-list")).includes("before a restore"), "the diary as it was is kept");
});

test("a damaged file is refused with a clear message and the diary is untouched", async () => {
  await openRecords();
  const before = await invoke(app, "get_diary", { days: 30 });
  const bad = join(usb, "broken.sqlite3");
  writeFileSync(bad, Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(3000, 7)]));
  await click(app, "restore-pick");
  await answerFileDialog(app, /Centinela backup/, bad, { open: true });
  await el(app, "records-error");
  assert.equal(await app.session.byTestId("restore-confirm").then((e) => e.displayed()).catch(() => false), false);
  const after = await invoke(app, "get_diary", { days: 30 });
  assert.deepEqual(after.entries, before.entries);
  assert.deepEqual(after.alerts, before.alerts);
});

test("a copy saved on a USB stick is restored on a new computer's first run", async () => {
  await openRecords();
  const copy = join(usb, "copy.sqlite3");
  await click(app, "backup-copy");
  await answerFileDialog(app, /copy of the diary/i, copy);
  await waitText(app, "records-saved", /copy\.sqlite3/);
  const entries = await entryCount();

  const laptop = await launchApp({ name: "records-new-laptop" });
  try {
    await el(laptop, "first-run-restore", { timeoutMs: 20_000 });
    await click(laptop, "restore-pick");
    // The dialog speaks the screen's language (a new computer has no settings yet).
    await answerFileDialog(laptop, /Centinela backup|respaldo de Centinela/, copy, { open: true });
    await waitText(laptop, "restore-what", new RegExp(FAMILY.name));
    await click(laptop, "restore-yes");
    await el(laptop, "home", { timeoutMs: 15_000 });
    await waitText(laptop, "home-child-name", new RegExp(FAMILY.name));
    assert.equal((await invoke(laptop, "get_diary", { days: 30 })).entries.length, entries);
  } finally {
    await laptop.stop();
  }
});
