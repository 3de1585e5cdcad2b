import type { CodedTableData, Money } from '../budgetData';
import { type HeaderCell, TableContext } from '../tableWriter';

export interface CodedTableSpec<C extends string> {
  title: string;
  unitName: string;
  year: number;
  headers: HeaderCell[][];
  /** Amount columns in sheet order, after 序号, 科目编码, 科目名称. */
  columns: readonly C[];
  data: CodedTableData<C>;
}

/** Rows whose code is the next level under `code` ('' for the 合计 row: the 类 rows). */
export function childIndexes(codes: string[], code: string): number[] {
  const longer = codes.filter((c) => c.startsWith(code) && c.length > code.length);
  if (longer.length === 0) return [];
  const next = Math.min(...longer.map((c) => c.length));
  return codes.flatMap((c, i) => (c.startsWith(code) && c.length === next ? [i] : []));
}

function isBlank<C extends string>(amounts: Partial<Record<C, Money>>): boolean {
  return Object.values(amounts).every((v) => v === null || v === undefined);
}

/**
 * A table of 科目 rows (收入总表, 支出总表, 一般公共预算支出表, 基本支出表, 基金, 国资): title, meta, headers,
 * 栏次, the 合计 row, then one row per code. An empty table gets one blank row and its 空表列示 note.
 * Returns the first row after the table.
 */
export function layoutCodedTable<C extends string>(
  ctx: TableContext,
  top: number,
  left: number,
  spec: CodedTableSpec<C>,
): number {
  const width = 3 + spec.columns.length;
  ctx.title(top, left, width, spec.title);
  ctx.meta(top + 1, left, width, { unit: spec.unitName, middle: `预算年度：${spec.year}`, right: '单位：万元' });
  let row = top + 2;
  row += ctx.header(row, left, width, spec.headers);
  ctx.columnNumbers(row, left, width - 1);
  row++;
  const { data } = spec;
  if (data.rows.length === 0 && isBlank(data.total)) {
    for (let c = 0; c < width; c++) ctx.body(row, left + c, '');
    row++;
  } else {
    const first = row;
    const codes = data.rows.map((r) => r.code);
    // Row i of the body: 0 is 合计, i ≥ 1 is data.rows[i - 1].
    const partsOf = (code: string, col: number) => childIndexes(codes, code).map((i) => ({ row: first + 1 + i, col }));
    ctx.serial(row, left, 1);
    ctx.code(row, left + 1, '');
    ctx.body(row, left + 2, '合计');
    spec.columns.forEach((key, j) => {
      const col = left + 3 + j;
      ctx.amount(row, col, data.total[key] ?? null, partsOf('', col));
    });
    row++;
    data.rows.forEach((r, i) => {
      ctx.serial(row, left, i + 2);
      ctx.code(row, left + 1, r.code);
      ctx.body(row, left + 2, r.name);
      spec.columns.forEach((key, j) => {
        const col = left + 3 + j;
        ctx.amount(row, col, r.amounts[key] ?? null, partsOf(r.code, col));
      });
      row++;
    });
  }
  if (data.emptyNote) {
    ctx.sheet.text(row, left, data.emptyNote, {}, false);
    row++;
  }
  return row;
}
