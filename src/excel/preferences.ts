/**
 * Per-user preferences in the add-in's own storage (localStorage), never in the workbook and never with tokens.
 * Keyed by Office.context.partitionKey where Office defines it (Excel on the web partitions storage per origin and
 * top frame), so one rep's choices don't leak to another add-in instance.
 */
import { DEFAULT_CLOSED_STATUSES, type DateOrder, isShippedClosedDefault } from "../core";
import type { UserPreferences } from "./port";

const KEY = "NextStep.preferences";

/** Date order a rep in this display language most likely types: en-US → MDY, ja-JP → YMD, en-GB/fr/de… → DMY. */
export function dateOrderForLanguage(language: string | undefined): DateOrder {
  const tag = (language ?? "").toLowerCase();
  const [lang, region = ""] = tag.split(/[-_]/);
  if (!lang) return "MDY";
  if (["ja", "zh", "ko", "hu", "lt", "mn"].includes(lang)) return "YMD";
  if (lang === "en") return ["us", "ph", "", "pr", "um", "as", "gu", "mp", "vi"].includes(region) ? "MDY" : "DMY";
  if (lang === "sv" || (lang === "fr" && region === "ca")) return "YMD";
  return "DMY";
}

export function defaultPreferences(displayLanguage?: string): UserPreferences {
  return {
    defaultFollowUpTime: "09:00",
    reminderMinutes: 15,
    dueSoonDays: 7,
    dateOrder: dateOrderForLanguage(displayLanguage),
    closedStatuses: [...DEFAULT_CLOSED_STATUSES],
    highlightDueSoon: false,
    remindDayBefore: false,
  };
}

function storageKey(): string {
  const partition = typeof Office !== "undefined" ? Office.context?.partitionKey : undefined;
  return partition ? `${partition}${KEY}` : KEY;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage !== "undefined" ? localStorage : undefined;
  } catch {
    return undefined; // storage blocked (privacy mode): preferences live for the session only
  }
}

function displayLanguage(): string | undefined {
  return typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
}

/** Keeps only well-formed fields of what was stored; the rest fall back to defaults. */
function sanitize(raw: unknown, defaults: UserPreferences): UserPreferences {
  const p = (typeof raw === "object" && raw !== null ? raw : {}) as Partial<Record<keyof UserPreferences, unknown>>;
  const int = (v: unknown, min: number, max: number, d: number) =>
    typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : d;
  return {
    defaultFollowUpTime:
      typeof p.defaultFollowUpTime === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(p.defaultFollowUpTime)
        ? p.defaultFollowUpTime
        : defaults.defaultFollowUpTime,
    reminderMinutes: int(p.reminderMinutes, 0, 40320, defaults.reminderMinutes),
    dueSoonDays: int(p.dueSoonDays, 0, 90, defaults.dueSoonDays),
    dateOrder:
      p.dateOrder === "MDY" || p.dateOrder === "DMY" || p.dateOrder === "YMD" ? p.dateOrder : defaults.dateOrder,
    closedStatuses: closedWords(p.closedStatuses, defaults.closedStatuses),
    highlightDueSoon: typeof p.highlightDueSoon === "boolean" ? p.highlightDueSoon : defaults.highlightDueSoon,
    remindDayBefore: typeof p.remindDayBefore === "boolean" ? p.remindDayBefore : defaults.remindDayBefore,
  };
}

/**
 * The rep's closed words, or today's defaults when none were saved or the saved list is a default NextStep shipped
 * earlier (saving any setting stored the whole list; the rep never chose it, so new default words must reach them).
 */
function closedWords(saved: unknown, defaults: string[]): string[] {
  if (!Array.isArray(saved) || !saved.every((w) => typeof w === "string")) return defaults;
  const words = (saved as string[]).map((w) => w.trim().toLowerCase()).filter((w) => w !== "");
  return isShippedClosedDefault(words) ? defaults : words;
}

export function loadPreferences(): UserPreferences {
  const defaults = defaultPreferences(displayLanguage());
  const text = storage()?.getItem(storageKey());
  if (!text) return defaults;
  try {
    return sanitize(JSON.parse(text), defaults);
  } catch {
    return defaults; // corrupt entry: start over rather than fail the pane
  }
}

export function savePreferences(prefs: UserPreferences): void {
  storage()?.setItem(storageKey(), JSON.stringify(sanitize(prefs, defaultPreferences(displayLanguage()))));
}
