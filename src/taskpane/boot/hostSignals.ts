/**
 * Is this page hosted by Office? Answered before Office.onReady, from what Office itself leaves on the page, so a rep
 * inside Excel is never shown the demo while office.js is still starting. office.js reads its host the same way
 * (@microsoft/office-js dist/office.debug.js, _retrieveHostInfo): window.external.GetHostInfo() on desktop hosts (or
 * the same call on an `agaveHost` global, which office.js copies there), else the `_host_Info` query parameter, else
 * `hostInfo` in window.name JSON, else sessionStorage "hostInfoValue" (kept across the pane's own navigations).
 * Office on the web also frames the pane.
 */
export interface HostSignals {
  /** location.search */
  search: string;
  /** window.self !== window.top (Office on the web hosts the pane in an iframe). */
  framed: boolean;
  windowName: string;
  /** sessionStorage "hostInfoValue", which office.js writes once it has read the host. */
  storedHostInfo: string | null;
  /** window.external.GetHostInfo exists, or an agaveHost global: the native bridge of Office on Windows/Mac. */
  nativeBridge: boolean;
  /** The host type office.js has read, once it has loaded ("excel"); "" in a plain browser. */
  officeHostType: string;
}

export type HostedBy = "hostInfoQuery" | "framed" | "windowName" | "session" | "nativeBridge" | "officeJs";

interface WindowLike {
  location: { search: string };
  self: unknown;
  top: unknown;
  name: string;
  sessionStorage?: { getItem(key: string): string | null };
  external?: unknown;
  agaveHost?: unknown;
  OSF?: { _OfficeAppFactory?: { getHostInfo?: () => { hostType?: string } } };
}

const safe = <T>(read: () => T, fallback: T): T => {
  try {
    return read();
  } catch {
    return fallback;
  }
};

export function readHostSignals(win: WindowLike = window as unknown as WindowLike): HostSignals {
  return {
    search: safe(() => win.location.search, ""),
    // Reading top across origins can throw in old engines: a throw means framed.
    framed: safe(() => win.self !== win.top, true),
    windowName: safe(() => win.name, ""),
    storedHostInfo: safe(() => win.sessionStorage?.getItem("hostInfoValue") ?? null, null),
    nativeBridge: safe(
      () =>
        typeof (win.external as { GetHostInfo?: unknown })?.GetHostInfo === "function" ||
        typeof win.agaveHost !== "undefined",
      false,
    ),
    officeHostType: safe(() => win.OSF?._OfficeAppFactory?.getHostInfo?.()?.hostType ?? "", ""),
  };
}

/** Why the page counts as hosted by Office, or undefined for a plain browser (the preview). */
export function hostedBy(s: HostSignals): HostedBy | undefined {
  if (/[?&]_host_Info=/i.test(s.search)) return "hostInfoQuery";
  if (s.nativeBridge) return "nativeBridge";
  if (s.officeHostType) return "officeJs";
  if (s.storedHostInfo) return "session";
  // Parsed only when it can hold one: a plain tab's empty name would cost a thrown SyntaxError on every start.
  if (
    /hostInfo/i.test(s.windowName) &&
    safe(() => Boolean((JSON.parse(s.windowName) as { hostInfo?: unknown })?.hostInfo), false)
  )
    return "windowName";
  if (s.framed) return "framed";
  return undefined;
}
