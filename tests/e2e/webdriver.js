// A tiny W3C WebDriver client over Node's global fetch. Just what our tests use; no dependencies.

const ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    super(`${method} ${path} -> ${status}: ${value?.error ?? ""} ${value?.message ?? ""}`.trim());
    this.status = status;
    this.value = value;
  }
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    // Never hang a CI run on a stuck driver.
    signal: AbortSignal.timeout(Number(process.env.WD_TIMEOUT ?? 60_000)),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new WebDriverError(method, path, res.status, json.value);
  return json.value;
}

/** Whether `e` says the app's web view is gone (its session ended, or its driver did). */
function lostApp(e) {
  if (e instanceof WebDriverError) return e.value?.error === "invalid session id";
  return e?.name === "TypeError"; // fetch failed: the driver itself is gone
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Starts the app through tauri-driver. `application` must be an absolute path. */
  static async start(base, { application, args = [] }) {
    const value = await call(base, "POST", "/session", {
      capabilities: { alwaysMatch: { "tauri:options": { application, args } } },
    });
    return new Session(base, value.sessionId);
  }

  /** Attaches to a running app through a WebKitWebDriver started with `--target`. */
  static async attach(base, { application }) {
    const value = await call(base, "POST", "/session", {
      capabilities: { alwaysMatch: { "webkitgtk:browserOptions": { binary: application } } },
    });
    return new Session(base, value.sessionId);
  }

  /**
   * One command. Closing Centinela's window closes its web view, and the tray (or an alarm)
   * builds a new one: a command that finds its window gone moves to the new one and is
   * tried once more there.
   */
  async cmd(method, path, body) {
    const url = `/session/${this.id}${path}`;
    try {
      return await call(this.base, method, url, body);
    } catch (e) {
      // Closing the window replaces the app with centinela-tray in the same process, and
      // opening it brings the full app back: the session ends with the old web view. The
      // harness's `reattach` starts a session on the new one; the command runs there.
      if (this.reattach && lostApp(e) && method !== "DELETE") {
        await this.reattach(this);
        return call(this.base, method, `/session/${this.id}${path}`, body);
      }
      if (!(e instanceof WebDriverError) || e.value?.error !== "no such window" || path.startsWith("/window")) throw e;
      const [handle] = await this.windowHandles().catch(() => []);
      if (!handle) throw e;
      await this.switchToWindow(handle);
      return call(this.base, method, url, body);
    }
  }

  async quit() {
    await this.cmd("DELETE", "");
  }

  title() {
    return this.cmd("GET", "/title");
  }

  /** The handles of the app's open windows (web views). */
  windowHandles() {
    return this.cmd("GET", "/window/handles");
  }

  /** Points the session at the window `handle`. */
  switchToWindow(handle) {
    return this.cmd("POST", "/window", { handle });
  }

  async find(css) {
    const v = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return new Element(this, v[ELEMENT_KEY]);
  }

  /** Every element matching `css` (possibly none). */
  async findAll(css) {
    const vs = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return vs.map((v) => new Element(this, v[ELEMENT_KEY]));
  }

  /** Finds by our `data-testid` convention. */
  byTestId(id) {
    return this.find(`[data-testid="${id}"]`);
  }

  /** Every element with this `data-testid`, in document order. */
  allByTestId(id) {
    return this.findAll(`[data-testid="${id}"]`);
  }

  execute(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /** `script` gets its callback as the last argument. */
  executeAsync(script, args = []) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  /** Resizes the window (the web view follows), as a smaller screen or a zoom would. */
  setWindowRect(rect) {
    return this.cmd("POST", "/window/rect", rect);
  }

  /** PNG bytes of the webview. */
  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  cmd(method, path, body) {
    return this.session.cmd(method, `/element/${this.id}${path}`, body);
  }

  click() {
    return this.cmd("POST", "/click", {});
  }

  sendKeys(text) {
    return this.cmd("POST", "/value", { text });
  }

  clear() {
    return this.cmd("POST", "/clear", {});
  }

  text() {
    return this.cmd("GET", "/text");
  }

  /** A DOM property, e.g. "value" or "checked". */
  property(name) {
    return this.cmd("GET", `/property/${encodeURIComponent(name)}`);
  }

  displayed() {
    return this.cmd("GET", "/displayed");
  }

  async find(css) {
    const v = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return new Element(this.session, v[ELEMENT_KEY]);
  }

  async findAll(css) {
    const vs = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return vs.map((v) => new Element(this.session, v[ELEMENT_KEY]));
  }

  attribute(name) {
    return this.cmd("GET", `/attribute/${encodeURIComponent(name)}`);
  }
}

/** Polls `fn` until it returns a truthy value or `timeoutMs` passes; errors count as "not yet". */
export async function waitFor(fn, { timeoutMs = 10_000, intervalMs = 150, what = "condition" } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
