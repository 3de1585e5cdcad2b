import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { Figure } from '../../tables/types';
import { partSumFinding } from '../partSum';
import type { Rule } from '../rule';
import { finalSummaries } from './finalSummaryTables';

/** 决算 F3: 本年收入合计 = Σ income items, on 表1 (eight sources) and 表4 (three 财政拨款 types). */
export const finalSummaryIncomeTotalRule: Rule = {
  id: 'final-summary-income-total',
  family: 'summary',
  document: 'final',
  severity: 'error',
  title: '收入支出决算总表、财政拨款收入支出决算总表：本年收入合计等于各项收入之和',
  check: (ctx) =>
    finalSummaries(ctx.workbook).flatMap((t): Finding[] => {
      const total = t.incomeTotal?.values.amount;
      const parts = t.incomeItems.map((i) => i.values.amount).filter((f): f is Figure => f !== undefined);
      if (!total || parts.length === 0) return [];
      const f = partSumFinding({
        rule: finalSummaryIncomeTotalRule,
        ctx,
        table: t.kind,
        total,
        parts,
        describe: `${TABLE_KIND_NAMES[t.kind]}：“${t.incomeTotal?.label ?? '本年收入合计'}”应等于 各项收入之和`,
      });
      return f ? [f] : [];
    }),
};
