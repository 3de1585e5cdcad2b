import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { FinalFiscalSummaryTable } from '../../tables/finalTypes';
import { tablesOf, type Figure, type SummaryLine } from '../../tables/types';
import { FUND_TYPE_NAMES, FUND_TYPES } from '../final/finalFigures';
import { partSumFinding } from '../partSum';
import type { CheckContext, Rule } from '../rule';

function check(ctx: CheckContext, t: FinalFiscalSummaryTable): Finding[] {
  const findings: Finding[] = [];
  const lines = [...t.expenditureRows, t.expenditureTotal, t.end, t.expenditureGrand].filter(
    (l): l is SummaryLine => l !== undefined,
  );
  for (const line of lines) {
    const total = line.values.total;
    const present = FUND_TYPES.filter((k) => line.values[k] !== undefined);
    if (!total || present.length === 0) continue;
    const f = partSumFinding({
      rule: finalFiscalSummaryColumnsRule,
      ctx,
      table: t.kind,
      total,
      parts: present.map((k) => line.values[k]).filter((v): v is Figure => v !== undefined),
      describe: `${TABLE_KIND_NAMES[t.kind]}“${line.label}”行：合计 应等于 ${present.map((k) => FUND_TYPE_NAMES[k]).join(' + ')}`,
    });
    if (f) findings.push(f);
  }
  return findings;
}

/** 决算 F2, 表4 every expenditure line: 合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算财政拨款. */
export const finalFiscalSummaryColumnsRule: Rule = {
  id: 'final-fiscal-summary-columns',
  family: 'columns',
  document: 'final',
  severity: 'error',
  title: '财政拨款收入支出决算总表各支出行：合计等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款之和',
  check: (ctx) => tablesOf(ctx.workbook, 'final_fiscal_summary').flatMap((t) => check(ctx, t)),
};
