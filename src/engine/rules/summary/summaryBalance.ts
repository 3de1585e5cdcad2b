import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import {
  tablesOf,
  type Figure,
  type SummaryLine,
  type SummaryTableBase,
  type SummaryValueKey,
} from '../../tables/types';
import { partSumFinding } from '../partSum';
import type { CheckContext, Rule } from '../rule';
import { sameFinding } from '../sumFinding';
import { expenditureColumns, summaryColumnName, topIncomeItems } from './summaryLines';

function amountOf(line: SummaryLine | undefined): Figure | undefined {
  return line?.values.amount;
}

function check(ctx: CheckContext, t: SummaryTableBase & { kind: 'income_expenditure_summary' | 'fiscal_summary' }) {
  const findings: Finding[] = [];
  const name = TABLE_KIND_NAMES[t.kind];
  const isFiscal = t.kind === 'fiscal_summary';
  // Each expenditure column balances on its own (the fiscal summary's funds, a unit summary's 人员/公用/项目 split).
  const columns = expenditureColumns(t);
  const columnSuffix = (c: SummaryValueKey) => (columns.length > 1 ? `（${summaryColumnName(t.kind, c)}）` : '');
  const sum = (total: Figure | undefined, parts: Array<Figure | undefined>, describe: string) => {
    if (!total) return;
    const present = parts.filter((p): p is Figure => p !== undefined);
    const f = partSumFinding({ rule: summaryBalance, ctx, table: t.kind, total, parts: present, describe });
    if (f) findings.push(f);
  };
  const items = topIncomeItems(t).map(amountOf);
  const rows = (c: SummaryValueKey) => t.expenditureRows.map((r) => r.values[c]);
  const carryInLabel = t.carryIn?.label ?? (isFiscal ? '年初财政拨款结转和结余' : '上年结转结余');
  const carryOutLabel = t.carryOut?.label ?? (isFiscal ? '年末财政拨款结转和结余' : '年终结转结余');

  if (t.incomeTotal) {
    sum(amountOf(t.incomeTotal), items, `${name}：本年收入合计 应等于 各项收入之和`);
  }
  if (t.expenditureTotal) {
    for (const c of columns) {
      sum(t.expenditureTotal.values[c], rows(c), `${name}：本年支出合计${columnSuffix(c)} 应等于 各功能类支出之和`);
    }
  }
  if (t.carryInItems.length > 0) {
    const label = t.carryIn?.label ?? '年初结转和结余';
    sum(amountOf(t.carryIn), t.carryInItems.map(amountOf), `${name}：${label} 应等于 其下各项之和`);
  }
  // 收入总计 = 本年收入合计 + 结转 where the table has a 本年收入合计 row (Hebei); a template without one (Shanghai)
  // totals its income items directly. An absent 结转 row is left out, never read as 0.
  if (t.incomeTotal) {
    sum(
      amountOf(t.grandIncome),
      [amountOf(t.incomeTotal), amountOf(t.carryIn)],
      `${name}：收入总计 应等于 本年收入合计 + ${carryInLabel}`,
    );
  } else {
    const withCarry = t.carryIn ? ` + ${carryInLabel}` : '';
    sum(amountOf(t.grandIncome), [...items, amountOf(t.carryIn)], `${name}：收入总计 应等于 各项收入之和${withCarry}`);
  }
  for (const c of columns) {
    if (t.expenditureTotal) {
      sum(
        t.grandExpenditure?.values[c],
        [t.expenditureTotal.values[c], t.carryOut?.values[c]],
        `${name}：支出总计${columnSuffix(c)} 应等于 本年支出合计 + ${carryOutLabel}`,
      );
    } else {
      const withCarry = t.carryOut ? ` + ${carryOutLabel}` : '';
      sum(
        t.grandExpenditure?.values[c],
        [...rows(c), t.carryOut?.values[c]],
        `${name}：支出总计${columnSuffix(c)} 应等于 各功能类支出之和${withCarry}`,
      );
    }
  }
  // The same balance stated twice: no envelope. 支出总计 is named first — a budget is set from its income
  // (以收定支), so the expenditure side is the one more likely to be off.
  const grandIncome = amountOf(t.grandIncome);
  const grandExpenditure = t.grandExpenditure?.values.total;
  if (grandIncome && grandExpenditure) {
    const f = sameFinding({
      rule: summaryBalance,
      ctx,
      table: t.kind,
      stated: grandExpenditure,
      reference: grandIncome,
      describe: `${name}：支出总计 应等于 收入总计`,
    });
    if (f) findings.push(f);
  }
  return findings;
}

/** Family 3: the balance of 部门预算收支总表 and 财政拨款收支总表, on the rows each table has. */
export const summaryBalance: Rule = {
  id: 'summary-balance',
  family: 'summary',
  document: 'budget',
  severity: 'error',
  title: '收支总表平衡：收入合计、支出合计、总计各自等于其组成之和，收入总计等于支出总计',
  check: (ctx) =>
    [...tablesOf(ctx.workbook, 'income_expenditure_summary'), ...tablesOf(ctx.workbook, 'fiscal_summary')].flatMap(
      (t) => check(ctx, t),
    ),
};
