// The family's text size (issue 18): larger text for tired eyes or a small screen, kept in
// the web view's own storage so it survives restarts. The whole layout is in rem, so the
// root font size scales every screen.
export type TextSize = "normal" | "large" | "larger";

export const TEXT_SIZES: readonly TextSize[] = ["normal", "large", "larger"];
const KEY = "centinela.textSize";
const SCALE: Record<TextSize, string> = { normal: "100%", large: "125%", larger: "150%" };

export function savedTextSize(storage: Pick<Storage, "getItem"> | null): TextSize {
  const v = storage?.getItem(KEY);
  return TEXT_SIZES.includes(v as TextSize) ? (v as TextSize) : "normal";
}

/** Applies `size` to the page and keeps it. */
export function applyTextSize(size: TextSize, root: HTMLElement, storage: Pick<Storage, "setItem"> | null) {
  root.style.fontSize = SCALE[size];
  // The top bar measures itself again.
  if (typeof window !== "undefined") window.dispatchEvent(new Event("textsize"));
  try {
    storage?.setItem(KEY, size);
  } catch {
    // Storage full or unavailable: the size still applies for this run.
  }
}
