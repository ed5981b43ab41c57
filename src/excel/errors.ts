/** Errors a rep can hit while the add-in talks to Excel: a code for the pane's logic and a sentence that says what to do. */

export type ExcelAdapterErrorCode =
  | "noData" // the sheet/table is empty
  | "tooLarge" // more cells than Excel lets an add-in read
  | "unsupported" // the host lacks a requirement set
  | "notFound" // the sheet/table the rep chose is gone (renamed, deleted)
  | "busy" // Excel is in cell-edit mode or another operation blocks the API
  | "protected" // the sheet or workbook is protected against the change
  | "staleFixes" // cells changed since a text-date conversion was planned
  | "stale" // the sheet changed since it was read (a sort moved the row)
  | "hidden" // the row is hidden (a filter, Hide Rows, a collapsed group): selected but out of sight
  | "failed"; // anything else Excel reported

export class ExcelAdapterError extends Error {
  readonly code: ExcelAdapterErrorCode;
  /** What the rep sees: what happened and what to do, in one or two sentences. */
  readonly userMessage: string;
  constructor(code: ExcelAdapterErrorCode, userMessage: string, options?: { cause?: unknown }) {
    super(userMessage);
    this.name = "ExcelAdapterError";
    this.code = code;
    this.userMessage = userMessage;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** True when Excel threw an error with one of these codes (OfficeExtension.Error.code). */
export function hasErrorCode(error: unknown, ...codes: string[]): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && codes.includes(code);
}

/** Office.js error codes we translate; the rest become "failed" with Excel's own message kept as the cause. */
const KNOWN: Record<string, [ExcelAdapterErrorCode, string]> = {
  ItemNotFound: [
    "notFound",
    "The sheet or table NextStep was watching is gone. Select your prospect list and try again.",
  ],
  InvalidReference: [
    "notFound",
    "The sheet or table NextStep was watching is gone. Select your prospect list and try again.",
  ],
  InvalidOperationInCellEditMode: ["busy", "Excel is editing a cell. Press Enter or Esc in the sheet, then try again."],
  // Excel on the web fails a sync in flight when any sheet is deleted meanwhile (office-js issue 6964, open).
  InvalidRequestContext: [
    "busy",
    "A sheet was deleted while NextStep was working, so Excel stopped the request. Nothing was lost: try again.",
  ],
  RequestPayloadSizeLimitExceeded: [
    "tooLarge",
    "This sheet is too large to read in one go. Select a smaller table and try again.",
  ],
  ResponsePayloadSizeLimitExceeded: [
    "tooLarge",
    "This sheet is too large to read in one go. Select a smaller table and try again.",
  ],
  AccessDenied: [
    "protected",
    "This sheet is protected, so NextStep cannot change it. Unprotect it (Review > Unprotect Sheet) and try again.",
  ],
  ApiNotFound: [
    "unsupported",
    "This version of Excel lacks a feature NextStep needs. Update to Excel 2019 or Microsoft 365.",
  ],
};

/** Wraps whatever an Excel.run threw into an ExcelAdapterError (passes ours through unchanged). */
export function toAdapterError(error: unknown, doing: string): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const code = typeof error === "object" && error !== null ? String((error as { code?: unknown }).code ?? "") : "";
  const known = KNOWN[code];
  if (known) return new ExcelAdapterError(known[0], known[1], { cause: error });
  return new ExcelAdapterError(
    "failed",
    `Excel could not ${doing}. Try again; if it keeps failing, reload the add-in.`,
    {
      cause: error,
    },
  );
}

/**
 * Excel.run for reads, run once more when Excel on the web failed a sync because a sheet was deleted meanwhile
 * (InvalidRequestContext, "…Please try again.", office-js issue 6964). NextStep never mixes contexts, so that code
 * from a fresh run means this. Reads only: a write's failed attempt may have applied its first syncs.
 */
export async function runReadRetrying<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    if (!hasErrorCode(error, "InvalidRequestContext")) throw error;
    return Excel.run(batch);
  }
}
