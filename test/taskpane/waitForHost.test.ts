import { waitForHost, type OfficeLike } from "../../src/taskpane/boot/waitForHost";

const office = (host: unknown, context: unknown = {}): OfficeLike => ({
  onReady: () => Promise.resolve({ host, platform: null }),
  HostType: { Excel: "Excel" },
  context,
});

describe("Excel or the browser preview", () => {
  test("inside Excel: the real add-in", async () => {
    await expect(waitForHost({ office: () => office("Excel") })).resolves.toEqual({ kind: "excel" });
  });

  test("a plain browser (host null): the preview", async () => {
    await expect(waitForHost({ office: () => office(null) })).resolves.toEqual({ kind: "preview", reason: "noHost" });
  });

  test("another Office host: the preview", async () => {
    await expect(waitForHost({ office: () => office("Word") })).resolves.toEqual({
      kind: "preview",
      reason: "otherHost",
    });
  });

  test("office.js never loads: the preview after the timeout", async () => {
    const start = Date.now();
    await expect(waitForHost({ office: () => undefined, timeoutMs: 120, pollMs: 10 })).resolves.toEqual({
      kind: "preview",
      reason: "officeMissing",
    });
    expect(Date.now() - start).toBeGreaterThanOrEqual(100);
  });

  test("office.js failed to load: the preview at once", async () => {
    const start = Date.now();
    const decision = await waitForHost({ office: () => undefined, failed: () => true, timeoutMs: 5000 });
    expect(decision).toEqual({ kind: "preview", reason: "officeMissing" });
    expect(Date.now() - start).toBeLessThan(500);
  });

  test("onReady hangs: the preview after the timeout", async () => {
    const hanging: OfficeLike = { onReady: () => new Promise(() => undefined) };
    await expect(waitForHost({ office: () => hanging, timeoutMs: 50 })).resolves.toEqual({
      kind: "preview",
      reason: "timeout",
    });
  });

  test("office.js that arrives late is still used", async () => {
    let loaded: OfficeLike | undefined;
    setTimeout(() => (loaded = office("Excel")), 30);
    await expect(waitForHost({ office: () => loaded, timeoutMs: 1000, pollMs: 5 })).resolves.toEqual({ kind: "excel" });
  });
});

describe("hosted by Office: never the demo", () => {
  test("office.js that arrives after the plain-browser timeout is still waited for, with progress and a slow notice", async () => {
    let loaded: OfficeLike | undefined;
    const steps: string[] = [];
    let slow!: () => void;
    const slowSeen = new Promise<void>((resolve) => (slow = resolve));
    // office.js appears only once the slow notice is up: a plain-browser wait would have chosen the preview by then.
    void slowSeen.then(() => (loaded = office("Excel")));
    const decision = await waitForHost({
      office: () => loaded,
      hosted: true,
      timeoutMs: 1,
      slowAfterMs: 20,
      pollMs: 5,
      onSlow: slow,
      onStep: (s) => steps.push(s),
    });
    expect(decision).toEqual({ kind: "excel" });
    expect(steps).toEqual(["loadingOffice", "waitingForExcel"]);
  });

  test("onReady that hangs keeps the connecting screen (slow notice, no decision, no preview)", async () => {
    let settled = false;
    const hanging: OfficeLike = { onReady: () => new Promise(() => undefined) };
    const slowSeen = new Promise<void>((resolve) => {
      void waitForHost({ office: () => hanging, hosted: true, slowAfterMs: 10, onSlow: resolve }).then(
        () => (settled = true),
      );
    });
    await slowSeen;
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
  });

  test("office.js failed to load, or another host: a reason to show with Retry, never the preview", async () => {
    await expect(waitForHost({ office: () => undefined, failed: () => true, hosted: true })).resolves.toEqual({
      kind: "unavailable",
      reason: "officeMissing",
    });
    await expect(waitForHost({ office: () => office("Word"), hosted: true })).resolves.toEqual({
      kind: "unavailable",
      reason: "otherHost",
    });
    await expect(waitForHost({ office: () => office(null), hosted: true })).resolves.toEqual({
      kind: "unavailable",
      reason: "noHost",
    });
  });
});
