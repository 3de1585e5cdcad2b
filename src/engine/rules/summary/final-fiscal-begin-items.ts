import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tablesOf, type Figure } from '../../tables/types';
import { partSumFinding } from '../partSum';
import type { Rule } from '../rule';

/** 决算 F3 (new): 表4 年初财政拨款结转和结余 = Σ its 一、二、三 sub-rows by fund type. */
export const finalFiscalBeginItemsRule: Rule = {
  id: 'final-fiscal-begin-items',
  family: 'summary',
  document: 'final',
  severity: 'error',
  title: '财政拨款收入支出决算总表：年初财政拨款结转和结余等于其下各项之和',
  check: (ctx) =>
    tablesOf(ctx.workbook, 'final_fiscal_summary').flatMap((t): Finding[] => {
      const total = t.begin?.values.amount;
      const parts = t.beginItems.map((i) => i.values.amount).filter((f): f is Figure => f !== undefined);
      if (!total || parts.length === 0) return [];
      const f = partSumFinding({
        rule: finalFiscalBeginItemsRule,
        ctx,
        table: t.kind,
        total,
        parts,
        describe: `${TABLE_KIND_NAMES[t.kind]}：“${t.begin?.label ?? '年初财政拨款结转和结余'}”应等于 其下各项之和`,
      });
      return f ? [f] : [];
    }),
};
