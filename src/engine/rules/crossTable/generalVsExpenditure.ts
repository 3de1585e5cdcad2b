import Decimal from 'decimal.js';
import { formatWan } from '../../amount';
import type { Finding, Severity } from '../../findings';
import { tableOf, type BudgetWorkbook, type CodedRow, type Figure, type FunctionalColumn } from '../../tables/types';
import { columnName, normalizeCode, rowLabel } from '../codedTables';
import { stateRelation } from '../../relations/stateRelation';
import type { Rule } from '../rule';
import { termOf } from '../sumFinding';

const COLUMNS: FunctionalColumn[] = ['total', 'basic', 'project'];

/**
 * True when the 收支总表 shows 一般公共预算拨款 as the only money: every other income item and 上年结转结余
 * are zero. Then the general-budget table must repeat the expenditure table. Without the summary we cannot
 * tell, and only the ≤ check runs.
 */
export function onlyGeneralBudgetIncome(wb: BudgetWorkbook): boolean {
  const summary = tableOf(wb, 'income_expenditure_summary');
  if (!summary) return false;
  const amount = (f: Figure | undefined) => f?.value ?? new Decimal(0);
  const general = summary.incomeItems.filter((i) => i.role === 'general');
  const others = summary.incomeItems.filter((i) => i.role !== 'general');
  return (
    general.some((i) => !amount(i.values.amount).isZero()) &&
    others.every((i) => amount(i.values.amount).isZero()) &&
    amount(summary.carryIn?.values.amount).isZero()
  );
}

/**
 * Family 4: 一般公共预算财政拨款支出表 is part of 部门预算支出总表, so each of its figures must not exceed the
 * expenditure table's figure for the same code and column (error). When the only income is 一般公共预算拨款
 * the two must be equal; a general-budget figure short of the expenditure figure is then a warning, not an
 * error: the premise is read from the summary table, and other rules already report a summary that is wrong.
 * The general-budget cell is named first (it is the part whose figure is judged).
 */
export const crossGeneralVsExpenditure: Rule = {
  id: 'cross-general-vs-expenditure',
  family: 'cross-table',
  document: 'budget',
  severity: 'error',
  title: '一般公共预算财政拨款支出表各科目不大于支出总表（收入仅有一般公共预算拨款时应相等）',
  check: (ctx) => {
    const general = tableOf(ctx.workbook, 'general_budget_expenditure');
    const expenditure = tableOf(ctx.workbook, 'expenditure');
    if (!general || !expenditure) return [];
    const mustEqual = onlyGeneralBudgetIncome(ctx.workbook);
    const byCode = new Map<string, CodedRow<'total' | 'basic' | 'project'>>();
    for (const row of expenditure.rows) {
      const code = normalizeCode(row.code);
      if (code !== '' && !byCode.has(code)) byCode.set(code, row);
    }
    const columns = COLUMNS.filter((c) => general.columns.includes(c) && expenditure.columns.includes(c));
    const findings: Finding[] = [];
    const report = (
      severity: Severity,
      stated: Figure | undefined,
      reference: Figure | undefined,
      describe: string,
    ): Finding => {
      const actual = stated?.value ?? new Decimal(0);
      const expected = reference?.value ?? new Decimal(0);
      const diff = actual.minus(expected);
      const finding: Finding = {
        ruleId: crossGeneralVsExpenditure.id,
        family: crossGeneralVsExpenditure.family,
        severity,
        message: `${describe}：支出总表为 ${formatWan(expected)}，本表为 ${formatWan(actual)}（差额 ${diff.isNegative() ? '' : '+'}${formatWan(diff)}）`,
        cells: [stated?.cell, reference?.cell].filter((c) => c !== undefined),
        table: stated ? general.kind : expenditure.kind,
        expected: formatWan(expected),
        actual: formatWan(actual),
      };
      findings.push(finding);
      return finding;
    };
    // The ≤ relation of every general-budget figure, and the equality the summary's premise adds (a warning).
    const relate = (stated: Figure | undefined, reference: Figure | undefined, describe: string, found: Finding[]) => {
      const terms = [...(stated ? [termOf(stated, 1)] : []), ...(reference ? [termOf(reference, -1)] : [])];
      const table = stated ? general.kind : expenditure.kind;
      const rule = stated ? crossGeneralVsExpenditure : { ...crossGeneralVsExpenditure, severity: 'warning' as const };
      const finding = found.find((f) => f.severity === rule.severity) ?? null;
      stateRelation({
        rule,
        ctx,
        terms,
        operator: stated ? 'le' : 'eq',
        rounding: 'coarser',
        describe,
        table,
        finding,
      });
      if (stated && mustEqual) {
        const equal = { ...crossGeneralVsExpenditure, severity: 'warning' as const };
        const warning = found.find((f) => f.severity === 'warning') ?? null;
        stateRelation({ rule: equal, ctx, terms, rounding: 'coarser', describe, table, finding: warning });
      }
    };
    const seen = new Set<CodedRow>();
    const rows: Array<[CodedRow<FunctionalColumn>, CodedRow<FunctionalColumn> | undefined]> = [];
    if (general.total) rows.push([general.total, expenditure.total]);
    for (const row of general.rows) {
      if (row.code === '') continue;
      rows.push([row, byCode.get(normalizeCode(row.code))]);
    }
    for (const [g, e] of rows) {
      if (e) seen.add(e);
      for (const column of columns) {
        const stated = g.values[column];
        const reference = e?.values[column];
        if (!stated) continue;
        const actual = stated.value;
        const expected = reference?.value ?? new Decimal(0);
        const label = `一般公共预算财政拨款支出表“${rowLabel(g)}”的“${columnName(general.kind, column)}”`;
        const found: Finding[] = [];
        if (actual.gt(expected)) found.push(report('error', stated, reference, `${label}不应大于支出总表同一科目`));
        else if (mustEqual && actual.lt(expected))
          found.push(report('warning', stated, reference, `收入仅有一般公共预算拨款，${label}应等于支出总表同一科目`));
        relate(stated, reference, `${label}不应大于支出总表同一科目`, found);
      }
    }
    if (mustEqual) {
      // Codes the expenditure table spends on that the general-budget table leaves out (合计 column only:
      // one finding per missing row).
      for (const e of expenditure.rows) {
        if (seen.has(e) || e.code === '' || byCode.get(normalizeCode(e.code)) !== e) continue;
        const reference = e.values.total;
        if (!reference || reference.value.isZero()) continue;
        const describe = `收入仅有一般公共预算拨款，支出总表“${rowLabel(e)}”应同样列在一般公共预算财政拨款支出表中`;
        relate(undefined, reference, describe, [report('warning', undefined, reference, describe)]);
      }
    }
    return findings;
  },
};
