import Decimal from 'decimal.js';
import type ExcelJS from 'exceljs';
import type { CellRef } from '../engine/grid';
import { isTextFix, type PlannedFix } from './planFixes';

/** A change written into the corrected copy: the cell's value before and after, as text. */
export interface AppliedChange {
  cell: CellRef;
  old: string;
  new: string;
  resolves: string[];
}

/** A fix left unapplied, and why (in Chinese, for the reviewer). */
export interface RefusedFix {
  cell: CellRef;
  value: string;
  reason: string;
  resolves: string[];
}

export const FORMULA_REFUSAL = '该单元格为公式，请修改公式';

function isFormula(cell: ExcelJS.Cell): boolean {
  const v = cell.value as unknown;
  return (
    cell.formula !== undefined || (typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v))
  );
}

/** The cell's content as text: a number as a plain decimal, rich text joined, empty as ''. */
function valueText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return new Decimal(v).toString();
  if (typeof v === 'string') return v;
  const runs = (v as { richText?: Array<{ text?: string }> }).richText;
  if (Array.isArray(runs)) return runs.map((r) => r.text ?? '').join('');
  return cell.text;
}

/** The new content of the cell, or the reason it cannot be written. */
function newContent(cell: ExcelJS.Cell, planned: PlannedFix): { value: string | number } | { refused: string } {
  const { fix } = planned;
  if (isTextFix(fix)) {
    // Without the cell's whole new text, writing the paragraph alone could drop the cell's other paragraphs.
    return fix.cellText !== undefined ? { value: fix.cellText } : { refused: '未给出该单元格的完整新文字' };
  }
  let amount: Decimal;
  try {
    amount = new Decimal(fix.value);
  } catch {
    return { refused: `修正值“${fix.value}”不是数字` };
  }
  // An amount typed as text stays text, as its author wrote it; otherwise a number, under the cell's own format.
  return typeof cell.value === 'string' ? { value: fix.value } : { value: amount.toNumber() };
}

/**
 * Write each planned fix into the ExcelJS workbook (the copy `fix` saves). Assigning a value keeps the cell's
 * number format and style; a formula is never overwritten, since its inputs are what is wrong.
 */
export function applyFixesToWorkbook(
  excel: ExcelJS.Workbook,
  plan: readonly PlannedFix[],
): { changes: AppliedChange[]; refused: RefusedFix[] } {
  const changes: AppliedChange[] = [];
  const refused: RefusedFix[] = [];
  for (const planned of plan) {
    const { fix, resolves } = planned;
    const cellRef = { sheet: fix.cell.sheet, address: fix.cell.address };
    const refuse = (reason: string) => refused.push({ cell: cellRef, value: fix.value, reason, resolves });
    const ws = excel.getWorksheet(fix.cell.sheet);
    if (!ws) {
      refuse(`找不到工作表“${fix.cell.sheet}”`);
      continue;
    }
    const found = ws.getCell(fix.cell.address);
    const cell = found.isMerged ? found.master : found;
    if (isFormula(cell)) {
      refuse(FORMULA_REFUSAL);
      continue;
    }
    const next = newContent(cell, planned);
    if ('refused' in next) {
      refuse(next.refused);
      continue;
    }
    const old = valueText(cell);
    cell.value = next.value;
    changes.push({ cell: cellRef, old, new: isTextFix(fix) ? String(next.value) : fix.value, resolves });
  }
  // Formulas that read a changed cell keep their saved results until Excel recalculates: ask it to on opening.
  if (changes.length > 0) excel.calcProperties.fullCalcOnLoad = true;
  return { changes, refused };
}
