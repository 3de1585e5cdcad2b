import type { Finding } from '../../findings';
import { templateById } from '../../templates';
import { normalizeMeasure } from '../../units';
import type { CheckContext, Rule } from '../rule';
import { tableLabel } from './tableLabel';

export { normalizeMeasure };

/**
 * Each table states its amounts in the unit its template publishes that kind in (Hebei: 万元 everywhere;
 * Shanghai: 元, the 三公 table 万元). A table in another unit may still be right in itself, and the
 * cross-table rules compare after conversion, so the odd unit is a 提示 for the reviewer: warning.
 */
export const measureRule: Rule = {
  id: 'measure',
  family: 'hygiene',
  severity: 'warning',
  title: '各表金额单位应为模板规定的单位',
  check(ctx: CheckContext): Finding[] {
    const template = templateById(ctx.workbook.template);
    const findings: Finding[] = [];
    for (const table of ctx.workbook.tables) {
      const measure = table.meta.measure;
      if (!measure) continue;
      const unit = normalizeMeasure(measure.text);
      const standard = template.tableMeasures?.[table.kind] ?? template.measure;
      if (unit === '' || unit === standard) continue;
      findings.push({
        ruleId: measureRule.id,
        family: measureRule.family,
        severity: measureRule.severity,
        message: `${tableLabel(table)}的金额单位为“${unit}”，应为“${standard}”`,
        cells: [measure.cell],
        table: table.kind,
        expected: standard,
        actual: unit,
      });
    }
    return findings;
  },
};
