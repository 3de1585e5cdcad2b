import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../engine/grid';
import { installLinearMergeLoading } from './linearMergeLoading';
import { sniffFileType } from './sniffFileType';
import { WorkbookReadError } from './WorkbookReadError';
import { workbookToGrid } from '../xlsx/workbookToGrid';

export { sheetToGrid, workbookToGrid } from '../xlsx/workbookToGrid';

export interface LoadedWorkbook {
  excel: ExcelJS.Workbook;
  grid: WorkbookGrid;
}

/**
 * ExcelJS's Workbook alone: the package entry also loads its streaming reader and writer (unzipper,
 * archiver …), about half of ExcelJS's start-up time, which reading and writing a whole file never use.
 */
function workbookClass(): typeof ExcelJS.Workbook {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('exceljs') as typeof ExcelJS).Workbook;
  }
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
  installLinearMergeLoading();
  const Workbook = workbookClass();
  const excel = new Workbook();
  try {
    await excel.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookReadError('corrupt', `${name}：文件已损坏或不是有效的 .xlsx 工作簿，无法读取`);
  }
  return { excel, grid: workbookToGrid(excel, name) };
}
