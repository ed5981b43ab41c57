import { cutText } from "./cutText";
import { ymdFromDay } from "./dayNumber";
import type { DateReading } from "./readDateCell";
import type { DateOrder } from "./types";

/** Quoted cell text in a message stays short enough to read in the task pane. */
const QUOTE_LENGTH = 40;

const quote = (text: string): string =>
  '"' + (text.length > QUOTE_LENGTH ? cutText(text, QUOTE_LENGTH - 1).trimEnd() + "…" : text) + '"';

/** Today written the way the rep's dateOrder reads it, as the example in messages. Example: (2026-12-01, "MDY") → "12/1/2026". */
export function exampleDate(year: number, month: number, day: number, order: DateOrder): string {
  if (order === "DMY") return `${day}/${month}/${year}`;
  if (order === "YMD") return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
  return `${month}/${day}/${year}`;
}

/** How a date is typed in the rep's order, for messages that have no date of the cell's own to propose. */
export const DATE_PATTERN: Record<DateOrder, string> = {
  MDY: "month/day/year",
  DMY: "day/month/year",
  YMD: "year-month-day",
};

/**
 * What the rep should do about the date cell, as one sentence. A proposed date always comes from the cell's own text
 * ("tomorrow", a date written in another order), never from today: a hint that moves a follow-up to the wrong day is
 * worse than none. Otherwise the sentence says how to type a date.
 */
function dateSentence(reading: DateReading, _example: string, order: DateOrder): string {
  const shown = quote(reading.text);
  const pattern = DATE_PATTERN[order];
  switch (reading.trouble) {
    case "relative": {
      const [y, m, d] = ymdFromDay(reading.suggestedDay);
      const meant = exampleDate(y, m, d, order);
      return `Next-step date ${shown} is not a date: it moves as days pass — type the date, e.g. ${meant} if you mean that day.`;
    }
    case "otherOrder": {
      const [y, m, d] = ymdFromDay(reading.suggestedDay);
      return `Next-step date ${shown} is not a date when read ${pattern} — did you mean ${exampleDate(y, m, d, order)}?`;
    }
    case "vague":
      return `Next-step date ${shown} is not a date — pick a day, even a rough one.`;
    case "tooFar":
      return `Next-step date ${shown} is more than 10 years from today — check the year.`;
    case "error":
      return `Next-step date shows the error ${reading.text} — fix the formula or type a date as ${pattern}.`;
    case "boolean":
      return `Next-step date is ${reading.text}, not a date — type a date as ${pattern} or pick one.`;
    case "number": {
      if (Number.isNaN(reading.suggestedDay))
        return `Next-step date ${reading.text} is a number, not a date — type a date as ${pattern} or format the cell as a date.`;
      const [y, m, d] = ymdFromDay(reading.suggestedDay);
      return `Next-step date ${reading.text} shows as a number, not a date — format the cell as a date (it would show ${exampleDate(y, m, d, order)}) or type one as ${pattern}.`;
    }
    case "timeOnly":
      return `Next-step date holds only a time — type the day too, as ${pattern}.`;
    default:
      return `Next-step date ${shown} is not a date — type it as ${pattern} or pick a date.`;
  }
}

export interface MessageFacts {
  /** The next-step cell is empty (""), or holds this placeholder text. */
  nextStepMissing: boolean;
  nextStepText: string;
  dateMissing: boolean;
  dateInvalid: boolean;
  /** The sheet has no column for the role at all. */
  noNextStepColumn: boolean;
  noDateColumn: boolean;
}

/**
 * One message for a row, combining every problem, each a sentence that says what to fix.
 * Example: both cells empty → "Add a next step and a next-step date."
 */
export function rowMessage(facts: MessageFacts, reading: DateReading, example: string, order: DateOrder): string {
  const placeholder = facts.nextStepMissing && facts.nextStepText !== "";
  if (facts.nextStepMissing && facts.dateMissing && !placeholder && !facts.noNextStepColumn && !facts.noDateColumn) {
    return "Add a next step and a next-step date.";
  }
  // Constant sentences stay constants: most problem rows get one of them, with no string built.
  let step = "";
  if (facts.nextStepMissing) {
    if (facts.noNextStepColumn) step = "There is no next-step column — add one or choose it in settings.";
    else if (placeholder) step = `Next step ${quote(facts.nextStepText)} is not a step — write what you will do next.`;
    else step = "Add a next step.";
  }
  let date = "";
  if (facts.dateMissing) {
    date = facts.noDateColumn
      ? "There is no next-step date column — add one or choose it in settings."
      : "Add a next-step date.";
  } else if (facts.dateInvalid) {
    date = dateSentence(reading, example, order);
  }
  return step === "" ? date : date === "" ? step : step + " " + date;
}
