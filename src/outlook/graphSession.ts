/** The lazily loaded half of the reminders port: MSAL, the Graph client and the sync. Imported with import(). */
import { NaaTokenSource } from "./auth";
import type { CreatePca } from "./auth";
import type { OutlookConfig } from "./config";
import { GraphClient } from "./graphClient";
import type { TokenSource } from "./graphClient";
import { browserTimeZone, readMailboxTimeZone, resolveTimeZone } from "./mailboxTimeZone";
import type { ZoneChoice } from "./mailboxTimeZone";
import { ReminderSync } from "./syncReminders";

export type SignInOutcome = { ok: true; username: string } | { ok: false; message: string };

export interface GraphSession {
  signIn(): Promise<SignInOutcome>;
  /** Mailbox zone when Graph answers, else the browser's; read once per session. */
  timeZone(): Promise<ZoneChoice>;
  sync: ReminderSync;
  graph: GraphClient;
  /** MSAL's signed-in account (AccountInfo.name, .username), once a token came; never triggers sign-in. */
  account(): SignedInAccount | undefined;
}

export interface SignedInAccount {
  name?: string;
  username: string;
}

export interface SessionOptions {
  createPca?: CreatePca;
  /** Tests and the preview point this at a fake Graph. */
  baseUrl?: string;
  tokens?: TokenSource & { signIn?: () => Promise<SignInOutcome>; account?: () => SignedInAccount | undefined };
  sleep?: (ms: number) => Promise<void>;
}

const defaultCreatePca: CreatePca = async (configuration) => {
  const msal = await import("@azure/msal-browser");
  return msal.createNestablePublicClientApplication(configuration);
};

export function createGraphSession(config: OutlookConfig, options: SessionOptions = {}): GraphSession {
  const naa = options.tokens ? undefined : new NaaTokenSource(config, options.createPca ?? defaultCreatePca);
  const tokens: TokenSource = options.tokens ?? (naa as NaaTokenSource);
  const graph = new GraphClient({ tokens, baseUrl: options.baseUrl, sleep: options.sleep });
  let zone: Promise<ZoneChoice> | undefined;
  return {
    graph,
    sync: new ReminderSync(graph),
    account: () => (naa ? naa.account() : options.tokens?.account?.()),
    signIn: async () => {
      if (naa) return naa.signIn();
      return options.tokens?.signIn ? options.tokens.signIn() : { ok: true, username: "" };
    },
    timeZone: () => {
      zone ??= readMailboxTimeZone(graph)
        .catch(() => undefined)
        .then((tz) => resolveTimeZone(tz, browserTimeZone()));
      return zone;
    },
  };
}
