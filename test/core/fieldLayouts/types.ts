import type { DateOrder, Role, RowState } from "../../../src/core/types";

/**
 * One real layout: its header row(s) transcribed exactly as the source has them, a handful of rows written in the
 * same value forms, and what a rep would expect NextStep to make of it. Sheet rows are 1-based, like Excel's.
 */
export interface FieldLayout {
  name: string;
  /** Where the header comes from: a URL, or a repository and path. */
  source: string;
  /** The language the headers are written in. */
  language: "en" | "fr" | "de" | "es" | "it" | "pt" | "nl" | "pl" | "sv" | "ja" | "zh" | "ko";
  dateOrder?: DateOrder;
  values: unknown[][];
  expect: {
    headerRow: number;
    /** Roles a rep would map, by 0-based column (only the roles listed are checked). */
    columns: Partial<Record<Role, number>>;
    /** Required roles a rep would have to pick (refused history dates included). */
    missing?: Role[];
    /** State of each prospect row, by sheet row. Rows not listed must not be prospects. */
    states: Record<number, RowState>;
    /** A sentence the report's notes must hold (e.g. why the date is missing). */
    note?: RegExp;
  };
  /**
   * A part of this layout that is out of reach, and why: the checks named here may fail (the test says so instead of
   * failing); every other check must hold.
   */
  outOfReach?: { checks: string[]; why: string };
}

/** Today for every layout: a Wednesday. */
export const TODAY = "2026-11-25";
