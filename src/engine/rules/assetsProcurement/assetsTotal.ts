import type { Finding } from '../../findings';
import type { AssetRow, Figure } from '../../tables/types';
import { tablesOf } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { sumFinding } from '../sumFinding';

/** The categories that make up 资产总额; 其中：办公用房 is inside 房屋 and is not added again. */
const CATEGORIES: readonly AssetRow[] = ['building', 'vehicle', 'equipment', 'other'];

/**
 * 资产总额 = 房屋 + 车辆 + 单价20万元以上设备 + 其他固定资产, on the 价值 column only: the 数量 column mixes
 * units (平方米, 辆, 台) and is never summed. A wrong total misstates the published 固定资产: error.
 */
export const assetsTotalRule: Rule = {
  id: 'assets-total',
  family: 'assets-procurement',
  document: 'budget',
  severity: 'error',
  title: '固定资产占用情况表：资产总额价值应等于各类资产价值之和',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of tablesOf(ctx.workbook, 'assets')) {
      const total = table.rows.total?.value;
      const parts = CATEGORIES.map((c) => table.rows[c]?.value).filter((f): f is Figure => f !== undefined);
      if (!total || parts.length === 0) continue;
      const finding = sumFinding({
        rule: assetsTotalRule,
        ctx,
        table: table.kind,
        total,
        parts,
        describe: '资产总额价值应等于房屋、车辆、单价20万元以上设备、其他固定资产价值之和',
      });
      if (finding) findings.push(finding);
    }
    return findings;
  },
};
