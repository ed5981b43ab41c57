import type { DateOrder, SheetReport } from "../../core/types";
import type { SheetSnapshot, TextDateFix, UndoRecord, UserPreferences, WorkbookSettings } from "../../excel/port";
import { defaultPreferences } from "../../excel/preferences";
import type { FilterKey } from "./filters";
import type {
  IcsDownload,
  RemindersAvailability,
  RemindersPreview,
  RemindersProgress,
  RemindersResult,
} from "./remindersFlow";

/** Where the pane is in its life: each has its own designed screen. */
export type Phase =
  | { kind: "starting" }
  | { kind: "blocked"; message: string }
  | { kind: "error"; message: string; title?: string }
  | { kind: "empty"; message: string }
  | { kind: "ready" };

export type Panel = "none" | "settings" | "mapping" | "convert" | "reminders";

export type Busy = "reading" | "highlighting" | "converting" | "selecting" | null;

export interface Notice {
  intent: "success" | "error" | "info";
  text: string;
  /** Shows "Undo conversion" beside the notice. */
  offerUndo?: boolean;
  /** Offers to read the sheet's dates in this order (the sheet is evidently written in it). */
  offerDateOrder?: DateOrder;
  /** Says the list was read from another sheet than the rep's: gone once the rep is on the list's sheet. */
  listElsewhere?: boolean;
}

export type RemindersStage =
  | { kind: "closed" }
  | { kind: "checking" }
  | {
      kind: "preview";
      availability: RemindersAvailability;
      preview: RemindersPreview;
      /** Events the rep ticked for removal. */
      removeIds: string[];
      /** Overdue prospects ticked for "remind me today" (the preview is re-planned with them). */
      remindToday: string[];
      /** Re-planning after a "remind me today" change: counts may be a moment stale. */
      replanning: boolean;
      /** Set when "Open in Outlook" could not open a window. */
      openProblem?: string;
      /** What the last "Download .ics" did (started, handed to the browser, or copy instead). */
      download?: IcsDownload;
    }
  | { kind: "running"; progress: RemindersProgress }
  | { kind: "done"; result: RemindersResult }
  | { kind: "failed"; message: string };

/**
 * The loop's choices the main list follows too: whose rows it shows, and when a prospect has gone quiet. The loop
 * (loaded later) saves them per user and hands them over; until then the list shows everyone, quiet after 14 days.
 */
export interface FollowUpLens {
  scope: "mine" | "everyone";
  /** The owner value that is the rep. */
  me?: string;
  quietDays: number;
}

/** Everything the pane knows; components see it only through `paneView`. */
export interface PaneModel {
  phase: Phase;
  snapshot?: SheetSnapshot;
  report?: SheetReport;
  prefs: UserPreferences;
  workbook: WorkbookSettings;
  filter: FilterKey;
  /** Paging: how many list items are shown. */
  limit: number;
  highlightOn: boolean;
  busy: Busy;
  notice?: Notice;
  fixes: TextDateFix[];
  undo?: UndoRecord;
  panel: Panel;
  /** How often each panel was opened: dialogs stay mounted once opened (so Fluent's close runs) and remount per opening. */
  openings: Partial<Record<Exclude<Panel, "none">, number>>;
  selectedRow?: number;
  reminders: RemindersStage;
  /** Bumped on every analysis, so the list can announce updates. */
  analyses: number;
  /**
   * The date-order suggestion of this session: "pending" while the rep has not answered it (text-date conversion
   * waits, since it would write dates read in the order the sheet is evidently not in), "settled" once accepted or
   * dismissed; it is not offered (or worked out) again.
   */
  dateOrderOffer?: "pending" | "settled";
  lens: FollowUpLens;
}

export const PAGE_SIZE = 100;

/** The patch that opens a panel (counting the opening). */
export function openingPatch(model: PaneModel, panel: Exclude<Panel, "none">): Pick<PaneModel, "panel" | "openings"> {
  return { panel, openings: { ...model.openings, [panel]: (model.openings[panel] ?? 0) + 1 } };
}

/** Until the rep's stored preferences are loaded: the adapter's defaults, one source for both. */
export const DEFAULT_PREFS: UserPreferences = defaultPreferences();

export function initialModel(): PaneModel {
  return {
    phase: { kind: "starting" },
    prefs: DEFAULT_PREFS,
    workbook: {},
    filter: "attention",
    limit: PAGE_SIZE,
    highlightOn: false,
    busy: null,
    fixes: [],
    panel: "none",
    openings: {},
    reminders: { kind: "closed" },
    analyses: 0,
    lens: { scope: "everyone", quietDays: 14 },
  };
}
