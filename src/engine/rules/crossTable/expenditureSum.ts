import type { SummaryLine, SummaryTableBase } from '../../tables/types';

/**
 * The summary line that states Σ 功能类 rows: 本年支出合计, or, in a template without it and without 结转 rows
 * (Shanghai), 支出总计. undefined when neither states that sum.
 */
export function expenditureSum(t: SummaryTableBase): SummaryLine | undefined {
  return t.expenditureTotal ?? (t.carryOut ? undefined : t.grandExpenditure);
}
