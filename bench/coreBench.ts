/**
 * Core benchmark: analyzeSheet against a bare loop that reads every cell once, on generated 1k/10k/100k-row sheets.
 * Run: npx tsx bench/coreBench.ts. Ratios, not absolute times, are what compare across machines.
 */
import { performance } from "node:perf_hooks";
import { analyzeSheet } from "../src/core";
import { ProspectKeys } from "../src/core/prospectKey";

const TODAY = "2026-11-25";
const TODAY_SERIAL = 46351;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const STATUSES = ["New", "Contacted", "Qualified", "Proposal", "Negotiation", "Closed Won", "Lost"];
const STEPS = ["Call to confirm pricing", "Send proposal", "Book demo", "Follow up on contract", "Email case study"];

/** Deterministic PRNG (mulberry32), so every run measures the same sheet. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Civil date of an Excel 1900-system serial after 1900-03-01, by plain arithmetic. */
function ymd(serial: number): [number, number, number] {
  const z = serial - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

const pad = (n: number): string => String(n).padStart(2, "0");

function dateCell(rand: () => number, i: number): unknown {
  const r = rand();
  if (r < 0.025) return "";
  if (r < 0.05) return ["TBD", "13/45/2026", "asap", "?"][i % 4];
  const serial = TODAY_SERIAL + Math.floor(rand() * 180) - 90;
  const [y, m, d] = ymd(serial);
  switch (i % 4) {
    case 0:
      return serial;
    case 1:
      return `${m}/${d}/${y}`;
    case 2:
      return `${y}-${pad(m)}-${pad(d)}`;
    default:
      return `${MONTHS[m - 1]} ${d}, ${y}`;
  }
}

/** A title row, a 12-column header and n prospect rows of mixed content. */
function generate(n: number): unknown[][] {
  const rand = prng(n);
  const values: unknown[][] = [["Prospect pipeline — Q4"]];
  values.push([
    "Company Name",
    "Contact",
    "E-mail Address",
    "Phone #",
    "Next Step",
    "Next step date",
    "Time",
    "Deal Stage",
    "Notes",
    "Owner",
    "Region",
    "Deal Value",
  ]);
  for (let i = 0; i < n; i++) {
    const status = rand() < 0.1 ? STATUSES[5 + (i % 2)] : STATUSES[i % 5];
    values.push([
      `Company ${i} Ltd`,
      `Person ${i % 997}`,
      `person${i}@company${i}.example`,
      `+1 555 ${String(1000000 + i).slice(-7)}`,
      rand() < 0.03 ? "" : STEPS[i % STEPS.length],
      dateCell(rand, i),
      rand() < 0.3 ? 0.375 + (i % 16) / 48 : "",
      status,
      i % 3 === 0 ? "Met at conference" : "",
      ["Ana", "Ben", "Chloé"][i % 3],
      ["North", "South", "East", "West"][i % 4],
      Math.floor(rand() * 100000),
    ]);
  }
  return values;
}

/** The baseline: every cell read once, a typeof check, string lengths summed. */
function bareLoop(values: unknown[][]): number {
  let sum = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string") sum += v.length;
    }
  }
  return sum;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

let sink = 0;
const timed = (fn: () => number): number => {
  const t0 = performance.now();
  sink += fn();
  return performance.now() - t0;
};

/**
 * Medians of both, measured alternately so a busy machine slows them alike; warm-up runs are not counted.
 * The bare loop runs once untimed before each timed run, so it is measured with the grid as warm as it can be.
 */
function measure(core: () => number, bare: () => number, runs: number): [number, number] {
  for (let i = 0; i < Math.max(3, runs >> 1); i++) sink += core() + bare();
  const coreTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    coreTimes.push(timed(core));
    sink += bare();
    bareTimes.push(timed(bare));
  }
  return [median(coreTimes), median(bareTimes)];
}

const results = new Map<number, number>();
for (const [label, n, runs] of [
  ["1k", 1_000, 41],
  ["10k", 10_000, 31],
  // 21 runs, not fewer: on a shared machine the median of a handful swings by a third from one run to the next.
  ["100k", 100_000, 21],
] as const) {
  const values = generate(n);
  const [core, bare] = measure(
    () => analyzeSheet({ values }, { today: TODAY }).rows.length,
    () => bareLoop(values),
    runs,
  );
  results.set(n, core);
  console.log(
    `${label} rows: analyzeSheet ${core.toFixed(1)} ms, bare loop ${bare.toFixed(1)} ms, ratio ${(core / bare).toFixed(1)}`,
  );
}
// Hostile input (issue 11): a 256-column header of 1,000 "(" each over 1,000 rows, and 65,536 names that all share
// one hash in the key table (its own hash replaced by a constant, the worst any name list could do). Target: under
// 100 ms each.
{
  const hostile = [Array.from({ length: 256 }, () => "(".repeat(1000)), ...generate(1_000).slice(2)];
  const [core, bare] = measure(
    () => analyzeSheet({ values: hostile }, { today: TODAY }).rows.length,
    () => bareLoop(hostile),
    11,
  );
  console.log(
    `hostile header, 1k rows: analyzeSheet ${core.toFixed(1)} ms (target < 100), bare loop ${bare.toFixed(1)} ms`,
  );
  const t0 = performance.now();
  const keys = new ProspectKeys(65_536, () => 0);
  for (let i = 0; i < 65_536; i++) keys.unique(`Prospect ${i}`, "", "");
  console.log(
    `65,536 colliding names: ${(performance.now() - t0).toFixed(1)} ms (target < 100), ${keys.probes} slots probed`,
  );
}
const growth = (results.get(100_000) ?? 0) / (results.get(10_000) ?? 1);
console.log(`100k/10k time ratio: ${growth.toFixed(1)} (linear is 10)`);
if (sink === -1) console.log("");
