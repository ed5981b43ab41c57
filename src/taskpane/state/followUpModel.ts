import type { RescheduleTarget } from "../../core/followup";
import type { AddedColumn, FollowUpUndo } from "../../excel/followUpPort";

/** The follow-up loop's own state (the sheet and report stay in the pane's store). */
export interface FollowUpModel {
  open: boolean;
  scope: "mine" | "everyone";
  /** The owner value that is the rep (saved per user). */
  me?: string;
  /** The bulk move being previewed. */
  moveTarget?: RescheduleTarget;
  /** Prospect keys the rep unticked in the move's preview: they stay where they are. */
  moveSkipped?: string[];
  done?: {
    key: string;
    nextStep: string;
    /** "YYYY-MM-DD" or "". */
    date: string;
    /** "HH:mm" or "". */
    time: string;
    saving: boolean;
    error?: string;
    /** The Copy promise sentence, once saved. */
    promise?: string;
  };
  /** Today's plan keys as first planned (a done call stays on the plan, ticked). */
  plannedKeys: string[];
  message?: { intent: "success" | "error" | "info"; text: string; canUndo?: boolean; copy?: string };
  undo?: { kind: "cells"; record: FollowUpUndo } | { kind: "touches"; added: AddedColumn };
  busy: boolean;
  /** "Gone quiet" after this many days without contact (default 14). */
  quietDays: number;
  /** Start of the rep's day, "HH:mm": when today's plan event sits (default 08:30). */
  dayStart: string;
  /** Outlook sign-in is set up here: today's plan goes through Graph (else as an .ics file or web link). */
  graph?: boolean;
}

export const DEFAULT_QUIET_DAYS = 14;
export const DEFAULT_DAY_START = "08:30";

export const initialFollowUp = (): FollowUpModel => ({
  open: false,
  scope: "mine",
  plannedKeys: [],
  busy: false,
  quietDays: DEFAULT_QUIET_DAYS,
  dayStart: DEFAULT_DAY_START,
});
