import Decimal from 'decimal.js';
import { formatWan } from '../../amount';
import type { Finding } from '../../findings';
import { unitOf } from '../../tolerance';
import { formatMeasured } from '../../units';
import type { CheckContext, Rule } from '../rule';
import { tableLabel } from './tableLabel';

/**
 * No amount of a published budget table is below zero (a decrease is told in the text, not typed as a
 * negative figure); a negative amount is a typing or formula slip to fix before publishing: error.
 */
export const negativeAmountRule: Rule = {
  id: 'negative-amount',
  family: 'hygiene',
  severity: 'error',
  title: '金额不应为负数',
  check(ctx: CheckContext): Finding[] {
    return ctx.workbook.tables.flatMap((table) =>
      table.allFigures
        .filter((f) => f.amount.kind === 'number' && f.value.isNegative() && !f.value.isZero())
        .map((f) => ({
          ruleId: negativeAmountRule.id,
          family: negativeAmountRule.family,
          severity: negativeAmountRule.severity,
          message: `${tableLabel(table)}单元格 ${f.cell.address} 的金额为负数 ${formatMeasured(f.value, unitOf(f).measure)}`,
          cells: [f.cell],
          table: table.kind,
          expected: `≥${formatWan(new Decimal(0))}`,
          actual: formatWan(f.value),
        })),
    );
  },
};
