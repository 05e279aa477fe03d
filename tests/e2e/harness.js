// Starts what an E2E test needs: a private Xvfb display, tauri-driver (which drives Debian's
// WebKitWebDriver), a fresh data folder; and tears all of it down, even if a test throws.

import { execFile, spawn } from "node:child_process";
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
import { promisify } from "node:util";
import { Session, waitFor } from "./webdriver.js";

const run = promisify(execFile);

// Debian's Python, which has python3-dbusmock; the python3 first on PATH may be another one.
const SYSTEM_PYTHON = "/usr/bin/python3";

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
 * Whether this test may mount and unmount (root). Without root it skips the test locally
 * and returns false; under CI or with E2E_REQUIRE_ROOT=1 it fails instead, so a CI run
 * never passes by skipping.
 */
export function requireRoot(t) {
  if (process.getuid?.() === 0) return true;
  if (process.env.CI || process.env.E2E_REQUIRE_ROOT === "1") {
    throw new Error("this test needs root (mounts); CI and E2E_REQUIRE_ROOT=1 require it");
  }
  t.skip("needs root to mount a small or read-only folder");
  return false;
}

/** Mount points at or under `dir`, deepest first (from /proc/self/mountinfo). */
export function mountsUnder(dir) {
  const unescape = (p) => p.replace(/\\(\d{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)));
  return readFileSync("/proc/self/mountinfo", "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => unescape(l.split(" ")[4]))
    .filter((m) => m === dir || m.startsWith(dir + "/"))
    .sort((a, b) => b.length - a.length);
}

/** Lazily unmounts everything mounted at or under `dir`, deepest first. */
export async function unmountUnder(dir) {
  for (const m of mountsUnder(dir)) {
    await run("umount", ["-l", m]).catch((e) => console.error(`umount -l ${m}: ${e.message}`));
  }
}

/**
 * Everything up and a session open on the app with a fresh data folder.
 * `env` is added to the app's environment. `notifications: true` first starts a mock
 * notification server on the session bus (see `app.notifications`). `beforeLaunch(dataDir)`
 * runs before the app first starts (the folder does not exist yet: it may mount one there).
 * Returns { session, dataDir, display, env, notifications, restart, stop }: `restart()` quits
 * the app, waits until its process is really gone (and `downMs` more, if given), runs
 * `beforeStart(dataDir)` if given, and opens a new session on the same data folder
 * (`app.session` then points at the new one). `env` is the app's environment, for launching
 * more copies of it (see `launchSecond`). `stop()` unmounts whatever a test mounted in its
 * folder before removing it.
 */
export async function launchApp({
  name = "e2e",
  env = {},
  notifications = false,
  beforeLaunch = null,
} = {}) {
  mkdirSync(artifactsDir, { recursive: true });
  const log = createWriteStream(join(artifactsDir, `${name}.log`));
  const application = appPath();

  let xvfb = null;
  let display = process.env.E2E_DISPLAY;
  if (!display) ({ xvfb, display } = await startXvfb(log));

  const root = mkdtempSync(join(tmpdir(), "centinela-e2e-"));
  // A folder that does not exist yet, so the test also covers the app creating it.
  const dataDir = join(root, "data");
  const notifier = notifications
    ? await startNotificationMock(join(artifactsDir, `${name}-notifications.log`))
    : null;

  // The app inherits this through tauri-driver and WebKitWebDriver, including the session
  // bus address (dbus-run-session's), so it talks to the same bus as the mock and the tests.
  const appEnv = {
    ...process.env,
    DISPLAY: display,
    // WEBKIT_DISABLE_COMPOSITING_MODE is deliberately not set: with WebKitGTK 2.50 under
    // Xvfb it makes WebDriver's screenshot command hang forever. Compositing renders fine.
    // Keep the test from ever touching a real diary if --data-dir were ignored.
    CENTINELA_DATA_DIR: "",
    // A private home, so nothing a test turns on (start at login writes
    // ~/.config/autostart) lands in the real one.
    HOME: join(root, "home"),
    // And its XDG folders, so exported PDFs land in the private ~/Documents whatever the
    // caller's desktop sets.
    XDG_CONFIG_HOME: join(root, "home", ".config"),
    XDG_DATA_HOME: join(root, "home", ".local", "share"),
    // Light theme unless a test asks otherwise, whatever the caller's desktop uses.
    GTK_THEME: "Adwaita",
    // So tests can set e.g. GTK_THEME.
    ...env,
  };
  mkdirSync(appEnv.HOME, { recursive: true });

  const port = await freePort();
  // Two quick asks for a free port can get the same answer; WebKitWebDriver then cannot
  // listen and tauri-driver spins forever, so the two must differ.
  let nativePort = await freePort();
  while (nativePort === port) nativePort = await freePort();
  const driver = track(
    spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      env: appEnv,
    }),
  );
  driver.stdout.pipe(log, { end: false });
  driver.stderr.pipe(log, { end: false });
  const driverFailed = new Promise((_, fail) => {
    driver.on("error", (e) => fail(new Error(`cannot start tauri-driver: ${e.message}`)));
  });

  const base = `http://127.0.0.1:${port}`;

  const teardown = async () => {
    await session?.quit().catch(() => {});
    await stop(attachDriver);
    await stop(driver);
    await notifier?.stop();
    await stop(xvfb);
    log.end();
    // Never remove through a mount: a test's tmpfs or read-only bind goes first.
    await unmountUnder(root);
    rmSync(root, { recursive: true, force: true });
  };

  let session;
  // After the window closed and opened again (centinela-tray, then the full app, in the
  // same process), a new session on the new web view, through a WebKitWebDriver pointed at
  // the app's inspector port (WEBKIT_INSPECTOR_SERVER, which tauri-driver set and the exec
  // kept).
  let attachDriver = null;
  const reattach = async (s) => {
    let target = null;
    await waitFor(
      () => {
        const [pid] = appPidsOn(dataDir);
        if (!pid) return false;
        try {
          if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() !== "centinela") return false;
          target = readFileSync(`/proc/${pid}/environ`, "utf8")
            .split("\0")
            .find((l) => l.startsWith("WEBKIT_INSPECTOR_SERVER="))
            ?.split("=")[1];
        } catch {
          return false;
        }
        return Boolean(target);
      },
      { timeoutMs: 30_000, what: "the full app (window open) to come back" },
    );
    await stop(attachDriver);
    const port = await freePort();
    attachDriver = track(
      spawn("WebKitWebDriver", [`--port=${port}`, `--target=${target}`], {
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
        env: appEnv,
      }),
    );
    attachDriver.stdout.pipe(log, { end: false });
    attachDriver.stderr.pipe(log, { end: false });
    const attachBase = `http://127.0.0.1:${port}`;
    // The app's inspector server comes up with its web view: retry until it answers.
    const fresh = await waitFor(
      async () => {
        try {
          return await Session.attach(attachBase, { application });
        } catch {
          return false;
        }
      },
      { timeoutMs: 20_000, intervalMs: 250, what: `a session on the reopened window (${target})` },
    );
    s.base = fresh.base;
    s.id = fresh.id;
  };
  const start = async () => {
    const s = await Session.start(base, { application, args: ["--data-dir", dataDir] });
    s.reattach = reattach;
    return s;
  };
  const handle = {
    session: null,
    dataDir,
    display,
    env: appEnv,
    notifications: notifier,
    stop: teardown,
    /** Ends the X server this launch started (a display that went away); false if none. */
    stopDisplay: async () => {
      if (!xvfb) return false;
      await stop(xvfb);
      xvfb = null;
      return true;
    },
    restart: null,
  };
  handle.restart = async ({ downMs = 0, beforeStart = null } = {}) => {
    await session.quit();
    session = null;
    handle.session = null;
    // A session attached to a reopened window does not end the app when it quits.
    await stop(attachDriver);
    for (const pid of appPidsOn(dataDir)) {
      await waitFor(() => !existsSync(`/proc/${pid}`), { timeoutMs: 5_000, what: "the app to end" }).catch(() => {
        try {
          process.kill(pid, "SIGTERM");
        } catch {
          /* gone meanwhile */
        }
      });
    }
    // A second copy on the same diary would prove nothing; make sure the first one is gone.
    await waitFor(() => appPidsOn(dataDir).length === 0, {
      timeoutMs: 15_000,
      what: "the app to exit after the session ended",
    });
    // Time passing while Centinela is not running (reminders that come due meanwhile).
    if (downMs) await new Promise((r) => setTimeout(r, downMs));
    if (beforeStart) await beforeStart(dataDir);
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
    if (beforeLaunch) await beforeLaunch(dataDir);
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

/** Whether `name` has an owner on the session bus. */
async function busNameTaken(name) {
  const { stdout } = await run("gdbus", [
    "call",
    "--session",
    "--dest",
    "org.freedesktop.DBus",
    "--object-path",
    "/org/freedesktop/DBus",
    "--method",
    "org.freedesktop.DBus.NameHasOwner",
    name,
  ]);
  return stdout.includes("true");
}

/**
 * A mock freedesktop notification server (python3-dbusmock) on the session bus, logging every
 * call to `logFile`. Returns { logFile, calls(), waitForNotify(text), stop() }.
 * Only one can run per bus: stop it before the next test starts its own.
 */
export async function startNotificationMock(logFile) {
  const mock = track(
    spawn(SYSTEM_PYTHON, ["-m", "dbusmock", "--template", "notification_daemon", "-l", logFile], {
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    }),
  );
  let stderr = "";
  mock.stderr.on("data", (d) => (stderr += d));
  const died = new Promise((_, fail) =>
    mock.on("exit", (code) => fail(new Error(`dbusmock exited (${code}): ${stderr}`))),
  );
  died.catch(() => {});
  await Promise.race([
    died,
    waitFor(() => busNameTaken("org.freedesktop.Notifications"), {
      timeoutMs: 10_000,
      what: "the mock notification server on the session bus",
    }),
  ]);
  const calls = () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : "");
  return {
    logFile,
    calls,
    /** The logged Notify call (one line) containing `text`. */
    waitForNotify: (text, { timeoutMs = 10_000 } = {}) =>
      waitFor(
        () => calls().split("\n").find((l) => / Notify /.test(l) && l.includes(text)),
        { timeoutMs, what: `a notification with "${text}" (log ${logFile})` },
      ),
    stop: async () => {
      await stop(mock);
      // Gone from the bus, so the next mock can take the name.
      await waitFor(async () => !(await busNameTaken("org.freedesktop.Notifications")), {
        what: "the mock notification server to leave the bus",
      });
    },
  };
}

