/** Event handlers registered through the proxies, and their asynchronous delivery (like Office, never inside sync). */

export type EventKind =
  | "worksheetChanged"
  | "worksheetRowSorted"
  | "tableChanged"
  | "worksheetActivated"
  | "worksheetSelectionChanged"
  | "worksheetCollectionChanged";

export interface Registration {
  id: number;
  kind: EventKind;
  /** Worksheet or table id; null for collection-level registrations. */
  targetId: string | null;
  handler: (args: unknown) => unknown;
}

export class EventHub {
  private registrations: Registration[] = [];
  private pending = new Set<Promise<unknown>>();
  private nextId = 1;

  register(kind: EventKind, targetId: string | null, handler: (args: unknown) => unknown): number {
    const id = this.nextId++;
    this.registrations.push({ id, kind, targetId, handler });
    return id;
  }

  unregister(id: number): void {
    this.registrations = this.registrations.filter((r) => r.id !== id);
  }

  unregisterHandler(handler: (args: unknown) => unknown): void {
    this.registrations = this.registrations.filter((r) => r.handler !== handler);
  }

  /** How many handlers are registered (handlers do not persist; tests check the pane removes its own). */
  count(kind?: EventKind): number {
    return this.registrations.filter((r) => kind === undefined || r.kind === kind).length;
  }

  /** Queues delivery on a later task; handler errors are swallowed like Office does. */
  emit(kind: EventKind, targetId: string, args: unknown): void {
    const targets = this.registrations.filter(
      (r) => r.kind === kind && (r.targetId === null || r.targetId === targetId),
    );
    for (const registration of targets) {
      const delivery = new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(() => registration.handler(args))
        .catch(() => undefined);
      this.pending.add(delivery);
      void delivery.finally(() => this.pending.delete(delivery));
    }
  }

  /** Resolves when every event queued so far (and any raised by its handlers) has been handled. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.all([...this.pending]);
    }
  }
}
