/**
 * Graph requests (and batches) NextStep makes for 10, 100 and 1,000 reminders — first run, unchanged re-run,
 * 10% changed — beside a one-request-per-row flow (what a per-row automation makes on every run).
 * Runs against the fake Graph on 127.0.0.1: counts are exact, times are only indicative.
 */
import type { RowReport } from "../src/core/types";
import { GraphClient } from "../src/outlook/graphClient";
import { ReminderSync } from "../src/outlook/syncReminders";
import { FakeGraph } from "../test/fakes/graph/fakeGraphServer";

const NOW = Date.UTC(2026, 11, 1, 9, 7);
const SOURCE = { workbook: "Pipeline.xlsx", sheet: "Prospects" };

function rows(n: number, shiftEvery = 0): RowReport[] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2026, 11, 2 + (i % 60) + (shiftEvery && i % shiftEvery === 0 ? 7 : 0)));
    const prospect = `Prospect ${i}`;
    return {
      row: i + 2,
      prospect,
      state: "scheduled",
      problems: [],
      due: day.toISOString().slice(0, 10),
      fields: { prospect, contact: `Contact ${i}`, email: `p${i}@example.com`, nextStep: `Call ${i}` },
      dateKind: "serial",
      key: `prospect ${i}|contact ${i}|p${i}@example.com`,
    };
  });
}

interface Figures {
  requests: number;
  batches: number;
  writes: number;
  ms: number;
}

async function run(fake: FakeGraph, input: RowReport[]): Promise<Figures> {
  fake.resetStats();
  const graph = new GraphClient({ baseUrl: fake.url, tokens: fake.tokenSource(), sleep: async () => undefined });
  const sync = new ReminderSync(graph);
  const t0 = performance.now();
  const preview = await sync.preview({ rows: input, now: NOW, timeZone: "Europe/Paris", source: SOURCE });
  const result = await sync.execute(preview);
  if (result.failures.length) throw new Error(`${result.failures.length} failures`);
  const s = fake.stats;
  return {
    requests: s.requests,
    batches: s.batches,
    writes: s.posts + s.patches + s.deletes,
    ms: performance.now() - t0,
  };
}

const pad = (v: string | number, w: number): string => String(v).padStart(w);

async function main(): Promise<void> {
  console.log("Graph requests per 'Create reminders' click (fake Graph, page size 100, batches of 20)");
  console.log(
    `${"reminders".padEnd(10)}${"run".padEnd(16)}${pad("requests", 9)}${pad("batches", 9)}${pad("writes", 8)}${pad("per-row", 9)}${pad("ratio", 8)}${pad("ms", 7)}`,
  );
  for (const n of [10, 100, 1000]) {
    const fake = await new FakeGraph().start();
    fake.maxPageSize = 100;
    fake.latencyMs = 0;
    const runs: [string, RowReport[]][] = [
      ["first run", rows(n)],
      ["unchanged", rows(n)],
      ["10% changed", rows(n, 10)],
    ];
    for (const [label, input] of runs) {
      const f = await run(fake, input);
      // A per-row flow makes one request per row on every run, whether or not anything changed.
      const baseline = n;
      const ratio = (f.requests / baseline).toFixed(2);
      console.log(
        `${String(n).padEnd(10)}${label.padEnd(16)}${pad(f.requests, 9)}${pad(f.batches, 9)}${pad(f.writes, 8)}${pad(baseline, 9)}${pad(ratio + "x", 8)}${pad(f.ms.toFixed(0), 7)}`,
      );
    }
    if (fake.store.events.size !== n) throw new Error(`expected ${n} events, found ${fake.store.events.size}`);
    await fake.stop();
  }
  console.log(
    "requests = lookups (ceil(events/100) pages) + ceil(writes/20) batches; per-row = one request per row, every run.",
  );
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
