import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES, type TableKind } from '../../tableKinds';
import type { CodedRow, Figure, SummaryLine } from '../../tables/types';
import { rowLabel } from '../codedTables';
import { relateFigures } from '../final/finalRelation';
import type { CheckContext, Rule } from '../rule';
import { matchClasses } from './functionalClassMatch';

/**
 * A 决算 summary's 功能类 lines (no codes: matched by name) against a coded table's 类 rows, one column each: each
 * pair the same figure; a non-zero line without a 类 row, or a non-zero 类 row without a line, against zero.
 */
export function classPairs<C extends string>(c: {
  rule: Rule;
  ctx: CheckContext;
  summaryKind: TableKind;
  lines: readonly SummaryLine[];
  lineFigure: (line: SummaryLine) => Figure | undefined;
  /** e.g. '（一般公共预算财政拨款）' after the line's label. */
  lineSuffix?: string;
  /** Cells a pair's finding names after its two figures (表4's 合计 cell when it restates the compared column). */
  lineExtraCells?: (line: SummaryLine) => Finding['cells'];
  tableKind: TableKind;
  rows: readonly CodedRow<C>[];
  column: C;
  columnLabel: string;
}): Finding[] {
  const findings: Finding[] = [];
  const push = (f: Finding | null) => void (f && findings.push(f));
  const s = TABLE_KIND_NAMES[c.summaryKind];
  const t = TABLE_KIND_NAMES[c.tableKind];
  const suffix = c.lineSuffix ?? '';
  const match = matchClasses(c.lines, c.rows);
  for (const { line, row } of match.pairs) {
    const stated = c.lineFigure(line);
    const reference = row.values[c.column];
    if (!stated || !reference) continue;
    push(
      relateFigures({
        rule: c.rule,
        ctx: c.ctx,
        table: c.summaryKind,
        left: [stated],
        right: [reference],
        describe: `${s}“${line.label}”${suffix}应等于 ${t}“${rowLabel(row)}”${c.columnLabel}`,
        extraCells: c.lineExtraCells?.(line),
      }),
    );
  }
  for (const line of match.unmatchedLines) {
    const stated = c.lineFigure(line);
    if (!stated || stated.value.isZero()) continue;
    push(
      relateFigures({
        rule: c.rule,
        ctx: c.ctx,
        table: c.summaryKind,
        left: [stated],
        right: [],
        describe: `${s}“${line.label}”${suffix}在${t}中没有对应的类级科目`,
      }),
    );
  }
  for (const row of match.unmatchedRows) {
    const stated = row.values[c.column];
    if (!stated || stated.value.isZero()) continue;
    push(
      relateFigures({
        rule: c.rule,
        ctx: c.ctx,
        table: c.tableKind,
        left: [stated],
        right: [],
        describe: `${t}“${rowLabel(row)}”${c.columnLabel}在${s}中没有对应的功能类支出行`,
      }),
    );
  }
  return findings;
}
