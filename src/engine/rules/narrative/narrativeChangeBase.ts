import { budgetLabel, findFigureChanges } from '../../narrativeText';
import type { Finding } from '../../findings';
import type { Rule } from '../rule';
import { narrativeParagraphs } from './paragraphs';
import { formatWan } from '../../amount';

/**
 * A figure stated to have grown by more than it is ('政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元'): last
 * year's figure would be negative, so the figure or its change is wrong.
 */
export const narrativeChangeBase: Rule = {
  id: 'narrative-change-base',
  family: 'narrative',
  document: 'budget',
  severity: 'error',
  title: '情况说明中所述增加额不应大于本年数（否则上年数为负）',
  check(ctx) {
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      for (const f of findFigureChanges(paragraph.text)) {
        const change = f.change.amount;
        if (f.change.kind !== 'increase' || !change) continue;
        const previous = f.amount.value.minus(change.value);
        if (!previous.isNegative()) continue;
        const base = `${f.change.year}年${f.change.base === 'execution' ? '预算执行数' : '预算'}`;
        findings.push({
          ruleId: narrativeChangeBase.id,
          family: narrativeChangeBase.family,
          severity: narrativeChangeBase.severity,
          message: `情况说明所述“${budgetLabel(f.key).name}”${f.amount.raw}比${base}增加${change.raw}：${base}应为 ${formatWan(previous)}万元，不可能为负，本年数或增加额有误`,
          cells: [paragraph.cell],
          table: 'narrative',
          expected: `≤ ${formatWan(f.amount.value)}`,
          actual: formatWan(change.value),
        });
      }
    }
    return findings;
  },
};