/** The app process of this launch (the first instance on its data folder). */
export function appPid(app) {
  const pids = appPidsOn(app.dataDir);
  if (pids.length !== 1) throw new Error(`expected one app on ${app.dataDir}, found ${pids}`);
  return pids[0];
}

/** The names of every process under `pid` (WebKit's web and network processes). */
export function childProcesses(pid) {
  const children = new Map();
  for (const e of readdirSync("/proc")) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(e));
    } catch {
      /* gone meanwhile */
    }
  }
  const names = [];
  const todo = [...(children.get(pid) ?? [])];
  while (todo.length) {
    const p = todo.pop();
    try {
      names.push(readFileSync(`/proc/${p}/comm`, "utf8").trim());
    } catch {
      /* gone meanwhile */
    }
    todo.push(...(children.get(p) ?? []));
  }
  return names;
}

/** X windows titled "Centinela" that process `pid` owns on `display` (GTK sets _NET_WM_PID). */
export async function appWindows(display, pid) {
  const env = { ...process.env, DISPLAY: display };
  let ids;
  try {
    ({ stdout: ids } = await run("xdotool", ["search", "--pid", String(pid)], { env }));
  } catch (e) {
    if (e.code === 1) return []; // xdotool's "nothing found"
    throw e;
  }
  // By title, exactly: xdotool's --name ignores case, and GTK's unmapped helper windows of the
  // same process are called "centinela".
  const found = [];
  for (const id of ids.split("\n").filter(Boolean)) {
    const { stdout: title } = await run("xdotool", ["getwindowname", id], { env }).catch(() => ({
      stdout: "",
    }));
    if (title.trim() === "Centinela") found.push(id);
  }
  return found;
}

