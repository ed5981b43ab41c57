/** The base of every proxy: load/sync strictness, queued writes, null objects, tracking. */
import { invalidArgument, itemNotFound, MemoryOfficeError, propertyNotLoaded } from "../errors";
import { payloadBytes } from "../model/counters";
import type { MemoryRequestContext, SyncRun } from "./context";
import { groupPaths, normalizeLoad, type LoadOption } from "./loadOptions";

export abstract class MemoryClientObject {
  /** @internal Values delivered by the last sync that loaded them (or remembered from a set, like Office.js). */
  _loaded = new Map<string, unknown>();
  /** @internal */
  _tracked = false;
  /** @internal The run (on its context) that created this object; null for navigation properties and roots. */
  _generation: number | null = null;
  /** @internal Set at sync for objects returned by *OrNullObject methods. */
  _nullFlag: boolean | undefined;
  abstract readonly _typeName: string;
  /** @internal The *OrNullObject result whose nullness this object shares, if any. */
  readonly _nullOwner: MemoryClientObject | null;

  constructor(
    readonly context: MemoryRequestContext,
    /** @internal The object this one was reached from. */
    readonly _parent: MemoryClientObject | null,
    nullable = false,
  ) {
    this._nullOwner = nullable ? this : (_parent?._nullOwner ?? null);
  }

  /** Scalar properties `load()` with no argument brings. */
  protected abstract _scalarNames(): readonly string[];
  /** Reads a scalar from the model at sync time (the target is known to exist). */
  protected abstract _readScalar(name: string): unknown;
  /** Resolves what this proxy stands for at sync time: null for a null object; throws when Excel would. */
  abstract _resolveTarget(): unknown;

  /** Navigation properties reachable by load paths ("format/fill/color"). */
  protected _navigation(_name: string): MemoryClientObject | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    const owner = this._nullOwner;
    if (!owner) return false;
    if (owner._nullFlag === undefined) throw propertyNotLoaded("isNullObject", this._typeName);
    return owner._nullFlag;
  }

  load(option?: LoadOption): this {
    const paths = normalizeLoad(option);
    this._queue("load", paths, (run) => this._runLoad(paths, run));
    return this;
  }

  /** obj.set({ ... }): several properties at once, nested objects included, as in Office.js. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties ?? {})) {
      const child = this._navigation(key);
      if (child && value !== null && typeof value === "object" && !Array.isArray(value)) {
        child.set(value as Record<string, unknown>);
        continue;
      }
      if (!hasSetter(this, key))
        throw invalidArgument(`The property '${key}' cannot be set on ${this._typeName}.`, `${this._typeName}.set`);
      (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  /** @internal Runs one load at its place in the batch; values are delivered only if the whole sync succeeds. */
  _runLoad(paths: string[], run: SyncRun): void {
    const groups = groupPaths(paths);
    const scalars = paths.length === 0 ? [...this._scalarNames()] : [];
    const children: Array<[MemoryClientObject, string[]]> = [];
    for (const [head, rest] of groups) {
      const child = this._navigation(head);
      if (child) children.push([child, rest]);
      else if (rest.length === 0 && this._isScalar(head)) scalars.push(head);
      else
        throw invalidArgument(`The property '${head}' does not exist on ${this._typeName}.`, `${this._typeName}.load`);
    }
    const isNull = this._resolveTarget() === null;
    const owner = this._nullOwner;
    if (owner) {
      const ownerNull = owner === this ? isNull : owner._resolveTarget() === null;
      run.commits.push(() => (owner._nullFlag = ownerNull));
    }
    const values: Array<[string, unknown]> = scalars.map((name) => [name, isNull ? null : this._readScalar(name)]);
    for (const [name, value] of values) run.responseBytes += payloadBytes(name) + payloadBytes(value);
    run.commits.push(() => values.forEach(([name, value]) => this._loaded.set(name, value)));
    for (const [child, rest] of children) child._runLoad(rest, run);
  }

  protected _isScalar(name: string): boolean {
    return this._scalarNames().includes(name);
  }

  protected _get<T>(name: string): T {
    if (this._loaded.has(name)) return this._loaded.get(name) as T;
    throw propertyNotLoaded(name, this._typeName);
  }

  /** Queues a property write; the proxy remembers the value locally, the workbook changes only at sync. */
  protected _set(name: string, value: unknown, apply: (run: SyncRun) => void): void {
    this._loaded.set(name, value);
    this._queue(`set ${name}`, value, apply);
  }

  /** @internal Queues one operation (counted as an API call). */
  _queue(name: string, args: unknown, run: (run: SyncRun) => void): void {
    const writes = (name.startsWith("set ") && name !== "set enableEvents") || WRITING_METHODS.has(name);
    this.context._enqueue(this, { name, requestBytes: payloadBytes(name) + payloadBytes(args), run, writes });
  }

  /** The resolved target, or ItemNotFound when this is a null object (writes and methods need a real object). */
  protected _require<T>(): T {
    const target = this._resolveTarget();
    if (target === null) throw itemNotFound(this._typeName);
    return target as T;
  }

  /** Objects from another request context cannot be mixed in, as in Office.js. */
  protected _sameContext(other: MemoryClientObject): void {
    if (other.context !== this.context) {
      throw new MemoryOfficeError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts.",
        this._typeName,
      );
    }
  }

  /**
   * @internal Whether Excel would still know this object: tracked (itself or what it was reached from), or created by
   * a method in the Excel.run now running on its context. Navigation properties (range.format) follow their parent.
   */
  _isUsable(): boolean {
    if (this._tracked) return true;
    const context = this.context;
    if (this._generation !== null) return context._active > 0 && this._generation === context._generation;
    return this._parent ? this._parent._isUsable() : context._active > 0;
  }

  /** @internal Marks an object returned by a method or listed by a collection: it lives for the current run. */
  _asInstance(): this {
    this._generation = this.context._generation;
    return this;
  }
}

/** Methods that change the workbook (and so make an undo record); select/activate do not. */
const WRITING_METHODS = new Set(["add", "delete", "clear", "clearAll", "clearFormat", "apply"]);

function hasSetter(object: object, key: string): boolean {
  for (let proto = Object.getPrototypeOf(object); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor) return typeof descriptor.set === "function";
  }
  return false;
}

/** OfficeExtension.ClientResult: value readable only after the sync that produced it. */
export class MemoryClientResult<T> {
  private delivered = false;
  private result: T | undefined;

  /** @internal */
  _deliver(value: T): void {
    this.result = value;
    this.delivered = true;
  }

  get value(): T {
    if (!this.delivered) {
      throw new MemoryOfficeError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this.result as T;
  }
}

/** Queues a method that returns a value (getCount()), delivered at sync. */
export function queueResult<T>(owner: MemoryClientObject, name: string, compute: () => T): MemoryClientResult<T> {
  const result = new MemoryClientResult<T>();
  owner._queue(name, [], (run) => {
    const value = compute();
    run.responseBytes += payloadBytes(value);
    run.commits.push(() => result._deliver(value));
  });
  return result;
}
