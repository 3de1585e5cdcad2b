import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tableOf, type BudgetWorkbook, type CodedRow, type FunctionalColumn } from '../../tables/types';
import { columnName, normalizeCode, rowLabel } from '../codedTables';
import { rowsByCode } from '../final/finalFigures';
import { findingList, relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';

const COLUMNS: FunctionalColumn[] = ['total', 'basic', 'project'];

/**
 * True when all the year's spending is 一般公共预算财政拨款: 表1 本年支出合计 = 表4 本年支出合计 of that column. Then
 * 表5 repeats 表3 cell for cell. Without both figures we cannot tell, and only the ≤ check runs.
 */
export function allSpendingGeneralBudget(wb: BudgetWorkbook): boolean {
  const all = tableOf(wb, 'final_income_expenditure_summary')?.expenditureTotal?.values.total;
  const general = tableOf(wb, 'final_fiscal_summary')?.expenditureTotal?.values.general;
  return !!all && !!general && !all.value.isZero() && all.value.eq(general.value);
}

/**
 * 决算 F4: 表5 is the 一般公共预算 part of 表3, so each 表5 figure is no larger than 表3's for the same code and column
 * (合计 row with 合计 row); when all spending is 一般公共预算拨款 (allSpendingGeneralBudget) they are the same figure,
 * and a non-zero 表3 row 表5 leaves out is a finding too. The 表5 cell is named first.
 */
export const finalGeneralVsExpenditureRule: Rule = {
  id: 'final-general-vs-expenditure',
  family: 'cross-table',
  document: 'final',
  severity: 'error',
  title: '一般公共预算财政拨款支出决算表各科目不大于支出决算表（支出全部为一般公共预算财政拨款时应相等）',
  check: (ctx): Finding[] => {
    const general = tableOf(ctx.workbook, 'final_general_budget_expenditure');
    const expenditure = tableOf(ctx.workbook, 'final_expenditure');
    if (!general || !expenditure) return [];
    const mustEqual = allSpendingGeneralBudget(ctx.workbook);
    const { findings, push } = findingList();
    const g = TABLE_KIND_NAMES[general.kind];
    const e = TABLE_KIND_NAMES[expenditure.kind];
    const byCode = rowsByCode(expenditure);
    const columns = COLUMNS.filter((c) => general.columns.includes(c) && expenditure.columns.includes(c));
    const pairs: Array<[CodedRow<FunctionalColumn>, CodedRow<(typeof expenditure.columns)[number]> | undefined]> = [];
    if (general.total) pairs.push([general.total, expenditure.total]);
    for (const row of general.rows) if (row.code !== '') pairs.push([row, byCode.get(normalizeCode(row.code))]);
    const seen = new Set<CodedRow>();
    for (const [gRow, eRow] of pairs) {
      if (eRow) seen.add(eRow);
      for (const c of columns) {
        const stated = gRow.values[c];
        const reference = eRow?.values[c];
        // A row 表3 does not print holds nothing: the 表5 figure is compared with zero.
        if (!stated || (eRow && !reference)) continue;
        const cell = `“${rowLabel(gRow)}”的“${columnName(general.kind, c)}”`;
        push(
          relateFigures({
            rule: finalGeneralVsExpenditureRule,
            ctx,
            table: general.kind,
            left: [stated],
            right: [reference],
            operator: mustEqual ? 'eq' : 'le',
            describe: mustEqual
              ? `支出全部为一般公共预算财政拨款，${g}${cell}应等于 ${e}同一科目`
              : `${g}${cell}不应大于 ${e}同一科目`,
          }),
        );
      }
    }
    if (!mustEqual) return findings;
    for (const eRow of expenditure.rows) {
      if (seen.has(eRow) || eRow.code === '' || byCode.get(normalizeCode(eRow.code)) !== eRow) continue;
      const stated = eRow.values.total;
      if (!stated || stated.value.isZero()) continue;
      push(
        relateFigures({
          rule: finalGeneralVsExpenditureRule,
          ctx,
          table: expenditure.kind,
          left: [stated],
          right: [],
          describe: `支出全部为一般公共预算财政拨款，${e}“${rowLabel(eRow)}”应同样列在${g}中`,
        }),
      );
    }
    return findings;
  },
};
