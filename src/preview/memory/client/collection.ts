/** Collections: `items` (after load), item properties loaded via "items/name" or plain "name", own scalars like count. */
import { MemoryClientObject } from "./clientObject";
import type { SyncRun } from "./context";

export abstract class CollectionProxy<TItem extends MemoryClientObject> extends MemoryClientObject {
  /** Fresh item proxies for what the collection holds at this point of the batch. */
  protected abstract _itemsNow(): TItem[];

  /** Scalars of the collection itself (e.g. TableCollection.count). */
  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalar(name: string): unknown {
    return name === "count" ? this._itemsNow().length : undefined;
  }

  _resolveTarget(): unknown {
    return this._parent ? this._parent._resolveTarget() : true;
  }

  get items(): TItem[] {
    return this._get("items");
  }

  override _runLoad(paths: string[], run: SyncRun): void {
    const itemPaths: string[] = [];
    const own: string[] = [];
    for (const path of paths) {
      if (path === "items") continue;
      if (path.startsWith("items/")) itemPaths.push(path.slice("items/".length));
      else if (this._scalarNames().includes(path)) own.push(path);
      else itemPaths.push(path);
    }
    const items = this._resolveTarget() === null ? [] : this._itemsNow().map((item) => item._asInstance());
    for (const item of items) item._runLoad(itemPaths, run);
    if (own.length > 0) super._runLoad(own, run);
    run.commits.push(() => this._loaded.set("items", items));
  }
}
