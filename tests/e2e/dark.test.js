import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { artifactsDir, bodyContrast, launchApp } from "./harness.js";
import { waitFor } from "./webdriver.js";

let app;

before(async () => {
  // A dark GTK theme is how a Linux desktop says "dark mode" to WebKitGTK.
  app = await launchApp({ name: "dark", env: { GTK_THEME: "Adwaita:dark" } });
});

after(async () => {
  await app?.stop();
});

test("follows a dark system theme with light text on a dark background", async () => {
  const s = app.session;
  await waitFor(async () => (await (await s.byTestId("data-dir")).text()) === app.dataDir, {
    what: "welcome screen",
  });
  assert.equal(await s.execute("return matchMedia('(prefers-color-scheme: dark)').matches"), true);

  const { bg, fg, contrast } = await bodyContrast(s);
  assert.ok(bg < fg, "background darker than text");
  assert.ok(contrast >= 7, `contrast ${contrast.toFixed(1)} should reach WCAG AAA (7:1)`);

  await s.executeAsync(`
    const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)));
  `);
  writeFileSync(join(artifactsDir, "welcome-dark.png"), await s.screenshot());
});
