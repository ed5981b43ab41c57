import type { Configuration, IPublicClientApplication } from "@azure/msal-browser";
import type { OutlookConfig } from "./config";
import type { TokenSource } from "./graphClient";
import { AuthRequiredError } from "./graphErrors";

/** Least privilege: write our events, read the mailbox time zone. Nothing else. */
export const GRAPH_SCOPES: readonly string[] = ["Calendars.ReadWrite", "MailboxSettings.Read"];

/** The MSAL calls NextStep uses (lets tests stand in for the NAA bridge). */
export type NestablePca = Pick<
  IPublicClientApplication,
  "acquireTokenSilent" | "acquireTokenPopup" | "ssoSilent" | "getActiveAccount" | "getAllAccounts" | "setActiveAccount"
>;

/** The part of Office.auth.getAuthContext() (NestedAppAuth 1.1) that identifies the rep to MSAL. */
export interface AuthContextLike {
  userPrincipalName?: string;
  loginHint?: string;
}

/** Office.auth.getAuthContext, where the host has it. */
function officeAuthContext(): Promise<AuthContextLike> {
  const auth = typeof Office !== "undefined" ? (Office as { auth?: { getAuthContext?: unknown } }).auth : undefined;
  if (typeof auth?.getAuthContext !== "function") return Promise.reject(new Error("no getAuthContext"));
  return (auth.getAuthContext as () => Promise<AuthContextLike>)();
}

/** getAuthContext has been seen never to settle on some hosts (PowerPoint on the web): wait at most this long. */
const HINT_WAIT_MS = 2000;

export type CreatePca = (configuration: Configuration) => Promise<NestablePca>;

export type GraphAvailability =
  { available: true } | { available: false; reason: "noClientId" | "naaUnsupported"; message: string };

/** What the host says about nested app authentication (Office.context.requirements in the add-in). */
export interface HostRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

function officeRequirements(): HostRequirements | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  } catch {
    return undefined;
  }
}

/** Can this pane sign in to Graph at all? If not, the sentence says why and the pane offers .ics / web link. */
export function graphAvailability(
  config: OutlookConfig,
  host: HostRequirements | undefined = officeRequirements(),
): GraphAvailability {
  if (!config.clientId) {
    return {
      available: false,
      reason: "noClientId",
      message:
        "Outlook sign-in isn't set up for this copy of NextStep (no app registration). Use Download .ics or Open in Outlook.",
    };
  }
  if (!host?.isSetSupported("NestedAppAuth", "1.1")) {
    return {
      available: false,
      reason: "naaUnsupported",
      message: "This version of Excel can't sign in to Outlook from an add-in. Use Download .ics or Open in Outlook.",
    };
  }
  return { available: true };
}

export type SignInResult = { ok: true; username: string } | { ok: false; message: string };

const errorCodeOf = (error: unknown): string =>
  String((error as { errorCode?: string } | undefined)?.errorCode ?? error);

/**
 * The browser refused to open the sign-in window: popup_window_error / empty_window_error (BrowserAuthErrorCodes;
 * office-js 4748 from an Excel add-in, msal-js 76 and 2465).
 */
export const isPopupBlocked = (error: unknown): boolean =>
  /popup_window_error|empty_window_error/.test(errorCodeOf(error));

/** What the rep can do after the sign-in popup failed, by MSAL's error code. */
export function popupFailureMessage(error: unknown): string {
  const code = errorCodeOf(error);
  if (isPopupBlocked(error)) {
    return "Your browser blocked the Microsoft sign-in window. Click Sign in again; if it is blocked again, allow pop-ups for this site (or use Download .ics).";
  }
  if (/cancel/i.test(code)) return "Sign-in was cancelled. Click Sign in to try again.";
  return "Couldn't sign in to Outlook. Check the connection, or use Download .ics instead.";
}

/** MSAL configuration for nested app authentication; tokens stay in memory (never localStorage). */
export function msalConfiguration(config: OutlookConfig): Configuration {
  return {
    auth: { clientId: config.clientId ?? "", authority: config.authority },
    // NAA keeps the real token cache in the host; ours only needs to last as long as the pane.
    cache: { cacheLocation: "memoryStorage" },
  };
}

/**
 * Tokens through MSAL's nested app authentication: silent first; interactive only from signIn() (a click),
 * because a popup opened mid-run would be blocked and would surprise the rep.
 * getToken({ forceRefresh: true }) is the "refresh once" after a 401; if that fails too → AuthRequiredError.
 */
