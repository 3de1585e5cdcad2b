import Decimal from 'decimal.js';
import type { Finding } from '../../findings';
import { tableOf, type Figure } from '../../tables/types';
import { normalizeCode } from '../codedTables';
import { roundToStep, unitOf, valueIn } from '../../tolerance';
import { formatIn, formatMeasured } from '../../units';
import { stateRelation } from '../../relations/stateRelation';
import type { Rule } from '../rule';
import { THREE_PUBLIC_ECONOMIC_PAIRS } from './threePublicEconomicPairs';
import { termOf } from '../sumFinding';

/**
 * Family 4: each 三公 item (一般公共预算财政拨款 column, else 合计) covers 基本支出 and 项目支出, so it must be at
 * least the matching 基本支出表 row — part ≤ whole, not equality. Across units (三公 in 万元, 基本支出表 in 元) the part
 * is converted and rounded to the 三公 figure's step (13,500元 → 1.35万). The 三公 table's cell is named first: it is
 * the summary-like table that is usually filled from the detail.
 *
 * Not checked: 机关运行经费 (Shanghai's 三公 table) against table 8's 公用经费. They agree in zfb 2025 (213.28万 =
 * 2,132,777.54元) and swh 2025 (171.01万 = 1,710,062元) but not in wanli 2023 (786.09万 vs 15,381,432元), whose
 * tables are otherwise consistent: the two are not defined as the same money.
 */
export const crossThreePublicBasic: Rule = {
  id: 'cross-three-public-basic',
  family: 'cross-table',
  document: 'budget',
  severity: 'error',
  title: '三公经费各项不小于基本支出表对应经济科目',
  check: (ctx) => {
    const three = tableOf(ctx.workbook, 'three_public');
    const basic = tableOf(ctx.workbook, 'basic_expenditure');
    if (!three || !basic) return [];
    const findings: Finding[] = [];
    for (const pair of THREE_PUBLIC_ECONOMIC_PAIRS) {
      const basicRow = basic.rows.find((r) => normalizeCode(r.code) === pair.code);
      const part = basicRow?.values.total;
      if (!part || part.value.isZero()) continue;
      const values = three.rows[pair.item]?.values;
      const whole: Figure | undefined = values?.general ?? values?.total;
      // Compared in the 三公 table's unit (万元 in Shanghai, 元 in table 8): the part rounded to the whole's step.
      const wholeUnit = unitOf(whole ?? part);
      const wholeValue = whole?.value ?? new Decimal(0);
      const partValue = roundToStep(valueIn(part, wholeUnit.measure), wholeUnit.step);
      const terms = [termOf(part, 1), ...(whole ? [termOf(whole, -1)] : [])];
      const describe = `三公经费支出表“${pair.name}”不应小于基本支出表“${pair.code} ${basicRow?.name ?? pair.name}”`;
      const relation = {
        rule: crossThreePublicBasic,
        ctx,
        terms,
        operator: 'le' as const,
        rounding: 'coarser' as const,
      };
      if (wholeValue.gte(partValue)) {
        stateRelation({ ...relation, describe, table: three.kind, finding: null });
        continue;
      }
      const diff = wholeValue.minus(partValue);
      const show = (v: Decimal) => formatMeasured(v, wholeUnit.measure);
      const finding: Finding = {
        ruleId: crossThreePublicBasic.id,
        family: crossThreePublicBasic.family,
        severity: crossThreePublicBasic.severity,
        message: `三公经费支出表“${pair.name}”不应小于基本支出表“${pair.code} ${basicRow?.name ?? pair.name}”：应至少为 ${show(partValue)}，实为 ${show(wholeValue)}（差额 ${show(diff)}）`,
        cells: [whole?.cell, part.cell].filter((c) => c !== undefined),
        table: whole ? three.kind : basic.kind,
        expected: formatIn(partValue),
        actual: formatIn(wholeValue),
      };
      stateRelation({ ...relation, describe, table: finding.table, finding });
      findings.push(finding);
    }
    return findings;
  },
};
