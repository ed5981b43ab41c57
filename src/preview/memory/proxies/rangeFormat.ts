/** Excel.RangeFormat with its fill (color, clear()) and font (color, bold, italic). */
import { MemoryClientObject } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";
import { normalizeColor } from "../model/colors";
import { writeEach } from "../model/writes";
import type { CellData } from "../model/types";
import type { RangeTarget } from "./rangeData";
import { uniform } from "./rangeData";
import type { RangeProxy } from "./range";

abstract class RangePart extends MemoryClientObject {
  constructor(
    context: MemoryRequestContext,
    protected readonly range: RangeProxy,
  ) {
    super(context, range);
  }

  _resolveTarget(): RangeTarget | null {
    return this.range._resolveTarget();
  }

  /**
   * Writes one field of every cell. onChanged fires for it: it "occurs when data changes", and the worksheet events
   * docs say it fires "when either the format or value of the data changes" (excel-add-ins-events / WorksheetChanged).
   */
  protected writeFormat(name: string, value: unknown, prepare: () => (cell: CellData) => void): void {
    this._set(name, value, (run) => {
      const { sheet, rect } = this._require<RangeTarget>();
      writeEach(sheet, rect, prepare());
      run.changed(this.context._model, { sheetId: sheet.id, rect, changeType: "RangeEdited" });
    });
  }
}

export class RangeFillProxy extends RangePart {
  readonly _typeName = "RangeFill";

  protected _scalarNames(): readonly string[] {
    return ["color"];
  }

  protected _readScalar(): unknown {
    // Excel reports "#FFFFFF" for no fill and null when the cells differ.
    return uniform(this._require<RangeTarget>(), (cell) => cell?.fill ?? "#FFFFFF");
  }

  get color(): string {
    return this._get("color");
  }

  set color(value: string) {
    this.writeFormat("color", value, () => {
      const color = normalizeColor(value, "RangeFill.color");
      return (cell) => (cell.fill = color);
    });
  }

  clear(): void {
    this._loaded.delete("color");
    this._queue("clear", [], () => {
      const { sheet, rect } = this._require<RangeTarget>();
      writeEach(sheet, rect, (cell) => (cell.fill = null));
    });
  }
}

export class RangeFontProxy extends RangePart {
  readonly _typeName = "RangeFont";

  protected _scalarNames(): readonly string[] {
    return ["color", "bold", "italic"];
  }

  protected _readScalar(name: string): unknown {
    const target = this._require<RangeTarget>();
    if (name === "color") return uniform(target, (cell) => cell?.fontColor ?? "#000000");
    if (name === "bold") return uniform(target, (cell) => cell?.bold ?? false);
    return false;
  }

  get color(): string {
    return this._get("color");
  }

  set color(value: string) {
    this.writeFormat("color", value, () => {
      const color = normalizeColor(value, "RangeFont.color");
      return (cell) => (cell.fontColor = color);
    });
  }

  get bold(): boolean {
    return this._get("bold");
  }

  set bold(value: boolean) {
    this.writeFormat("bold", value, () => (cell) => (cell.bold = Boolean(value)));
  }

  get italic(): boolean {
    return this._get("italic");
  }
}

export class RangeFormatProxy extends RangePart {
  readonly _typeName = "RangeFormat";
  private parts: { fill?: RangeFillProxy; font?: RangeFontProxy } = {};

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalar(): unknown {
    return undefined;
  }

  protected override _navigation(name: string): MemoryClientObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }

  get fill(): RangeFillProxy {
    return (this.parts.fill ??= new RangeFillProxy(this.context, this.range));
  }

  get font(): RangeFontProxy {
    return (this.parts.font ??= new RangeFontProxy(this.context, this.range));
  }
}
