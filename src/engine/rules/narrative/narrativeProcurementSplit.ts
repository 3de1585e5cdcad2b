import { findProcurementSplits } from '../../narrativeText';
import type { Finding } from '../../findings';
import type { Rule } from '../rule';

import { narrativeParagraphs, statedFigure } from './paragraphs';
import { textSpanOf } from './statedTerm';
import { textSumFinding } from './textSumFinding';

/** '政府采购预算X万元，其中：货物A、工程B、服务C': X = A + B + C (the template has no procurement table to check against). */
export const narrativeProcurementSplit: Rule = {
  id: 'narrative-procurement-split',
  family: 'narrative',
  document: 'budget',
  severity: 'error',
  title: '情况说明中所述政府采购预算应等于货物、工程、服务三类之和',
  check(ctx) {
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      for (const split of findProcurementSplits(paragraph.text)) {
        const unique = textSumFinding({
          rule: narrativeProcurementSplit,
          ctx,
          table: 'narrative',
          total: statedFigure(split.total, paragraph),
          parts: [split.goods, split.works, split.services].map((a) => statedFigure(a, paragraph)),
          describe: `情况说明所述政府采购预算${split.total.raw}应等于货物${split.goods.raw}、工程${split.works.raw}、服务${split.services.raw}之和`,
          spans: [split.total, split.goods, split.works, split.services].map((a) => textSpanOf(a, paragraph, ctx.grid)),
        });
        if (unique) findings.push(unique);
      }
    }
    return findings;
  },
};
