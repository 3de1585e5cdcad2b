import type { Finding } from '../../findings';
import type { CheckContext, Rule } from '../rule';
import { tableLabel } from './tableLabel';

/** '…', '……', '...': a blank template's "rows go on" marker, not an amount someone typed. */
function isEllipsis(raw: string): boolean {
  return /^(…+|⋯+|\.{3,}|。{3,})$/.test(raw);
}

/**
 * An amount cell holding text that is not a number, or an error value such as #REF!, is counted as zero by
 * every sum, so the published figure is unknown: error.
 */
export const invalidAmountRule: Rule = {
  id: 'invalid-amount',
  family: 'hygiene',
  severity: 'error',
  title: '金额单元格应为有效数字',
  check(ctx: CheckContext): Finding[] {
    return ctx.workbook.tables.flatMap((table) =>
      table.badAmounts
        .filter((f) => !isEllipsis(f.amount.raw.trim()))
        .map((f) => {
          const raw = f.amount.raw.trim();
          const what =
            f.amount.kind === 'error' ? `为错误值“${raw}”（公式出错或引用失效）` : `为“${raw}”，不是有效金额`;
          return {
            ruleId: invalidAmountRule.id,
            family: invalidAmountRule.family,
            severity: invalidAmountRule.severity,
            message: `${tableLabel(table)}单元格 ${f.cell.address} ${what}，核对时按 0 计算`,
            cells: [f.cell],
            table: table.kind,
            actual: raw,
          };
        }),
    );
  },
};
