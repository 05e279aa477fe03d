import { describe, expect, it, vi } from "vitest";
import type { CommandError, Recovery, Setup } from "./bindings";
import { firstScreen } from "./startup";

const boom: CommandError = { code: "storage", message: "ipc failed", field: null, rejection: null };
const damaged = {
  damaged: { reason: "its check found: page 3", moved_to: "/d/damaged/x.sqlite3", at: "2026-11-21T09:00:00-06:00" },
  newest_backup: null,
  cannot_open: null,
  data_dir: "/d",
} as unknown as Recovery;
const aSetup = { settings: { language: "es" } } as unknown as Setup;

describe("the first screen at start-up", () => {
  it("never goes on to setup or Home when the recovery question fails", async () => {
    const setup = vi.fn(async () => null);
    const s = await firstScreen({ recovery: () => Promise.reject(boom), setup });
    expect(s).toEqual({ kind: "failed", error: boom });
    expect(setup).not.toHaveBeenCalled();
  });

  it("shows a pending damaged diary before anything else", async () => {
    const setup = vi.fn(async () => aSetup);
    const s = await firstScreen({ recovery: async () => damaged, setup });
    expect(s).toEqual({ kind: "recovery", recovery: damaged });
    expect(setup).not.toHaveBeenCalled();
  });

  it("goes to setup for a new diary and Home for a set-up one", async () => {
    expect(await firstScreen({ recovery: async () => null, setup: async () => null })).toEqual({ kind: "setup" });
    expect(await firstScreen({ recovery: async () => null, setup: async () => aSetup })).toEqual({
      kind: "home",
      setup: aSetup,
    });
  });

  it("says so when the setup cannot be read", async () => {
    const s = await firstScreen({ recovery: async () => null, setup: () => Promise.reject(boom) });
    expect(s).toEqual({ kind: "failed", error: boom });
  });
});
