/**
 * Why the pane runs as the browser preview, that it runs inside Excel, or (hosted by Office) why it cannot start.
 * Inside Office the decision is never the preview: a slow office.js is waited for, however long it takes.
 */
export type HostDecision =
  | { kind: "excel" }
  | { kind: "preview"; reason: "officeMissing" | "noHost" | "timeout" | "otherHost" }
  | { kind: "unavailable"; reason: "officeMissing" | "noHost" | "otherHost" };

/** Where a hosted start is: office.js still loading, or loaded and waiting for Office.onReady. */
export type ConnectStep = "loadingOffice" | "waitingForExcel";

/** The slice of office.js this decision reads (so tests can hand in a fake). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Excel?: unknown };
  context?: unknown;
}

export interface WaitOptions {
  /** Returns the Office global, or undefined while office.js has not loaded (or never will). */
  office: () => OfficeLike | undefined;
  /**
   * The page is hosted by Office (hostSignals.ts): never fall back to the preview; wait for office.js and onReady
   * with no deadline (a cold start loads host scripts after office.js and can take long), reporting progress.
   */
  hosted?: boolean;
  /** Plain browser only: give up after this long (office.js from the CDN can hang or fail). Default 3000 ms. */
  timeoutMs?: number;
  /** Hosted only: call onSlow once after this long without a decision. Default 20000 ms. */
  slowAfterMs?: number;
  onSlow?: () => void;
  onStep?: (step: ConnectStep) => void;
  /** How often to look for a late office.js. Default 50 ms. */
  pollMs?: number;
  /** True once the office.js script tag reported an error (no need to wait then). */
  failed?: () => boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function judge(
  office: OfficeLike,
  info: { host: unknown },
  hosted: boolean,
): Exclude<HostDecision, { reason: "timeout" }> {
  const kind = hosted ? "unavailable" : "preview";
  if (info.host === null || info.host === undefined) return { kind, reason: "noHost" };
  const excel = office.HostType?.Excel ?? "Excel";
  if (info.host !== excel) return { kind, reason: "otherHost" };
  return office.context ? { kind: "excel" } : { kind, reason: "noHost" };
}

/**
 * Decides between the real add-in and the browser preview: Excel only when office.js loaded, Office.onReady says the
 * host is Excel and Office.context exists. In a plain browser anything else (no office.js, a timeout) is the preview;
 * hosted by Office it is "unavailable" with the reason, and only office.js failing to load ends the wait early.
 */
export async function waitForHost(options: WaitOptions): Promise<HostDecision> {
  const hosted = options.hosted === true;
  const start = Date.now();
  const deadline = hosted ? Infinity : start + (options.timeoutMs ?? 3000);
  let slowTimer: ReturnType<typeof setTimeout> | undefined;
  if (hosted && options.onSlow) slowTimer = setTimeout(options.onSlow, options.slowAfterMs ?? 20000);
  try {
    options.onStep?.("loadingOffice");
    let office = options.office();
    while (!office && Date.now() < deadline && !options.failed?.()) {
      await sleep(options.pollMs ?? 50);
      office = options.office();
    }
    if (!office || typeof office.onReady !== "function") {
      return { kind: hosted ? "unavailable" : "preview", reason: "officeMissing" };
    }
    options.onStep?.("waitingForExcel");
    const ready = office.onReady().then(
      (info) => info,
      () => ({ host: null, platform: null }),
    );
    if (hosted) return judge(office, await ready, true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), Math.max(0, deadline - Date.now()));
    });
    const info = await Promise.race([ready, timeout]);
    clearTimeout(timer);
    if (info === "timeout") return { kind: "preview", reason: "timeout" };
    return judge(office, info, false);
  } finally {
    clearTimeout(slowTimer);
  }
}
