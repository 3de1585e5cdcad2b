import { findProcurementSplits } from '../../narrativeText';
import type { Finding } from '../../findings';
import type { Rule } from '../rule';
import { sumFinding } from '../sumFinding';
import { narrativeParagraphs, statedFigure } from './paragraphs';
import { withUniqueCells } from './uniqueCells';

/** '政府采购预算X万元，其中：货物A、工程B、服务C': X = A + B + C (the template has no procurement table to check against). */
export const narrativeProcurementSplit: Rule = {
  id: 'narrative-procurement-split',
  family: 'narrative',
  severity: 'error',
  title: '情况说明中所述政府采购预算应等于货物、工程、服务三类之和',
  check(ctx) {
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      for (const split of findProcurementSplits(paragraph.text)) {
        const f = sumFinding({
          rule: narrativeProcurementSplit,
          ctx,
          table: 'narrative',
          total: statedFigure(split.total, paragraph),
          parts: [split.goods, split.works, split.services].map((a) => statedFigure(a, paragraph)),
          describe: `情况说明所述政府采购预算${split.total.raw}应等于货物${split.goods.raw}、工程${split.works.raw}、服务${split.services.raw}之和`,
        });
        const unique = withUniqueCells(f);
        if (unique) findings.push(unique);
      }
    }
    return findings;
  },
};
