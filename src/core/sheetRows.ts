import { cellText, hasContent } from "./cellText";
import { hhmmFromMinutes } from "./dayNumber";
import { rowAt } from "./detectHeader";
import { ProspectKeys } from "./prospectKey";
import { type DateContext, type DateReading, newReading, readDateCell } from "./readDateCell";
import { timeFromCell } from "./parseTime";
import { serialFromDay } from "./serial";
import type { Role } from "./types";

type Fields = Partial<Record<Role, string>>;

/** The column of each role; -1 = role not mapped. */
export interface RoleColumns {
  prospectCol: number;
  contactCol: number;
  emailCol: number;
  phoneCol: number;
  nextStepCol: number;
  dateCol: number;
  timeCol: number;
  statusCol: number;
  notesCol: number;
  ownerCol: number;
}

/** Text of a time-column cell for display: "HH:mm" for Excel fractions, the trimmed text otherwise. */
function timeText(cell: unknown): string {
  const minutes = timeFromCell(cell);
  return typeof cell === "number" && minutes >= 0 ? hhmmFromMinutes(minutes) : cellText(cell);
}

/**
 * What the lazy parts of one sheet's row reports (fields, key, textDateSerial) are worked out from: the grid and its
 * column context. Most consumers read fields and keys of few rows or none, and keeping a fields object and a key
 * string alive per row was what made a 100k-row analysis slow and super-linear (garbage collection), so they are
 * computed on first use from the same cells, with the same code. Even a per-row table filled during the analysis
 * was a visible cost, so there is none.
 * The grid is read again then: callers must not change input.values in place while they use the report.
 */
export class SheetRows {
  private fieldsByRow: (Fields | undefined)[] | undefined;
  private keysByRow: string[] | undefined;

  constructor(
    private readonly values: unknown[][],
    private readonly formats: unknown[][] | undefined,
    private readonly startRow: number,
    /** Grid index of the first row under the header. */
    private readonly firstRow: number,
    private readonly at: RoleColumns,
    private readonly date: DateContext,
  ) {}

  /** The serial, in the workbook's date system, of a row's date cell when it holds readable text. */
  textDateSerial(rowNumber: number): number | undefined {
    const reading = this.readDate(rowNumber - this.startRow);
    return reading.kind === "text" ? serialFromDay(reading.day, reading.minutes, this.date.date1904) : undefined;
  }

  /** The same object on every call for a row, as a plain property would be. */
  fields(rowNumber: number): Fields {
    const r = rowNumber - this.startRow;
    if (this.fieldsByRow === undefined) this.fieldsByRow = new Array(this.values.length);
    let fields = this.fieldsByRow[r];
    if (fields === undefined) {
      fields = this.readFields(r);
      this.fieldsByRow[r] = fields;
    }
    return fields;
  }

  /** Keys of every row are handed out at once, on first use: "#2", "#3" follow sheet order, not access order. */
  key(rowNumber: number): string {
    if (this.keysByRow === undefined) this.keysByRow = this.readKeys();
    return this.keysByRow[rowNumber - this.startRow];
  }

  /**
   * Trimmed text of each mapped role's cell ("" when empty; unmapped roles are absent); a serial date as
   * "YYYY-MM-DD", a time fraction as "HH:mm".
   */
  private readFields(r: number): Fields {
    const at = this.at;
    const row = rowAt(this.values, r);
    const fields: Fields = {};
    // Same role order as ALL_ROLES, so Object.keys(fields) reads as it always did.
    if (at.prospectCol >= 0) fields.prospect = cellText(row[at.prospectCol]);
    if (at.contactCol >= 0) fields.contact = cellText(row[at.contactCol]);
    if (at.emailCol >= 0) fields.email = cellText(row[at.emailCol]);
    if (at.phoneCol >= 0) fields.phone = cellText(row[at.phoneCol]);
    if (at.nextStepCol >= 0) fields.nextStep = cellText(row[at.nextStepCol]);
    if (at.dateCol >= 0) fields.date = this.readDate(r).text;
    if (at.timeCol >= 0) fields.time = timeText(row[at.timeCol]);
    if (at.statusCol >= 0) fields.status = cellText(row[at.statusCol]);
    if (at.notesCol >= 0) fields.notes = cellText(row[at.notesCol]);
    if (at.ownerCol >= 0) fields.owner = cellText(row[at.ownerCol]);
    return fields;
  }

  /** The date cell of grid row r, read as the analysis read it. */
  private readDate(r: number): DateReading {
    const at = this.at;
    const fmt = this.formats ? this.formats[r] : undefined;
    const f = Array.isArray(fmt) ? fmt[at.dateCol] : undefined;
    const cell = at.dateCol < 0 ? undefined : rowAt(this.values, r)[at.dateCol];
    return readDateCell(cell, typeof f === "string" ? f : undefined, this.date, newReading());
  }

  private readKeys(): string[] {
    const at = this.at;
    const cols = Object.values(at).filter((col) => col >= 0);
    // The analysis made a report for exactly the rows with content in a mapped column; finding them again here, in
    // sheet order, keeps "#2", "#3" independent of how a caller sorted or trimmed its list of reports.
    const prospectRows: number[] = [];
    for (let r = this.firstRow; r < this.values.length; r++) {
      const row = rowAt(this.values, r);
      if (cols.some((col) => hasContent(row[col]))) prospectRows.push(r);
    }
    const unique = new ProspectKeys(prospectRows.length);
    const keys: string[] = new Array(this.values.length);
    for (const r of prospectRows) {
      const row = rowAt(this.values, r);
      const prospect = at.prospectCol < 0 ? "" : cellText(row[at.prospectCol]);
      const contact = at.contactCol < 0 ? "" : cellText(row[at.contactCol]);
      const email = at.emailCol < 0 ? "" : cellText(row[at.emailCol]);
      keys[r] = unique.unique(prospect, contact, email);
    }
    return keys;
  }
}
