/** Failures the Graph client reports to its callers. */

/** The token was refused even after one refresh: the rep must sign in again. */
export class AuthRequiredError extends Error {
  override readonly name = "AuthRequiredError";
  constructor(message = "Your Microsoft sign-in expired. Sign in again, then retry.") {
    super(message);
  }
}

/** A request kept failing after its retries (status 0 = the network never answered). */
export class GraphRequestError extends Error {
  override readonly name = "GraphRequestError";
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * Graph's answer for a mailbox it cannot serve (on-premises Exchange without an Exchange Online licence, a guest): 404
 * MailboxNotEnabledForRESTAPI on every /me mailbox call (microsoft-graph-docs issues 6305, 8520, 10745). Retrying
 * never helps, so the rep is sent to the paths that need no sign-in.
 */
export const MAILBOX_NOT_ENABLED_CODE = "MailboxNotEnabledForRESTAPI";
export const MAILBOX_NOT_ENABLED_MESSAGE =
  "Outlook can't be reached from add-ins for your mailbox (it is on your company's own Exchange server, or has no Exchange Online licence). Use Download .ics or Open in Outlook instead, or ask IT.";

/** True when Graph said the rep's mailbox is out of its reach (see MAILBOX_NOT_ENABLED_CODE). */
export function isMailboxNotEnabled(error: unknown): boolean {
  return error instanceof GraphRequestError && error.code === MAILBOX_NOT_ENABLED_CODE;
}

/** One sentence a rep can act on, from a Graph status. */
export function describeStatus(status: number, code?: string): string {
  if (code === MAILBOX_NOT_ENABLED_CODE) return MAILBOX_NOT_ENABLED_MESSAGE;
  if (status === 0) return "The network dropped. Check the connection, then retry.";
  if (status === 401) return "Your Microsoft sign-in expired. Sign in again, then retry.";
  if (status === 403) return "Outlook refused access to the calendar. Ask IT to allow NextStep, then retry.";
  if (status === 404) return "The event is no longer in Outlook. Retry to create it again.";
  if (status === 412) return "The event changed in Outlook while NextStep was updating it. Retry.";
  if (status === 424) return "Skipped because an earlier change in the same batch failed. Retry.";
  if (status === 429 || status === 503) return "Outlook is busy. Retry in a minute.";
  return `Outlook answered ${status}${code ? ` (${code})` : ""}. Retry, or tell IT if it keeps happening.`;
}
