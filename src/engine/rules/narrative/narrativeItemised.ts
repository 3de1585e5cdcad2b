import { formatWan } from '../../amount';
import { matchNames, sameName, type ListItem } from '../../narrativeText';
import type { Finding } from '../../findings';
import { stateRelation } from '../../relations/stateRelation';
import {
  tableOf,
  type BudgetWorkbook,
  type CodedRow,
  type Figure,
  type TextCell,
  type BasicColumn,
} from '../../tables/types';
import { compareSum } from '../../tolerance';
import type { CheckContext, Rule } from '../rule';
import { narrativeParagraphs, statedFigure } from './paragraphs';
import { statedTerm } from './statedTerm';
import { stateStatedSame } from './stateStatedSame';
import { statementsOf, type ListWithTotal } from './statementsOf';

/** A 公用经费 row of the basic expenditure table (302xx 款), with the figure the list should carry. */
interface PublicRow {
  row: CodedRow<BasicColumn>;
  figure: Figure;
}

function publicRows(wb: BudgetWorkbook): PublicRow[] {
  const t = tableOf(wb, 'basic_expenditure');
  if (!t) return [];
  const rows: PublicRow[] = [];
  for (const row of t.rows) {
    if (row.level !== 2) continue;
    const figure =
      row.values.public?.value.isZero() === false
        ? row.values.public
        : row.code.startsWith('302')
          ? row.values.total
          : undefined;
    if (figure && !figure.value.isZero()) rows.push({ row, figure });
  }
  return rows;
}

/** Which rows each item names: the same name first, then a name containing the other ('工会费' ~ '工会经费'). */
function rowsNamed(items: readonly ListItem[], rows: readonly PublicRow[]): Map<ListItem, PublicRow> {
  const named = new Map<ListItem, PublicRow>();
  const used = new Set<PublicRow>();
  for (const item of items) {
    const row = rows.find((r) => !used.has(r) && sameName(item.name, r.row.name));
    if (row) {
      named.set(item, row);
      used.add(row);
    }
  }
  for (const item of items) {
    if (named.has(item)) continue;
    const candidates = matchNames(
      item.name,
      rows.filter((r) => !used.has(r)),
      (r) => r.row.name,
      2,
    );
    if (candidates.length === 1) {
      named.set(item, candidates[0]);
      used.add(candidates[0]);
    }
  }
  return named;
}

function severityOf(status: 'equal' | 'rounding' | 'mismatch', ctx: CheckContext): Finding['severity'] | null {
  if (status === 'equal') return null;
  if (status === 'rounding') return ctx.options.strict ? 'error' : 'info';
  return narrativeItemised.severity;
}

function checkList(ctx: CheckContext, paragraph: TextCell, entry: ListWithTotal, rows: PublicRow[]): Finding[] {
  const { list, total } = entry;
  const findings: Finding[] = [];
  const isOperating = total?.label?.key === 'operatingCosts' || total?.label?.key === 'public';
  const named = isOperating ? rowsNamed(list.items, rows) : new Map<ListItem, PublicRow>();
  const covered = new Set(named.values());
  const missing = isOperating ? rows.filter((r) => !covered.has(r)) : [];
  const what = isOperating ? '机关运行经费' : '所列';

  if (total) {
    // The stated total against its items, every figure a text term (issue 10); the rule words the finding.
    const terms = [
      statedTerm(total.amount, paragraph, 1, ctx.grid),
      ...list.items.map((i) => statedTerm(i.amount, paragraph, -1, ctx.grid)),
    ];
    const describe = `情况说明中${what}${list.items.length}个分项之和应等于所述合计${total.amount.raw}`;
    const relation = stateRelation({
      rule: narrativeItemised,
      ctx,
      terms,
      rounding: 'envelope',
      describe,
      table: 'narrative',
      finding: null,
    });
    const cmp = compareSum(
      total.amount.value,
      list.items.map((i) => i.amount.value),
    );
    const severity = severityOf(cmp.status, ctx);
    if (severity) {
      const gap = `${cmp.difference.isNegative() ? '' : '+'}${formatWan(cmp.difference)}`;
      const left = missing.length
        ? `；列表未列出${missing.map((r) => `“${r.row.code} ${r.row.name}”${formatWan(r.figure.value)}万元`).join('、')}`
        : '';
      const finding: Finding = {
        ruleId: narrativeItemised.id,
        family: narrativeItemised.family,
        severity,
        message: `${cmp.status === 'rounding' ? '尾差：' : ''}${describe}：分项合计 ${formatWan(cmp.expected)}，所述合计 ${formatWan(cmp.actual)}（差额 ${gap}）${left}`,
        cells: [paragraph.cell, ...missing.map((r) => r.figure.cell)],
        table: 'narrative',
        expected: formatWan(cmp.expected),
        actual: formatWan(cmp.actual),
      };
      if (relation.status !== 'holds') relation.finding = finding;
      findings.push(finding);
    }
  }

  for (const [item, row] of named) {
    const describe = `情况说明机关运行经费所列“${item.name}”${item.amount.raw}应与基本支出表“${row.row.code} ${row.row.name}”一致`;
    const finding = itemFinding(paragraph, item, row, describe);
    stateStatedSame({
      rule: narrativeItemised,
      ctx,
      paragraph,
      stated: item.amount,
      reference: row.figure,
      describe,
      finding,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

/** An item of the 机关运行经费 list against its 302 款 row of the basic expenditure table, as the rule decides it. */
function itemFinding(paragraph: TextCell, item: ListItem, row: PublicRow, describe: string): Finding | null {
  if (item.amount.value.equals(row.figure.value)) return null;
  const stated = statedFigure(item.amount, paragraph);
  const diff = stated.value.minus(row.figure.value);
  return {
    ruleId: narrativeItemised.id,
    family: narrativeItemised.family,
    severity: narrativeItemised.severity,
    message: `${describe}：应为 ${formatWan(row.figure.value)}，实为 ${formatWan(stated.value)}（差额 ${diff.isNegative() ? '' : '+'}${formatWan(diff)}）`,
    cells: [paragraph.cell, row.figure.cell],
    table: 'narrative',
    expected: formatWan(row.figure.value),
    actual: formatWan(stated.value),
  };
}

/** An itemised list (机关运行经费 1、办公费1.3万元2、水费0.3万元…) sums to its stated total and lists every 302 row. */
export const narrativeItemised: Rule = {
  id: 'narrative-itemised',
  family: 'narrative',
  document: 'budget',
  severity: 'warning',
  title: '情况说明中分项列举（如机关运行经费明细）之和应等于所述合计，且与基本支出表公用经费各款一致',
  check(ctx) {
    const rows = publicRows(ctx.workbook);
    return narrativeParagraphs(ctx.workbook).flatMap((paragraph) =>
      statementsOf(paragraph.text).itemisedLists.flatMap((entry) => checkList(ctx, paragraph, entry, rows)),
    );
  },
};
