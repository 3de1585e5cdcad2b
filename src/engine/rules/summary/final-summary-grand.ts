import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { Figure, SummaryLine } from '../../tables/types';
import { partSumFinding } from '../partSum';
import type { CheckContext, Rule } from '../rule';
import { FINAL_COLUMN_SUFFIX, finalSpendColumns, finalSummaries } from './finalSummaryTables';

type Line = SummaryLine | undefined;

/**
 * 决算 F3: 总计 = 本年合计 + the lines between. 表1: income 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余,
 * expenditure 总计 = 本年支出合计 + 结余分配 + 年末结转和结余; 表4: income 总计 = 本年收入合计 + 年初财政拨款结转和结余,
 * each expenditure column's 总计 = 本年支出合计 + 年末财政拨款结转和结余. A line the table does not print is left out.
 */
function check(ctx: CheckContext, t: ReturnType<typeof finalSummaries>[number]): Finding[] {
  const findings: Finding[] = [];
  const name = TABLE_KIND_NAMES[t.kind];
  const relate = (grand: Line, parts: Line[], key: 'amount' | 'total' | 'general' | 'fund' | 'capital') => {
    const total = grand?.values[key];
    const present = parts.filter((p): p is SummaryLine => p?.values[key] !== undefined);
    if (!grand || !total || present.length === 0) return;
    const suffix = key === 'amount' ? '' : FINAL_COLUMN_SUFFIX[key];
    const f = partSumFinding({
      rule: finalSummaryGrandRule,
      ctx,
      table: t.kind,
      total,
      parts: present.map((p) => p.values[key]).filter((v): v is Figure => v !== undefined),
      describe: `${name}：${grand.label || '总计'}${suffix}应等于 ${present.map((p) => p.label).join(' + ')}`,
    });
    if (f) findings.push(f);
  };
  const useNonfiscal = t.kind === 'final_income_expenditure_summary' ? t.useNonfiscal : undefined;
  const distribution = t.kind === 'final_income_expenditure_summary' ? t.distribution : undefined;
  relate(t.incomeGrand, [t.incomeTotal, useNonfiscal, t.begin], 'amount');
  for (const c of finalSpendColumns(t)) relate(t.expenditureGrand, [t.expenditureTotal, distribution, t.end], c);
  return findings;
}

export const finalSummaryGrandRule: Rule = {
  id: 'final-summary-grand',
  family: 'summary',
  document: 'final',
  severity: 'error',
  title: '收入支出决算总表、财政拨款收入支出决算总表：总计等于本年合计加结转结余等各行',
  check: (ctx) => finalSummaries(ctx.workbook).flatMap((t) => check(ctx, t)),
};
