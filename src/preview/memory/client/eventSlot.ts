/** OfficeExtension.EventHandlers: add(handler) registers at sync and returns an EventHandlerResult with remove(). */
import type { EventKind } from "../model/events";
import type { MemoryClientObject } from "./clientObject";
import { MemoryOfficeError } from "../errors";
import { isSetSupported } from "../office/requirements";

export class MemoryEventHandlerResult {
  /** @internal */
  _registrationId: number | undefined;

  constructor(
    private readonly owner: MemoryClientObject,
    readonly context = owner.context,
  ) {}

  /** Works after the Excel.run that added the handler, as Office's documented Excel.run(result.context, ...) pattern needs. */
  remove(): void {
    this.context._enqueueUnchecked({
      name: "removeHandler",
      requestBytes: 0,
      run: () => {
        if (this._registrationId !== undefined) this.context._model.events.unregister(this._registrationId);
      },
    });
  }
}

export class MemoryEventSlot {
  constructor(
    private readonly owner: MemoryClientObject,
    private readonly kind: EventKind,
    private readonly targetId: () => string | null,
    /** The ExcelApi version the event needs, when newer than the rest. */
    private readonly needs?: string,
  ) {}

  add(handler: (args: unknown) => Promise<unknown> | unknown): MemoryEventHandlerResult {
    if (typeof handler !== "function") throw new TypeError("An event handler must be a function");
    const result = new MemoryEventHandlerResult(this.owner);
    this.owner._queue("addHandler", [], () => {
      if (this.needs && !isSetSupported(this.owner.context._model, "ExcelApi", this.needs))
        throw new MemoryOfficeError(
          "ApiNotFound",
          "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
          this.kind,
        );
      if (this.owner.context._model.deniedEvents.has(this.kind))
        throw new MemoryOfficeError("AccessDenied", "You cannot perform the requested operation.", this.kind);
      result._registrationId = this.owner.context._model.events.register(this.kind, this.targetId(), handler);
    });
    return result;
  }

  /** Office.js also offers remove(handler) on the slot. */
  remove(handler: (args: unknown) => unknown): void {
    this.owner._queue("removeHandler", [], () => this.owner.context._model.events.unregisterHandler(handler));
  }
}
