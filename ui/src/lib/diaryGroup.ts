// The diary, day by day: readings, alerts and acknowledgements grouped by local day,
// newest first; a corrected reading is kept right after the correction that replaced it.
import type { Alert, DiaryEntry } from "./bindings";
import { localDayKey } from "./format";

export type DiaryItem =
  | { kind: "reading"; at: string; entry: DiaryEntry; history: DiaryEntry[] }
  | { kind: "alert"; at: string; alert: Alert }
  | { kind: "ack"; at: string; alert: Alert };

export type DiaryDay = { day: string; items: DiaryItem[] };

/** Group by local day (`dayOf`, the computer's own time zone by default), newest first.
 *  A reading still in effect carries its `history`: the versions it replaced, newest first. */
export function groupDiary(
  entries: readonly DiaryEntry[],
  alerts: readonly Alert[],
  dayOf: (iso: string) => string = localDayKey,
): DiaryDay[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const placed = new Set<number>();
  const items: DiaryItem[] = [];

  for (const e of entries) {
    if (e.superseded_by && byId.has(e.superseded_by.reading_id)) continue; // shown with its correction
    const history: DiaryEntry[] = [];
    let cur: DiaryEntry | undefined = e;
    while (cur?.corrects) {
      const prev = byId.get(cur.corrects.reading_id);
      if (!prev || placed.has(prev.id)) break;
      history.push(prev);
      placed.add(prev.id);
      cur = prev;
    }
    placed.add(e.id);
    items.push({ kind: "reading", at: e.reading.taken_at, entry: e, history });
  }
  // A corrected reading whose chain did not reach it (e.g. a cycle in damaged data) still shows.
  for (const e of entries) {
    if (!placed.has(e.id)) items.push({ kind: "reading", at: e.reading.taken_at, entry: e, history: [] });
  }
  for (const a of alerts) {
    items.push({ kind: "alert", at: a.raised_at, alert: a });
    if (a.state === "acknowledged" && a.acknowledged_at) {
      items.push({ kind: "ack", at: a.acknowledged_at, alert: a });
    }
  }

  const ms = (iso: string) => new Date(iso).getTime();
  const rank = { ack: 0, alert: 1, reading: 2 } as const;
  items.sort((a, b) => ms(b.at) - ms(a.at) || rank[a.kind] - rank[b.kind]);

  const days: DiaryDay[] = [];
  for (const item of items) {
    const day = dayOf(item.at);
    const last = days[days.length - 1];
    if (last && last.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}
