import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tableOf, type Figure, type SummaryLine } from '../../tables/types';
import { FUND_TYPE_NAMES } from '../final/finalFigures';
import { relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';
import { classPairs } from './finalClassPairs';

/** A 表4 line's 合计 cell when the line has no 基金 or 国资 money: it restates the 一般公共预算 figure and is wrong with it. */
function restatedTotal(line: SummaryLine): Finding['cells'] {
  const { total, fund, capital } = line.values;
  const zero = (f: Figure | undefined) => !f || f.value.isZero();
  return total && zero(fund) && zero(capital) ? [total.cell] : [];
}

/**
 * 决算 F4, 表4 一般公共预算财政拨款 column ↔ 表5: 本年支出合计 = 合计行合计; each 功能类 line = the 类 row of 表5 of that
 * name (表4 prints no codes).
 */
export const finalFiscalVsGeneralBudgetRule: Rule = {
  id: 'final-fiscal-vs-general-budget',
  family: 'cross-table',
  document: 'final',
  severity: 'error',
  title: '财政拨款收入支出决算总表一般公共预算财政拨款支出与一般公共预算财政拨款支出决算表一致',
  check: (ctx): Finding[] => {
    const fiscal = tableOf(ctx.workbook, 'final_fiscal_summary');
    const general = tableOf(ctx.workbook, 'final_general_budget_expenditure');
    if (!fiscal || !general || !general.columns.includes('total')) return [];
    const suffix = `（${FUND_TYPE_NAMES.general}）`;
    const findings = classPairs({
      rule: finalFiscalVsGeneralBudgetRule,
      ctx,
      summaryKind: fiscal.kind,
      lines: fiscal.expenditureRows,
      lineFigure: (l) => l.values.general,
      lineSuffix: suffix,
      lineExtraCells: restatedTotal,
      tableKind: general.kind,
      rows: general.rows,
      column: 'total',
      columnLabel: '合计',
    });
    const stated = fiscal.expenditureTotal?.values.general;
    const reference = general.total?.values.total;
    if (stated && reference) {
      const f = relateFigures({
        rule: finalFiscalVsGeneralBudgetRule,
        ctx,
        table: fiscal.kind,
        left: [stated],
        right: [reference],
        describe: `${TABLE_KIND_NAMES[fiscal.kind]}“${fiscal.expenditureTotal?.label}”${suffix}应等于 ${TABLE_KIND_NAMES[general.kind]}合计行合计`,
      });
      if (f) findings.push(f);
    }
    return findings;
  },
};
