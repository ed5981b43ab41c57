import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { GridActions } from "./gridActions";
import type { GridModel } from "./gridTypes";
import { useCellEditing } from "./useCellEditing";

const useStyles = makeStyles({
  frame: { display: "flex", flexDirection: "column", height: "100%" },
  // Like Excel's name box: the sheet and the selected cells, above the grid (it never scrolls away).
  nameBox: {
    flexShrink: 0,
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sheetName: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  scroll: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    outlineStyle: "none",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  caption: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `2px ${tokens.spacingHorizontalS}`,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    minWidth: "32px",
    textAlign: "center",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHeadSelected: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  cell: {
    maxWidth: "120px",
    minWidth: "56px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  // The tints are Excel's (defined by the highlighter); text on them stays dark in both themes, as in Excel.
  filled: { color: tokens.colorNeutralForeground1Static },
  numeric: { textAlign: "right" },
  editingCell: { padding: 0, position: "relative", overflow: "visible" },
  editor: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: "120px",
    font: "inherit",
    padding: `1px ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteGreenBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  sortButton: {
    font: "inherit",
    color: "inherit",
    background: "none",
    border: "none",
    cursor: "pointer",
    width: "100%",
    padding: 0,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  sheetPicker: { display: "flex", alignItems: "center" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
  problem: { color: tokens.colorPaletteRedForeground1 },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteGreenBorderActive}`,
    outlineOffset: "-2px",
  },
});

/** Scrolls the selected cell into view like Excel: vertically as needed, sideways only when it is mostly hidden. */
function revealCell(box: HTMLElement, cell: HTMLElement): void {
  const b = box.getBoundingClientRect();
  const c = cell.getBoundingClientRect();
  const headerHeight = box.querySelector("thead")?.getBoundingClientRect().height ?? 0;
  if (c.top < b.top + headerHeight || c.bottom > b.bottom) box.scrollTop += c.top - b.top - b.height / 3;
  const visible = Math.min(c.right, b.right) - Math.max(c.left, b.left);
  if (visible < c.width / 2) box.scrollLeft += c.left - b.left - b.width / 3;
}

export interface PreviewGridProps {
  model: GridModel;
  /** Without actions the grid is read-only. */
  actions?: GridActions;
}

/** The sheet as a grid: cell text, fills and the selection; with actions, edited like Excel (see useCellEditing). */
export function PreviewGrid({ model, actions }: PreviewGridProps): React.JSX.Element {
  const styles = useStyles();
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const [sort, setSort] = React.useState<{ column: number; ascending: boolean } | null>(null);
  const [sortProblem, setSortProblem] = React.useState<string | null>(null);
  const inputs = React.useMemo(() => {
    const map = new Map<string, string>();
    for (const row of model.rows) for (const cell of row.cells) map.set(cell.address, cell.input);
    return map;
  }, [model]);
  const edit = useCellEditing(
    actions,
    (address) => inputs.get(address) ?? "",
    () => scrollRef.current?.focus(),
  );
  React.useEffect(() => {
    const box = scrollRef.current;
    const cell = box?.querySelector<HTMLElement>('td[data-selected="true"]');
    if (box && cell) revealCell(box, cell);
  }, [model.selection]);
  const sortBy = (column: number) => {
    if (!actions) return;
    const ascending = sort?.column === column ? !sort.ascending : true;
    const sorted = actions.sortBy(column, ascending);
    setSort(sorted ? { column, ascending } : null);
    setSortProblem(sorted ? null : `Column ${model.columns[column]} is not part of a list with a header row to sort.`);
  };
  const problem = edit.problem ?? sortProblem;
  const mode = actions ? "editable" : "read-only";
  return (
    <div className={styles.frame}>
      <div className={styles.nameBox}>
        {actions && model.sheets.length > 1 ? (
          <label className={styles.sheetPicker}>
            <span className={styles.hidden}>Sheet</span>
            <select
              data-testid="sheet-picker"
              value={model.sheetName}
              onChange={(e) => actions.activateSheet(e.target.value)}
            >
              {model.sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className={styles.sheetName}>{model.sheetName}</span>
        )}
        <span aria-hidden>{mode}</span>
        {model.selection ? (
          <span data-testid="name-box" aria-hidden>
            {model.selection}
          </span>
        ) : null}
        {problem ? (
          <span role="alert" className={styles.problem} data-testid="grid-problem">
            {problem}
          </span>
        ) : null}
      </div>
      <div
        ref={scrollRef}
        className={styles.scroll}
        tabIndex={0}
        role="region"
        aria-label={`Sheet ${model.sheetName}${actions ? " (type to edit the selected cell)" : ""}`}
        onKeyDown={edit.onGridKeyDown}
        onPaste={edit.onGridPaste}
      >
        <table className={styles.table} data-testid="preview-grid" data-selection={model.selection ?? ""}>
          <caption className={styles.caption}>
            {model.sheetName} ({mode}){model.selection ? ` · selected ${model.selection}` : ""}
          </caption>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.rowHead)} aria-label="Row" />
              {model.columns.map((c, i) => (
                <th
                  key={c}
                  scope="col"
                  className={styles.head}
                  aria-sort={sort?.column === i ? (sort.ascending ? "ascending" : "descending") : undefined}
                >
                  {actions ? (
                    <button
                      type="button"
                      className={styles.sortButton}
                      data-sort-column={c}
                      aria-label={`Sort the list by column ${c}`}
                      title={`Sort the list by column ${c}`}
                      onClick={() => sortBy(i)}
                    >
                      {c}
                      {sort?.column === i ? (sort.ascending ? " ▲" : " ▼") : ""}
                    </button>
                  ) : (
                    c
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={row.number} data-row={row.number}>
                <th scope="row" className={mergeClasses(styles.rowHead, row.selected && styles.rowHeadSelected)}>
                  {row.number}
                </th>
                {row.cells.map((cell) => {
                  const editing = edit.editing?.address === cell.address ? edit.editing : null;
                  return (
                    <td
                      key={cell.address}
                      className={mergeClasses(
                        styles.cell,
                        cell.fill !== null && styles.filled,
                        cell.numeric && styles.numeric,
                        cell.selected && styles.selected,
                        editing !== null && styles.editingCell,
                      )}
                      style={cell.fill ? { backgroundColor: cell.fill } : undefined}
                      data-address={cell.address}
                      data-fill={cell.fill ?? ""}
                      data-kind={cell.numeric ? "number" : "text"}
                      data-selected={cell.selected ? "true" : undefined}
                      title={cell.text.length > 24 ? cell.text : undefined}
                      onClick={actions ? () => edit.onCellClick(cell.address) : undefined}
                      onDoubleClick={actions ? () => edit.onCellDoubleClick(cell.address, cell.input) : undefined}
                    >
                      {editing ? (
                        <input
                          className={styles.editor}
                          data-testid="cell-editor"
                          aria-label={`Edit ${cell.address}`}
                          value={editing.text}
                          autoFocus
                          onChange={(e) => edit.onEditorChange(e.target.value)}
                          onKeyDown={edit.onEditorKeyDown}
                          onBlur={edit.onEditorBlur}
                        />
                      ) : (
                        cell.text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
