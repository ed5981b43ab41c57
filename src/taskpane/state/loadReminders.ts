import { createRemindersPort, type RemindersPort, type SyncFailure, type SyncPreview } from "../../outlook";
import type { DesiredReminder, ReminderPlan } from "../../core/reminders/reminderTypes";
import { utcToWallTime } from "../../core/reminders/zonedTime";
import { clipText } from "../../core/cutText";
import { countLines, followUpLines, type KeyedRemoval, type LineInput } from "./followUpLines";
import { plural } from "./wording";
import type {
  OverdueChoice,
  RemindersFlow,
  RemindersPreview,
  RemindersRequest,
  RemindersResult,
} from "./remindersFlow";

/** Sign-in not configured for this deployment: what the rep can do now, and a line to pass to IT. */
export const NOT_SET_UP = {
  reason:
    "Adding reminders to Outlook directly needs a one-time setup by your IT admin. Until then, download the " +
    "calendar file (.ics) or open each follow-up in Outlook.",
  adminNote:
    "For your IT admin: register NextStep in Microsoft Entra ID with the Calendars.ReadWrite and " +
    "MailboxSettings.Read permissions and deploy it with that app's ID (README, “Outlook sign-in”).",
};

type PortRequest = Parameters<RemindersPort["preview"]>[0];

function toPortRequest(r: RemindersRequest): PortRequest {
  return {
    rows: r.rows,
    prefs: {
      defaultTime: r.prefs.defaultFollowUpTime,
      reminderMinutesBefore: r.prefs.reminderMinutes,
      dayBefore: r.prefs.remindDayBefore,
      remindTodayKeys: r.remindTodayKeys ?? [],
    },
    now: r.now,
    source: { workbook: "this workbook", sheet: r.sheetName },
    ...(r.otherOwnerKeys?.length ? { otherOwnerKeys: r.otherOwnerKeys } : {}),
  };
}

const idOf = (r: Pick<DesiredReminder, "key" | "kind">): string => `${r.key}:${r.kind}`;

/** The plan's own "today" (its zone, which may be the mailbox's rather than the browser's). */
const planToday = (plan: ReminderPlan): string => utcToWallTime(plan.now, plan.timeZone).date;

/** The dialog's view of a plan: one line per prospect, the counts they add up to, and the overdue choices. */
function view(
  plan: ReminderPlan,
  status: LineInput["status"],
  removals: readonly KeyedRemoval[],
): Pick<RemindersPreview, "lines" | "counts" | "removals" | "overdueRows" | "fileEvents"> {
  const today = planToday(plan);
  const lines = followUpLines({ plan, today, status, removals });
  const overdueRows: OverdueChoice[] = lines
    .filter((l) => l.overdue)
    .map((l) => ({
      key: l.key,
      prospect: l.prospect,
      row: l.row ?? 0,
      at: l.overdue?.at ?? "",
      chosen: l.overdue?.chosen ?? false,
      why: l.why,
    }));
  return {
    lines,
    counts: countLines(lines),
    removals: removals.map(({ key: _key, ...r }) => r),
    overdueRows,
    fileEvents: plan.reminders.length,
  };
}

/**
 * Team sheets: what the dialog says of events whose prospect is in the sheet but not the rep's. Example:
 * ["Call Birch"] → "1 event belongs to another owner's row (Call Birch): NextStep leaves it alone and never removes it."
 */
export function leftAloneSentence(subjects: readonly string[]): string | undefined {
  if (subjects.length === 0) return undefined;
  const named =
    subjects
      .slice(0, 3)
      .map((subject) => clipText(subject, 60))
      .join("; ") + (subjects.length > 3 ? "; …" : "");
  const one = subjects.length === 1;
  return `${plural(subjects.length, "event")} ${one ? "belongs to another owner's row" : "belong to other owners' rows"} (${named}): NextStep leaves ${one ? "it" : "them"} alone and never removes ${one ? "it" : "them"}.`;
}

function offlinePreview(plan: ReminderPlan, problem?: RemindersPreview["problem"]): RemindersPreview {
  return { mode: "offline", ...view(plan, () => ({ kind: "file" }), []), problem };
}