/** Whether process `pid` has a Centinela window mapped on screen (not hidden). */
export async function windowShown(display, pid) {
  for (const id of await appWindows(display, pid)) {
    const { stdout } = await run("xwininfo", ["-id", id], {
      env: { ...process.env, DISPLAY: display },
    });
    if (/Map State:\s*IsViewable/.test(stdout)) return true;
  }
  return false;
}

// Sends the ICCCM WM_DELETE_WINDOW message to each window id given, exactly what a window
// manager sends when the user clicks the close button. There is no window manager on Xvfb,
// so we play its part; plain libX11 through ctypes needs no extra Python package.
const DELETE_WINDOW_PY = `
import ctypes, sys
from ctypes import c_int, c_long, c_ulong, c_void_p, c_char_p
x = ctypes.CDLL("libX11.so.6")
x.XOpenDisplay.restype = c_void_p
x.XOpenDisplay.argtypes = [c_char_p]
x.XInternAtom.restype = c_ulong
x.XInternAtom.argtypes = [c_void_p, c_char_p, c_int]
class ClientMessage(ctypes.Structure):
    _fields_ = [("type", c_int), ("serial", c_ulong), ("send_event", c_int),
                ("display", c_void_p), ("window", c_ulong), ("message_type", c_ulong),
                ("format", c_int), ("l", c_long * 5)]
class XEvent(ctypes.Union):
    _fields_ = [("xclient", ClientMessage), ("pad", c_long * 24)]
x.XSendEvent.argtypes = [c_void_p, c_ulong, c_int, c_long, ctypes.POINTER(XEvent)]
d = x.XOpenDisplay(None)
if not d:
    sys.exit("cannot open display")
for w in sys.argv[1:]:
    ev = XEvent()
    ev.xclient.type = 33  # ClientMessage
    ev.xclient.window = int(w)
    ev.xclient.message_type = x.XInternAtom(d, b"WM_PROTOCOLS", 0)
    ev.xclient.format = 32
    ev.xclient.l[0] = x.XInternAtom(d, b"WM_DELETE_WINDOW", 0)
    ev.xclient.l[1] = 0  # CurrentTime
    if not x.XSendEvent(d, int(w), 0, 0, ctypes.byref(ev)):
        sys.exit("XSendEvent failed")
x.XFlush(d)
x.XCloseDisplay(d)
`;

