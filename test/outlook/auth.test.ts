import type { AuthenticationResult, Configuration } from "@azure/msal-browser";
import { GRAPH_SCOPES, graphAvailability, msalConfiguration, NaaTokenSource } from "../../src/outlook/auth";
import type { NestablePca } from "../../src/outlook/auth";
import { readOutlookConfig } from "../../src/outlook/config";
import { AuthRequiredError } from "../../src/outlook/graphErrors";

const CLIENT = "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
const config = readOutlookConfig({ clientId: CLIENT });
const UPN = "rep@contoso.com";
const account = { username: UPN } as AuthenticationResult["account"];
const fail = (errorCode: string) => Object.assign(new Error(errorCode), { errorCode });

/**
 * Excel on the web, as Microsoft's NAA guide for Excel describes it: the browser session knows the rep once they
 * signed in, but MSAL must be told which account (a login hint from Office.auth.getAuthContext()); MSAL's cache is
 * memoryStorage, so every pane load starts with no account, and acquireTokenSilent without one throws
 * no_account_error (msal-browser BrowserAuthErrorCodes.noAccountError).
 */
class ExcelWebSession {
  signedIn = false;
  popups = 0;
  /** A forced refresh fails (the session expired): only the rep can help. */
  expired = false;
  calls: string[] = [];

  /** A new pane load: a new MSAL instance with an empty memory cache. */
  /**
   * The browser blocks the sign-in window: msal-browser then throws popup_window_error ("Error opening popup window.
   * This can happen if you are using IE or if popups are blocked in the browser", BrowserAuthErrorCodes; reported from
   * Excel add-ins in office-js issue 4748, and msal-js 76 / 2465: users can block popups, and browsers block any not
   * opened straight from a click).
   */
  popupsBlocked = false;
  /**
   * When set, a popup stays open until the test calls finishPopup(): MSAL runs one interaction at a time, and a second
   * acquireTokenPopup meanwhile throws interaction_in_progress (BrowserAuthErrorCodes.interactionInProgress).
   */
  holdPopup = false;
  /**
   * ssoSilent takes longer than the browser's user-activation window (MSAL's hidden-iframe wait is up to 10 s,
   * iframeHashTimeout; a click's transient activation lasts seconds, HTML spec "transient activation duration"), so a
   * popup opened right after it in the same click is blocked as not coming from a click (msal-js 76).
   */
  slowSso = false;
  private openPopup: (() => void) | undefined;
  finishPopup() {
    this.openPopup?.();
  }

  paneLoad(popup: "ok" | "cancel" = "ok") {
    let active: AuthenticationResult["account"] | null = null;
    const configs: Configuration[] = [];
    const token = (): AuthenticationResult => {
      active = account;
      return { accessToken: `t${this.calls.length}`, account } as AuthenticationResult;
    };
    const pca: NestablePca = {
      getActiveAccount: () => active,
      getAllAccounts: () => (active ? [active] : []),
      setActiveAccount: (a) => void (active = a),
      acquireTokenSilent: async (req) => {
        this.calls.push(`silent:${req.forceRefresh ? "force" : "cache"}`);
        if (!req.account) throw fail("no_account_error");
        if (this.expired || !this.signedIn) throw fail("interaction_required");
        return token();
      },
      ssoSilent: async (req) => {
        this.calls.push(`sso:${req.loginHint ?? "no hint"}`);
        // In the browser MSAL cannot pick the account without the hint.
        if (!this.signedIn || this.expired || req.loginHint !== UPN) throw fail("interaction_required");
        return token();
      },
      acquireTokenPopup: async (req) => {
        this.calls.push(`popup:${req.loginHint ?? "no hint"}`);
        if (this.openPopup) throw fail("interaction_in_progress");
        if (this.popupsBlocked) throw fail("popup_window_error");
        // calls[-2]: what ran just before this popup in the same click.
        if (this.slowSso && this.calls.at(-2)?.startsWith("sso:")) throw fail("popup_window_error");
        this.popups++;
        if (this.holdPopup) {
          await new Promise<void>((resolve) => (this.openPopup = resolve));
          this.openPopup = undefined;
        }
        if (popup !== "ok") throw fail("user_cancelled");
        this.signedIn = true;
        this.expired = false;
        return token();
      },
    };
    return { pca, configs, create: async (c: Configuration) => (configs.push(c), pca) };
  }
}

