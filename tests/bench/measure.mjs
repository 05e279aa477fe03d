// Measures Centinela against the minimal Tauri app on this machine, in one run:
// start-up to the first painted screen, steady memory (PSS of the app and its WebKit
// processes), stripped binary size, and Centinela's CPU while its window is closed; and for
// the light tray (issue 16), Centinela's memory once its window is closed and the time to
// open it again from the tray.
// It reads the criterion medians too, prints one table, and writes target/bench/results.json.
//
// Run it through scripts/bench.sh (which builds everything first and gives it a private
// D-Bus session). It starts its own Xvfb and uses no WebDriver, which would skew memory.
//
//   node tests/bench/measure.mjs --app A --minimal M [--fixture F] [--runs 7]
//        [--idle-seconds 300] [--criterion DIR] [--out FILE] [--markdown FILE]
//        [--drop-caches] [--check]

import { execFileSync, spawn } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { appWindows, clickTrayItem, closeWindow, trayMenu } from "../e2e/harness.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

// Targets from issue 7: Centinela against the minimal app, and absolute core limits.
export const TARGETS = {
  startupRatio: 1.5,
  memoryRatio: 1.3,
  binaryRatio: 3,
  idleCpuSeconds: 1,
  // Issue 16: closed, at most this share of the open figure; reopening from the tray at most
  // this many times the minimal app's cold start-up.
  closedShare: 0.15,
  reopenRatio: 1.5,
  saveMs: 5,
  viewMs: 20,
};

