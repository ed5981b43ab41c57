/** RequestContext and Excel.run: the queue, sync with payload limits and counters, object lifetime. */
import { MemoryOfficeError } from "../errors";
import { PAYLOAD_LIMIT_BYTES } from "../model/counters";
import { emitChanges } from "../model/changeEvents";
import type { MemoryWorkbook } from "../model/workbook";
import { isSetSupported } from "../office/requirements";
import type { ChangeRecord } from "../model/writes";
import type { RuntimeProxy } from "../proxies/runtime";
import type { WorkbookProxy } from "../proxies/workbook";
import type { MemoryClientObject } from "./clientObject";

export interface Operation {
  name: string;
  /** Changes the workbook (a property set, add, delete, clear, sort): a sync holding one makes an undo record. */
  writes?: boolean;
  requestBytes: number;
  run(run: SyncRun): void;
}

/** What one sync produced: response size, results to deliver, edits to announce. */
export class SyncRun {
  responseBytes = 0;
  readonly commits: Array<() => void> = [];
  readonly changes: ChangeRecord[] = [];
  /** Events other than onChanged (activation, selection), queued only when the sync gets that far. */
  readonly notices: Array<() => void> = [];

  /** Records an add-in write for onChanged, if events are enabled at that point of the batch. */
  changed(workbook: MemoryWorkbook, record: ChangeRecord): void {
    if (workbook.eventsEnabled) this.changes.push({ ...record, byAddin: true });
  }
}

export class MemoryRequestContext {
  /** @internal How many Excel.run batches are running on this context. */
  _active = 0;
  /** @internal Goes up each time Excel.run(object, batch) reuses this context: older untracked objects are gone. */
  _generation = 0;
  private queue: Operation[] = [];
  private readonly tracked = new Set<MemoryClientObject>();
  readonly trackedObjects = {
    add: (objects: MemoryClientObject | MemoryClientObject[]) => {
      for (const object of Array.isArray(objects) ? objects : [objects]) {
        object._tracked = true;
        this.tracked.add(object);
      }
    },
    remove: (objects: MemoryClientObject | MemoryClientObject[]) => {
      for (const object of Array.isArray(objects) ? objects : [objects]) {
        object._tracked = false;
        this.tracked.delete(object);
      }
    },
  };
  workbook!: WorkbookProxy;
  runtime!: RuntimeProxy;
  /** @internal Excel.run({ mergeUndoGroup: true }) on a host with ExcelApi 1.20: one undo record per run. */
  _mergeUndoGroup: { merged: boolean } | null = null;

  constructor(readonly _model: MemoryWorkbook) {}

  /** @internal */
  _enqueue(owner: MemoryClientObject, op: Operation): void {
    if (!owner._isUsable()) {
      throw new MemoryOfficeError(
        "InvalidObjectPath",
        `The object path '${owner._typeName}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
        owner._typeName,
      );
    }
    this._enqueueUnchecked(op);
  }

  /** @internal For operations that outlive their objects, such as EventHandlerResult.remove(). */
  _enqueueUnchecked(op: Operation): void {
    this._model.counters.apiCalls++;
    this.queue.push(op);
  }

  /** @internal Whether anything waits for a sync. */
  _hasPending(): boolean {
    return this.queue.length > 0;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    const model = this._model;
    const counters = model.counters;
    counters.syncs++;
    const requestBytes = ops.reduce((sum, op) => sum + op.requestBytes, 0);
    counters.requestBytes += requestBytes;
    counters.largestRequestBytes = Math.max(counters.largestRequestBytes, requestBytes);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new MemoryOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
      );
    }
    if (model.takeMidSyncDeletion()) {
      // office-js issue 6964 (open, Excel on the web): a sheet deleted while a sync runs fails it, nothing applied.
      throw new MemoryOfficeError(
        "InvalidRequestContext",
        "The request cannot be processed because the specified worksheet cannot be found. Please try again.",
      );
    }
    if (model.cellEditMode && ops.length > 0) {
      // As Excel: while the user is typing in a cell, every request of a sync fails and nothing is applied.
      throw new MemoryOfficeError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    const run = new SyncRun();
    let wrote = false;
    try {
      for (const op of ops) {
        op.run(run);
        wrote ||= op.writes === true;
      }
    } finally {
      if (wrote) model.recordUndo("addin", this._mergeUndoGroup);
      // Operations before a failing one stay applied, as in Excel; their events still fire.
      emitChanges(model, run.changes);
      run.notices.forEach((notice) => notice());
      if (ops.length > 0) model.touch();
    }
    counters.responseBytes += run.responseBytes;
    counters.largestResponseBytes = Math.max(counters.largestResponseBytes, run.responseBytes);
    if (run.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new MemoryOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
      );
    }
    run.commits.forEach((commit) => commit());
    return passThroughValue as T;
  }
}

type Batch<T> = (context: MemoryRequestContext) => Promise<T>;

/** Excel.run(batch) / Excel.run(object | objects, batch): a new context, or the given objects' context. */
export async function runBatch<T>(
  model: MemoryWorkbook,
  create: (model: MemoryWorkbook) => MemoryRequestContext,
  first:
    | Batch<T>
    | MemoryRequestContext
    | MemoryClientObject
    | MemoryClientObject[]
    | { previousContext?: MemoryRequestContext; mergeUndoGroup?: boolean },
  second?: Batch<T>,
): Promise<T> {
  const batch = typeof first === "function" ? first : second;
  if (typeof batch !== "function") throw new MemoryOfficeError("InvalidArgument", "Excel.run needs a batch function.");
  let context: MemoryRequestContext | undefined;
  if (first instanceof MemoryRequestContext) context = first;
  else if (Array.isArray(first)) context = first[0]?.context;
  else if (first && typeof first === "object" && "context" in first) context = (first as MemoryClientObject).context;
  else if (first && typeof first === "object" && "previousContext" in first) context = first.previousContext;
  if (context && context._active === 0) context._generation++;
  context ??= create(model);
  // RunOptions.mergeUndoGroup (ExcelApi 1.20): every sync of this run makes one undo record together.
  const merge = first && typeof first === "object" && "mergeUndoGroup" in first && first.mergeUndoGroup === true;
  const previousGroup = context._mergeUndoGroup;
  if (merge && isSetSupported(model, "ExcelApi", "1.20")) context._mergeUndoGroup = { merged: false };
  context._active++;
  try {
    const promise = batch(context) as unknown;
    if (!promise || typeof (promise as Promise<T>).then !== "function") {
      throw new MemoryOfficeError(
        "RunMustReturnPromise",
        "The batch function passed to Excel.run must return a promise.",
      );
    }
    const result = await (promise as Promise<T>);
    if (context._hasPending()) await context.sync();
    return result;
  } finally {
    context._active--;
    context._mergeUndoGroup = previousGroup;
  }
}