function outlookPreview(p: SyncPreview): RemindersPreview {
  const created = new Set(p.diff.create.map(idOf));
  const updated = new Map(p.diff.update.map((u) => [idOf(u.desired), u.changes]));
  const status: LineInput["status"] = (r) => {
    const changes = updated.get(idOf(r));
    if (changes) return { kind: "update", changes };
    return created.has(idOf(r)) ? { kind: "create" } : { kind: "unchanged" };
  };
  const removals = p.diff.remove.map((r) => ({
    key: r.key,
    eventId: r.eventId,
    label: r.subject,
    why: r.message,
    suggested: r.suggested,
  }));
  const leftAlone = leftAloneSentence(p.diff.leftAlone.map((e) => e.subject));
  return { mode: "outlook", ...view(p.plan, status, removals), ...(leftAlone ? { leftAlone } : {}) };
}

/** The follow-ups the loop moved while Outlook could not follow, marked on their lines. */
function markChanged(preview: RemindersPreview, changed: ReadonlyMap<string, string> | undefined): RemindersPreview {
  if (!changed?.size) return preview;
  const lines = preview.lines.map((line) => {
    const note = changed.get(line.key);
    if (!note) return line;
    // Against the calendar, the line already says "to update": the mark says where the change came from.
    return { ...line, changed: preview.mode === "outlook" ? "Moved in the sheet by Done… or a move." : note };
  });
  return { ...preview, lines };
}

/** Lazily loaded: the pane's RemindersFlow over the Outlook room's port (Graph itself loads on first use). */
export async function loadReminders(port: RemindersPort = createRemindersPort()): Promise<RemindersFlow> {
  let last: { request: PortRequest; preview: SyncPreview } | undefined;
  // The plan the rep last saw: "Open in Outlook" opens exactly the follow-up on screen.
  let shown: ReminderPlan | undefined;
  let failures: SyncFailure[] = [];
  const done = (result: Awaited<ReturnType<RemindersPort["execute"]>>): RemindersResult => {
    failures = result.failures;
    return { ...result, failures: result.failures.map((f) => ({ prospect: f.prospect, message: f.message })) };
  };
  const offline = (request: PortRequest, problem?: RemindersPreview["problem"]): RemindersPreview => {
    shown = port.planOffline(request);
    return offlinePreview(shown, problem);
  };
  return {
    availability: () => {
      const a = port.graphAvailability();
      if (a.available) return { graph: true };
      // The Outlook room's sentence speaks of app registrations; a rep gets what they can do, their admin the rest.
      return a.reason === "noClientId" ? { graph: false, ...NOT_SET_UP } : { graph: false, reason: a.message };
    },
    signIn: async () => {
      const outcome = await port.signIn();
      return outcome.ok ? { ok: true } : { ok: false, message: outcome.message };
    },
    preview: async (request) => {
      const portRequest = toPortRequest(request);
      if (!port.graphAvailability().available) return markChanged(offline(portRequest), request.changed);
      const out = await port.preview(portRequest);
      if (out.ok) {
        last = { request: portRequest, preview: out.preview };
        shown = out.preview.plan;
        return markChanged(outlookPreview(out.preview), request.changed);
      }
      return markChanged(
        offline(portRequest, { message: out.message, authRequired: out.authRequired }),
        request.changed,
      );
    },
    run: async (removeEventIds, onProgress) => {
      if (!last) throw new Error("Preview the reminders first.");
      return done(await port.execute(last.preview, { removeEventIds, onProgress }));
    },
    retryFailed: async (onProgress) => {
      if (!last) throw new Error("Preview the reminders first.");
      return done(await port.retry(last.request, failures, { onProgress }));
    },
    downloadIcs: (request) => port.downloadIcs(port.planOffline(toPortRequest(request)), request.now),
    openFollowUp: (request, key) => {
      const plan = port.planOffline(toPortRequest({ ...request, remindTodayKeys: [key] }));
      const reminder = plan.reminders.find((r) => r.key === key && r.kind === "main");
      return reminder ? port.openInOutlook(reminder) : null;
    },
    openInOutlook: (id) => {
      const reminder = shown?.reminders.find((r) => idOf(r) === id);
      return reminder ? port.openInOutlook(reminder) : null;
    },
    moveFollowUps: (request, keys) => port.moveFollowUps(toPortRequest(request), keys),
    upsertPlan: (plan) => port.upsertPlan(plan),
    account: () => port.account(),
  };
}
