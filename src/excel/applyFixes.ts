import type { FindingFix } from '../engine/findings';
import { fromA1, toA1, type CellRef } from '../engine/grid';
import type { ResolvedAdapterOptions } from './adapterOptions';
import { splitQualifiedAddress } from './cellAddress';
import type { FixCellValue, FixEntry } from './fixRecord';
import {
  CELL_LOAD_BYTES,
  CELL_WRITE_BYTES,
  cellInput,
  fixBudget,
  loadFixState,
  queueRecord,
  sameValue,
} from './fixState';
import type { SheetInfo } from './markState';
import { jsonBytes } from './syncBudget';
import type { ApplyFixesResult, RefusedFix } from './fixTypes';
import type { ExcelRunner } from './types';

function normalizeAddress(address: string): string | undefined {
  try {
    const { row, col } = fromA1(address);
    return toA1(row, col);
  } catch {
    return undefined;
  }
}

/** A plain decimal as the engine writes it ('37.17', '-5', '1,234.50' tolerated); undefined otherwise. */
export function fixNumber(value: string): number | undefined {
  const s = value.replace(/,/g, '').trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

const where = (cell: CellRef) => `${cell.sheet}!${cell.address}`;

/** Request bytes of a cell's getMergedAreasOrNullObject().load('address'), with margin. */
const MERGED_AREA_LOAD_BYTES = 500;

interface Target {
  fix: FindingFix;
  sheet: SheetInfo;
  address: string;
  range: Excel.Range;
  /** The merged area holding the cell (ExcelApi 1.13; without it Excel itself refuses the write). */
  merged?: Excel.RangeAreas;
}

/**
 * What the fix writes into a cell holding `old`, or why not. A number cell gets a number (its format
 * stays); a text cell the fix's whole new text (cellText, else text, else the figure when the cell is a
 * figure typed as text); an empty cell the number.
 */
function newValueFor(fix: FindingFix, old: FixCellValue): FixCellValue | string[] {
  const cell = where(fix.cell);
  if (typeof old === 'boolean') return [`${cell} 不是数字或文字，未修改。`];
  if (typeof old === 'number' || old === '') {
    const n = fixNumber(fix.value);
    if (n !== undefined) return n;
    if (old === '' && (fix.cellText ?? fix.text) !== undefined) return (fix.cellText ?? fix.text) as string;
    return [`${cell} 是数字单元格，建议值“${fix.value}”不是数字，未修改。`];
  }
  const text = fix.cellText ?? fix.text ?? (fixNumber(old) !== undefined ? fix.value : undefined);
  if (text === undefined) return [`${cell} 是文字单元格，建议没有给出新的文字，未修改。`];
  return text;
}

/**
 * 修正: writes each fix's value into its cell, after the user clicked for exactly these fixes. Three syncs
 * (plus one per ~4 MB of a very large batch): the sheets and the earlier record; the target cells' values,
 * formulas and number formats; then the new record (before any cell changes, so 撤销修正 can always restore),
 * the values, and the old record's removal. A formula cell is refused (its formula is to be corrected), as
 * are cells of protected or missing sheets; the number format, the fill and every other format stay.
 */
export function applyFixes(
  run: ExcelRunner,
  options: ResolvedAdapterOptions,
  fixes: readonly FindingFix[],
): Promise<ApplyFixesResult> {
  return run(async (context) => {
    const state = await loadFixState(context);
    const refused: RefusedFix[] = [];
    const refuse = (fix: FindingFix, reason: string, formula = false) => refused.push({ fix, reason, formula });
    const targets: Target[] = [];
    const taken = new Set<string>();
    const reads = fixBudget(context, options);
    for (const fix of fixes) {
      const sheet = state.sheetsByName.get(fix.cell.sheet.toLowerCase());
      const address = normalizeAddress(fix.cell.address);
      if (!sheet) refuse(fix, `找不到工作表“${fix.cell.sheet}”，未修改 ${where(fix.cell)}。`);
      else if (!address) refuse(fix, `单元格地址无效：${fix.cell.address}`);
      else if (sheet.protected) refuse(fix, `工作表“${sheet.name}”受保护，未修改 ${where(fix.cell)}。`);
      else if (taken.has(`${sheet.id}!${address}`)) refuse(fix, `${where(fix.cell)} 已有另一条修正，未重复修改。`);
      else {
        taken.add(`${sheet.id}!${address}`);
        // The old text comes back about as long as the new one, in values and in formulas.
        const mergeLoad = options.isSetSupported('ExcelApi', '1.13') ? MERGED_AREA_LOAD_BYTES : 0;
        await reads.reserve(CELL_LOAD_BYTES + mergeLoad + 3 * jsonBytes(fix.cellText ?? fix.text ?? fix.value));
        const range = sheet.worksheet.getRange(address);
        range.load('values,formulas,numberFormat');
        let merged: Excel.RangeAreas | undefined;
        if (options.isSetSupported('ExcelApi', '1.13')) {
          merged = range.getMergedAreasOrNullObject();
          merged.load('address');
        }
        targets.push({ fix, sheet, address, range, merged });
      }
    }
    if (targets.length === 0) return { applied: [], refused };
    await context.sync();

    const seq = Math.max(0, ...state.entries.map((e) => e.seq)) + 1;
    const record: FixEntry[] = [...state.entries];
    const writes: Array<{ target: Target; input: FixCellValue; old: FixCellValue; next: FixCellValue }> = [];
    for (const target of targets) {
      const { fix, sheet, address, range } = target;
      const formula = range.formulas[0][0];
      const old = range.values[0][0] as FixCellValue;
      const numberFormat = String(range.numberFormat[0][0] ?? 'General');
      if (typeof formula === 'string' && formula.startsWith('=')) {
        refuse(
          fix,
          `${where(fix.cell)} 是公式单元格（${formula}），未修改：请修改公式或其引用的单元格，使其结果为 ${fix.value}。`,
          true,
        );
        continue;
      }
      const area = target.merged && !target.merged.isNullObject ? target.merged.address : undefined;
      const topLeft = area ? splitQualifiedAddress(area).local.split(/[:,]/)[0].toUpperCase() : address;
      if (topLeft !== address) {
        refuse(fix, `${where(fix.cell)} 位于合并单元格 ${topLeft} 之内，未修改：请修改 ${topLeft}。`);
        continue;
      }
      const next = newValueFor(fix, old);
      if (Array.isArray(next)) {
        refuse(fix, next[0]);
        continue;
      }
      if (sameValue(next, old)) {
        refuse(fix, `${where(fix.cell)} 已是 ${fix.value}，无需修改。`);
        continue;
      }
      record.push({ seq, sheetId: sheet.id, sheet: sheet.name, address, old, oldFormat: numberFormat, new: next });
      writes.push({ target, input: cellInput(next, numberFormat), old, next });
    }
    if (writes.length === 0) return { applied: [], refused };

    // The record first, beside the old one; then the cells; the old record last.
    const budget = fixBudget(context, options);
    await queueRecord(context, options, budget, record);
    for (const w of writes) {
      await budget.reserve(CELL_WRITE_BYTES + jsonBytes(w.input));
      w.target.sheet.worksheet.getRange(w.target.address).values = [[w.input]];
    }
    for (const part of state.parts) part.delete();
    await context.sync();
    return {
      applied: writes.map((w) => ({
        cell: { sheet: w.target.sheet.name, address: w.target.address },
        old: w.old,
        new: w.next,
      })),
      refused,
    };
  });
}
