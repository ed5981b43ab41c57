/** Generated prospect sheets for the adapter tests and the bench: deterministic, any size, every state present. */
import { isoToSerial, MemoryWorkbook } from "../../src/preview/memory";

export const TODAY = "2026-11-25";
export const HEADER = [
  "Prospect",
  "Contact",
  "Email",
  "Phone",
  "Next step",
  "Date",
  "Time",
  "Status",
  "Notes",
  "Owner",
  "Region",
  "Value",
];

/** What row i is meant to be, cycling so every kind appears in any sheet of 12+ rows. */
export type Planned =
  | "overdue"
  | "dueToday"
  | "dueSoon"
  | "scheduled"
  | "closedOverdue"
  | "missingStep"
  | "missingDate"
  | "badText"
  | "textDate"
  | "tooFar"
  | "vagueStep"
  | "errorDate";
export const PLAN: readonly Planned[] = [
  "overdue",
  "dueToday",
  "dueSoon",
  "scheduled",
  "closedOverdue",
  "missingStep",
  "overdue",
  "missingDate",
  "badText",
  "textDate",
  "tooFar",
  "vagueStep",
  "errorDate",
];

const DAY = isoToSerial(TODAY);

/** One data row (12 columns, as HEADER) for planned kind `kind`, row number i (for unique names). */
export function prospectRow(i: number, kind: Planned): (string | number)[] {
  let date: string | number = DAY + 30;
  let step = `Call about proposal ${i}`;
  let status = i % 2 ? "Open" : "Negotiating";
  switch (kind) {
    case "overdue":
      date = DAY - 1 - (i % 20);
      break;
    case "dueToday":
      date = DAY + 0.375; // today 09:00: still today
      break;
    case "dueSoon":
      date = DAY + 1 + (i % 6);
      break;
    case "closedOverdue":
      date = DAY - 10;
      status = i % 2 ? "Won" : "Closed – Lost!";
      break;
    case "missingStep":
      date = DAY - 3;
      step = "";
      break;
    case "missingDate":
      date = "";
      break;
    case "badText":
      date = "13/45/2026";
      break;
    case "textDate":
      date = "Nov 30, 2026";
      break;
    case "tooFar":
      date = DAY - 365 * 20;
      break;
    case "vagueStep":
      date = DAY + 2;
      step = "TBD";
      break;
    case "errorDate":
      date = "#N/A";
      break;
  }
  return [
    `Prospect ${i}`,
    `Contact ${i}`,
    `p${i}@example.com`,
    `+1 555 ${String(1000 + (i % 9000))}`,
    step,
    date,
    "",
    status,
    `Notes for ${i}`,
    `Owner ${i % 7}`,
    ["North", "South", "East", "West"][i % 4],
    1000 + i,
  ];
}

export function prospectRows(count: number): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < count; i++) rows.push(prospectRow(i + 1, PLAN[i % PLAN.length]));
  return rows;
}

export interface GeneratedOptions {
  rows: number;
  /** Title rows above the header ("Q4 pipeline", blank). */
  titleRows?: (string | number)[][];
  table?: boolean;
  sheetName?: string;
}

/** A workbook with one prospect sheet; date cells holding serials get a date format, as a rep's would. */
export function generateWorkbook(options: GeneratedOptions): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ today: TODAY });
  const name = options.sheetName ?? "Prospects";
  const title = options.titleRows ?? [];
  const data = prospectRows(options.rows);
  workbook.addSheet(name, [...title, HEADER, ...data]);
  const first = title.length + 2; // sheet row of the first data row
  const last = first + data.length - 1;
  workbook.setFormat(name, `F${first}:F${last}`, { numberFormat: "m/d/yyyy" });
  workbook.setFormat(name, `L${first}:L${last}`, { numberFormat: "#,##0" });
  if (options.table) workbook.addTable(name, `A${first - 1}:L${last}`, "Prospects");
  return workbook;
}