const officeContext = async () => ({ userPrincipalName: UPN, loginHint: "opaque-hint" });

describe("auth", () => {
  it("asks only for Calendars.ReadWrite and MailboxSettings.Read, and keeps tokens in memory", () => {
    expect(GRAPH_SCOPES).toEqual(["Calendars.ReadWrite", "MailboxSettings.Read"]);
    expect(msalConfiguration(config).cache?.cacheLocation).toBe("memoryStorage");
    expect(msalConfiguration(config).auth.authority).toBe("https://login.microsoftonline.com/common");
  });

  it("says why Graph is unavailable: no client id, or no NestedAppAuth 1.1", () => {
    const yes = { isSetSupported: (n: string, v?: string) => n === "NestedAppAuth" && v === "1.1" };
    const no = { isSetSupported: () => false };
    expect(graphAvailability(readOutlookConfig({}), yes)).toMatchObject({ available: false, reason: "noClientId" });
    expect(graphAvailability(readOutlookConfig({ clientId: "YOUR-CLIENT-ID" }), yes)).toMatchObject({
      reason: "noClientId",
    });
    expect(graphAvailability(config, no)).toMatchObject({ available: false, reason: "naaUnsupported" });
    expect(graphAvailability(config, undefined)).toMatchObject({ available: false, reason: "naaUnsupported" });
    expect(graphAvailability(config, yes)).toEqual({ available: true });
  });

  it("gets tokens silently, forces one refresh on request, and never pops up mid-run", async () => {
    const excel = new ExcelWebSession();
    excel.signedIn = true;
    const load = excel.paneLoad();
    const tokens = new NaaTokenSource(config, load.create, officeContext);
    await tokens.getToken({ forceRefresh: false });
    await tokens.getToken({ forceRefresh: true });
    excel.expired = true;
    await expect(tokens.getToken({ forceRefresh: true })).rejects.toBeInstanceOf(AuthRequiredError);
    expect(excel.calls).toEqual([`sso:${UPN}`, "silent:force", "silent:force", `sso:${UPN}`]);
    expect(excel.popups).toBe(0);
    expect(load.configs).toHaveLength(1);
  });

  it("never calls acquireTokenSilent without an account (memoryStorage: no_account_error); SSO with the hint first", async () => {
    const excel = new ExcelWebSession();
    excel.signedIn = true;
    const tokens = new NaaTokenSource(config, excel.paneLoad().create, officeContext);
    await expect(tokens.getToken({ forceRefresh: false })).resolves.toMatch(/^t/);
    expect(excel.calls).toEqual([`sso:${UPN}`]);
  });

  it("signs in at most once per Excel session: later pane loads get tokens silently with the login hint", async () => {
    const excel = new ExcelWebSession();
    const first = new NaaTokenSource(config, excel.paneLoad().create, officeContext);
    await expect(first.getToken({ forceRefresh: false })).rejects.toBeInstanceOf(AuthRequiredError);
    expect(await first.signIn()).toEqual({ ok: true, username: UPN });
    expect(excel.calls.slice(-2)).toEqual([`sso:${UPN}`, `popup:${UPN}`]);
    for (let reload = 0; reload < 3; reload++) {
      const again = new NaaTokenSource(config, excel.paneLoad().create, officeContext);
      await expect(again.getToken({ forceRefresh: false })).resolves.toMatch(/^t/);
      expect(await again.signIn()).toEqual({ ok: true, username: UPN });
    }
    expect(excel.popups).toBe(1);
  });

  it("a host whose getAuthContext never settles still signs in (without a hint, after a short wait)", async () => {
    jest.useFakeTimers();
    try {
      const excel = new ExcelWebSession();
      const tokens = new NaaTokenSource(config, excel.paneLoad().create, () => new Promise(() => undefined));
      const outcome = tokens.signIn();
      await jest.advanceTimersByTimeAsync(2500);
      expect(await outcome).toEqual({ ok: true, username: UPN });
      expect(excel.calls).toEqual(["sso:no hint", "popup:no hint"]);
    } finally {
      jest.useRealTimers();
    }
  });

  it("tells who is signed in from MSAL's account (name, username) without ever signing in itself", async () => {
    const excel = new ExcelWebSession();
    excel.signedIn = true;
    const load = excel.paneLoad();
    const tokens = new NaaTokenSource(config, load.create, officeContext);
    expect(tokens.account()).toBeUndefined(); // MSAL not even loaded yet
    expect(excel.calls).toEqual([]);
    await tokens.getToken({ forceRefresh: false });
    load.pca.setActiveAccount({ ...account, name: "Rep Person" } as AuthenticationResult["account"]);
    expect(tokens.account()).toEqual({ name: "Rep Person", username: UPN });
    expect(excel.calls).toEqual([`sso:${UPN}`]); // reading the account made no token call
  });

  it("a cancelled popup is a sentence, not a crash", async () => {
    const excel = new ExcelWebSession();
    expect(await new NaaTokenSource(config, excel.paneLoad("cancel").create, officeContext).signIn()).toEqual({
      ok: false,
      message: "Sign-in was cancelled. Click Sign in to try again.",
    });
  });
});

