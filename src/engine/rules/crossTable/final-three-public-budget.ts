import Decimal from 'decimal.js';
import { budgetAsStated, comparableBudget } from '../../budgetVsFinal/comparableBudget';
import { budgetCellText } from '../../budgetVsFinal/budgetCellText';
import type { Finding } from '../../findings';
import { tableOf, type ThreePublicRow } from '../../tables/types';
import { valueIn } from '../../tolerance';
import type { Rule } from '../rule';

const ITEMS: Array<{ row: ThreePublicRow; name: string }> = [
  { row: 'total', name: '合计' },
  { row: 'outbound', name: '因公出国（境）费' },
  { row: 'vehicle', name: '公务用车购置及运行维护费' },
  { row: 'vehiclePurchase', name: '公务用车购置费' },
  { row: 'vehicleOps', name: '公务用车运行维护费' },
  { row: 'reception', name: '公务接待费' },
];

/**
 * 决算 表7 预算数 against the same year's 预算 三公 table, item by item (issue 13 point 5). Meant as the same figure
 * stated twice, but only a warning: a 决算's 预算数 may legitimately be the 调整预算 after a mid-year adjustment,
 * which the 年初预算 file cannot know. Runs only with options.budget and on items both documents print; the 预算's
 * cells are in another file, so they are named in the message rather than listed in the finding's cells (and no
 * relation is stated: the diagnosis must not suggest editing a cell of another workbook).
 */
export const finalThreePublicBudget: Rule = {
  id: 'final-three-public-budget',
  family: 'cross-table',
  document: 'final',
  severity: 'warning',
  title: '决算“三公”经费表预算数与同年预算一致',
  check: (ctx) => {
    const budget = comparableBudget(ctx.workbook, ctx.options.budget);
    const table = tableOf(ctx.workbook, 'final_three_public');
    if (!budget?.threePublic || !table) return [];
    const findings: Finding[] = [];
    for (const { row, name } of ITEMS) {
      const stated = table.budget[row];
      const reference = budget.threePublic[row];
      if (!stated || !reference) continue;
      const actual = valueIn(stated, '万元').toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      const expected = budgetAsStated(reference, 2);
      if (actual.eq(expected)) continue;
      const label = table.labels[row]?.text || name;
      findings.push({
        ruleId: finalThreePublicBudget.id,
        family: finalThreePublicBudget.family,
        severity: finalThreePublicBudget.severity,
        message: `“三公”经费支出决算表“${label}”预算数 ${actual.toFixed(2)} 与${budgetCellText(budget, reference)}的预算数 ${expected.toFixed(2)} 不一致（差额 ${actual.minus(expected).toFixed(2)}）；如年中调整过预算，请确认此处填的是调整预算，否则应与年初预算一致`,
        cells: [stated.cell],
        table: table.kind,
        expected: expected.toFixed(2),
        actual: actual.toFixed(2),
      });
    }
    return findings;
  },
};