/** Closes the app's window the way a user does (the window manager's close). */
export async function closeWindow(display, pid) {
  const ids = await appWindows(display, pid);
  if (!ids.length) throw new Error(`no Centinela window for process ${pid}`);
  await run(SYSTEM_PYTHON, ["-c", DELETE_WINDOW_PY, ...ids], {
    env: { ...process.env, DISPLAY: display },
  });
}

/**
 * Starts another copy of the app binary directly, as a family double-clicking the icon again
 * would: the same environment and display as `app`, on `dataDir` (default: the same folder).
 * Returns { child, pid, exited, output(), stop() }; `exited` resolves to { code, signal }.
 */
export function launchSecond(app, { dataDir = app.dataDir, args = [] } = {}) {
  const child = track(
    spawn(appPath(), ["--data-dir", dataDir, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      env: app.env,
    }),
  );
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exited = new Promise((ok) => child.once("exit", (code, signal) => ok({ code, signal })));
  return { child, pid: child.pid, exited, output: () => out, stop: () => stop(child) };
}

// The tray icon exports its menu on the session bus (com.canonical.dbusmenu), which is what a
// tray host shows and clicks; tests play the host. tray-icon names the object after our tray
// id, "main". It is exported even when no tray host runs, as under Xvfb.
const TRAY_MENU_PATH = "/org/ayatana/NotificationItem/tray_icon_tray_app_main/Menu";

function gdbus(...args) {
  return run("gdbus", ["call", "--session", "--timeout", "3", ...args]);
}

/** The bus connection of process `pid` that serves the tray menu, and the menu's items. */
export async function trayMenu(pid) {
  const { stdout: names } = await gdbus(
    "--dest",
    "org.freedesktop.DBus",
    "--object-path",
    "/org/freedesktop/DBus",
    "--method",
    "org.freedesktop.DBus.ListNames",
  );
  for (const name of names.match(/:\d+\.\d+/g) ?? []) {
    try {
      const { stdout: owner } = await gdbus(
        "--dest",
        "org.freedesktop.DBus",
        "--object-path",
        "/org/freedesktop/DBus",
        "--method",
        "org.freedesktop.DBus.GetConnectionUnixProcessID",
        name,
      );
      if (Number(owner.match(/uint32 (\d+)/)?.[1]) !== pid) continue;
      const { stdout: layout } = await gdbus(
        "--dest",
        name,
        "--object-path",
        TRAY_MENU_PATH,
        "--method",
        "com.canonical.dbusmenu.GetLayout",
        "--",
        "0",
        "-1",
        "@as []",
      );
      const items = [...layout.matchAll(/<\((\d+), \{[^}]*'label': <'([^']*)'>/g)].map(
        ([, id, label]) => ({ id: Number(id), label }),
      );
      return { dest: name, items };
    } catch {
      /* gone, or not the connection with the menu */
    }
  }
  throw new Error(`process ${pid} serves no tray menu at ${TRAY_MENU_PATH}`);
}

/**
 * Clicks the tray menu item labelled `label`, as a tray host does. Finding the menu's bus
 * connection takes seconds (every connection is asked); pass `menu` (from `trayMenu`) to
 * click at once, as the benchmark does when it times the click.
 */
export async function clickTrayItem(pid, label, menu = null) {
  const { dest, items } = menu ?? (await trayMenu(pid));
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no tray item "${label}" in ${JSON.stringify(items)}`);
  await gdbus(
    "--dest",
    dest,
    "--object-path",
    TRAY_MENU_PATH,
    "--method",
    "com.canonical.dbusmenu.Event",
    "--",
    String(item.id),
    "clicked",
    "<0>",
    "0",
  );
}
