import type { CodedRow, Figure, TextCell } from '../types';
import type { FinalBasicExpenditureTable } from '../finalTypes';
import { CodeReader } from '../codeColumns';
import { codeLevel } from '../codes';
import type { HeaderColumn } from '../readHeader';
import type { MetaResult } from '../readTableMeta';
import type { SheetView } from '../sheetView';
import { readFigure, tableBase, textCell } from '../tableBase';
import type { TableExtent } from '../tableExtent';
import { withFinalEmptyNote } from './finalEmptyNote';
import { readFinalHeader } from './finalHeader';

/** One side-by-side block: its code columns (one, or 类 | 款), name column and 决算数 column. */
interface Block {
  codes: number[];
  name: number;
  amount: number;
}

const isName = (h: HeaderColumn): boolean => h.leaf.includes('名称');
const isAmount = (h: HeaderColumn): boolean => /^(决算数|金额|合计)$/.test(h.leaf);
const isCode = (h: HeaderColumn): boolean => h.path.some((p) => p.includes('编码')) || /^(类|款)$/.test(h.leaf);

/** The blocks left to right: each name column with the code columns before it and the first amount after it. */
function findBlocks(columns: HeaderColumn[]): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const name of columns.filter(isName)) {
    const amount = columns.find((h) => h.col > name.col && isAmount(h));
    if (!amount) continue;
    const codes = columns.filter((h) => h.col >= start && h.col < name.col && isCode(h)).map((h) => h.col);
    blocks.push({ codes, name: name.col, amount: amount.col });
    start = amount.col + 1;
  }
  return blocks;
}

const PERSONNEL_TOTAL = /^人员经费(合计|小计)$/;
const PUBLIC_TOTAL = /^公用经费(合计|小计)$/;

/**
 * Read 一般公共预算财政拨款基本支出决算表 (表6): two (Shanghai) or three (national 公开06表) side-by-side blocks of
 * 经济分类 rows, codes in one column ('30101') or 类 | 款 columns ('301 | 01'), read block by block; the last row's
 * 人员经费合计 / 公用经费合计 each with the first amount column right of its (merged) label.
 */
export function readFinalBasic(
  view: SheetView,
  extent: TableExtent,
  meta: MetaResult,
): FinalBasicExpenditureTable | undefined {
  const bottom = extent.range.bottom;
  const header = readFinalHeader(view, meta.nextRow, bottom);
  if (!header) return undefined;
  const blocks = findBlocks(header.columns);
  if (blocks.length === 0) return undefined;

  const figures: Figure[] = [];
  const rows: Array<CodedRow<'actual'>> = [];
  for (const block of blocks) {
    const codes = new CodeReader(view, block.codes);
    for (let r = header.dataStart; r <= bottom; r++) {
      const rowCode = codes.read(r);
      const level = codeLevel(rowCode?.code ?? '');
      if (!rowCode || (level !== 1 && level !== 2)) continue;
      const figure = readFigure(view, r, block.amount);
      figures.push(figure);
      rows.push({
        row: r,
        code: rowCode.code,
        name: view.text(r, block.name),
        level,
        nameCell: view.ref(r, block.name),
        codeCell: rowCode.cell,
        values: { actual: figure },
      });
    }
  }

  const amountColumns = blocks.map((b) => b.amount);
  const totalOf = (pattern: RegExp): { label: TextCell; figure: Figure } | undefined => {
    for (let r = header.dataStart; r <= bottom; r++) {
      for (const c of view.nonEmptyCols(r)) {
        if (!pattern.test(view.label(r, c))) continue;
        const right = view.mergeRight(r, c);
        const col = amountColumns.find((a) => a > right);
        if (col === undefined) return undefined;
        const figure = readFigure(view, r, col);
        figures.push(figure);
        return { label: textCell(view, r, c), figure };
      }
    }
    return undefined;
  };
  const personnelTotal = totalOf(PERSONNEL_TOTAL);
  const publicTotal = totalOf(PUBLIC_TOTAL);
  const table: FinalBasicExpenditureTable = {
    ...tableBase('final_basic_expenditure', view, extent, meta, figures),
    columns: ['actual'],
    rows,
    ...(personnelTotal && { personnelTotal }),
    ...(publicTotal && { publicTotal }),
  };
  return withFinalEmptyNote(table, view);
}
