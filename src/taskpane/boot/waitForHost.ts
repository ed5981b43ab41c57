/** Why the pane runs as the browser preview, or that it runs inside Excel. */
export type HostDecision =
  { kind: "excel" } | { kind: "preview"; reason: "officeMissing" | "noHost" | "timeout" | "otherHost" };

/** The slice of office.js this decision reads (so tests can hand in a fake). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Excel?: unknown };
  context?: unknown;
}

export interface WaitOptions {
  /** Returns the Office global, or undefined while office.js has not loaded (or never will). */
  office: () => OfficeLike | undefined;
  /** Give up after this long (office.js from the CDN can hang or fail: CI has no internet). Default 3000 ms. */
  timeoutMs?: number;
  /** How often to look for a late office.js. Default 50 ms. */
  pollMs?: number;
  /** True once the office.js script tag reported an error (no need to wait then). */
  failed?: () => boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Decides between the real add-in and the browser preview: Excel only when office.js loaded, Office.onReady says the
 * host is Excel and Office.context exists; anything else (no office.js, a plain browser, a timeout) is the preview.
 */
export async function waitForHost(options: WaitOptions): Promise<HostDecision> {
  const timeoutMs = options.timeoutMs ?? 3000;
  const deadline = Date.now() + timeoutMs;
  let office = options.office();
  while (!office && Date.now() < deadline && !options.failed?.()) {
    await sleep(options.pollMs ?? 50);
    office = options.office();
  }
  if (!office || typeof office.onReady !== "function") return { kind: "preview", reason: "officeMissing" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), Math.max(0, deadline - Date.now()));
  });
  const ready = office.onReady().then(
    (info) => info,
    () => ({ host: null, platform: null }),
  );
  const info = await Promise.race([ready, timeout]);
  clearTimeout(timer);
  if (info === "timeout") return { kind: "preview", reason: "timeout" };
  if (info.host === null || info.host === undefined) return { kind: "preview", reason: "noHost" };
  const excel = office.HostType?.Excel ?? "Excel";
  if (info.host !== excel) return { kind: "preview", reason: "otherHost" };
  return office.context ? { kind: "excel" } : { kind: "preview", reason: "noHost" };
}
