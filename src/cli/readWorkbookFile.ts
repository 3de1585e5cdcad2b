import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellRange, GridCell, SheetGrid, SheetVisibility, WorkbookGrid } from '../engine/grid';
import { fromA1 } from '../engine/grid';
import { sniffFileType } from './sniffFileType';
import { WorkbookReadError } from './WorkbookReadError';

export interface LoadedWorkbook {
  excel: ExcelJS.Workbook;
  grid: WorkbookGrid;
}

/** ExcelJS cell value → the engine's raw value / formula / error. */
function toGridCell(cell: ExcelJS.Cell): GridCell | undefined {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return undefined;
  const numberFormat = cell.numFmt || undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') {
    return { value: v, text: typeof v === 'string' ? v : cell.text, numberFormat };
  }
  if (v instanceof Date) return { value: cell.text, text: cell.text, numberFormat };
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return { value: null, error: o.error, text: o.error };
  if ('formula' in o || 'sharedFormula' in o) {
    const formula = `=${String(cell.formula ?? o.formula ?? '')}`;
    const result = o.result as unknown;
    if (result && typeof result === 'object' && 'error' in result) {
      const err = String((result as { error: unknown }).error);
      return { value: null, error: err, text: err, formula };
    }
    if (result instanceof Date) return { value: cell.text, text: cell.text, formula, numberFormat };
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

/** Read an .xlsx file. Every failure becomes a WorkbookReadError with one Chinese line. */
export async function readWorkbookFile(file: string): Promise<LoadedWorkbook> {
  const name = path.basename(file);
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError('not-found', `${name}：找不到这个文件`);
    if (code === 'EISDIR') throw new WorkbookReadError('not-xlsx', `${name}：这是一个文件夹，不是 .xlsx 文件`);
    throw new WorkbookReadError('not-found', `${name}：无法打开文件（${code ?? '未知原因'}）`);
  }
  sniffFileType(buf, name);
  const excel = new ExcelJS.Workbook();
  try {
    await excel.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookReadError('corrupt', `${name}：文件已损坏或不是有效的 .xlsx 工作簿，无法读取`);
  }
  return { excel, grid: workbookToGrid(excel, name) };
}
