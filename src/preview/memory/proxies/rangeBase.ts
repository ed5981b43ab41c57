/** The data side of Excel.Range: resolution, address and size, values/formulas/numberFormat/text/valueTypes. */
import { formatAddress, MAX_COLUMNS, MAX_ROWS } from "../addresses";
import { MemoryClientObject } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";
import { describeCell } from "../model/read";
import { changeDetails, writeNumberFormat, writeValues } from "../model/writes";
import { readRangeProperty, type RangeTarget } from "./rangeData";

const SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "rowCount",
  "rowIndex",
  "isEntireColumn",
  "isEntireRow",
  "rowHidden",
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "numberFormatLocal",
  "text",
  "valueTypes",
] as const;

export abstract class RangeBase extends MemoryClientObject {
  readonly _typeName = "Range";
  private resolved: { target: RangeTarget | null } | undefined;

  constructor(
    context: MemoryRequestContext,
    parent: MemoryClientObject | null,
    private readonly resolver: () => RangeTarget | null,
    nullable = false,
  ) {
    super(context, parent, nullable);
  }

  /** @internal Resolved once, at its first use in a batch: later edits do not move it (like Excel's object paths). */
  _resolveTarget(): RangeTarget | null {
    if (!this.resolved) this.resolved = { target: this.resolver() };
    return this.resolved.target;
  }

  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected _readScalar(name: string): unknown {
    const target = this._require<RangeTarget>();
    const { rect, sheet } = target;
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(rect, sheet.name);
      case "cellCount":
        return rect.rowCount * rect.columnCount;
      case "columnCount":
        return rect.columnCount;
      case "columnIndex":
        return rect.column;
      case "rowCount":
        return rect.rowCount;
      case "rowIndex":
        return rect.row;
      case "isEntireColumn":
        return rect.row === 0 && rect.rowCount === MAX_ROWS;
      case "isEntireRow":
        return rect.column === 0 && rect.columnCount === MAX_COLUMNS;
      case "rowHidden": {
        // ExcelApi 1.2: true when all rows are hidden, false when none, null when some are.
        let hidden = 0;
        for (const row of sheet.hiddenRows) if (row >= rect.row && row < rect.row + rect.rowCount) hidden++;
        return hidden === 0 ? false : hidden === rect.rowCount ? true : null;
      }
      default: {
        const model = this.context._model;
        model.counters.rangeReads.push({
          property: name,
          address: formatAddress(rect, sheet.name),
          cells: rect.rowCount * rect.columnCount,
        });
        return readRangeProperty(model, target, name);
      }
    }
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get rowHidden(): boolean | null {
    return this._get("rowHidden");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(input: unknown[][]) {
    this.writeCells("values", input);
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(input: unknown[][]) {
    this.writeCells("formulas", input);
  }
  get formulasLocal(): unknown[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(input: unknown[][]) {
    this.writeCells("formulasLocal", input);
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.writeCells("numberFormat", input);
  }
  get numberFormatLocal(): unknown[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(input: unknown[][]) {
    this.writeCells("numberFormatLocal", input);
  }

  private writeCells(
    property: "values" | "formulas" | "formulasLocal" | "numberFormat" | "numberFormatLocal",
    input: unknown,
  ): void {
    this._set(property, input, (run) => {
      const { sheet, rect } = this._require<RangeTarget>();
      const model = this.context._model;
      const location = `Range.${property}`;
      const single = rect.rowCount === 1 && rect.columnCount === 1;
      const before = single ? describeCell(model, sheet, rect.row, rect.column) : undefined;
      if (property.startsWith("numberFormat")) writeNumberFormat(sheet, rect, input, location);
      else writeValues(sheet, rect, input, location);
      const details = before && changeDetails(before, describeCell(model, sheet, rect.row, rect.column));
      run.changed(model, { sheetId: sheet.id, rect, changeType: "RangeEdited", details });
    });
  }
}
