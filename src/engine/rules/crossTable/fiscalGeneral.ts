import type { Finding } from '../../findings';
import { tableOf } from '../../tables/types';
import { rowLabel } from '../codedTables';
import type { Rule } from '../rule';
import { expenditureSum } from './expenditureSum';
import { crossFinding, presentFigures } from './crossFinding';
import { matchClasses } from './functionalClassMatch';

/**
 * Family 4: 财政拨款收支总表 “一般公共预算财政拨款” column ↔ 一般公共预算财政拨款支出表 类 rows and 合计.
 * The fiscal summary is derived from the detail table, so its cell is named first.
 */
export const crossFiscalGeneral: Rule = {
  id: 'cross-fiscal-general',
  family: 'cross-table',
  document: 'budget',
  severity: 'error',
  title: '财政拨款收支总表一般公共预算列与一般公共预算财政拨款支出表一致',
  check: (ctx) => {
    const fiscal = tableOf(ctx.workbook, 'fiscal_summary');
    const general = tableOf(ctx.workbook, 'general_budget_expenditure');
    if (!fiscal || !general) return [];
    const findings: Finding[] = [];
    const push = (f: Finding | null) => {
      if (f) findings.push(f);
    };
    const match = matchClasses(fiscal.expenditureRows, general.rows);
    for (const { line, row } of match.pairs) {
      const stated = line.values.general;
      if (!stated) continue;
      push(
        crossFinding({
          rule: crossFiscalGeneral,
          ctx,
          table: fiscal.kind,
          stated: [stated],
          reference: presentFigures([row.values.total]),
          describe: `财政拨款收支总表“${line.label}”一般公共预算财政拨款 应等于 一般公共预算财政拨款支出表“${rowLabel(row)}”合计`,
        }),
      );
    }
    for (const line of match.unmatchedLines) {
      const stated = line.values.general;
      if (!stated || stated.value.isZero()) continue;
      push(
        crossFinding({
          rule: crossFiscalGeneral,
          ctx,
          table: fiscal.kind,
          stated: [stated],
          reference: [],
          describe: `财政拨款收支总表“${line.label}”一般公共预算财政拨款 在一般公共预算财政拨款支出表中没有对应的类级科目`,
        }),
      );
    }
    for (const row of match.unmatchedRows) {
      const stated = row.values.total;
      if (!stated || stated.value.isZero()) continue;
      push(
        crossFinding({
          rule: crossFiscalGeneral,
          ctx,
          table: general.kind,
          stated: [stated],
          reference: [],
          describe: `一般公共预算财政拨款支出表“${rowLabel(row)}”在财政拨款收支总表中没有对应的功能类支出行`,
        }),
      );
    }
    const fiscalTotal = expenditureSum(fiscal)?.values.general;
    if (fiscalTotal && general.total) {
      push(
        crossFinding({
          rule: crossFiscalGeneral,
          ctx,
          table: fiscal.kind,
          stated: [fiscalTotal],
          reference: presentFigures([general.total.values.total]),
          describe: `财政拨款收支总表 ${fiscal.expenditureTotal ? '本年支出合计' : '支出总计'}（一般公共预算财政拨款） 应等于 一般公共预算财政拨款支出表 合计`,
        }),
      );
    }
    return findings;
  },
};
