import type { RowReport } from "../../src/core/types";
import { ReminderSync } from "../../src/outlook/syncReminders";
import type { ExecuteOptions, SyncProgress } from "../../src/outlook/syncReminders";
import { NOW, SOURCE } from "../core/reminders/makeRows";
import { startHarness } from "../fakes/graph/harness";

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export const writes = (h: Harness): number => h.fake.stats.posts + h.fake.stats.patches + h.fake.stats.deletes;

/** One "Create reminders" click: preview, then execute; fake counters reset first so each run is measured alone. */
export async function runOnce(
  h: Harness,
  rows: RowReport[],
  options: ExecuteOptions & { now?: number; prefs?: object } = {},
) {
  h.fake.resetStats();
  const sync = new ReminderSync(h.graph);
  const input = { rows, now: options.now ?? NOW, timeZone: "Europe/Paris", source: SOURCE, prefs: options.prefs };
  const preview = await sync.preview(input);
  const progress: SyncProgress[] = [];
  const result = await sync.execute(preview, { ...options, onProgress: (p) => progress.push(p) });
  return { sync, input, preview, result, progress };
}

/** Exactly one event per (kind, key) the rows call for, and nothing else. */
export function expectOnePerProspect(h: Harness, rows: RowReport[]): void {
  const slots = h.fake.slots();
  const expected = new Set(rows.map((r) => `main|${r.key}`));
  const got = [...slots.entries()];
  const dupes = got.filter(([, n]) => n !== 1);
  const missing = [...expected].filter((s) => !slots.has(s));
  const extra = got.filter(([s]) => !expected.has(s));
  if (dupes.length || missing.length || extra.length) {
    throw new Error(`dupes ${dupes.length}, missing ${missing.length}, extra ${extra.length}`);
  }
}
