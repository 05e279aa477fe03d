// Writes src/lib/messageIds.ts: every message id of the English catalogue, so `t()` is type-checked.
// Run `npm run ids` after adding or removing a message; a test fails while the list is stale.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, "../../locales/en");

export function idsOf(text) {
  return [...text.matchAll(/^([a-zA-Z][a-zA-Z0-9_-]*) *=/gm)].map((m) => m[1]);
}

export function render(ids) {
  return (
    "// Written by ui/scripts/message-ids.mjs from locales/en/*.ftl; do not edit by hand.\n" +
    "export const MESSAGE_IDS = [\n" +
    ids.map((id) => `  ${JSON.stringify(id)},\n`).join("") +
    "] as const;\n\nexport type MessageId = (typeof MESSAGE_IDS)[number];\n"
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ids = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ftl"))
    .sort()
    .flatMap((f) => idsOf(fs.readFileSync(path.join(dir, f), "utf8")));
  fs.writeFileSync(path.join(here, "../src/lib/messageIds.ts"), render(ids));
  console.log(`${ids.length} message ids`);
}
