// Issue 3, first run without a 24/7 team line at all: the app may let the nurse finish, but
// Home then shows the missing line as a problem, leading to Settings, until it is filled.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchApp } from "./harness.js";
import { FAMILY, click, count, el, fillSetup, gone, invoke, shot, text, type } from "./ui.js";

let app;

before(async () => {
  app = await launchApp({ name: "no-team-line" });
});

after(async () => {
  await app?.stop();
});

test("without a team line, Home says so and offers Settings", async () => {
  await fillSetup(app, { omit: ["teamName", "teamPhone"] });
  await click(app, "setup-save");
  // The first run can be finished without the line, but never silently.
  await el(app, "home", { timeoutMs: 15_000 });
  const msg = await text(app, "home-problem-no-team-line");
  assert.match(msg, /team.s 24-hour phone is missing/);
  const saved = await invoke(app, "get_setup");
  assert.equal(saved.contacts.some((c) => c.role === "team24h"), false);
  await shot(app, "no-team-line-1-home-problem");
});

test("filling it in Settings clears the problem", async () => {
  const banner = await el(app, "home-problem-no-team-line");
  await (await banner.find("button")).click();
  await el(app, "settings-form");
  await type(app, "setup-team-name", FAMILY.teamName);
  await type(app, "setup-team-phone", FAMILY.teamPhone);
  await click(app, "settings-save");
  await el(app, "home", { timeoutMs: 15_000 });
  await gone(app, "home-problem-no-team-line");
  assert.equal(await count(app, "home-problem-no-team-line"), 0);
  const saved = await invoke(app, "get_setup");
  assert.equal(saved.contacts.find((c) => c.role === "team24h")?.phone, FAMILY.teamPhone);
  await shot(app, "no-team-line-2-fixed");
});
