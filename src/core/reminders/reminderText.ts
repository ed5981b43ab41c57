/* eslint-disable no-control-regex -- stripping control characters from cell text is the point here */
import { clipText } from "../cutText";
import type { RowReport } from "../types";
import type { ReminderKind, ReminderSource } from "./reminderTypes";

/** Outlook truncates long subjects; keep ours readable and within Graph's 255 (UTF-16 units). */
const MAX_SUBJECT = 255;

/** Lone UTF-16 surrogates can't be encoded as UTF-8; show them as U+FFFD rather than corrupt the file. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Collapses control characters and line breaks: a subject is one line. */
export function oneLine(text: string): string {
  return text
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Keeps line breaks but removes other control characters a calendar might choke on. */
export function plainText(text: string): string {
  return text
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/**
 * "Follow up: {prospect} — {next step}" (or without the dash part when the row has no next step).
 * Example: reminderSubject("Acme", "Send quote", "main") → "Follow up: Acme — Send quote".
 */
export function reminderSubject(prospect: string, nextStep: string, kind: ReminderKind): string {
  const p = oneLine(prospect);
  const n = oneLine(nextStep);
  const core = n ? `Follow up: ${p} — ${n}` : `Follow up: ${p}`;
  return clipText(kind === "dayBefore" ? `Tomorrow: ${core}` : core, MAX_SUBJECT);
}

/** The body without the source line: what the content hash covers. */
export function reminderDetails(row: RowReport, kind: ReminderKind, startLabel: string): string {
  const f = row.fields;
  const lines: string[] = [];
  if (kind === "dayBefore") lines.push(`Tomorrow at ${startLabel}: ${oneLine(row.prospect)}.`, "");
  const add = (label: string, value: string | undefined): void => {
    const v = oneLine(value ?? "");
    if (v) lines.push(`${label}: ${v}`);
  };
  add("Next step", f.nextStep);
  add("Contact", f.contact);
  add("Email", f.email);
  add("Phone", f.phone);
  const notes = plainText(f.notes ?? "").trim();
  if (notes) lines.push("", "Notes:", notes);
  return lines.join("\n");
}

/** Where the row was when the event was written; excluded from the hash so sorting rows is not a change. */
export function sourceLine(source: ReminderSource, row: number): string {
  return `Source: workbook "${oneLine(source.workbook)}", sheet "${oneLine(source.sheet)}", row ${row} (at the time this reminder was written).`;
}

export const FOOTER =
  "Created by NextStep. Change the row in the sheet and click Create reminders to update this event.";

/** The full plain-text body. */
export function reminderBody(details: string, source: ReminderSource, row: number): string {
  return [details, "", sourceLine(source, row), FOOTER].join("\n");
}
