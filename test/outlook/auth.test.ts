import type { AuthenticationResult, Configuration } from "@azure/msal-browser";
import { GRAPH_SCOPES, graphAvailability, msalConfiguration, NaaTokenSource } from "../../src/outlook/auth";
import type { NestablePca } from "../../src/outlook/auth";
import { readOutlookConfig } from "../../src/outlook/config";
import { AuthRequiredError } from "../../src/outlook/graphErrors";

const CLIENT = "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
const config = readOutlookConfig({ clientId: CLIENT });
const account = { username: "rep@contoso.com" } as AuthenticationResult["account"];

function fakePca(behaviour: { silent: ("ok" | "fail")[]; popup?: "ok" | "cancel" }) {
  const calls: string[] = [];
  const configs: Configuration[] = [];
  const pca: NestablePca = {
    getActiveAccount: () => null,
    getAllAccounts: () => [],
    setActiveAccount: () => undefined,
    acquireTokenSilent: async (req) => {
      calls.push(`silent:${req.scopes.join(" ")}:${req.forceRefresh ? "force" : "cache"}`);
      if ((behaviour.silent.shift() ?? "fail") === "fail")
        throw Object.assign(new Error("interaction_required"), { errorCode: "interaction_required" });
      return { accessToken: `t${calls.length}`, account } as AuthenticationResult;
    },
    acquireTokenPopup: async () => {
      calls.push("popup");
      if (behaviour.popup !== "ok") throw Object.assign(new Error("user_cancelled"), { errorCode: "user_cancelled" });
      return { accessToken: "popup", account } as AuthenticationResult;
    },
  };
  return { pca, calls, configs, create: async (c: Configuration) => (configs.push(c), pca) };
}

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
    const f = fakePca({ silent: ["ok", "ok", "fail"] });
    const tokens = new NaaTokenSource(config, f.create);
    await tokens.getToken({ forceRefresh: false });
    await tokens.getToken({ forceRefresh: true });
    await expect(tokens.getToken({ forceRefresh: true })).rejects.toBeInstanceOf(AuthRequiredError);
    expect(f.calls).toEqual([
      "silent:Calendars.ReadWrite MailboxSettings.Read:cache",
      "silent:Calendars.ReadWrite MailboxSettings.Read:force",
      "silent:Calendars.ReadWrite MailboxSettings.Read:force",
    ]);
    expect(f.configs).toHaveLength(1);
  });

  it("signs in silently first, then with a popup; a cancelled popup is a sentence, not a crash", async () => {
    const ok = fakePca({ silent: ["fail"], popup: "ok" });
    expect(await new NaaTokenSource(config, ok.create).signIn()).toEqual({ ok: true, username: "rep@contoso.com" });
    expect(ok.calls).toEqual(["silent:Calendars.ReadWrite MailboxSettings.Read:cache", "popup"]);
    const cancel = fakePca({ silent: ["fail"], popup: "cancel" });
    expect(await new NaaTokenSource(config, cancel.create).signIn()).toEqual({
      ok: false,
      message: "Sign-in was cancelled. Click Sign in to try again.",
    });
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
