import type { TextDateFix } from "../../excel/port";
import { dayMonthYear, readWallTime } from "./calendarWords";
import { goneQuiet } from "../../core/followup/goneQuiet";
import { dayFromIso } from "../../core/dayNumber";
import type { SheetReport } from "../../core/types";
import type { SheetSnapshot } from "../../excel/port";
import { attentionItems, page, sections, type AttentionSection, type QuietReasons } from "./attention";
import { mappingView, type MappingView } from "./columnMapping";
import { FILTER_LABELS, type FilterKey } from "./filters";
import { highlightLegend, type LegendItem } from "./highlightLegend";
import { followUpFacts } from "./followUpFacts";
import type { Busy, FollowUpLens, Notice, PaneModel, RemindersStage } from "./model";
import { scopedReport } from "./scope";
import { allOnTrackMessage, summarize, type Summary } from "./summary";
import { plural } from "./wording";

export interface ConversionRow {
  address: string;
  oldText: string;
  newDate: string;
}

export interface ReportView {
  kind: "report";
  summary: Summary;
  filter: FilterKey;
  filterLabel: string;
  sections: AttentionSection[];
  /** Items hidden by paging. */
  remaining: number;
  /** The filtered list's size. */
  total: number;
  onTrack: string | null;
  /** "Convert 3 text dates to real dates", or null when there are none. */
  convertLabel: string | null;
  conversion: ConversionRow[];
  canUndo: boolean;
  highlightOn: boolean;
  /** What the sheet's colours mean (empty while highlighting is off). */
  legend: LegendItem[];
  selectedRow?: number;
  sourceLabel: string;
}

/** What the pane renders: one designed screen per case. Panels (settings, dialogs) sit on top of any of them. */
export type Screen =
  | { kind: "starting" }
  | { kind: "blocked"; message: string }
  | { kind: "error"; message: string; title?: string }
  | { kind: "empty"; message: string }
  | { kind: "setup"; mapping: MappingView; sourceLabel: string; notes: readonly string[] }
  | { kind: "noProspects"; sourceLabel: string }
  | ReportView;

export interface PaneView {
  screen: Screen;
  busy: Busy;
  notice?: Notice;
  panel: PaneModel["panel"];
  openings: PaneModel["openings"];
  reminders: RemindersStage;
  /** The mapping for the "Columns" panel (available whenever a sheet is read). */
  mapping?: MappingView;
  /** Why "Create reminders" is not available yet (one sentence), or null when it is. */
  remindersBlocked: string | null;
}

/** Until the rep answers the date-order offer, dates may be read in the wrong month: no reminders from them. */
export const DATE_ORDER_PENDING =
  "Answer the date question below first: until then your dates may be read in the wrong month, and so would reminders.";

/** "30 Nov 2026" for the conversion preview (the ISO text itself if it is not a date). */
function dayMonthYearOf(iso: string): string {
  const w = readWallTime(iso.slice(0, 10));
  return w ? dayMonthYear(w) : iso;
}

function conversionRows(fixes: readonly TextDateFix[]): ConversionRow[] {
  return fixes.map((f) => ({
    address: f.address,
    oldText: f.oldText,
    newDate: dayMonthYearOf(f.newIso),
  }));
}

/**
 * Who has gone quiet (row → why), or undefined when the sheet has neither a touches nor a last-contact column: then
 * the pane shows no card rather than a "0" that only means "cannot tell".
 */
export function quietReasons(
  snapshot: SheetSnapshot,
  report: SheetReport,
  lens: FollowUpLens,
  today: string,
  dateOrder: PaneModel["prefs"]["dateOrder"],
): QuietReasons | undefined {
  const { columns, facts } = followUpFacts(snapshot, report, report.rows, { today, dateOrder });
  if (columns.touches === undefined && columns.lastContact === undefined) return undefined;
  const quiet = goneQuiet(facts, dayFromIso(today) as number, lens.quietDays);
  return new Map(quiet.map((q) => [q.row.row, q.reason]));
}

/** The rows the summary, the list and who went quiet count ("My prospects": the rep's own only), and who went quiet. */
function countedRows(model: PaneModel, snapshot: SheetSnapshot, report: SheetReport, today: string) {
  const shown = scopedReport(report, model.lens);
  const quiet = quietReasons(snapshot, shown, model.lens, today, model.prefs.dateOrder);
  return { shown, quiet };
}

/**
 * The report screen's summary alone, as paneView gives it, for the first counts painted before the pane itself
 * (boot/earlySummary.ts): undefined while paneView's screen is still "starting", null when it is another screen than
 * the report. Skips what only the pane shows (the list, the legend, the conversion preview).
 */
export function firstSummary(
  model: PaneModel,
  today: string,
): { summary: Summary; sourceLabel: string } | null | undefined {
  const { phase, snapshot, report } = model;
  if (phase.kind !== "ready") return phase.kind === "starting" ? undefined : null;
  if (!snapshot || !report) return undefined;
  if (report.header.missing.length || !report.rows.length) return null;
  const { shown, quiet } = countedRows(model, snapshot, report, today);
  return {
    summary: summarize(shown, quiet?.size),
    sourceLabel: snapshot.source.tableName ?? snapshot.source.sheetName,
  };
}

/** Pure: the model and today's date in, the screen out. */
export function paneView(model: PaneModel, today: string): PaneView {
  const base = {
    busy: model.busy,
    notice: model.notice,
    panel: model.panel,
    openings: model.openings,
    reminders: model.reminders,
    remindersBlocked: model.dateOrderOffer === "pending" ? DATE_ORDER_PENDING : null,
  };
  const { phase, snapshot, report } = model;
  if (phase.kind !== "ready" || !snapshot || !report) {
    const screen = phase.kind === "ready" ? ({ kind: "starting" } as const) : phase;
    return { ...base, screen };
  }
  const mapping = mappingView(snapshot, report);
  const sourceLabel = snapshot.source.tableName ?? snapshot.source.sheetName;
  if (report.header.missing.length)
    return { ...base, mapping, screen: { kind: "setup", mapping, sourceLabel, notes: report.notes ?? [] } };
  if (!report.rows.length) return { ...base, mapping, screen: { kind: "noProspects", sourceLabel } };
  const { shown, quiet } = countedRows(model, snapshot, report, today);
  const items = attentionItems(shown.rows, today, model.filter, quiet);
  const paged = page(items, model.limit);
  const n = model.fixes.length;
  const onTrack = allOnTrackMessage(shown);
  const screen: ReportView = {
    kind: "report",
    summary: summarize(shown, quiet?.size),
    filter: model.filter,
    // Nothing needs attention: the default list is simply what comes next.
    filterLabel: model.filter === "attention" && onTrack ? "Coming up" : FILTER_LABELS[model.filter],
    sections: sections(paged.shown),
    remaining: paged.remaining,
    total: items.length,
    onTrack,
    convertLabel: n ? `Convert ${plural(n, "text date")} to real dates` : null,
    conversion: conversionRows(model.fixes),
    canUndo: Boolean(model.undo),
    highlightOn: model.highlightOn,
    legend: model.highlightOn ? highlightLegend(model.prefs, report.rows) : [],
    selectedRow: model.selectedRow,
    sourceLabel,
  };
  return { ...base, mapping, screen };
}
