/** Moves a formula like Excel's copy/sort does: relative references shift, $-anchored parts stay. */
import { columnIndex, columnName, MAX_COLUMNS, MAX_ROWS } from "../addresses";

const REF = /(^|[^A-Za-z0-9_.!$'])(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(!])/g;

/** "=B2*2" moved down 3 rows → "=B5*2"; a reference pushed off the sheet becomes #REF!. */
export function shiftFormula(formula: string, deltaRows: number, deltaColumns: number): string {
  if (deltaRows === 0 && deltaColumns === 0) return formula;
  return formula.replace(/("(?:[^"]|"")*")|([^"]+)/g, (_all, quoted: string | undefined, plain: string | undefined) => {
    if (quoted) return quoted;
    return (plain ?? "").replace(
      REF,
      (_m, lead: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
        const column = columnIndex(letters) + (colAbs ? 0 : deltaColumns);
        const row = Number(digits) - 1 + (rowAbs ? 0 : deltaRows);
        if (column < 0 || column >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return `${lead}#REF!`;
        return `${lead}${colAbs}${columnName(column)}${rowAbs}${row + 1}`;
      },
    );
  });
}
