import { tokens } from "@fluentui/react-components";
import { HIGHLIGHT_FILLS } from "../../excel/highlightFills";

/** The states the pane and the sheet colour. */
export type ColourState = "overdue" | "dueToday" | "dueSoon" | "problem" | "textDate";

export interface StateColour {
  /** What "Highlight in sheet" paints (the Excel room's table, the one source). */
  sheetFill: string;
  /** Stripes, bar segments and badge edges in the pane: the same hue as the sheet's fill, strong enough to see. */
  accent: string;
  /** Text in that colour ("today 10:00"): the same hue, dark enough (light) or light enough (dark) to read. */
  text: string;
}

/**
 * One colour per state, everywhere: the pane's stripes, badges, bar and legend take the hue of the sheet's fill
 * (red overdue, amber due today, blue due soon, yellow for something to fix, purple for a date typed as text).
 * Fluent's palette tokens follow light and dark; in Windows high contrast the elements that carry these colours opt
 * out of forced colours (see `forcedColours` below), so amber stays amber there too.
 */
export const STATE_COLOURS: Record<ColourState, StateColour> = {
  overdue: {
    sheetFill: HIGHLIGHT_FILLS.overdue,
    accent: tokens.colorPaletteRedBorder2,
    text: tokens.colorPaletteRedForeground1,
  },
  dueToday: {
    sheetFill: HIGHLIGHT_FILLS.dueToday,
    accent: tokens.colorPaletteMarigoldBorder2,
    text: tokens.colorPaletteMarigoldForeground2,
  },
  dueSoon: {
    sheetFill: HIGHLIGHT_FILLS.dueSoon,
    accent: tokens.colorPaletteBlueBorderActive,
    text: tokens.colorPaletteBlueForeground2,
  },
  problem: {
    sheetFill: HIGHLIGHT_FILLS.badDate,
    accent: tokens.colorPaletteYellowBorder2,
    text: tokens.colorPaletteYellowForeground2,
  },
  textDate: {
    sheetFill: HIGHLIGHT_FILLS.textDate,
    accent: tokens.colorPaletteLavenderBorderActive,
    text: tokens.colorPaletteLavenderForeground2,
  },
};

/** Style for an element whose colour means a state: Windows high contrast keeps it (it carries meaning). */
export const keepColourInHighContrast = { "@media (forced-colors: active)": { forcedColorAdjust: "none" } } as const;
