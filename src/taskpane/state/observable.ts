/** A value with subscribers: the one pattern every store in the pane uses (React reads it via useSyncExternalStore). */
export class Observable<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();

  constructor(initial: T) {
    this.value = initial;
  }

  get = (): T => this.value;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  protected set(patch: Partial<T>): void {
    this.value = { ...this.value, ...patch };
    for (const l of this.listeners) l();
  }
}