export class NaaTokenSource implements TokenSource {
  private pca: Promise<NestablePca> | undefined;
  /** The client once created, for the synchronous account() read. */
  private ready: NestablePca | undefined;
  private hint: Promise<string | undefined> | undefined;
  private signingIn: Promise<SignInResult> | undefined;
  /** The last sign-in's popup was blocked (see signInOnce). */
  private popupBlocked = false;

  constructor(
    private readonly config: OutlookConfig,
    private readonly createPca: CreatePca,
    private readonly authContext: () => Promise<AuthContextLike> = officeAuthContext,
  ) {}

  private client(): Promise<NestablePca> {
    this.pca ??= this.createPca(msalConfiguration(this.config)).then((pca) => (this.ready = pca));
    return this.pca;
  }

  /**
   * Who the rep is signed in to Office as: Microsoft's NAA guide asks for this login hint in Word, Excel and
   * PowerPoint on the web, where MSAL cannot tell the account otherwise. Read once, at most HINT_WAIT_MS.
   */
  private loginHint(): Promise<string | undefined> {
    this.hint ??= new Promise<string | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), HINT_WAIT_MS);
      const done = (hint: string | undefined) => {
        clearTimeout(timer);
        resolve(hint);
      };
      this.authContext().then(
        (c) => done(c?.userPrincipalName || c?.loginHint || undefined),
        () => done(undefined),
      );
    });
    return this.hint;
  }

  /**
   * A token without any UI: acquireTokenSilent when MSAL knows an account (with memoryStorage it knows none after
   * the pane reloads, and acquireTokenSilent then throws no_account_error), else ssoSilent with the login hint, the
   * host's SSO. Throws when only the rep can help.
   */
  private async silent(pca: NestablePca, forceRefresh: boolean) {
    const scopes = [...GRAPH_SCOPES];
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    if (account) {
      try {
        return await pca.acquireTokenSilent({ scopes, account, forceRefresh });
      } catch {
        // The cached account's token could not be renewed silently: the host's SSO may still know the rep.
      }
    }
    const loginHint = await this.loginHint();
    return pca.ssoSilent({ scopes, ...(loginHint ? { loginHint } : {}) });
  }

  /**
   * Who is signed in, from MSAL's AccountInfo: `name` (display name from the ID token, optional) and `username`
   * (usually the e-mail / UPN). Undefined before MSAL loaded or knew an account: nothing here signs in.
   */
  account(): { name?: string; username: string } | undefined {
    const account = this.ready?.getActiveAccount() ?? this.ready?.getAllAccounts()[0];
    return account ? { ...(account.name ? { name: account.name } : {}), username: account.username } : undefined;
  }

  async getToken({ forceRefresh }: { forceRefresh: boolean }): Promise<string> {
    const pca = await this.client();
    try {
      const res = await this.silent(pca, forceRefresh);
      if (res.account) pca.setActiveAccount(res.account);
      return res.accessToken;
    } catch {
      throw new AuthRequiredError();
    }
  }

  /**
   * Sign-in from a click: silent (account, then SSO with the login hint) before any popup. A click while a sign-in is
   * under way joins it: MSAL runs one interaction at a time and would throw interaction_in_progress.
   */
  signIn(): Promise<SignInResult> {
    this.signingIn ??= this.signInOnce().finally(() => (this.signingIn = undefined));
    return this.signingIn;
  }

  private async signInOnce(): Promise<SignInResult> {
    const pca = await this.client();
    // The last click's popup was blocked after the silent attempts (which can outlast the click's user activation):
    // they just failed, so this click opens the popup at once, while it still counts as coming from a click.
    const popupFirst = this.popupBlocked;
    this.popupBlocked = false;
    if (!popupFirst) {
      try {
        const res = await this.silent(pca, false);
        if (res.account) pca.setActiveAccount(res.account);
        return { ok: true, username: res.account?.username ?? "" };
      } catch {
        // Only the rep can help: the popup below.
      }
    }
    try {
      const loginHint = await this.loginHint();
      const res = await pca.acquireTokenPopup({ scopes: [...GRAPH_SCOPES], ...(loginHint ? { loginHint } : {}) });
      if (res.account) pca.setActiveAccount(res.account);
      return { ok: true, username: res.account?.username ?? "" };
    } catch (e) {
      this.popupBlocked = isPopupBlocked(e);
      return { ok: false, message: popupFailureMessage(e) };
    }
  }
}
