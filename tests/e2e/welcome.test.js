import assert from "node:assert/strict";
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { artifactsDir, bodyContrast, launchApp } from "./harness.js";
import { waitFor } from "./webdriver.js";

let app;

before(async () => {
  app = await launchApp({ name: "welcome" });
});

after(async () => {
  await app?.stop();
});

// The DOM changes before WebKit paints it; wait two frames so the PNG shows what the test saw.
async function shot(name) {
  await app.session.executeAsync(`
    const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)));
  `);
  writeFileSync(join(artifactsDir, `${name}.png`), await app.session.screenshot());
}

async function textOf(testId) {
  return (await app.session.byTestId(testId)).text();
}

test("the window opens and says Centinela", async () => {
  const s = app.session;
  await waitFor(async () => (await textOf("title")) === "Centinela", { what: "title" });
  assert.equal(await s.title(), "Centinela");
  await (await s.byTestId("lang-en")).click();
  await waitFor(async () => /whom to call/.test(await textOf("welcome")), {
    what: "English welcome sentence",
  });
  const { bg, fg, contrast } = await bodyContrast(s);
  assert.ok(bg > fg, "light background, dark text by default");
  assert.ok(contrast >= 7, `contrast ${contrast.toFixed(1)} should reach WCAG AAA (7:1)`);
  await shot("welcome-en");
});

test("switching to Español shows the Spanish sentence", async () => {
  const s = app.session;
  const es = await s.byTestId("lang-es");
  await es.click();
  await waitFor(async () => /a quién llamar/.test(await textOf("welcome")), {
    what: "Spanish welcome sentence",
  });
  assert.equal(await es.attribute("aria-pressed"), "true");
  assert.equal(await s.execute("return document.documentElement.lang"), "es-MX");
  assert.equal(await textOf("title"), "Centinela");
  await shot("welcome-es");
});

test("the app uses the fresh data folder it was given, owner-only", async () => {
  const s = app.session;
  await waitFor(async () => (await textOf("data-dir")) === app.dataDir, {
    what: `data-dir shown as ${app.dataDir}`,
  });

  // Ask the shell directly too, through the same IPC the UI uses.
  const info = await s.executeAsync(`
    const done = arguments[arguments.length - 1];
    window.__TAURI_INTERNALS__.invoke("app_info")
      .then((v) => done({ ok: v }), (e) => done({ err: String(e) }));
  `);
  assert.equal(info.err, undefined, `app_info failed: ${info.err}`);
  assert.equal(info.ok.data_dir, app.dataDir);
  assert.match(info.ok.version, /^\d+\.\d+\.\d+/);

  const st = statSync(app.dataDir);
  assert.ok(st.isDirectory());
  assert.equal(st.mode & 0o777, 0o700);
});
