import type { UserPreferences } from "../../excel/port";

/** "Won, LOST ,, closed" → ["won", "lost", "closed"] (lower-case, trimmed, no blanks or repeats). */
export function parseClosedWords(text: string): string[] {
  const words = text
    .split(/[,;\n]/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(words)];
}

export type PreferenceProblems = Partial<Record<keyof UserPreferences, string>>;

/** What is wrong with a settings draft, per field, in words; empty when it can be saved. */
export function validatePreferences(p: UserPreferences): PreferenceProblems {
  const out: PreferenceProblems = {};
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(p.defaultFollowUpTime)) out.defaultFollowUpTime = "Enter a time like 09:00.";
  if (!Number.isInteger(p.reminderMinutes) || p.reminderMinutes < 0 || p.reminderMinutes > 10080)
    out.reminderMinutes = "Enter whole minutes between 0 and 10080 (a week).";
  if (!Number.isInteger(p.dueSoonDays) || p.dueSoonDays < 1 || p.dueSoonDays > 60)
    out.dueSoonDays = "Enter a number of days between 1 and 60.";
  if (!p.closedStatuses.length) out.closedStatuses = "Enter at least one word, e.g. won.";
  return out;
}
