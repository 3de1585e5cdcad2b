import { formatWan } from '../../amount';
import type { Finding } from '../../findings';
import type { CheckContext, Rule } from '../rule';
import { tableLabel } from './tableLabel';

/** How many offending cells a message quotes before '等'. */
const QUOTED = 3;

/**
 * Amounts are published with at most two decimals (万元 to 0.01, 元 to the fen or in whole 元). A figure holding
 * more (an unrounded formula, a 元 figure divided by 10000) prints rounded while sums use the hidden digits: warning. One finding per table, naming
 * every such cell, so a column of formulas does not bury the report.
 */
export const decimalsRule: Rule = {
  id: 'decimals',
  family: 'hygiene',
  severity: 'warning',
  title: '金额应保留两位小数',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of ctx.workbook.tables) {
      // Trailing zeros ('0.800') hide nothing; only significant digits beyond the cent count.
      const bad = table.allFigures.filter((f) => f.amount.kind === 'number' && f.value.decimalPlaces() > 2);
      if (bad.length === 0) continue;
      const quoted = bad
        .slice(0, QUOTED)
        .map((f) => `${f.cell.address}（${f.value.toString()}）`)
        .join('、');
      const more = bad.length > QUOTED ? '等' : '';
      const single = bad.length === 1 ? bad[0] : undefined;
      findings.push({
        ruleId: decimalsRule.id,
        family: decimalsRule.family,
        severity: decimalsRule.severity,
        message: `${tableLabel(table)}有 ${bad.length} 个金额超过两位小数：${quoted}${more}`,
        cells: bad.map((f) => f.cell),
        table: table.kind,
        expected: single ? formatWan(single.value) : undefined,
        actual: single ? single.value.toString() : undefined,
      });
    }
    return findings;
  },
};
