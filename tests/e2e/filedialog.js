// Answers the system's GTK file dialog the way a person does: find the dialog window on the
// display, type a path into it and press Enter. WebDriver cannot reach native dialogs, so
// this goes through X (xdotool) with real key events.

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { appPid } from "./harness.js";
import { waitFor } from "./webdriver.js";

const run = promisify(execFile);

async function xdotool(app, args) {
  const { stdout } = await run("xdotool", args, { env: { ...process.env, DISPLAY: app.display } });
  return stdout.trim();
}

/** The id of the app's mapped window whose title matches `title`, or null. */
async function dialogWindow(app, title) {
  let ids;
  try {
    ids = await xdotool(app, ["search", "--onlyvisible", "--pid", String(appPid(app)), "--name", "."]);
  } catch {
    return null; // xdotool's "nothing found"
  }
  for (const id of ids.split("\n").filter(Boolean)) {
    const name = await xdotool(app, ["getwindowname", id]).catch(() => "");
    if (title.test(name)) return id;
  }
  return null;
}

/**
 * Waits for the file dialog titled `title` (a RegExp), types `path` and presses Enter.
 * A save dialog takes a full path in its name field; an open dialog (`open: true`) gets its
 * location field with Ctrl+L first. Keys typed while GTK is still busy can be lost on a
 * loaded machine, so an answer the dialog did not take is typed again (three times at most).
 */
export async function answerFileDialog(app, title, path, { timeoutMs = 20_000, open = false } = {}) {
  const id = await waitFor(() => dialogWindow(app, title), {
    timeoutMs,
    what: `a file dialog titled ${title}`,
  });
  for (let attempt = 1; ; attempt++) {
    // No window manager on Xvfb: give the dialog the keyboard ourselves.
    await xdotool(app, ["windowfocus", "--sync", id]);
    // Let GTK finish mapping the dialog's widgets before the keys arrive.
    await new Promise((r) => setTimeout(r, 500 * attempt));
    if (open) {
      await xdotool(app, ["key", "--clearmodifiers", "ctrl+l"]);
      await new Promise((r) => setTimeout(r, 300));
    }
    await xdotool(app, ["key", "--clearmodifiers", "ctrl+a"]);
    await xdotool(app, ["type", "--delay", "20", path]);
    await new Promise((r) => setTimeout(r, 300));
    await xdotool(app, ["key", "Return"]);
    try {
      await waitFor(async () => (await dialogWindow(app, title)) === null, {
        timeoutMs: 6_000,
        what: `the file dialog ${title} to close`,
      });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

/** Closes the dialog titled `title` with Escape (the family changed their mind). */
export async function cancelFileDialog(app, title, { timeoutMs = 20_000 } = {}) {
  const id = await waitFor(() => dialogWindow(app, title), {
    timeoutMs,
    what: `a file dialog titled ${title}`,
  });
  await xdotool(app, ["windowfocus", "--sync", id]);
  await new Promise((r) => setTimeout(r, 500));
  await xdotool(app, ["key", "Escape"]);
  await waitFor(async () => (await dialogWindow(app, title)) === null, {
    timeoutMs,
    what: `the file dialog ${title} to close`,
  });
}
