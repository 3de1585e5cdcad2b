import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { FinalFundTable } from '../../tables/finalTypes';
import { tablesOf } from '../../tables/types';
import { columnName, rowLabel } from '../codedTables';
import { findingList, relateFigures } from '../final/finalRelation';
import type { CheckContext, Rule } from '../rule';

function check(ctx: CheckContext, t: FinalFundTable) {
  const { findings, push } = findingList();
  const name = (c: 'begin' | 'income' | 'spend' | 'end') => columnName(t.kind, c);
  // The spend-only 公开09表 has no 年初/收入/年末 columns: nothing to relate.
  if (!(['begin', 'income', 'spend', 'end'] as const).every((c) => t.columns.includes(c))) return findings;
  for (const row of t.total ? [t.total, ...t.rows] : t.rows) {
    const { begin, income, spend, end } = row.values;
    if (!begin || !income || !spend || !end) continue;
    push(
      relateFigures({
        rule: finalFundBalanceRule,
        ctx,
        table: t.kind,
        // 年末 = 年初 + 收入 − 支出, stated as 年末 + 支出 = 年初 + 收入 so every coefficient is ±1.
        left: [end, spend],
        right: [begin, income],
        describe: `${TABLE_KIND_NAMES[t.kind]}“${rowLabel(row)}”行：${name('end')} 应等于 ${name('begin')} + ${name('income')} − ${name('spend')}（比较 ${name('end')} + ${name('spend')} 与 ${name('begin')} + ${name('income')}）`,
      }),
    );
  }
  return findings;
}

/** 决算 F2 (new): 表8/表9 every row, 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出. */
export const finalFundBalanceRule: Rule = {
  id: 'final-fund-balance',
  family: 'columns',
  document: 'final',
  severity: 'error',
  title: '政府性基金、国有资本经营预算财政拨款收入支出决算表：年末结转和结余等于年初结转和结余加本年收入减本年支出',
  check: (ctx) =>
    [...tablesOf(ctx.workbook, 'final_gov_fund'), ...tablesOf(ctx.workbook, 'final_state_capital')].flatMap((t) =>
      check(ctx, t),
    ),
};
