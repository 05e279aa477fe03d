// axe-core for the E2E (issue 18): from npm, injected into the page by the test, never
// shipped in the app. Serious and critical violations fail; the rest is printed.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe on the page as it is now; the serious and critical violations, the rest printed. */
export async function audit(app, screen) {
  // axe's source goes in the WebDriver script itself: the page's CSP (rightly) refuses eval
  // and inline scripts, and nothing of axe is shipped in the app.
  const result = await app.session.executeAsync(
    `${AXE}
     ;const done = arguments[arguments.length - 1];
     window.axe.run(document, { resultTypes: ["violations"] })
       .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
         nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }))),
             (e) => done([{ id: "axe-error", impact: "critical", help: String(e), nodes: [] }]));`,
    [],
  );
  const bad = result.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of result.filter((x) => !bad.includes(x))) {
    console.log(`  axe (${screen}): ${v.impact} ${v.id}: ${v.help} at ${v.nodes.join(", ")}`);
  }
  return bad;
}

export async function expectClean(app, screen) {
  const bad = await audit(app, screen);
  assert.deepEqual(bad, [], `${screen}: ${JSON.stringify(bad, null, 1)}`);
}

