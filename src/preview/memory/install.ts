/** Installs the fakes as globalThis.Excel / Office / OfficeExtension so adapter code runs unchanged. */
import { MemoryClientResult } from "./client/clientObject";
import { MemoryEventHandlerResult } from "./client/eventSlot";
import { ErrorCodes, MemoryOfficeError } from "./errors";
import { createMemoryExcel, type MemoryExcel } from "./excel";
import type { MemoryWorkbook } from "./model/workbook";
import { createMemoryOffice, type MemoryOffice } from "./office/office";

export const MemoryOfficeExtension = {
  Error: MemoryOfficeError,
  ErrorCodes,
  ClientResult: MemoryClientResult,
  EventHandlerResult: MemoryEventHandlerResult,
};

export interface MemoryInstallation {
  Excel: MemoryExcel;
  Office: MemoryOffice;
  workbook: MemoryWorkbook;
  /** Puts back whatever globals were there before. */
  uninstall(): void;
}

const NAMES = ["Excel", "Office", "OfficeExtension"] as const;

export function installMemoryOffice(workbook: MemoryWorkbook): MemoryInstallation {
  const globals = globalThis as unknown as Record<string, unknown>;
  const previous = NAMES.map(
    (name) => [name, Object.prototype.hasOwnProperty.call(globals, name), globals[name]] as const,
  );
  const Excel = createMemoryExcel(workbook);
  const Office = createMemoryOffice(workbook);
  globals.Excel = Excel;
  globals.Office = Office;
  globals.OfficeExtension = MemoryOfficeExtension;
  return {
    Excel,
    Office,
    workbook,
    uninstall() {
      for (const [name, had, value] of previous) {
        if (had) globals[name] = value;
        else delete globals[name];
      }
    },
  };
}
