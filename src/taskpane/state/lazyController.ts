type Methods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? T[K] : never };

/**
 * A controller whose code loads on its first call (its own chunk, out of the pane's first bundle). Its methods are
 * the intents the pane raises: before it has loaded, a call waits for it (and returns a promise); once loaded, a call
 * runs at once, so a synchronous intent stays synchronous (window.open must run within the rep's click). A failed load
 * is tried again on the next call.
 * Example: const reminders = lazyController(() => import("./remindersController").then((m) => new m.Controller()));
 */
export function lazyController<T extends Methods<T>>(load: () => Promise<T>): T {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  const ready = (): Promise<T> =>
    (loading ??= load().then(
      (controller) => (loaded = controller),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const call = (controller: T, name: string, args: unknown[]): unknown =>
    (controller[name as keyof T] as (...a: unknown[]) => unknown)(...args);
  return new Proxy({} as T, {
    get(_target, name) {
      // Not a thenable, and nothing but methods: `await controller` or a symbol lookup must not look like a call.
      if (typeof name !== "string" || name === "then") return undefined;
      return (...args: unknown[]) => (loaded ? call(loaded, name, args) : ready().then((c) => call(c, name, args)));
    },
  });
}