const READY = /centinela-ready ms=([0-9.]+)/;
const REOPENED = /centinela-reopened ms=([0-9.]+)/g;
const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
// Progress goes to stdout: the D-Bus session's services fill stderr, which bench.sh logs.
const say = (text) => process.stdout.write(text);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function options() {
  const { values } = parseArgs({
    options: {
      app: { type: "string" },
      minimal: { type: "string" },
      fixture: { type: "string" },
      runs: { type: "string", default: "7" },
      "idle-seconds": { type: "string", default: "300" },
      criterion: { type: "string" },
      out: { type: "string" },
      markdown: { type: "string" },
      "drop-caches": { type: "boolean", default: false },
      check: { type: "boolean", default: false },
    },
  });
  const need = (k) => {
    if (!values[k]) throw new Error(`--${k} is required`);
    const p = resolve(values[k]);
    if (!existsSync(p)) throw new Error(`--${k}: ${p} does not exist`);
    return p;
  };
  const count = (k, min) => {
    const n = Number(values[k]);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${k} must be a whole number >= ${min}, got ${values[k]}`);
    return n;
  };
  return {
    app: need("app"),
    minimal: need("minimal"),
    fixture: values.fixture ? need("fixture") : newestFixture(),
    runs: count("runs", 1),
    idleSeconds: count("idle-seconds", 1),
    criterion: values.criterion ? resolve(values.criterion) : null,
    out: resolve(values.out ?? join(repoRoot, "target", "bench", "results.json")),
    markdown: values.markdown ? resolve(values.markdown) : null,
    dropCaches: values["drop-caches"],
    check: values.check,
  };
}

/** The diary fixture with the highest schema version: a family mid-course, so Home has content. */
function newestFixture() {
  const dir = join(repoRoot, "core", "tests", "fixtures", "diary");
  const found = readdirSync(dir)
    .map((f) => ({ f, v: Number(/^v(\d+)-.*\.sqlite3$/.exec(f)?.[1]) }))
    .filter((x) => x.v > 0)
    .sort((a, b) => b.v - a.v);
  if (!found.length) throw new Error(`no v<N>-*.sqlite3 fixture in ${dir}`);
  return join(dir, found[0].f);
}

// ---------------------------------------------------------------- processes

const live = new Set();
process.on("exit", () => {
  for (const c of live) {
    try {
      process.kill(-c.pid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
});

function startXvfb() {
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x900x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
    detached: true,
  });
  live.add(xvfb);
  return new Promise((ok, fail) => {
    let buf = "";
    xvfb.stdio[3].on("data", (d) => {
      buf += d;
      if (buf.includes("\n")) ok({ xvfb, display: `:${buf.trim()}` });
    });
    xvfb.on("exit", (code) => fail(new Error(`Xvfb exited early (${code})`)));
  });
}

/** /proc/<pid>/stat fields from field 3 on (the name may hold spaces and parentheses). */
function statFields(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    return s.slice(s.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null; // gone meanwhile
  }
}

/** `root` and every descendant (WebKit's processes may sit under bwrap or xdg-dbus-proxy). */
function processTree(root) {
  const children = new Map();
  for (const e of readdirSync("/proc")) {
    if (!/^\d+$/.test(e)) continue;
    const f = statFields(e);
    if (!f) continue;
    const ppid = Number(f[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(e));
  }
  const out = [];
  const todo = [root];
  while (todo.length) {
    const p = todo.pop();
    out.push(p);
    todo.push(...(children.get(p) ?? []));
  }
  return out;
}

/** PSS in KiB of the whole tree under `root`. */
function treePssKiB(root) {
  let kib = 0;
  for (const pid of processTree(root)) {
    let text;
    try {
      text = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    } catch {
      continue;
    }
    for (const m of text.matchAll(/^Pss:\s+(\d+) kB/gm)) kib += Number(m[1]);
  }
  return kib;
}

/**
 * CPU seconds used by the tree under `root`: utime+stime (fields 14-15) of each process,
 * plus cutime+cstime (16-17) for children it has already reaped.
 */
function treeCpuSeconds(root) {
  let ticks = 0;
  for (const pid of processTree(root)) {
    const f = statFields(pid);
    if (!f) continue;
    // f[0] is field 3 (state), so field n is f[n - 3].
    for (const n of [14, 15, 16, 17]) ticks += Number(f[n - 3]);
  }
  return ticks / CLK_TCK;
}

/** A fresh HOME and XDG folders, so no run inherits another's WebKit caches or settings. */
function freshEnv(display, root) {
  const dirs = {};
  for (const [k, sub] of [
    ["HOME", "home"],
    ["XDG_CONFIG_HOME", "home/.config"],
    ["XDG_DATA_HOME", "home/.local/share"],
    ["XDG_CACHE_HOME", "home/.cache"],
    ["XDG_STATE_HOME", "home/.local/state"],
  ]) {
    dirs[k] = join(root, sub);
    mkdirSync(dirs[k], { recursive: true, mode: 0o700 });
  }
  return { ...process.env, ...dirs, DISPLAY: display };
}

/**
 * Launches one app in a fresh home. Resolves once it prints the ready line:
 * { child, pid, ms (spawn to line, measured here), selfMs (what the app reports), exited }.
 */
function launch(which, { display, mode, template, keep = [] }) {
  const root = mkdtempSync(join(tmpdir(), `centinela-bench-${which.name}-`));
  const env = freshEnv(display, root);
  const args = [mode === "stay" ? "--measure-startup=stay" : "--measure-startup"];
  if (which.dataDir) {
    const dataDir = join(root, "data");
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    for (const f of keep) {
      const from = join(template, f);
      if (existsSync(from)) cpSync(from, join(dataDir, f), { recursive: true });
    }
    args.push("--data-dir", dataDir);
  }
  const t0 = process.hrtime.bigint();
  const child = spawn(which.bin, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  live.add(child);
  let stderr = "";
  child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  let tree = [];
  const exited = new Promise((r) =>
    child.on("exit", async (code, signal) => {
      live.delete(child);
      // WebKit's processes outlive the app by a moment; the next run must not overlap them.
      await gone(tree);
      removeQuietly(root);
      r({ code, signal });
    }),
  );
  return new Promise((ok, fail) => {
    let out = "";
    const timer = setTimeout(() => {
      kill(child);
      fail(new Error(`${which.name}: no ready line within 60 s\n${stderr}`));
    }, 60_000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = READY.exec(out);
      if (m && timer) {
        clearTimeout(timer);
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        tree = processTree(child.pid);
        ok({ child, pid: child.pid, ms, selfMs: Number(m[1]), exited, root, output: () => out });
      }
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      fail(new Error(`${which.name} exited (${code ?? signal}) before it was ready\n${stderr}`));
    });
  });
}

/** Waits (up to 5 s) until none of `pids` is alive. */
async function gone(pids) {
  for (let i = 0; i < 50 && pids.some((p) => existsSync(`/proc/${p}`)); i++) await sleep(100);
}

/** Removes a run's folder; a straggler still writing its caches must not stop the benchmark. */
function removeQuietly(dir) {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (e) {
    say(`  (could not remove ${dir}: ${e.code})\n`);
  }
}

/** Ends a launched app and everything under it; resolves when the app itself is gone. */
async function kill(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const tree = processTree(child.pid);
  const gone = new Promise((r) => child.once("exit", r));
  for (const p of tree) {
    try {
      process.kill(p, "SIGTERM");
    } catch {
      /* gone */
    }
  }
  const t = setTimeout(() => {
    for (const p of tree) {
      try {
        process.kill(p, "SIGKILL");
      } catch {
        /* gone */
      }
    }
  }, 3000);
  await gone;
  clearTimeout(t);
}

function dropCaches(enabled) {
  if (!enabled) return;
  execFileSync("sync");
  writeFileSync("/proc/sys/vm/drop_caches", "3\n");
}

// ---------------------------------------------------------------- measurements

async function startup(apps, ctx, runs, drop) {
  const times = Object.fromEntries(apps.map((a) => [a.name, []]));
  const self = Object.fromEntries(apps.map((a) => [a.name, []]));
  // One warm-up each (not counted), then alternate so drift hits both apps alike.
  for (let i = -1; i < runs; i++) {
    for (const a of i % 2 ? apps : [...apps].reverse()) {
      dropCaches(drop);
      const r = await launch(a, { ...ctx, mode: "exit" });
      const { code, signal } = await Promise.race([
        r.exited,
        sleep(15_000).then(() => ({ code: "still running 15 s after ready" })),
      ]);
      if (code !== 0) {
        await kill(r.child);
        throw new Error(`${a.name} --measure-startup did not exit 0 (${code ?? signal})`);
      }
      if (i >= 0) {
        times[a.name].push(r.ms);
        self[a.name].push(r.selfMs);
      }
      say(`  start-up ${i < 0 ? "warm-up" : `run ${i + 1}/${runs}`} ${a.name}: ${r.ms.toFixed(0)} ms\n`);
    }
  }
  return Object.fromEntries(
    apps.map((a) => [
      a.name,
      { medianMs: median(times[a.name]), runsMs: times[a.name], selfReportedMedianMs: median(self[a.name]) },
    ]),
  );
}

/** The tree's PSS: 3 samples 2 s apart, the first after `waitMs`. */
async function pssSamples(pid, waitMs) {
  await sleep(waitMs);
  const samples = [];
  for (let i = 0; i < 3; i++) {
    if (i) await sleep(2_000);
    samples.push(treePssKiB(pid));
  }
  return { medianKiB: median(samples), samplesKiB: samples };
}

const names = (pid) =>
  processTree(pid).map((p) => {
    try {
      return readFileSync(`/proc/${p}/comm`, "utf8").trim();
    } catch {
      return "?";
    }
  });

/**
 * Memory 10 s after ready. With `tray` (Centinela), then the light tray: memory 10 s after the
 * window is closed, and `tray` reopenings from the tray's Open, each timed from the click to
 * the first screen (the app's `centinela-reopened` line).
 */
async function memory(app, ctx, tray = 0) {
  const r = await launch(app, { ...ctx, mode: "stay" });
  try {
    const open = { ...(await pssSamples(r.pid, 10_000)), processes: names(r.pid) };
    if (!tray) return open;
    await closeAndWait(ctx.display, r.pid);
    const closed = { ...(await pssSamples(r.pid, 10_000)), processes: names(r.pid) };
    const reopenMs = [];
    for (let i = 0; i < tray; i++) {
      // Found before the clock starts: looking the menu up on the bus takes seconds that
      // are not the app's. Each close starts centinela-tray afresh, on a new connection.
      const menu = await trayMenuOf(r.pid);
      const label = menu.items[0].label;
      const seen = [...r.output().matchAll(REOPENED)].length;
      const t0 = process.hrtime.bigint();
      await clickTrayItem(r.pid, label, menu);
      for (let w = 0; [...r.output().matchAll(REOPENED)].length === seen; w++) {
        if (w > 3000) throw new Error("no first screen within 30 s of Open in the tray");
        await sleep(10);
      }
      reopenMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      say(`  reopen ${i + 1}/${tray}: ${reopenMs.at(-1).toFixed(0)} ms\n`);
      await sleep(1_000);
      await closeAndWait(ctx.display, r.pid);
    }
    return { ...open, closed, reopen: { medianMs: median(reopenMs), runsMs: reopenMs } };
  } finally {
    await kill(r.child);
  }
}

/** The tray's menu once the tray serves it (up to 10 s after the window closed). */
async function trayMenuOf(pid) {
  for (let i = 0; ; i++) {
    try {
      return await trayMenu(pid);
    } catch (e) {
      if (i >= 20) throw e;
      await sleep(500);
    }
  }
}

/** Closes the window and waits until it and WebKit's web process are gone (up to 10 s). */
async function closeAndWait(display, pid) {
  await closeWindow(display, pid);
  for (let i = 0; i < 100; i++) {
    if (!(await appWindows(display, pid)).length && !names(pid).includes("WebKitWebProces")) break;
    await sleep(100);
  }
  await sleep(1_000);
}

/** Centinela's programs: the app, and centinela-tray beside it (it ships too). */
function appBytes(app) {
  const tray = join(dirname(app), "centinela-tray");
  return strippedBytes(app) + (existsSync(tray) ? strippedBytes(tray) : 0);
}

/** Size after `strip`, on a copy (the release profile strips already; this makes sure). */
function strippedBytes(bin) {
  const dir = mkdtempSync(join(tmpdir(), "centinela-bench-strip-"));
  try {
    const copy = join(dir, "bin");
    copyFileSync(bin, copy);
    execFileSync("strip", [copy]);
    return statSync(copy).size;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function idle(app, ctx, seconds) {
  const r = await launch(app, { ...ctx, mode: "stay" });
  try {
    await closeWindow(ctx.display, r.pid);
    await sleep(5_000);
    if (r.child.exitCode !== null) throw new Error("Centinela quit when its window was closed");
    const before = treeCpuSeconds(r.pid);
    const t0 = Date.now();
    await sleep(seconds * 1000);
    if (r.child.exitCode !== null) throw new Error("Centinela quit while idle");
    const cpu = treeCpuSeconds(r.pid) - before;
    const wall = (Date.now() - t0) / 1000;
    return { cpuSeconds: cpu, wallSeconds: wall, processes: processTree(r.pid).length };
  } finally {
    await kill(r.child);
  }
}

/** Criterion's median (ns) for each bench under DIR (target/criterion). */
function criterion(dir) {
  if (!dir) return null;
  const read = (name) => {
    const f = join(dir, name, "new", "estimates.json");
    if (!existsSync(f)) throw new Error(`no criterion result at ${f}; run the diary bench first`);
    return JSON.parse(readFileSync(f, "utf8")).median.point_estimate / 1e6;
  };
  return {
    saveMs: read("save_reading_with_assessment"),
    viewMs: read("diary_view_21_days"),
    homeMs: read("home"),
  };
}

// ---------------------------------------------------------------- report

function machine() {
  let os = "";
  try {
    os = /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1] ?? "";
  } catch {
    /* none */
  }
  let webkit = "";
  try {
    webkit = execFileSync("dpkg-query", ["-W", "-f=${Version}", "libwebkit2gtk-4.1-0"]).toString();
  } catch {
    /* not Debian */
  }
  return {
    cpu: `${cpus()[0]?.model ?? "?"} (${cpus().length} cores)`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os,
    kernel: execFileSync("uname", ["-r"]).toString().trim(),
    webkit2gtk: webkit,
  };
}

function rows(res) {
  const c = res.centinela;
  const m = res.minimal;
  const mib = (b) => `${(b / 2 ** 20).toFixed(1)} MiB`;
  const out = [
    ["Start-up to first screen (median)", `${c.startup.medianMs.toFixed(0)} ms`, `${m.startup.medianMs.toFixed(0)} ms`, res.ratios.startup, `<= ${TARGETS.startupRatio}x`],
    ["Memory, PSS of app + WebKit (median)", mib(c.memory.medianKiB * 1024), mib(m.memory.medianKiB * 1024), res.ratios.memory, `<= ${TARGETS.memoryRatio}x`],
    ["Binary size (stripped; app + tray)", mib(c.binaryBytes), mib(m.binaryBytes), res.ratios.binary, `<= ${TARGETS.binaryRatio}x`],
    ["Memory, window closed 10 s (share of open)", mib(c.memory.closed.medianKiB * 1024), "", res.ratios.closed, `<= ${TARGETS.closedShare}x`],
    ["Open again from the tray (median)", `${c.memory.reopen.medianMs.toFixed(0)} ms`, `${m.startup.medianMs.toFixed(0)} ms`, res.ratios.reopen, `<= ${TARGETS.reopenRatio}x`],
    ["CPU with the window closed", `${c.idle.cpuSeconds.toFixed(2)} s in ${Math.round(c.idle.wallSeconds)} s`, "", null, `< ${TARGETS.idleCpuSeconds} s`],
  ];
  if (res.core) {
    out.push(["Save a reading + assessment, 100k stored (median)", `${res.core.saveMs.toFixed(2)} ms`, "", null, `< ${TARGETS.saveMs} ms`]);
    out.push(["21-day diary view, 100k stored (median)", `${res.core.viewMs.toFixed(2)} ms`, "", null, `< ${TARGETS.viewMs} ms`]);
    out.push(["Home, 100k stored (median)", `${res.core.homeMs.toFixed(2)} ms`, "", null, ""]);
  }
  return out.map(([what, cent, min, ratio, target]) => [what, cent, min, ratio == null ? "" : `${ratio.toFixed(2)}x`, target]);
}

function markdown(res) {
  const lines = [
    "| | Centinela | Minimal Tauri app | Ratio | Target |",
    "|---|---:|---:|---:|---|",
    ...rows(res).map((r) => `| ${r.join(" | ")} |`),
  ];
  return lines.join("\n");
}

function failures(res) {
  const f = [];
  const over = (what, v, max) => v > max && f.push(`${what} ${v.toFixed(2)} > ${max}`);
  over("start-up ratio", res.ratios.startup, TARGETS.startupRatio);
  over("memory ratio", res.ratios.memory, TARGETS.memoryRatio);
  over("binary ratio", res.ratios.binary, TARGETS.binaryRatio);
  over("reopen ratio", res.ratios.reopen, TARGETS.reopenRatio);
  // Issue 16: with the window closed, centinela-tray alone (no GTK, no WebKit).
  over("closed memory share", res.ratios.closed, TARGETS.closedShare);
  if (res.centinela.idle.cpuSeconds >= TARGETS.idleCpuSeconds)
    f.push(`idle CPU ${res.centinela.idle.cpuSeconds.toFixed(2)} s >= ${TARGETS.idleCpuSeconds} s`);
  if (!res.core) f.push("no criterion results (--criterion)");
  else {
    if (res.core.saveMs >= TARGETS.saveMs) f.push(`save ${res.core.saveMs.toFixed(2)} ms >= ${TARGETS.saveMs} ms`);
    if (res.core.viewMs >= TARGETS.viewMs) f.push(`view ${res.core.viewMs.toFixed(2)} ms >= ${TARGETS.viewMs} ms`);
  }
  return f;
}

async function main() {
  const o = options();
  const core = criterion(o.criterion); // first: a missing result fails before minutes of measuring
  const { xvfb, display } = await startXvfb();
  // Centinela opens a copy of the fixture diary on Home. The template is opened once by the
  // warm-up-like first launch, so the measured runs neither migrate nor take a daily backup.
  const template = mkdtempSync(join(tmpdir(), "centinela-bench-template-"));
  try {
    copyFileSync(o.fixture, join(template, "diary.sqlite3"));
    const cent = { name: "centinela", bin: o.app, dataDir: true };
    const mini = { name: "minimal", bin: o.minimal, dataDir: false };
    const ctx = { display, template, keep: ["diary.sqlite3", "diary.sqlite3-wal", "backups"] };
    say(`Preparing the diary from ${o.fixture}\n`);
    {
      const prep = await launchInPlace(cent, display, template);
      await prep;
    }
    say(`Start-up: 1 warm-up + ${o.runs} runs each${o.dropCaches ? " (page cache dropped before each)" : ""}\n`);
    const st = await startup([mini, cent], ctx, o.runs, o.dropCaches);
    say("Memory: 10 s after ready, 3 samples 2 s apart\n");
    const memMini = await memory(mini, ctx);
    say(`Light tray: memory 10 s after the window closes, then ${o.runs} reopenings from the tray\n`);
    const memCent = await memory(cent, ctx, o.runs);
    say(`Idle: window closed, ${o.idleSeconds} s\n`);
    const idl = await idle(cent, ctx, o.idleSeconds);

    const res = {
      date: new Date().toISOString(),
      machine: machine(),
      settings: { runs: o.runs, idleSeconds: o.idleSeconds, dropCaches: o.dropCaches, fixture: o.fixture },
      centinela: { bin: o.app, startup: st.centinela, memory: memCent, binaryBytes: appBytes(o.app), idle: idl },
      minimal: { bin: o.minimal, startup: st.minimal, memory: memMini, binaryBytes: strippedBytes(o.minimal) },
      core,
    };
    res.ratios = {
      startup: res.centinela.startup.medianMs / res.minimal.startup.medianMs,
      memory: res.centinela.memory.medianKiB / res.minimal.memory.medianKiB,
      binary: res.centinela.binaryBytes / res.minimal.binaryBytes,
      closed: res.centinela.memory.closed.medianKiB / res.centinela.memory.medianKiB,
      reopen: res.centinela.memory.reopen.medianMs / res.minimal.startup.medianMs,
    };
    res.failures = failures(res);
    mkdirSync(dirname(o.out), { recursive: true });
    writeFileSync(o.out, JSON.stringify(res, null, 2) + "\n");
    const table = markdown(res);
    if (o.markdown) writeFileSync(o.markdown, table + "\n");
    console.log(`\n${table}\n`);
    console.log(`Machine: ${res.machine.cpu}, ${res.machine.memoryGiB} GiB, ${res.machine.os}, WebKitGTK ${res.machine.webkit2gtk}`);
    console.log(`Results: ${o.out}`);
    if (res.failures.length) {
      console.log(`\nTargets missed:\n  ${res.failures.join("\n  ")}`);
      if (o.check) process.exitCode = 1;
    } else console.log("\nAll targets met.");
  } finally {
    removeQuietly(template);
    try {
      process.kill(-xvfb.pid, "SIGTERM");
    } catch {
      /* gone */
    }
  }
}

/** Opens Centinela once on `dir` itself (migrating the fixture and taking the day's backup). */
async function launchInPlace(app, display, dir) {
  const root = mkdtempSync(join(tmpdir(), "centinela-bench-prep-"));
  const env = freshEnv(display, root);
  const child = spawn(app.bin, ["--measure-startup=stay", "--data-dir", dir], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  live.add(child);
  let out = "";
  let err = "";
  child.stderr.on("data", (d) => (err = (err + d).slice(-4000)));
  const ready = new Promise((ok, fail) => {
    child.stdout.on("data", (d) => {
      out += d;
      if (READY.test(out)) ok();
    });
    child.on("exit", (c) => fail(new Error(`Centinela exited (${c}) while preparing the diary\n${err}`)));
    setTimeout(() => fail(new Error(`Centinela not ready within 60 s while preparing\n${err}`)), 60_000);
  });
  try {
    await ready;
    // The scheduler's first tick takes the daily backup; wait for it so the runs find it.
    const backups = join(dir, "backups");
    for (let i = 0; i < 100 && !(existsSync(backups) && readdirSync(backups).some((f) => f.endsWith(".sqlite3"))); i++) {
      await sleep(200);
    }
  } finally {
    await kill(child);
    live.delete(child);
    removeQuietly(root);
    removeQuietly(join(dir, "webview"));
  }
}

main().catch((e) => {
  console.error(`measure.mjs: ${e.message}`);
  process.exit(2);
});
