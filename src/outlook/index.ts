/**
 * The pane's one door to reminders. Graph, MSAL and the sync load lazily (import()) on the first Graph call;
 * the no-sign-in paths (.ics, Outlook web link) work without them.
 */
import { planReminders } from "../core/reminders/planReminders";
import type { PlanInput } from "../core/reminders/planReminders";
import type { DesiredReminder, ReminderPlan } from "../core/reminders/reminderTypes";
import { writeIcs } from "../core/reminders/icsWriter";
import { isValidTimeZone } from "../core/reminders/zonedTime";
import { outlookWebLink } from "../core/reminders/outlookWebLink";
import type { OutlookHost } from "../core/reminders/outlookWebLink";
import { graphAvailability } from "./auth";
import type { GraphAvailability, HostRequirements } from "./auth";
import { readOutlookConfig } from "./config";
import type { OutlookConfig } from "./config";
import { downloadIcs, officeDownloadHost } from "./downloadIcs";
import type { DownloadHost, IcsDownload } from "./downloadIcs";
import type { GraphSession, SignInOutcome } from "./graphSession";
import { isMailboxNotEnabled, MAILBOX_NOT_ENABLED_MESSAGE } from "./graphErrors";
import { browserTimeZone, resolveTimeZone } from "./mailboxTimeZone";
import type { ZoneChoice } from "./mailboxTimeZone";
import { openInOutlook } from "./openInOutlook";
import type { OpenResult } from "./openInOutlook";
import type { ExecuteOptions, SyncFailure, SyncPreview, SyncResult } from "./syncReminders";
import { moveFollowUps, upsertPlan, type FollowUpMoves, type PlanResult } from "./followUpSync";

export type {
  GraphAvailability,
  SignInOutcome,
  ZoneChoice,
  OpenResult,
  SyncPreview,
  SyncResult,
  SyncFailure,
  ExecuteOptions,
  IcsDownload,
  FollowUpMoves,
  PlanResult,
};
export type { SyncProgress, SyncCounts } from "./syncReminders";

/** What the pane knows; the time zone is resolved by the port (mailbox → browser → UTC) unless given. */
export type ReminderRequest = Omit<PlanInput, "timeZone"> & { timeZone?: string };

export type PreviewOutcome =
  { ok: true; preview: SyncPreview; zone: ZoneChoice } | { ok: false; authRequired: boolean; message: string };

export interface RemindersPort {
  /** Whether "Create reminders" can use Outlook (Graph), or why not. Synchronous, no network. */
  graphAvailability(): GraphAvailability;
  /** From a click: silent first, then MSAL's popup. */
  signIn(): Promise<SignInOutcome>;
  /** Plan + one lookup + diff: the counts and lists to show before anything is written. */
  preview(request: ReminderRequest): Promise<PreviewOutcome>;
  /** Writes the previewed changes (removals only for the ticked event ids), reporting progress. */
  execute(preview: SyncPreview, options?: ExecuteOptions): Promise<SyncResult>;
  /** Retries the given failures after a fresh lookup (never duplicates). */
  retry(request: ReminderRequest, failures: readonly SyncFailure[], options?: ExecuteOptions): Promise<SyncResult>;
  /** The plan without Graph (browser zone unless given), for the .ics and web-link paths. */
  planOffline(request: ReminderRequest): ReminderPlan;
  /**
   * Saves every planned follow-up as one .ics file the way the host allows (a download, our download page in the
   * rep's browser on Mac/iPad, or the calendar to copy) and says which, with the file name and follow-up count.
   */
  downloadIcs(plan: ReminderPlan, now: number): Promise<IcsDownload>;
  webLink(reminder: DesiredReminder, host?: OutlookHost): string;
  openInOutlook(reminder: DesiredReminder, host?: OutlookHost): OpenResult;
  /**
   * The follow-up loop moved these prospects' dates in the sheet: moves each one's existing Outlook reminder (one
   * PATCH each, none when unchanged or absent). Never shows sign-in UI: without a silent token, `authRequired`.
   */
  moveFollowUps(request: ReminderRequest, keys: readonly string[]): Promise<FollowUpMoves>;
  /** Today's plan as one event per day: created once, updated in place later (silent sign-in only). */
  upsertPlan(plan: DesiredReminder): Promise<PlanResult>;
  /** Who is signed in (MSAL's account: display name and username), once a Graph session has signed in. */
  account(): { name?: string; username: string } | undefined;
}

