/** Build-time configuration, injected by webpack's DefinePlugin; absent values mean "Graph not configured". */

export interface OutlookConfig {
  /** Entra app (client) id; undefined → the pane offers only the .ics and web-link paths. */
  clientId?: string;
  /** Default "https://login.microsoftonline.com/common". */
  authority: string;
}

// DefinePlugin replaces these exact expressions at build time; without it `process` may not exist at all.
function readClientId(): string | undefined {
  try {
    return process.env.NEXTSTEP_CLIENT_ID;
  } catch {
    return undefined;
  }
}

function readAuthority(): string | undefined {
  try {
    return process.env.NEXTSTEP_AUTHORITY;
  } catch {
    return undefined;
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The configuration, with a client id only when it looks like one (a placeholder must not reach MSAL). */
export function readOutlookConfig(
  raw: { clientId?: string; authority?: string } = { clientId: readClientId(), authority: readAuthority() },
): OutlookConfig {
  const clientId = raw.clientId?.trim();
  const authority = raw.authority?.trim();
  return {
    clientId: clientId && GUID.test(clientId) ? clientId : undefined,
    authority: authority && /^https:\/\//.test(authority) ? authority : "https://login.microsoftonline.com/common",
  };
}
