import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { GridModel } from "./gridTypes";

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
    maxWidth: "150px",
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

/** The demo sheet as a read-only grid: cell text, conditional-format fills and the selection. */
export function PreviewGrid({ model }: { model: GridModel }): React.JSX.Element {
  const styles = useStyles();
  const scrollRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const box = scrollRef.current;
    const cell = box?.querySelector<HTMLElement>('td[data-selected="true"]');
    if (box && cell) revealCell(box, cell);
  }, [model.selection]);
  return (
    <div className={styles.frame}>
      <div className={styles.nameBox} aria-hidden>
        <span className={styles.sheetName}>{model.sheetName}</span>
        <span>read-only</span>
        {model.selection ? <span data-testid="name-box">{model.selection}</span> : null}
      </div>
      <div ref={scrollRef} className={styles.scroll} tabIndex={0} role="region" aria-label={`Sheet ${model.sheetName}`}>
        <table className={styles.table} data-testid="preview-grid" data-selection={model.selection ?? ""}>
          <caption className={styles.caption}>
            {model.sheetName} (read-only){model.selection ? ` · selected ${model.selection}` : ""}
          </caption>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.rowHead)} aria-label="Row" />
              {model.columns.map((c) => (
                <th key={c} scope="col" className={styles.head}>
                  {c}
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
                {row.cells.map((cell) => (
                  <td
                    key={cell.address}
                    className={mergeClasses(
                      styles.cell,
                      cell.fill !== null && styles.filled,
                      cell.numeric && styles.numeric,
                      cell.selected && styles.selected,
                    )}
                    style={cell.fill ? { backgroundColor: cell.fill } : undefined}
                    data-address={cell.address}
                    data-fill={cell.fill ?? ""}
                    data-kind={cell.numeric ? "number" : "text"}
                    data-selected={cell.selected ? "true" : undefined}
                    title={cell.text.length > 24 ? cell.text : undefined}
                  >
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
