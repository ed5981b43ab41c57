/**
 * "Gone quiet" in the main pane: a summary card and a list group from the core's quiet detection, read from the
 * sheet's touches / last-contact column on the in-memory Excel; no card at all without such a column.
 */
import { analyzeSheet, isoToSerial } from "../../src/core";
import { createWorkbookPort } from "../../src/excel";
import { installMemoryOffice, MemoryWorkbook, type MemoryInstallation } from "../../src/preview/memory";
import { fixedClock } from "../../src/taskpane/state/clock";
import { loadReminders } from "../../src/taskpane/state/loadReminders";
import { PaneStore } from "../../src/taskpane/state/paneStore";
import { paneView, type ReportView } from "../../src/taskpane/state/paneView";

const TODAY = "2026-12-02";
const serial = (iso: string) => isoToSerial(iso, false) as number;
let installed: MemoryInstallation | undefined;
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

async function reportFor(rows: unknown[][]): Promise<{ pane: PaneStore; view: () => ReportView }> {
  const wb = new MemoryWorkbook({ today: TODAY });
  wb.addSheet("Prospects", rows);
  // Dates typed in Excel take a date format; a serial in a General cell shows as digits, no date.
  wb.setFormat("Prospects", `C2:C${rows.length}`, { numberFormat: "m/d/yyyy" });
  wb.setFormat("Prospects", `E2:E${rows.length}`, { numberFormat: "m/d/yyyy" });
  installed = installMemoryOffice(wb);
  const pane = new PaneStore({
    workbook: createWorkbookPort(),
    clock: fixedClock(`${TODAY}T08:30`),
    analyze: analyzeSheet,
    loadReminders: () => loadReminders(),
  });
  await pane.start();
  const view = () => {
    const screen = paneView(pane.get(), TODAY).screen;
    if (screen.kind !== "report") throw new Error(`expected the report, got ${screen.kind}`);
    return screen;
  };
  return { pane, view };
}

const HEADER = ["Company", "Next step", "Due", "Touches", "Last contact"];

test("a card counts who went quiet; the list groups the undated ones; a dated future step is never flagged", async () => {
  const { pane, view } = await reportFor([
    HEADER,
    ["Acme", "Call about pricing", serial("2026-11-25"), 1, ""], // overdue, 1 touch: quiet, stays in Today
    ["Birch", "", "", 0, ""], // nothing scheduled, 0 touches: quiet
    ["Cobalt", "Demo", serial("2026-12-09"), 1, serial("2026-10-01")], // future step: never quiet
    ["Delta", "Call", "", 5, serial("2026-11-01")], // last contact 31 days ago, undated: quiet
    ["Elm", "Call", "", 5, serial("2026-11-30")], // recent, many touches: not quiet
  ]);
  const card = view().summary.badges.find((b) => b.filter === "quiet");
  expect(card).toMatchObject({ label: "Gone quiet", count: 3 });
  expect(view().summary.sentence).toMatch(/3 gone quiet\.$/);

  const groups = view().sections.map((s) => [s.label, s.items.map((i) => i.prospect)]);
  expect(groups).toEqual([
    ["Today", ["Acme"]],
    ["Gone quiet", ["Birch", "Delta"]],
    ["Needs fixing", ["Elm"]],
    ["Coming up", ["Cobalt"]],
  ]);
  const delta = view().sections[1].items[1];
  expect(delta.quiet).toBe("Last contact 31 days ago, no next step scheduled");

  // The card filters the list to every quiet prospect, the overdue one included.
  pane.setFilter("quiet");
  expect(view().sections.map((s) => [s.label, s.items.map((i) => i.prospect)])).toEqual([
    ["Gone quiet", ["Acme", "Birch", "Delta"]],
  ]);
});

test("days without contact follow the loop's setting", async () => {
  const { pane, view } = await reportFor([HEADER, ["Delta", "Call", "", 5, serial("2026-11-01")]]);
  expect(view().summary.badges.find((b) => b.filter === "quiet")?.count).toBe(1);
  pane.setLens({ quietDays: 60 });
  expect(view().summary.badges.find((b) => b.filter === "quiet")?.count).toBe(0);
});

test("without a touches or last-contact column there is no card and no group", async () => {
  const { view } = await reportFor([
    ["Company", "Next step", "Due"],
    ["Birch", "", ""],
  ]);
  expect(view().summary.badges.map((b) => b.filter)).not.toContain("quiet");
  expect(view().sections.map((s) => s.group)).not.toContain("quiet");
});
