import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tablesOf } from '../../tables/types';
import { FUND_TYPE_NAMES, FUND_TYPES, incomeOf } from '../final/finalFigures';
import { findingList, relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';

/**
 * 决算 F3 (new): per fund type, 表4 年末 = 年初 (its sub-row) + 本年收入 − 本年支出合计 — money carried forward is
 * what was there plus what came in minus what was spent. Checked only where 表4 prints all four figures.
 */
export const finalFiscalCarryForwardRule: Rule = {
  id: 'final-fiscal-carry-forward',
  family: 'summary',
  document: 'final',
  severity: 'error',
  title: '财政拨款收入支出决算总表：各类财政拨款年末结转和结余等于年初结转和结余加本年收入减本年支出',
  check: (ctx) =>
    tablesOf(ctx.workbook, 'final_fiscal_summary').flatMap((t): Finding[] => {
      const { findings, push } = findingList();
      for (const k of FUND_TYPES) {
        const end = t.end?.values[k];
        const spend = t.expenditureTotal?.values[k];
        const begin = incomeOf(t.beginItems, k);
        const income = incomeOf(t.incomeItems, k);
        if (!end || !spend || !begin || !income) continue;
        push(
          relateFigures({
            rule: finalFiscalCarryForwardRule,
            ctx,
            table: t.kind,
            left: [end, spend],
            right: [begin, income],
            describe: `${TABLE_KIND_NAMES[t.kind]}${FUND_TYPE_NAMES[k]}：年末结转和结余 应等于 年初结转和结余 + 本年收入 − 本年支出（比较 年末 + 支出 与 年初 + 收入）`,
          }),
        );
      }
      return findings;
    }),
};
