// A PDF read back as poppler's pdftotext reads it, written once for every E2E test.
import { execFileSync } from "node:child_process";

/** The text as laid out on the page, with runs of spaces as one (lines kept). */
export function pdfText(path) {
  return execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" }).replace(/[ \t\u00a0]+/gu, " ");
}

/** The words in the order they were drawn, on one line: a long name that wraps in its table
 *  cell reads whole (the layout mode interleaves it with the next column). */
export function pdfFlat(path) {
  return execFileSync("pdftotext", ["-raw", path, "-"], { encoding: "utf8" }).replace(/\s+/gu, " ").trim();
}
