/**
 * `npx tsx bench/followUpBench.ts`: what each follow-up action costs. Excel on the strict in-memory Excel at 1,000 and
 * 100,000 rows (syncs, API calls, payload, and the largest response, which Excel on the web refuses over 5 MB), beside
 * a naive per-row write (one sync per row, what a loop of Excel.run calls makes); Graph on the fake Graph (requests
 * per moved reminder, per plan run).
 */
import { analyzeSheet } from "../src/core";
import { dayFromIso } from "../src/core/dayNumber";
import {
  buildDayPlan,
  doneChanges,
  findFollowUpColumns,
  moveChanges,
  planEvent,
  planReschedule,
  type SheetShape,
} from "../src/core/followup";
import { planReminders } from "../src/core/reminders";
import { followUpList, undoRowChanges, writeRowChanges } from "../src/excel/followUpWrites";
import { readSheet } from "../src/excel/readSheet";
import { FollowUpEvents } from "../src/outlook/followUpEvents";
import { moveFollowUps } from "../src/outlook/followUpSync";
import { GraphClient } from "../src/outlook/graphClient";
import { ReminderSync } from "../src/outlook/syncReminders";
import { installMemoryOffice, type CounterSnapshot, type MemoryWorkbook } from "../src/preview/memory";
import { generateWorkbook, TODAY } from "../test/excel/generateSheet";
import { FakeGraph } from "../test/fakes/graph/fakeGraphServer";

const TODAY_DAY = dayFromIso(TODAY) as number;

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

function line(what: string, c: CounterSnapshot, extra = ""): void {
  console.log(
    `${what.padEnd(46)} ${`${c.syncs} syncs`.padEnd(9)} ${`${c.apiCalls} API calls`.padEnd(15)}` +
      ` request ${kb(c.requestBytes).padEnd(9)} response ${kb(c.responseBytes).padEnd(9)}` +
      ` largest ${kb(c.largestResponseBytes).padEnd(9)}${extra}`,
  );
}

/** The step's cost; a step Excel refuses (e.g. a response over 5 MB) is printed as failed, and the bench goes on. */
async function measure(workbook: MemoryWorkbook, step: () => Promise<unknown>): Promise<CounterSnapshot> {
  workbook.counters.reset();
  try {
    await step();
  } catch (error) {
    console.log(`  FAILED: ${(error as { code?: string }).code ?? String(error)}`);
  }
  return workbook.counters.snapshot();
}

/** Baseline: each moved date written by its own Excel.run (one sync, one undo record per row). */
async function naiveMoves(sheetId: string, cells: { row: number; column: number; value: number }[]): Promise<void> {
  for (const cell of cells) {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheetId).getCell(cell.row - 1, cell.column).values = [[cell.value]];
      // The baseline being measured: one sync per row is exactly what the loop avoids.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    });
  }
}

