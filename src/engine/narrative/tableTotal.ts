import Decimal from 'decimal.js';
import { formatWan } from '../amount';
import type { CodedRow, CodedTable, Figure } from '../tables/types';
import type { TableKind } from '../tableKinds';
import { compareSum } from '../tolerance';
import { convert } from '../units';

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), new Decimal(0));
}

/**
 * The value of a figure in 万元, the unit every template's 情况说明 states (Shanghai's 元 tables are converted);
 * zero when the cell is absent or blank.
 */
export function valueOf(figure: Figure | undefined): Decimal {
  if (!figure) return new Decimal(0);
  return convert(figure.value, figure.unit?.measure ?? '万元', '万元');
}

/**
 * The total the text states. The total is computed from its parts; when the table's own total cell holds a
 * number, the text states that cell (the family-8 checks compare the text with the table's total cells, and a
 * published text quotes the published table), and a difference from the parts becomes a note for the author.
 * A blank or unreadable total cell states nothing, so the text uses the sum of the parts.
 */
export function settleTotal(
  what: string,
  cell: Figure | undefined,
  parts: readonly Decimal[],
  notes: string[],
): Decimal {
  const computed = sum(parts);
  if (!cell || cell.amount.kind !== 'number') {
    if (!computed.isZero()) notes.push(`${what}为空，说明中采用各项之和 ${formatWan(computed)}`);
    return computed;
  }
  const stated = valueOf(cell);
  const cmp = compareSum(stated, parts);
  if (cmp.status === 'rounding') {
    notes.push(`${what} ${formatWan(stated)} 与各项之和 ${formatWan(computed)} 不一致（尾差），说明中采用表中合计数`);
  } else if (cmp.status === 'mismatch') {
    const gap = `${cmp.difference.isNegative() ? '' : '+'}${formatWan(cmp.difference)}`;
    notes.push(
      `${what} ${formatWan(stated)} 与各项之和 ${formatWan(computed)} 不一致（差额 ${gap}，超出尾差范围，请先核对表格），说明中采用表中合计数`,
    );
  }
  return stated;
}

/** Rows of the highest level present (类 rows, or the 款 rows when a table has no 类 rows): they sum to 合计. */
export function topRows<C extends string>(rows: ReadonlyArray<CodedRow<C>>): Array<CodedRow<C>> {
  const levels = rows.map((r) => r.level).filter((l) => l > 0);
  if (!levels.length) return [];
  const top = Math.min(...levels);
  return rows.filter((r) => r.level === top);
}

/** A column's 合计 of a coded table, computed from its top rows and settled against the 合计 row. */
export function codedTotal<K extends TableKind, C extends string>(
  table: CodedTable<K, C>,
  column: C,
  what: string,
  notes: string[],
): Decimal {
  const parts = topRows(table.rows).map((r) => valueOf(r.values[column]));
  return settleTotal(what, table.total?.values[column], parts, notes);
}