describe("auth: the sign-in window in a real browser", () => {
  it("a blocked popup says to allow pop-ups, not to check the connection", async () => {
    const excel = new ExcelWebSession();
    excel.popupsBlocked = true;
    const outcome = await new NaaTokenSource(config, excel.paneLoad().create, officeContext).signIn();
    expect(outcome).toEqual({
      ok: false,
      message:
        "Your browser blocked the Microsoft sign-in window. Click Sign in again; if it is blocked again, allow pop-ups for this site (or use Download .ics).",
    });
  });

  it("after a slow SSO cost the click its popup, the next click opens the popup straight away", async () => {
    const excel = new ExcelWebSession();
    excel.slowSso = true;
    const tokens = new NaaTokenSource(config, excel.paneLoad().create, officeContext);
    const first = await tokens.signIn();
    expect(first).toMatchObject({ ok: false, message: expect.stringMatching(/blocked the Microsoft sign-in window/) });
    expect(await tokens.signIn()).toEqual({ ok: true, username: UPN });
    expect(excel.calls).toEqual([`sso:${UPN}`, `popup:${UPN}`, `popup:${UPN}`]);
  });

  it("a second click while the sign-in window is open waits for that window instead of failing", async () => {
    const excel = new ExcelWebSession();
    excel.holdPopup = true;
    const tokens = new NaaTokenSource(config, excel.paneLoad().create, officeContext);
    const first = tokens.signIn();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = tokens.signIn();
    await new Promise((resolve) => setTimeout(resolve, 0));
    excel.finishPopup();
    expect(await first).toEqual({ ok: true, username: UPN });
    expect(await second).toEqual({ ok: true, username: UPN });
    expect(excel.calls.filter((c) => c.startsWith("popup:"))).toEqual([`popup:${UPN}`]);
  });
});

describe("config", () => {
  it("tolerates missing build-time values and rejects placeholders", () => {
    expect(readOutlookConfig()).toEqual({ clientId: undefined, authority: "https://login.microsoftonline.com/common" });
    expect(
      readOutlookConfig({
        clientId: ` ${CLIENT} `,
        authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
      }),
    ).toEqual({
      clientId: CLIENT,
      authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
    });
  });
});
