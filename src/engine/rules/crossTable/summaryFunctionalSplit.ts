import type { Finding } from '../../findings';
import { tableOf, type Figure, type SummaryLine } from '../../tables/types';
import { rowLabel } from '../codedTables';
import type { Rule } from '../rule';
import { crossFinding, presentFigures } from './crossFinding';
import { matchClasses } from './functionalClassMatch';

/** A summary line's 基本支出: its own column, else 人员经费 + 公用经费; undefined without the split. */
function basicOf(line: SummaryLine): Figure[] | undefined {
  const { basic, personnel, public: publicFunds } = line.values;
  if (basic) return [basic];
  return personnel && publicFunds ? [personnel, publicFunds] : undefined;
}

/**
 * Family 4: a 收支总表 that splits 支出 (Shanghai's unit version) states each 功能类's 基本支出 (人员经费 + 公用经费)
 * and 项目支出; they equal the 支出总表 类 row's 基本支出 and 项目支出 columns. The 合计 column is
 * cross-summary-functional's. Runs only where the summary has the split. The summary is named first.
 */
export const crossSummaryFunctionalSplit: Rule = {
  id: 'cross-summary-functional-split',
  family: 'cross-table',
  document: 'budget',
  severity: 'error',
  title: '收支总表各功能类基本支出（人员经费 + 公用经费）、项目支出与支出总表类级科目一致',
  check: (ctx) => {
    const summary = tableOf(ctx.workbook, 'income_expenditure_summary');
    const expenditure = tableOf(ctx.workbook, 'expenditure');
    if (!summary || !expenditure) return [];
    const findings: Finding[] = [];
    const push = (f: Finding | null) => {
      if (f) findings.push(f);
    };
    for (const { line, row } of matchClasses(summary.expenditureRows, expenditure.rows).pairs) {
      const basic = basicOf(line);
      if (basic && expenditure.columns.includes('basic')) {
        push(
          crossFinding({
            rule: crossSummaryFunctionalSplit,
            ctx,
            table: summary.kind,
            stated: basic,
            reference: presentFigures([row.values.basic]),
            describe: `收支总表“${line.label}”基本支出（人员经费 + 公用经费） 应等于 支出总表“${rowLabel(row)}”基本支出`,
          }),
        );
      }
      const project = line.values.project;
      if (project && expenditure.columns.includes('project')) {
        push(
          crossFinding({
            rule: crossSummaryFunctionalSplit,
            ctx,
            table: summary.kind,
            stated: [project],
            reference: presentFigures([row.values.project]),
            describe: `收支总表“${line.label}”项目支出 应等于 支出总表“${rowLabel(row)}”项目支出`,
          }),
        );
      }
    }
    return findings;
  },
};
