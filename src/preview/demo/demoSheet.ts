import { DEMO_PROSPECTS_TEXT } from "./demoProspects";
import { addDaysIso, dayFirstText, serialOf, usText } from "./excelDates";

/**
 * The preview's workbooks: the everyday one, one whose headers NextStep cannot recognise (column mapping), a blank
 * sheet, a fresh list with only its header row (the designed empty states), the everyday one typed day-first
 * ("30/11/2026") as a rep outside the US writes it, the everyday one with a stray cell far below and to the right
 * ("strayCell"), and two that cannot be read: an Excel too old for the add-in ("oldExcel") and one where the rep is
 * typing in a cell ("editingCell").
 */
export type DemoVariant =
  "standard" | "unusual" | "empty" | "headerOnly" | "onTrack" | "dayFirst" | "oldExcel" | "strayCell" | "editingCell";

export const DEMO_VARIANTS: readonly DemoVariant[] = [
  "standard",
  "unusual",
  "empty",
  "headerOnly",
  "onTrack",
  "dayFirst",
  "oldExcel",
  "strayCell",
  "editingCell",
];

export type DemoCell = string | number;

export interface DemoSheet {
  sheetName: string;
  /** From A1: a title row, a blank row, the header (row 3), then one prospect per row. */
  values: DemoCell[][];
  /** Excel number formats, same shape as values. */
  numberFormat: string[][];
  /** Sheet row number of the header. */
  headerRow: number;
}

const HEADERS: Record<"standard" | "unusual", string[]> = {
  standard: ["Company", "Contact", "Email", "Phone", "Status", "Next step", "Next step date", "Time", "Owner", "Notes"],
  // Email/phone/status/notes are still recognised; company, next step and date are not.
  unusual: ["Outfit", "Contact", "Email", "Phone", "Status", "Our move", "Chase on", "Time", "Owner", "Notes"],
};

const DATE_FORMAT = "m/d/yyyy";

function dateCell(when: string, today: string, dayFirst: boolean): [DemoCell, string] {
  const m = /^([dti]):(-?\d+)$/.exec(when);
  if (!m) return [when, "General"];
  const iso = addDaysIso(today, Number(m[2]));
  if (dayFirst && m[1] !== "i") return [dayFirstText(iso), "@"];
  if (m[1] === "d") return [serialOf(iso), DATE_FORMAT];
  return [m[1] === "t" ? usText(iso) : iso, "@"];
}

/** The demo sheet for `today` ("YYYY-MM-DD", from the preview's clock), so it always looks live. */
export function buildDemoSheet(today: string, variant: DemoVariant = "standard"): DemoSheet {
  if (variant === "empty") return { sheetName: "Sheet1", values: [], numberFormat: [], headerRow: 0 };
  if (variant === "headerOnly") {
    const header = HEADERS.standard;
    return { sheetName: "New list", values: [header], numberFormat: [header.map(() => "General")], headerRow: 1 };
  }
  const header = HEADERS[variant === "unusual" ? "unusual" : "standard"];
  const values: DemoCell[][] = [[variant === "unusual" ? "My accounts" : "Q4 pipeline — follow-ups"], [], header];
  const numberFormat: string[][] = [["General"], [], header.map(() => "General")];
  for (const line of DEMO_PROSPECTS_TEXT.split("\n")) {
    if (!line.trim()) continue;
    const [company, contact, email, phone, status, next, when, time, owner, notes] = line
      .split("|")
      .map((f) => f.trim());
    // "onTrack": a rep who is on top of things — only dated future steps of open deals.
    if (variant === "onTrack" && !(/^d:[1-9]/.test(when ?? "") && next && !/won|lost|closed/i.test(status))) continue;
    const [date, dateFormat] = dateCell(when ?? "", today, variant === "dayFirst");
    values.push([company, contact, email, phone, status, next, date, time ?? "", owner, notes ?? ""]);
    const f = header.map(() => "General");
    f[6] = dateFormat;
    numberFormat.push(f);
  }
  const sheetName = variant === "unusual" ? "Accounts" : "Pipeline";
  return { sheetName, values, numberFormat, headerRow: 3 };
}

/** Rectangular copies (Excel ranges are rectangles): short rows padded with "" / "General". */
export function rectangular(sheet: DemoSheet): { values: DemoCell[][]; numberFormat: string[][] } {
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  const pad = <T>(row: T[], fill: T) => [...row, ...Array<T>(width - row.length).fill(fill)];
  return {
    values: sheet.values.map((r) => pad(r, "")),
    numberFormat: sheet.numberFormat.map((r) => pad(r, "General")),
  };
}
