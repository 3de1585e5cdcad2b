import { promises as fs } from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../engine/checkWorkbook';
import { cellName } from '../engine/culpritText';
import type { FindingSummary } from '../engine/findings';
import type { CellRef } from '../engine/grid';
import { applyFixesToWorkbook, type AppliedChange, type RefusedFix } from './applyFixesToWorkbook';
import type { Io } from './main';
import type { FixScope } from './parseArgs';
import { planFixes } from './planFixes';
import { readWorkbookFile, type LoadedWorkbook } from './readWorkbookFile';
import { textChangeExcerpt } from './textChangeExcerpt';
import { WorkbookReadError } from './WorkbookReadError';

/** Why a second fix of a cell already changed waits: it was computed against the cell's text before the first. */
export const HELD_BACK = '同一单元格已有另一处修正，请对修正副本再次运行 fix';

const EXIT_OK = 0;
const EXIT_ERRORS_REMAIN = 1;
const EXIT_UNREADABLE = 2;

/** `fix --json`: what was changed in the corrected copy, what was not, and what its re-check still finds. */
export interface JsonFixReport {
  schemaVersion: 1;
  file: string;
  output: string;
  changes: Array<{ cell: CellRef; old: string; new: string; resolves: string[] }>;
  refused: Array<{ cell: CellRef; value: string; reason: string; resolves: string[] }>;
  /** The findings of the corrected copy. */
  remaining: FindingSummary;
}

/** The same file under two names (a symlink, ./a.xlsx and a.xlsx) is caught too when the output already exists. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return (await fs.realpath(a)) === (await fs.realpath(b));
  } catch {
    return false;
  }
}

function rules(ids: readonly string[], verb = '解决'): string {
  return ids.length > 0 ? `　${verb}〔${ids.join('、')}〕` : '';
}

function changeLine(c: AppliedChange): string {
  const shown = (t: string) => (t === '' ? '（空）' : t);
  if (c.old.includes('\n') || c.new.length > 30 || c.old.length > 30) {
    const excerpt = textChangeExcerpt(c.old, c.new);
    return `${cellName(c.cell)}：“${excerpt.before}”改为“${excerpt.after}”${rules(c.resolves)}`;
  }
  return `${cellName(c.cell)}：${shown(c.old)} → ${shown(c.new)}${rules(c.resolves)}`;
}

function refusedLine(r: RefusedFix): string {
  return `未修改 ${cellName(r.cell)}（应为 ${r.value}）：${r.reason}${rules(r.resolves, '涉及')}`;
}

function remainingLine(s: FindingSummary): string {
  return s.error === 0
    ? `复核副本：没有错误（提示 ${s.warning} 项，尾差/说明 ${s.info} 项）`
    : `复核副本：仍有错误 ${s.error} 项（提示 ${s.warning} 项，尾差/说明 ${s.info} 项）`;
}

/**
 * `budget-check fix FILE -o OUT.xlsx [--only narrative|tables] [--json] [--strict]` (issue 10.5): write a copy
 * with every finding's fix applied, list each change, then re-check the copy as written.
 */
export async function fixCommand(
  io: Io,
  file: string,
  output: string,
  options: { json: boolean; strict: boolean; only?: FixScope },
): Promise<number> {
  if (await sameFile(file, output)) {
    io.err('输出文件不能与原文件相同：原文件从不被改写，请用 -o 指定另一个文件名');
    return EXIT_UNREADABLE;
  }
  let loaded: LoadedWorkbook;
  try {
    loaded = await readWorkbookFile(file);
  } catch (e) {
    io.err(e instanceof WorkbookReadError ? e.message : `${path.basename(file)}：无法读取（${String(e)}）`);
    return EXIT_UNREADABLE;
  }
  const result = checkWorkbook(loaded.grid, { strict: options.strict });
  if (result.tables.length === 0) {
    io.err(`${path.basename(file)}：没有找到部门预算公开表（按表格标题识别，如“部门预算收支总表”）`);
    return EXIT_UNREADABLE;
  }
  const { planned, heldBack } = planFixes(result, options.only);
  const { changes, refused } = applyFixesToWorkbook(loaded.excel, planned);
  for (const h of heldBack) {
    refused.push({
      cell: { sheet: h.fix.cell.sheet, address: h.fix.cell.address },
      value: h.fix.value,
      reason: HELD_BACK,
      resolves: h.resolves,
    });
  }
  try {
    await loaded.excel.xlsx.writeFile(output);
  } catch (e) {
    io.err(`无法写出 ${output}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return EXIT_UNREADABLE;
  }
  // The copy is checked as written, so the count is what a reviewer opening it would get.
  let remaining: FindingSummary;
  try {
    remaining = checkWorkbook((await readWorkbookFile(output)).grid, { strict: options.strict }).summary;
  } catch (e) {
    io.err(e instanceof WorkbookReadError ? e.message : `${path.basename(output)}：复核时发生内部错误`);
    return EXIT_UNREADABLE;
  }
  if (options.json) {
    const report: JsonFixReport = { schemaVersion: 1, file, output, changes, refused, remaining };
    io.out(JSON.stringify(report));
  } else {
    if (changes.length === 0 && refused.length === 0) io.out('没有可以自动修正的问题。');
    for (const c of changes) io.out(changeLine(c));
    for (const r of refused) io.out(refusedLine(r));
    io.out(`已写出修正副本：${output}（修改 ${changes.length} 处，未修改 ${refused.length} 处）`);
    io.out(remainingLine(remaining));
  }
  return remaining.error > 0 ? EXIT_ERRORS_REMAIN : EXIT_OK;
}
