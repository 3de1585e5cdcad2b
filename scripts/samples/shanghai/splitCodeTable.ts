/**
 * A Shanghai 科目 table (收入, 支出, 一般公共预算, 基金, 国资, 基本支出): title, meta, two header rows with 类/款[/项]
 * under a merged 科目编码 header, one row per code with its parts in their own columns, and 合计 at the bottom
 * merged across the code and name columns. An empty table keeps blank rows, its 合计 row and its note.
 */
import type { CodedTableData, Money } from '../budgetData';
import { TEXT_STYLE, type HeaderCell, type TableContext } from '../tableWriter';
import { writeAmount } from './amountCell';
import type { ShanghaiVariant } from './shanghaiVariant';

export interface SplitCodeTableSpec<C extends string> {
  title: string;
  /** '收入预算', '一般公共预算基本支出' …: the header over the amount columns. */
  group: string;
  codeHeader: string;
  nameHeader: string;
  /** 3 for 功能分类 (类/款/项), 2 for 经济分类 (类/款). */
  levels: 2 | 3;
  columns: ReadonlyArray<{ key: C; header: string }>;
}

const LEVEL_LABELS = ['类', '款', '项'];

/** '2010301' → ['201', '03', '01']. */
export function codeParts(code: string): string[] {
  const parts = [code.slice(0, 3)];
  for (let i = 3; i < code.length; i += 2) parts.push(code.slice(i, i + 2));
  return parts;
}

function headers<C extends string>(spec: SplitCodeTableSpec<C>): HeaderCell[][] {
  return [
    [
      { text: '项目', colSpan: spec.levels + 1 },
      { text: spec.group, colSpan: spec.columns.length },
    ],
    [
      { text: spec.codeHeader, colSpan: spec.levels },
      { text: spec.nameHeader, rowSpan: 2 },
      ...spec.columns.map((c) => ({ text: c.header, rowSpan: 2 })),
    ],
    LEVEL_LABELS.slice(0, spec.levels).map((text) => ({ text })),
  ];
}

function isBlank(amounts: Partial<Record<string, Money>>): boolean {
  return Object.values(amounts).every((v) => v === null || v === undefined);
}

/** Lay out the table; returns the first row after it (after its note, if any). */
export function layoutSplitCodeTable<C extends string>(
  ctx: TableContext,
  variant: ShanghaiVariant,
  top: number,
  left: number,
  unitName: string,
  spec: SplitCodeTableSpec<C>,
  data: CodedTableData<C>,
  measure = '单位：元',
): number {
  const width = spec.levels + 1 + spec.columns.length;
  ctx.title(top, left, width, spec.title);
  ctx.meta(top + 1, left, width, { unit: `编制部门：${unitName}`, right: measure });
  let row = top + 2;
  row += ctx.header(row, left, width, headers(spec));
  const nameCol = left + spec.levels;
  const amounts = (r: number, values: Partial<Record<C, Money>>) =>
    spec.columns.forEach((c, j) => writeAmount(ctx, variant, r, nameCol + 1 + j, values[c.key] ?? null));
  const empty = data.rows.length === 0 && isBlank(data.total);
  if (empty) {
    for (let i = 0; i < variant.emptyRows; i++, row++) for (let c = 0; c < width; c++) ctx.body(row, left + c, '');
  }
  for (const r of data.rows) {
    const parts = codeParts(r.code);
    const level = parts.length - 1;
    for (let l = 0; l < spec.levels; l++) {
      const shown = l === level || (l < level && variant.upperCodes === 'repeated');
      ctx.code(row, left + l, shown ? parts[l] : '');
    }
    ctx.body(row, nameCol, r.name);
    amounts(row, r.amounts);
    row++;
  }
  ctx.sheet.text(row, left, '合计', TEXT_STYLE);
  ctx.sheet.merge(row, left, row, nameCol);
  for (let c = left + 1; c <= nameCol; c++) ctx.sheet.style(row, c, TEXT_STYLE);
  if (empty) spec.columns.forEach((_, j) => ctx.body(row, nameCol + 1 + j, ''));
  else amounts(row, data.total);
  row++;
  if (data.emptyNote) {
    ctx.sheet.text(row, left, data.emptyNote, {}, false);
    row++;
  }
  return row;
}