export interface PortDeps {
  config?: OutlookConfig;
  host?: HostRequirements;
  /** Swap in a session on a fake Graph (tests, browser preview). */
  session?: () => Promise<GraphSession>;
  /** Where and how a file can be saved (default: read from Office.context). */
  downloadHost?: () => DownloadHost;
}

const errorText = (
  e: unknown,
  fallback = "Couldn't read your Outlook calendar. Check the connection, then try again.",
): { authRequired: boolean; message: string } => {
  const name = (e as { name?: string } | undefined)?.name;
  if (name === "AuthRequiredError") return { authRequired: true, message: (e as Error).message };
  if (isMailboxNotEnabled(e)) return { authRequired: false, message: MAILBOX_NOT_ENABLED_MESSAGE };
  return { authRequired: false, message: fallback };
};
const UNREACHABLE = "Couldn't reach Outlook. Check the connection.";

export function createRemindersPort(deps: PortDeps = {}): RemindersPort {
  const config = deps.config ?? readOutlookConfig();
  let session: Promise<GraphSession> | undefined;
  let loaded: GraphSession | undefined;
  const getSession = (): Promise<GraphSession> => {
    session ??= deps.session ? deps.session() : import("./graphSession").then((m) => m.createGraphSession(config));
    session.then(
      (s) => (loaded = s),
      () => (session = undefined),
    );
    return session;
  };
  const withZone = async (s: GraphSession, r: ReminderRequest): Promise<{ input: PlanInput; zone: ZoneChoice }> => {
    const zone: ZoneChoice =
      r.timeZone && isValidTimeZone(r.timeZone) ? { timeZone: r.timeZone, source: "given" } : await s.timeZone();
    return { input: { ...r, timeZone: zone.timeZone }, zone };
  };

  return {
    graphAvailability: () => (deps.session ? { available: true } : graphAvailability(config, deps.host)),
    signIn: async () => (await getSession()).signIn(),
    preview: async (request) => {
      try {
        const s = await getSession();
        const { input, zone } = await withZone(s, request);
        return { ok: true, preview: await s.sync.preview(input), zone };
      } catch (e) {
        const { authRequired, message } = errorText(e, UNREACHABLE);
        return { ok: false, authRequired, message };
      }
    },
    execute: async (preview, options) => (await getSession()).sync.execute(preview, options),
    retry: async (request, failures, options) => {
      try {
        const s = await getSession();
        const { input } = await withZone(s, request);
        return await s.sync.retryFailures(input, failures, options);
      } catch (e) {
        const { authRequired, message } = errorText(e);
        return { created: 0, updated: 0, removed: 0, authRequired, failures: failures.map((f) => ({ ...f, message })) };
      }
    },
    planOffline: (request) =>
      planReminders({ ...request, timeZone: resolveTimeZone(request.timeZone, browserTimeZone()).timeZone }),
    downloadIcs: (plan, now) => {
      const followUps = new Set(plan.reminders.map((r) => r.key)).size;
      return downloadIcs(writeIcs(plan.reminders, { now }), followUps, (deps.downloadHost ?? officeDownloadHost)());
    },
    webLink: (reminder, host) => outlookWebLink(reminder, host),
    openInOutlook: (reminder, host) => openInOutlook(outlookWebLink(reminder, host)),
    moveFollowUps: async (request, keys) => {
      try {
        const s = await getSession();
        const { input } = await withZone(s, request);
        return await moveFollowUps(s.graph, input, keys);
      } catch (e) {
        const { authRequired, message } = errorText(e, UNREACHABLE);
        return { moved: [], unchanged: [], noEvent: [], failed: [...keys], authRequired, message };
      }
    },
    upsertPlan: async (plan) => {
      try {
        return await upsertPlan((await getSession()).graph, plan);
      } catch (e) {
        const { authRequired, message } = errorText(e, UNREACHABLE);
        return { ok: false, authRequired, message };
      }
    },
    account: () => loaded?.account(),
  };
}
