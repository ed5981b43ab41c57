/** createMemoryExcel: the `Excel` namespace subset (run + enums) bound to one in-memory workbook. */
import { MemoryRequestContext, runBatch } from "./client/context";
import type { MemoryClientObject } from "./client/clientObject";
import { ErrorCodes } from "./errors";
import type { MemoryWorkbook } from "./model/workbook";
import { RuntimeProxy } from "./proxies/runtime";
import { WorkbookProxy } from "./proxies/workbook";

export const ConditionalFormatType = {
  custom: "Custom",
  dataBar: "DataBar",
  colorScale: "ColorScale",
  iconSet: "IconSet",
  topBottom: "TopBottom",
  presetCriteria: "PresetCriteria",
  containsText: "ContainsText",
  cellValue: "CellValue",
} as const;

const ENUMS = {
  ConditionalFormatType,
  EventSource: { local: "Local", remote: "Remote" },
  EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
  DataChangeType: {
    unknown: "Unknown",
    rangeEdited: "RangeEdited",
    rowInserted: "RowInserted",
    rowDeleted: "RowDeleted",
    columnInserted: "ColumnInserted",
    columnDeleted: "ColumnDeleted",
    cellInserted: "CellInserted",
    cellDeleted: "CellDeleted",
  },
  RangeValueType: {
    unknown: "Unknown",
    empty: "Empty",
    string: "String",
    integer: "Integer",
    double: "Double",
    boolean: "Boolean",
    error: "Error",
    richValue: "RichValue",
  },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  SortOrientation: { rows: "Rows", columns: "Columns" },
  SortOn: { value: "Value", cellColor: "CellColor", fontColor: "FontColor", icon: "Icon" },
  SortMethod: { pinYin: "PinYin", strokeCount: "StrokeCount" },
  ErrorCodes,
} as const;

export type MemoryBatch<T> = (context: MemoryRequestContext) => Promise<T>;

export interface MemoryExcel {
  run<T>(batch: MemoryBatch<T>): Promise<T>;
  run<T>(object: MemoryRequestContext | MemoryClientObject | MemoryClientObject[], batch: MemoryBatch<T>): Promise<T>;
  readonly ConditionalFormatType: typeof ConditionalFormatType;
  readonly EventSource: (typeof ENUMS)["EventSource"];
  readonly EventTriggerSource: (typeof ENUMS)["EventTriggerSource"];
  readonly DataChangeType: (typeof ENUMS)["DataChangeType"];
  readonly RangeValueType: (typeof ENUMS)["RangeValueType"];
  readonly SheetVisibility: (typeof ENUMS)["SheetVisibility"];
  readonly SortOrientation: (typeof ENUMS)["SortOrientation"];
  readonly SortOn: (typeof ENUMS)["SortOn"];
  readonly SortMethod: (typeof ENUMS)["SortMethod"];
  readonly ErrorCodes: typeof ErrorCodes;
  /** The model behind this Excel, for tests and the preview grid. */
  readonly workbook: MemoryWorkbook;
}

/** A new request context on the model, with its workbook and runtime proxies. */
export function createContext(model: MemoryWorkbook): MemoryRequestContext {
  const context = new MemoryRequestContext(model);
  context.workbook = new WorkbookProxy(context);
  context.runtime = new RuntimeProxy(context);
  return context;
}

export function createMemoryExcel(workbook: MemoryWorkbook): MemoryExcel {
  return {
    ...ENUMS,
    workbook,
    run<T>(
      first: MemoryBatch<T> | MemoryRequestContext | MemoryClientObject | MemoryClientObject[],
      second?: MemoryBatch<T>,
    ): Promise<T> {
      return runBatch(workbook, createContext, first, second);
    },
  };
}
