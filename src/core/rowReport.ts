import type { SheetRows } from "./sheetRows";
import type { Role, RowProblem, RowReport, RowState } from "./types";

/** Where a report finds its sheet. A symbol, so Object.keys, for…in and JSON.stringify never show it. */
const SHEET = Symbol("sheet");

/**
 * What every report of one sheet points to. It has no enumerable properties, so deep equality (jest's toEqual)
 * finds reports of equal sheets equal without walking the grid; the sheet sits in a non-enumerable slot, set once
 * per analysis (per row it would cost more than the whole row).
 */
export class SheetLink {
  declare readonly rows: SheetRows;

  constructor(rows: SheetRows) {
    Object.defineProperty(this, "rows", { value: rows });
  }
}

type Fields = Partial<Record<Role, string>>;

/** Makes a lazy property a plain one from the first assignment on, as it would be on a plain object. */
function shadow(report: Report, name: "fields" | "key" | "textDateSerial", value: unknown): void {
  Object.defineProperty(report, name, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * A row's report. The contract's fields (row … message) and dateKind are plain own properties, set by one
 * constructor in one order (so at most four hidden classes: with or without due and message); fields, key and
 * textDateSerial are getters on the prototype that ask the sheet (see SheetRows). JSON.stringify gives every field, as before; a spread copy ({ ...row }) keeps only the
 * own ones, so code that copies a report and still needs fields or key should copy them by name.
 */
export class Report implements RowReport {
  row: number;
  prospect: string;
  state: RowState;
  problems: RowProblem[];
  // Declared only: an optional field stays absent, not undefined, when there is no due date or message.
  declare due?: string;
  declare message?: string;
  dateKind: RowReport["dateKind"];
  declare [SHEET]: SheetLink;

  constructor(
    link: SheetLink,
    row: number,
    prospect: string,
    state: RowState,
    problems: RowProblem[],
    due: string | undefined,
    message: string | undefined,
    dateKind: RowReport["dateKind"],
  ) {
    this.row = row;
    this.prospect = prospect;
    this.state = state;
    this.problems = problems;
    if (due !== undefined) this.due = due;
    if (message !== undefined) this.message = message;
    this.dateKind = dateKind;
    this[SHEET] = link;
  }

  get fields(): Fields {
    return this[SHEET].rows.fields(this.row);
  }

  set fields(value: Fields) {
    shadow(this, "fields", value);
  }

  get key(): string {
    return this[SHEET].rows.key(this.row);
  }

  set key(value: string) {
    shadow(this, "key", value);
  }

  get textDateSerial(): number | undefined {
    return this.dateKind === "text" ? this[SHEET].rows.textDateSerial(this.row) : undefined;
  }

  set textDateSerial(value: number | undefined) {
    shadow(this, "textDateSerial", value);
  }

  /** Every field, in the order a plain report object listed them, so JSON.stringify(report) reads as it did. */
  toJSON(): RowReport {
    const { due, message } = this;
    const serial = this.textDateSerial;
    return {
      row: this.row,
      prospect: this.prospect,
      state: this.state,
      problems: this.problems,
      ...(due === undefined ? {} : { due }),
      ...(message === undefined ? {} : { message }),
      fields: this.fields,
      dateKind: this.dateKind,
      ...(serial === undefined ? {} : { textDateSerial: serial }),
      key: this.key,
    };
  }
}
