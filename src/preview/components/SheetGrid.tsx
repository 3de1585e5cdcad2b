import { useEffect, useRef } from 'react';
import { columnLetters, toA1 } from '../../engine/grid';
import type { MemorySheet, MemoryWorkbook } from '../memoryExcel';
import { layOutSheet } from '../sheetLayout';

export interface SheetGridProps {
  workbook: MemoryWorkbook;
  sheet: MemorySheet;
  /** Pixel width per column, when the file gave them. */
  columnWidths?: readonly number[];
  /** Changes after every sync: the grid is drawn again from the workbook. */
  version: number;
}

const DEFAULT_WIDTH = 64;

/**
 * The sheet as Excel draws it: row and column headings, cell text, each cell's fill, merged cells,
 * notes as a red corner, the selection outlined. Every cell carries its address and fill as data
 * attributes, which the browser test reads.
 */
export function SheetGrid({ workbook, sheet, columnWidths, version }: SheetGridProps) {
  const layout = layOutSheet(workbook, sheet);
  const activeRef = useRef<HTMLTableCellElement>(null);

  // Bring the selected cell into view, as Excel scrolls to a selection.
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [sheet.id, workbook.selection]);

  const columns = Array.from({ length: layout.columnCount }, (_, c) => c);
  return (
    <table className="sheet-grid" data-sheet={sheet.name} data-version={version}>
      <colgroup>
        <col style={{ width: 40 }} />
        {columns.map((c) => (
          <col key={c} style={{ width: columnWidths?.[c] ?? DEFAULT_WIDTH }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="corner" />
          {columns.map((c) => (
            <th key={c} scope="col">
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {layout.rows.map((r) => (
          <tr key={r}>
            <th scope="row">{r + 1}</th>
            {(layout.cells.get(r) ?? []).map((cell) => (
              <td
                key={cell.col}
                ref={cell.active ? activeRef : undefined}
                rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                className={[cell.selected && 'selected', cell.active && 'active', cell.note && 'noted']
                  .filter(Boolean)
                  .join(' ')}
                style={cell.fill ? { backgroundColor: cell.fill } : undefined}
                title={cell.note ?? (cell.text.length > 12 ? cell.text : undefined)}
                data-address={toA1(cell.row, cell.col)}
                data-fill={cell.fill ?? ''}
                data-selected={cell.selected ? 'true' : undefined}
              >
                {cell.text}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
