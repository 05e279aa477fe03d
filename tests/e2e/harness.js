// Starts what an E2E test needs: a private Xvfb display, tauri-driver (which drives Debian's
// WebKitWebDriver), a fresh data folder; and tears all of it down, even if a test throws.

import { spawn } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Session, waitFor } from "./webdriver.js";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "..", "..");
export const artifactsDir = join(repoRoot, "tests", "artifacts");

/** The app under test: $CENTINELA_APP, else the release build in target/. */
export function appPath() {
  const p = resolve(process.env.CENTINELA_APP ?? join(repoRoot, "target", "release", "centinela"));
  if (!existsSync(p)) {
    throw new Error(`app not found at ${p}; build it first (cargo build --release -p centinela)`);
  }
  return p;
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

const children = new Set();

function track(child) {
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

// Each child leads its own process group, so killing the group also ends
// WebKitWebDriver and the app that tauri-driver started.
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

process.on("exit", () => {
  for (const c of children) killGroup(c, "SIGKILL");
});

async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 3000);
  await exited;
  clearTimeout(timer);
}

/** Starts Xvfb on a display number it picks itself; resolves to ":N". */
function startXvfb(log) {
  const xvfb = track(
    spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x900x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "ignore", "pipe", "pipe"],
      detached: true,
    }),
  );
  xvfb.stderr.pipe(log, { end: false });
  return new Promise((ok, fail) => {
    let buf = "";
    xvfb.stdio[3].on("data", (d) => {
      buf += d;
      if (buf.includes("\n")) ok({ xvfb, display: `:${buf.trim()}` });
    });
    xvfb.on("error", fail);
    xvfb.on("exit", (code) => fail(new Error(`Xvfb exited early (${code})`)));
  });
}

/** Ids of the running processes started with `--data-dir <dataDir>` (our app, nothing else). */
export function appPidsOn(dataDir) {
  const pids = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let argv;
    try {
      argv = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
    } catch {
      continue; // gone meanwhile, or not ours to read
    }
    const i = argv.indexOf("--data-dir");
    if (i >= 0 && argv[i + 1] === dataDir) pids.push(Number(entry));
  }
  return pids;
}

/**
 * Everything up and a session open on the app with a fresh data folder.
 * `env` is added to the app's environment.
 * Returns { session, dataDir, restart, stop }: `restart()` quits the app, waits until its
 * process is really gone, and opens a new session on the same data folder (`app.session`
 * then points at the new one).
 */
export async function launchApp({ name = "e2e", env = {} } = {}) {
  mkdirSync(artifactsDir, { recursive: true });
  const log = createWriteStream(join(artifactsDir, `${name}.log`));
  const application = appPath();

  let xvfb = null;
  let display = process.env.E2E_DISPLAY;
  if (!display) ({ xvfb, display } = await startXvfb(log));

  const port = await freePort();
  // Two quick asks for a free port can get the same answer; WebKitWebDriver then cannot
  // listen and tauri-driver spins forever, so the two must differ.
  let nativePort = await freePort();
  while (nativePort === port) nativePort = await freePort();
  const driver = track(
    spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      env: {
        ...process.env,
        DISPLAY: display,
        // WEBKIT_DISABLE_COMPOSITING_MODE is deliberately not set: with WebKitGTK 2.50 under
        // Xvfb it makes WebDriver's screenshot command hang forever. Compositing renders fine.
        // Keep the test from ever touching a real diary if --data-dir were ignored.
        CENTINELA_DATA_DIR: "",
        // Light theme unless a test asks otherwise, whatever the caller's desktop uses.
        GTK_THEME: "Adwaita",
        // The app inherits this through WebKitWebDriver, so tests can set e.g. GTK_THEME.
        ...env,
      },
    }),
  );
  driver.stdout.pipe(log, { end: false });
  driver.stderr.pipe(log, { end: false });
  const driverFailed = new Promise((_, fail) => {
    driver.on("error", (e) => fail(new Error(`cannot start tauri-driver: ${e.message}`)));
  });

  const base = `http://127.0.0.1:${port}`;
  const root = mkdtempSync(join(tmpdir(), "centinela-e2e-"));
  // A folder that does not exist yet, so the test also covers the app creating it.
  const dataDir = join(root, "data");

  const teardown = async () => {
    await session?.quit().catch(() => {});
    await stop(driver);
    await stop(xvfb);
    log.end();
    rmSync(root, { recursive: true, force: true });
  };

  let session;
  const start = () => Session.start(base, { application, args: ["--data-dir", dataDir] });
  const handle = { session: null, dataDir, stop: teardown, restart: null };
  handle.restart = async () => {
    await session.quit();
    session = null;
    handle.session = null;
    // A second copy on the same diary would prove nothing; make sure the first one is gone.
    await waitFor(() => appPidsOn(dataDir).length === 0, {
      timeoutMs: 15_000,
      what: "the app to exit after the session ended",
    });
    session = await start();
    handle.session = session;
    return session;
  };
  try {
    await Promise.race([
      driverFailed,
      waitFor(async () => (await fetch(`${base}/status`)).ok, {
        timeoutMs: 15_000,
        what: `tauri-driver on ${base}`,
      }),
    ]);
    session = await start();
  } catch (e) {
    await teardown();
    throw e;
  }
  handle.session = session;
  return handle;
}

/** WCAG relative luminance of the page body's background and text, and their contrast ratio. */
export async function bodyContrast(session) {
  const [bg, fg] = await session.execute(`
    const lum = (c) => {
      const [r, g, b] = c.match(/\\d+/g).slice(0, 3).map((v) => {
        const x = Number(v) / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const st = getComputedStyle(document.body);
    return [lum(st.backgroundColor), lum(st.color)];
  `);
  const [hi, lo] = bg > fg ? [bg, fg] : [fg, bg];
  return { bg, fg, contrast: (hi + 0.05) / (lo + 0.05) };
}

/**
 * WCAG contrast of the text of the element with this `data-testid` against the first
 * non-transparent background behind it (the element's own, or an ancestor's).
 */
export async function textContrast(session, testId) {
  const [fgL, bgL] = await session.execute(
    `
    const lum = (c) => {
      const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map((v) => {
        const x = Number(v) / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const opaque = (c) => {
      const a = c.match(/[\\d.]+/g);
      return a && (a.length < 4 || Number(a[3]) > 0.5);
    };
    const e = document.querySelector('[data-testid="' + arguments[0] + '"]');
    let b = e;
    while (b && !opaque(getComputedStyle(b).backgroundColor)) b = b.parentElement;
    const bg = b ? getComputedStyle(b).backgroundColor : "rgb(255, 255, 255)";
    return [lum(getComputedStyle(e).color), lum(bg)];
  `,
    [testId],
  );
  const [hi, lo] = fgL > bgL ? [fgL, bgL] : [bgL, fgL];
  return (hi + 0.05) / (lo + 0.05);
}
