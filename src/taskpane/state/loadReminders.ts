import { createRemindersPort, type RemindersPort, type SyncFailure, type SyncPreview } from "../../outlook";
import type { ReminderPlan } from "../../core/reminders/reminderTypes";
import type { RemindersFlow, RemindersPreview, RemindersRequest, RemindersResult } from "./remindersFlow";

type PortRequest = Parameters<RemindersPort["preview"]>[0];

function toPortRequest(r: RemindersRequest): PortRequest {
  return {
    rows: r.rows,
    prefs: { defaultTime: r.prefs.defaultFollowUpTime, reminderMinutesBefore: r.prefs.reminderMinutes },
    now: r.now,
    source: { workbook: "this workbook", sheet: r.sheetName },
  };
}

function offlinePreview(plan: ReminderPlan, problem?: RemindersPreview["problem"]): RemindersPreview {
  return {
    mode: "offline",
    create: plan.reminders.length,
    update: 0,
    remove: 0,
    unchanged: 0,
    overdue: plan.overdue.length,
    skipped: plan.skipped.map((s) => ({ prospect: s.prospect, row: s.row, why: s.message })),
    removals: [],
    problem,
  };
}

function outlookPreview(p: SyncPreview): RemindersPreview {
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
  };
}

/** Lazily loaded: the pane's RemindersFlow over the Outlook room's port (Graph itself loads on first use). */
export async function loadReminders(port: RemindersPort = createRemindersPort()): Promise<RemindersFlow> {
  let last: { request: PortRequest; preview: SyncPreview } | undefined;
  let failures: SyncFailure[] = [];
  const done = (result: Awaited<ReturnType<RemindersPort["execute"]>>): RemindersResult => {
    failures = result.failures;
    return { ...result, failures: result.failures.map((f) => ({ prospect: f.prospect, message: f.message })) };
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
      if (!port.graphAvailability().available) return offlinePreview(port.planOffline(portRequest));
      const out = await port.preview(portRequest);
      if (out.ok) {
        last = { request: portRequest, preview: out.preview };
        return outlookPreview(out.preview);
      }
      return offlinePreview(port.planOffline(portRequest), { message: out.message, authRequired: out.authRequired });
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
    outlookLink: (request) => {
      const first = port.planOffline(toPortRequest(request)).reminders[0];
      return first ? port.webLink(first) : null;
    },
  };
}
