/** What the preview grid shows: a plain snapshot of one sheet's cells, fills and selection (no Excel objects). */
export interface GridCell {
  /** A1 address, e.g. "F12". */
  address: string;
  /** As Excel displays it (range.text). */
  text: string;
  /** Effective fill ("#RRGGBB", conditional formats included), or null. */
  fill: string | null;
  selected: boolean;
  /** Numbers and dates align right, like Excel. */
  numeric: boolean;
  /** What the cell's editor starts with, as Excel's edit mode shows it (a date as m/d/yyyy, 1250.5 unformatted). */
  input: string;
}

export interface GridRow {
  /** Sheet row number. */
  number: number;
  cells: GridCell[];
  /** Part of the selection. */
  selected: boolean;
}

export interface GridModel {
  sheetName: string;
  /** The visible sheets, in tab order (the sheet picker). */
  sheets: string[];
  /** Column letters, "A" onwards. */
  columns: string[];
  rows: GridRow[];
  /** "B7" or "A7:J7", or null. */
  selection: string | null;
}

/** A cheap fingerprint: the grid re-renders only when what it shows changed. */
export function gridSignature(model: GridModel): string {
  const parts = [model.sheetName, model.selection ?? "", model.sheets.join("\u0001")];
  for (const row of model.rows) for (const c of row.cells) parts.push(`${c.text}\u0001${c.fill ?? ""}\u0001${c.input}`);
  return parts.join("\u0002");
}

/** Where the grid's snapshots come from (the in-memory workbook in the preview). */
export interface GridFeed {
  get(): GridModel;
  subscribe(listener: () => void): () => void;
}
