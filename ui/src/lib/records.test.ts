import { describe, expect, it } from "vitest";
import type { BackupSummary } from "./bindings";
import { backupContents, backupKindText, backupWhen, newestDaily, readingsText } from "./records";

function backup(over: Partial<BackupSummary>): BackupSummary {
  return {
    path: "/data/backups/diary-daily-2026-11-20.sqlite3",
    kind: "daily",
    made_at: "2026-11-20T09:00:00-06:00",
    child_name: "Ana",
    readings: 12,
    last_reading_at: null,
    schema_version: 2,
    size_bytes: 4096,
    ...over,
  };
}

describe("backups in words", () => {
  it("counts readings in both languages", () => {
    expect(readingsText(0, "en")).toBe("no readings");
    expect(readingsText(1, "en")).toBe("1 reading");
    expect(readingsText(1234, "en")).toBe("1234 readings");
    expect(readingsText(0, "es")).toBe("sin registros");
    expect(readingsText(1, "es")).toBe("1 registro");
    expect(readingsText(12, "es")).toBe("12 registros");
  });

  it("says whose diary it is and how much it holds", () => {
    expect(backupContents(backup({}), "en")).toBe("Ana · 12 readings");
    expect(backupContents(backup({ child_name: null, readings: 1 }), "es")).toBe("1 registro");
    expect(backupContents(backup({ last_reading_at: "2026-11-20T02:05:00-06:00" }), "en")).toMatch(
      /^Ana · 12 readings · the last on /,
    );
  });

  it("names each kind, and a picked file", () => {
    expect(backupKindText("daily", "en")).toBe("automatic");
    expect(backupKindText("before_restore", "es")).toBe("antes de restaurar");
    expect(backupKindText("before_upgrade", "en")).toBe("before an update");
    expect(backupKindText("before_upgrade", "es")).toBe("antes de una actualización");
    expect(backupKindText(null, "en")).toBe("chosen file");
  });

  it("falls back to the file name when the time is unknown", () => {
    expect(backupWhen(backup({ made_at: null }), "en")).toBe("diary-daily-2026-11-20.sqlite3");
    expect(backupWhen(backup({ made_at: null, path: "C:\\u\\copy.sqlite3" }), "en")).toBe(
      "copy.sqlite3",
    );
  });

  it("finds the newest automatic backup whatever the order", () => {
    const a = backup({ made_at: "2026-11-19T09:00:00-06:00" });
    const b = backup({ made_at: "2026-11-21T08:00:00-06:00" });
    const manual = backup({ kind: "manual", made_at: "2026-11-22T08:00:00-06:00" });
    expect(newestDaily([a, manual, b])).toBe(b);
    expect(newestDaily([manual])).toBeNull();
    expect(newestDaily([])).toBeNull();
  });
});
