/** exceljs and papaparse arrive only when a rep opens a file: their own chunks, never in the pane's first load. */
import type * as ExcelJsModule from "exceljs";
import type JSZipModule from "jszip";
import type * as PapaModule from "papaparse";

export type ExcelJs = typeof ExcelJsModule;
export type Papa = typeof PapaModule;
export type JSZip = typeof JSZipModule;

/** A CommonJS/UMD module imported dynamically: webpack and ts-jest put module.exports on default or on the namespace. */
function unwrap<T>(mod: T): T {
  const withDefault = mod as T & { default?: T };
  return withDefault.default && typeof withDefault.default === "object" ? withDefault.default : mod;
}

export async function loadExcelJs(): Promise<ExcelJs> {
  return unwrap(await import(/* webpackChunkName: "exceljs" */ "exceljs"));
}

export async function loadPapa(): Promise<Papa> {
  return unwrap(await import(/* webpackChunkName: "papaparse" */ "papaparse"));
}

/** JSZip (exceljs's own zip library) only for a workbook too big to unpack whole: see cutLargeSheets.ts. */
export async function loadJsZip(): Promise<JSZip> {
  const mod = (await import(/* webpackChunkName: "jszip" */ "jszip")) as unknown as JSZip & { default?: JSZip };
  return typeof mod.default === "function" ? mod.default : mod;
}
