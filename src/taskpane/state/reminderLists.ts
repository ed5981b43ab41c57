import { DEFAULT_PREFS as REMINDER_DEFAULTS } from "../../core/reminders/reminderTypes";
import type { FollowUpAction, IcsDownload, OverdueChoice, RemindersPreview } from "./remindersFlow";
import { plural } from "./wording";

/** The "for all" box: ticked when every overdue prospect is, mixed when some are. */
export function remindTodayAllState(rows: readonly OverdueChoice[], chosen: readonly string[]): boolean | "mixed" {
  const ticked = rows.filter((o) => chosen.includes(o.key)).length;
  if (ticked === 0) return false;
  return ticked === rows.length ? true : "mixed";
}

/**
 * The "remind me" box's label with the time it would fire: "Remind me today (14:30)", "Remind me today for all
 * (14:30)"; after working hours the reminder goes to the next morning, and the label says so: "Remind me tomorrow 09:00".
 */
export function remindTodayLabel(at: string, all = false): string {
  const forAll = all ? " for all" : "";
  const today = /^today (.+)$/.exec(at);
  return today ? `Remind me today${forAll} (${today[1]})` : `Remind me ${at}${forAll}`;
}

/** The follow-ups list shows this many at first, and this many more per "Show more" (long lists stay smooth). */
export const FOLLOW_UP_PAGE = 50;

const HEADINGS: Record<RemindersPreview["mode"], Record<FollowUpAction, string>> = {
  outlook: {
    create: "To create",
    update: "To update",
    remove: "To remove",
    unchanged: "Unchanged",
    skipped: "Skipped",
  },
  offline: {
    create: "In the calendar file",
    update: "To update",
    remove: "To remove",
    unchanged: "Unchanged",
    skipped: "Skipped",
  },
};

/** A group's heading in the dialog's list. */
export const actionHeading = (mode: RemindersPreview["mode"], action: FollowUpAction): string => HEADINGS[mode][action];

const COUNT_WORDS: Record<FollowUpAction, string> = {
  create: "to create",
  update: "to update",
  remove: "to remove",
  unchanged: "unchanged",
  skipped: "skipped",
};

/**
 * The one sentence the dialog adds up: "19 follow-ups: 12 to create, 3 to update, 0 to remove, 2 unchanged,
 * 2 skipped." Offline (an .ics file): "19 follow-ups: 17 go in the calendar file, 2 skipped."
 */
export function countSentence(p: Pick<RemindersPreview, "mode" | "counts" | "lines">): string {
  const c = p.counts;
  const head = plural(p.lines.length, "follow-up");
  if (p.mode === "offline") return `${head}: ${c.create} go in the calendar file, ${c.skipped} skipped.`;
  const parts = (["create", "update", "remove", "unchanged", "skipped"] as const).map(
    (a) => `${c[a]} ${COUNT_WORDS[a]}`,
  );
  return `${head}: ${parts.join(", ")}.`;
}

/**
 * The dialog's opening line, true at any hour: overdue prospects never get a reminder in the past, and the offered
 * time ("today 14:30", or "tomorrow 08:30" after working hours) is the one the checkbox will use.
 */
export function remindersIntro(overdueAt: string | undefined): string {
  const base = "One calendar event per prospect’s next step, with a reminder before it.";
  if (!overdueAt) return base;
  const when = /^today (.+)$/.exec(overdueAt) ? `today at ${overdueAt.slice(6)}` : overdueAt;
  return `${base} Overdue prospects get none in the past: update the date in the sheet, or ask for a reminder ${when}.`;
}

/** When the second reminder fires (the core's default; not a setting of its own yet). */
export const DAY_BEFORE_TIME = REMINDER_DEFAULTS.dayBeforeTime;

/** What happened after "Download .ics", and what the rep does next, per Outlook. */
export interface DownloadNote {
  headline: string;
  steps: { outlook: string; how: string }[];
  reimport: string;
}

const IMPORT_STEPS: DownloadNote["steps"] = [
  {
    outlook: "Outlook for Windows",
    how: "File › Open & Export › Import/Export › Import an iCalendar (.ics) or vCalendar file › choose the file › Import. In the new Outlook: Calendar › Add calendar › Upload from file.",
  },
  { outlook: "Outlook for Mac", how: "drag the file from Downloads onto your Outlook calendar." },
  {
    outlook: "Outlook on the web",
    how: "Calendar › Add calendar › Upload from file › choose the file and your calendar › Import.",
  },
];

const REIMPORT = "Importing a newer file later updates these follow-ups instead of adding copies.";

/**
 * After "Download .ics": "Open NextStep follow-ups.ics to add 19 follow-ups to Outlook", the steps for Outlook on
 * Windows, Mac and the web, and that importing the file again updates rather than duplicates (each event keeps a
 * stable UID per prospect). Where no file could be saved, how to copy the calendar instead.
 */
export function downloadNote(d: IcsDownload): DownloadNote {
  const what = `${d.fileName} to add ${plural(d.followUps, "follow-up")} to Outlook`;
  if (d.kind === "started") return { headline: `Open ${what}.`, steps: IMPORT_STEPS, reimport: REIMPORT };
  if (d.kind === "handedOff") {
    return { headline: `Your browser is saving the file: open ${what}.`, steps: IMPORT_STEPS, reimport: REIMPORT };
  }
  const why =
    d.reason === "tooLarge" ? "The calendar is too large to hand to your browser." : "Excel can't save files here.";
  return {
    headline: `${why} Copy the calendar instead, paste it into a plain-text file and save it as ${d.fileName}.`,
    steps: [],
    reimport: REIMPORT,
  };
}
