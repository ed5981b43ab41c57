/** Excel.Runtime: enableEvents (ExcelApi 1.8), which silences every event while false. */
import { MemoryClientObject } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";

export class RuntimeProxy extends MemoryClientObject {
  readonly _typeName = "Runtime";

  constructor(context: MemoryRequestContext) {
    super(context, null);
  }

  _resolveTarget(): unknown {
    return this.context._model;
  }

  protected _scalarNames(): readonly string[] {
    return ["enableEvents"];
  }

  protected _readScalar(): unknown {
    return this.context._model.eventsEnabled;
  }

  get enableEvents(): boolean {
    return this._get("enableEvents");
  }

  set enableEvents(value: boolean) {
    this._set("enableEvents", value, () => (this.context._model.eventsEnabled = Boolean(value)));
  }
}
