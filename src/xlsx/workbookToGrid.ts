import type ExcelJS from 'exceljs';
import type { CellRange, GridCell, SheetGrid, SheetVisibility, WorkbookGrid } from '../engine/grid';
import { fromA1 } from '../engine/grid';

/*
 * ExcelJS workbook → the engine's grid. No Node APIs here: the preview host runs it in the browser too.
 */

/** A date as an accountant would read it (ExcelJS gives a JS Date, whose String() is English and zoned). */
function dateText(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** ExcelJS cell value → the engine's raw value / formula / error. */
function toGridCell(cell: ExcelJS.Cell): GridCell | undefined {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return undefined;
  const numberFormat = cell.numFmt || undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') {
    return { value: v, text: typeof v === 'string' ? v : cell.text, numberFormat };
  }
  if (v instanceof Date) return { value: dateText(v), text: dateText(v), numberFormat };
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return { value: null, error: o.error, text: o.error };
  if ('formula' in o || 'sharedFormula' in o) {
    const formula = `=${String(cell.formula ?? o.formula ?? '')}`;
    const result = o.result as unknown;
    if (result && typeof result === 'object' && 'error' in result) {
      const err = String((result as { error: unknown }).error);
      return { value: null, error: err, text: err, formula };
    }
    if (result instanceof Date) return { value: dateText(result), text: dateText(result), formula, numberFormat };
    const value =
      typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean' ? result : null;
    return { value, text: value === null ? '' : String(value), formula, numberFormat };
  }
  if (Array.isArray(o.richText)) {
    const text = (o.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
    return { value: text, text, numberFormat };
  }
  if (typeof o.text === 'string') return { value: o.text, text: o.text, numberFormat };
  return { value: cell.text, text: cell.text, numberFormat };
}

function visibilityOf(ws: ExcelJS.Worksheet): SheetVisibility {
  return ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const merges: string[] = (ws.model as { merges?: string[] }).merges ?? [];
  return merges.map((m) => {
    const [a, b = a] = m.split(':');
    const tl = fromA1(a);
    const br = fromA1(b);
    return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
  });
}

/** One ExcelJS worksheet → the engine's sheet grid. Merged continuation cells stay empty, as in Excel. */
export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: SheetGrid['rows'] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const g = toGridCell(cell);
      if (!g) return;
      (rows[r] ??= [])[colNumber - 1] = g;
    });
  });
  return { name: ws.name, rows, merges: mergesOf(ws), hiddenRows, visibility: visibilityOf(ws) };
}

export function workbookToGrid(excel: ExcelJS.Workbook, source?: string): WorkbookGrid {
  return { source, sheets: excel.worksheets.map(sheetToGrid) };
}
