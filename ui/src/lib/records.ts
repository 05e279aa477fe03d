// The reports and backup screen's words, as pure functions (unit-tested).
import type { BackupKind, BackupSummary } from "./bindings";
import { formatDateTime } from "./format";
import { t, type Lang } from "./i18n";

/** When a backup was made, in words; its file name when the time is unknown. */
export function backupWhen(b: BackupSummary, lang: Lang): string {
  if (b.made_at) return formatDateTime(b.made_at, lang);
  return b.path.split(/[\\/]/).pop() ?? b.path;
}

export function backupKindText(kind: BackupKind | null, lang: Lang): string {
  switch (kind) {
    case "daily":
      return t("records-kind-daily", lang);
    case "manual":
      return t("records-kind-manual", lang);
    case "before_restore":
      return t("records-kind-before_restore", lang);
    case "before_upgrade":
      return t("records-kind-before_upgrade", lang);
    default:
      return t("records-kind-file", lang);
  }
}

/** "12 readings" / "1 reading" / "no readings". */
export function readingsText(n: number, lang: Lang): string {
  if (n === 0) return t("records-readings-none", lang);
  return t("records-readings", lang, { n });
}

/** What a backup holds, in one line: "Ana · 12 readings · last one Sat 21 Nov, 2:05 AM". */
export function backupContents(b: BackupSummary, lang: Lang): string {
  const parts = [];
  if (b.child_name) parts.push(b.child_name);
  parts.push(readingsText(b.readings, lang));
  if (b.last_reading_at) {
    parts.push(t("records-lastReading", lang, { when: formatDateTime(b.last_reading_at, lang) }));
  }
  return parts.join(" · ");
}

/** The newest automatic backup, or null: the list comes newest first, but do not rely on it. */
export function newestDaily(backups: readonly BackupSummary[]): BackupSummary | null {
  let best: BackupSummary | null = null;
  for (const b of backups) {
    if (b.kind !== "daily" || !b.made_at) continue;
    if (!best || new Date(b.made_at) > new Date(best.made_at!)) best = b;
  }
  return best;
}
