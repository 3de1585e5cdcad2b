import { budgetAsStated, comparableBudget } from '../../budgetVsFinal/comparableBudget';
import { budgetCellText } from '../../budgetVsFinal/budgetCellText';
import { findInitialBudgets, type InitialBudgetStatement } from '../../budgetVsFinal/findInitialBudgets';
import type { BudgetAmount, YearBudgetFigures } from '../../budgetVsFinal/types';
import type { Finding } from '../../findings';
import { matchNames, type StatedAmount } from '../../narrativeText';
import { tableOf, type BudgetWorkbook, type CodedRow } from '../../tables/types';
import { normalizeCode } from '../codedTables';
import { narrativeParagraphs } from '../narrative/paragraphs';
import type { Rule } from '../rule';

/** Decimals the text prints the amount to, in 万元 ('5000元' is 0.5万 to four more places). */
function statedDecimals(a: StatedAmount): number {
  const printed = /\.(\d+)/.exec(a.raw)?.[1].length ?? 0;
  return a.unit === '元' ? printed + 4 : printed;
}

/**
 * The 功能分类 code an item's 类/款/项 names lead to, down the 决算 表5's code path (the text names, the 预算 codes):
 * each name must match exactly one row under the one before.
 */
function codeOf(names: readonly string[], rows: readonly CodedRow[]): string | undefined {
  let code = '';
  for (const [i, name] of names.entries()) {
    const length = [3, 5, 7][i];
    if (length === undefined) return undefined;
    const candidates = rows.filter((r) => {
      const c = normalizeCode(r.code);
      return c.length === length && c.startsWith(code);
    });
    const matched = matchNames(name, candidates, (r) => r.name);
    const codes = new Set(matched.map((r) => normalizeCode(r.code)));
    if (codes.size !== 1) return undefined;
    code = [...codes][0];
  }
  return code || undefined;
}

function referenceOf(
  s: InitialBudgetStatement,
  budget: YearBudgetFigures,
  wb: BudgetWorkbook,
): { amount: BudgetAmount; what: string } | undefined {
  const general = budget.general;
  if (!general) return undefined;
  if (s.kind === 'total') return general.total ? { amount: general.total, what: '一般公共预算支出合计' } : undefined;
  const rows = tableOf(wb, 'final_general_budget_expenditure')?.rows ?? [];
  const code = codeOf(s.names, rows);
  const amount = code ? general.byCode.get(code) : undefined;
  return code && amount ? { amount, what: `${code} ${s.names[s.names.length - 1]}` } : undefined;
}

/**
 * The 年初预算 the 决算 情况说明 五（三） states — the whole 一般公共预算财政拨款支出 and each 类/款/项 item — against
 * the same year's 预算 一般公共预算支出功能分类表 (issue 13 point 5). A warning: the 预算 file given may not be the
 * one the 决算 was compiled against (a 单位 vs 部门 预算). Items are found by name through the 决算's own 表5; an item
 * the 预算 has no row for is not compared (only figures both documents have). Findings point at the paragraph; the
 * 预算 cell is named in the message (another file), and no relation is stated for the diagnosis to fix.
 */
export const finalInitialBudget: Rule = {
  id: 'final-initial-budget',
  family: 'cross-table',
  document: 'final',
  severity: 'warning',
  title: '决算说明中的年初预算与同年预算一致',
  check: (ctx) => {
    const budget = comparableBudget(ctx.workbook, ctx.options.budget);
    if (!budget?.general) return [];
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      for (const s of findInitialBudgets(paragraph.text)) {
        const reference = referenceOf(s, budget, ctx.workbook);
        if (!reference) continue;
        const expected = budgetAsStated(reference.amount, statedDecimals(s.amount));
        if (s.amount.value.eq(expected)) continue;
        const subject = s.kind === 'total' ? '一般公共预算财政拨款支出' : `“${s.names.join('-')}”`;
        findings.push({
          ruleId: finalInitialBudget.id,
          family: finalInitialBudget.family,
          severity: finalInitialBudget.severity,
          message: `决算说明${subject}年初预算为 ${s.amount.raw}，与${budgetCellText(budget, reference.amount)}（${reference.what}）的 ${expected.toFixed(2)}万元 不一致（差额 ${s.amount.value.minus(expected).toFixed(2)}万元）`,
          cells: [paragraph.cell],
          table: 'narrative',
          expected: expected.toFixed(2),
          actual: s.amount.value.toFixed(2),
        });
      }
    }
    return findings;
  },
};
