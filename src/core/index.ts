/** The core's public surface: analysing a prospect sheet, and the pieces the Excel adapter and reminders reuse. */
export { analyzeSheet, missingRequiredRoles } from "./analyzeSheet";
export { countRows } from "./countRows";
export { DEFAULT_CLOSED_STATUSES, isShippedClosedDefault } from "./closedStatuses";
export { ROLE_SYNONYMS } from "./roleSynonyms";
export { parseDateText, type ParsedDate } from "./parseDate";
export { parseTimeText } from "./parseTime";
export { isoToSerial, serialToIso } from "./serial";
export { formatKind, type FormatKind } from "./numberFormat";
export * from "./types";
export { dateOrderEvidence, dateOrderHint } from "./dateOrderHint";
export { dateTimeColumns, numberFormatColumns } from "./dateTimeColumns";