async function excelAt(rows: number): Promise<void> {
  const workbook = generateWorkbook({ rows });
  const installation = installMemoryOffice(workbook);
  try {
    const snapshot = await readSheet();
    const report = analyzeSheet(snapshot.input, { today: TODAY });
    const start = snapshot.input.startRow ?? 1;
    const shape: SheetShape = {
      values: snapshot.input.values,
      numberFormat: snapshot.input.numberFormat,
      startRow: start,
      header: report.header,
      followUp: findFollowUpColumns(snapshot.input.values, report.header, start),
      date1904: snapshot.date1904,
    };
    const list = followUpList(snapshot.source, report.header);
    const overdue = report.rows.filter((r) => r.state === "overdue");
    const done = doneChanges(shape, overdue[0], {
      nextStep: "Send proposal",
      day: TODAY_DAY + 3,
      minutes: 600,
      todayDay: TODAY_DAY,
    });
    line(
      `${rows.toLocaleString("en-US")} rows · Done… (${done.cells.length} cells)`,
      await measure(workbook, () => writeRowChanges(list, [done])),
    );
    const moves = moveChanges(shape, planReschedule(overdue.slice(1), "tomorrow", TODAY_DAY));
    let undo: Awaited<ReturnType<typeof writeRowChanges>>["undo"] | undefined;
    const bulk = await measure(workbook, async () => {
      undo = (await writeRowChanges(list, moves)).undo;
    });
    line(`${rows.toLocaleString("en-US")} rows · bulk move (${moves.length} rows)`, bulk);
    if (undo) {
      const record = undo;
      line(
        `${rows.toLocaleString("en-US")} rows · undo bulk move`,
        await measure(workbook, () => undoRowChanges(record)),
      );
    }
    const sample = moves.slice(0, Math.min(moves.length, 200));
    const dateColumn = snapshot.source.columnIndex + (report.header.columns.date as number);
    const naive = await measure(workbook, () =>
      naiveMoves(
        snapshot.source.sheetId,
        sample.map((m) => ({ row: m.row, column: dateColumn, value: m.cells[0].value as number })),
      ),
    );
    const perRow = naive.syncs / sample.length;
    const ours = undo ? `; ours ${(bulk.syncs / (perRow * moves.length)).toPrecision(2)}×` : "; ours failed";
    line(
      `${rows.toLocaleString("en-US")} rows · naive move, per row (${sample.length} rows)`,
      naive,
      `  → ${Math.round(perRow * moves.length)} syncs for ${moves.length} rows${ours}`,
    );
  } finally {
    installation.uninstall();
  }
}

async function graph(): Promise<void> {
  const fake = await new FakeGraph().start();
  try {
    const client = new GraphClient({ baseUrl: fake.url, tokens: fake.tokenSource(), sleep: async () => undefined });
    const rows = Array.from({ length: 50 }, (_, i) => ({
      row: i + 2,
      prospect: `Prospect ${i}`,
      state: i < 10 ? ("dueToday" as const) : ("scheduled" as const),
      problems: [],
      due: `2026-12-${String(2 + (i % 20)).padStart(2, "0")}T10:00`,
      fields: { prospect: `Prospect ${i}`, contact: `Contact ${i}`, phone: `+1 555 01${i}`, nextStep: `Call ${i}` },
      dateKind: "serial" as const,
      key: `prospect ${i}|contact ${i}|`,
    }));
    const now = Date.UTC(2026, 11, 1, 9, 7);
    const sync = new ReminderSync(client);
    const input = { rows, now, timeZone: "Europe/Paris", source: { workbook: "Bench", sheet: "Prospects" } };
    await sync.execute(await sync.preview(input));
    const events = new FollowUpEvents(client);
    const moved = planReminders({ ...input, rows: [{ ...rows[20], due: "2026-12-28T11:00" }] }).reminders[0];
    fake.resetStats();
    await events.moveReminder(moved);
    const s1 = fake.stats;
    console.log(
      `Graph · move one reminder (lookup + PATCH)          ${s1.requests} requests, ${s1.patches} PATCH, ${s1.posts} POST`,
    );
    // A bulk move of 10 follow-ups that have reminders: what the pane sends after the sheet's one write.
    const tenMoved = rows.slice(30, 40).map((r) => ({ ...r, due: "2026-12-29T09:30" }));
    fake.resetStats();
    await moveFollowUps(
      client,
      { ...input, rows: tenMoved },
      tenMoved.map((r) => r.key),
    );
    const s2 = fake.stats;
    console.log(
      `Graph · bulk move of 10 reminders                   ${s2.requests} requests, ${s2.patches} PATCH, ${s2.posts} POST`,
    );
    const plan = planEvent(buildDayPlan(rows, dayFromIso("2026-12-02") as number), {
      dayStart: "08:30",
      timeZone: "Europe/Paris",
    })!;
    for (const run of ["first", "second (unchanged)"]) {
      fake.resetStats();
      await events.upsertPlan(plan);
      const s = fake.stats;
      console.log(
        `Graph · today's plan, ${run} run`.padEnd(53) + `${s.requests} requests, ${s.posts} POST, ${s.patches} PATCH`,
      );
    }
  } finally {
    await fake.stop();
  }
}

async function main(): Promise<void> {
  await excelAt(1_000);
  await excelAt(100_000);
  await graph();
}

void main();
