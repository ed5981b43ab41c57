import { createRemindersPort, type RemindersPort, type SyncFailure, type SyncPreview } from "../../outlook";
import type { DesiredReminder, ReminderPlan } from "../../core/reminders/reminderTypes";
import { utcToWallTime } from "../../core/reminders/zonedTime";
import type {
  FollowUpItem,
  OverdueChoice,
  RemindersFlow,
  RemindersPreview,
  RemindersRequest,
  RemindersResult,
} from "./remindersFlow";
import { reminderTimeInWords } from "./wording";

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
  };
}

const idOf = (r: Pick<DesiredReminder, "key" | "kind">): string => `${r.key}:${r.kind}`;

/** The plan's own "today" (its zone, which may be the mailbox's rather than the browser's). */
const planToday = (plan: ReminderPlan): string => utcToWallTime(plan.now, plan.timeZone).date;

/** What the preview lists: overdue choices and every planned follow-up, times in words. */
function lists(
  plan: ReminderPlan,
  status: (r: DesiredReminder) => FollowUpItem["status"],
): Pick<RemindersPreview, "overdueRows" | "followUps" | "dayBefore"> {
  const today = planToday(plan);
  const overdueRows: OverdueChoice[] = plan.overdue.map((o) => ({
    key: o.key,
    prospect: o.prospect,
    row: o.row,
    at: reminderTimeInWords(o.remindTodayAt, today),
    chosen: o.remindToday,
    // Due today with its time gone is not "overdue" in the sheet's badges: say what really happened.
    why: o.due.startsWith(today)
      ? `due today at ${o.due.slice(11, 16) || "the default time"}, which has passed`
      : "overdue: update the date in the sheet",
  }));
  const followUps: FollowUpItem[] = [...plan.reminders]
    .sort((a, b) => a.startUtc - b.startUtc || a.row - b.row)
    .map((r) => ({
      id: idOf(r),
      prospect: r.prospect,
      row: r.row,
      kind: r.kind,
      when: reminderTimeInWords(r.startLocal, today),
      status: status(r),
      remindToday: r.remindToday === true,
      ...(r.timeNote ? { note: r.timeNote } : {}),
    }));
  return { overdueRows, followUps, dayBefore: plan.reminders.filter((r) => r.kind === "dayBefore").length };
}

function offlinePreview(plan: ReminderPlan, problem?: RemindersPreview["problem"]): RemindersPreview {
  return {
    mode: "offline",
    // Counted per prospect: a day-before reminder is its follow-up's own small event, not another follow-up.
    create: plan.reminders.filter((r) => r.kind === "main").length,
    update: 0,
    remove: 0,
    unchanged: 0,
    overdue: plan.overdue.length,
    skipped: plan.skipped.map((s) => ({ prospect: s.prospect, row: s.row, why: s.message })),
    removals: [],
    ...lists(plan, () => "file"),
    problem,
  };
}

function outlookPreview(p: SyncPreview): RemindersPreview {
  const created = new Set(p.diff.create.map(idOf));
  const updated = new Set(p.diff.update.map((u) => idOf(u.desired)));
  return {
    mode: "outlook",
    create: p.counts.create,
    update: p.counts.update,
    remove: p.counts.remove,
    unchanged: p.counts.unchanged,
    overdue: p.counts.overdue,
    skipped: p.plan.skipped.map((s) => ({ prospect: s.prospect, row: s.row, why: s.message })),
    removals: p.diff.remove.map((r) => ({
      eventId: r.eventId,
      label: r.subject,
      why: r.message,
      suggested: r.suggested,
    })),
    ...lists(p.plan, (r) => (created.has(idOf(r)) ? "new" : updated.has(idOf(r)) ? "update" : "inOutlook")),
  };
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
      return a.available ? { graph: true } : { graph: false, reason: a.message };
    },
    signIn: async () => {
      const outcome = await port.signIn();
      return outcome.ok ? { ok: true } : { ok: false, message: outcome.message };
    },
    preview: async (request) => {
      const portRequest = toPortRequest(request);
      if (!port.graphAvailability().available) return offline(portRequest);
      const out = await port.preview(portRequest);
      if (out.ok) {
        last = { request: portRequest, preview: out.preview };
        shown = out.preview.plan;
        return outlookPreview(out.preview);
      }
      return offline(portRequest, { message: out.message, authRequired: out.authRequired });
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
  };
}
