import { describe, expect, it } from "vitest";
import { applyTextSize, savedTextSize } from "./textSize";

describe("text size", () => {
  it("reads back what was kept, and normal for anything else", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(savedTextSize(storage)).toBe("normal");
    const root = { style: { fontSize: "" } } as unknown as HTMLElement;
    applyTextSize("larger", root, storage);
    expect(root.style.fontSize).toBe("150%");
    expect(savedTextSize(storage)).toBe("larger");
    store.set("centinela.textSize", "huge");
    expect(savedTextSize(storage)).toBe("normal");
    expect(savedTextSize(null)).toBe("normal");
  });
});
