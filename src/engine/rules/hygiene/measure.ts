import { toHalfWidth } from '../../amount';
import type { Finding } from '../../findings';
import type { CheckContext, Rule } from '../rule';
import { tableLabel } from './tableLabel';

const STANDARD = '万元';

/** '单位：万元', '价值（金额单位：万元）' → '万元'; '单位：元' → '元'. */
export function normalizeMeasure(text: string): string {
  const s = toHalfWidth(text).replace(/\s/g, '');
  const m = /(?:金额单位|单位)[:：]?([^)）]*)/.exec(s);
  const unit = (m ? m[1] : s).replace(/[()（）]/g, '');
  // '万元（保留两位小数）' is still 万元.
  return /^(亿元|百万元|万元|千元|元)/.exec(unit)?.[1] ?? unit;
}

/**
 * The template states every amount in 万元. A table in 元 may still be right in itself, and the cross-table
 * rules already report figures that really disagree, so the odd unit is a 提示 for the reviewer: warning.
 */
export const measureRule: Rule = {
  id: 'measure',
  family: 'hygiene',
  severity: 'warning',
  title: '各表金额单位应为万元',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of ctx.workbook.tables) {
      const measure = table.meta.measure;
      if (!measure) continue;
      const unit = normalizeMeasure(measure.text);
      if (unit === '' || unit === STANDARD) continue;
      findings.push({
        ruleId: measureRule.id,
        family: measureRule.family,
        severity: measureRule.severity,
        message: `${tableLabel(table)}的金额单位为“${unit}”，应为“${STANDARD}”`,
        cells: [measure.cell],
        table: table.kind,
        expected: STANDARD,
        actual: unit,
      });
    }
    return findings;
  },
};
