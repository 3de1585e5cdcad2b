import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tablesOf, type Figure, type SummaryLine } from '../../tables/types';
import { partSumFinding } from '../partSum';
import type { CheckContext, Rule } from '../rule';

/** The split identities on one line, as far as its columns exist: [total, parts, words]. */
function splits(line: SummaryLine): Array<[Figure, Figure[], string]> {
  const { total, basic, personnel, public: publicFunds, project } = line.values;
  const out: Array<[Figure, Figure[], string]> = [];
  if (basic) {
    if (total && project) out.push([total, [basic, project], '合计 应等于 基本支出 + 项目支出']);
    if (personnel && publicFunds) out.push([basic, [personnel, publicFunds], '基本支出 应等于 人员经费 + 公用经费']);
  } else if (total && personnel && publicFunds && project) {
    out.push([total, [personnel, publicFunds, project], '合计 应等于 人员经费 + 公用经费 + 项目支出']);
  }
  return out;
}

/**
 * Family 3: a 收支总表 that splits 支出 (Shanghai's unit version: 合计 / 基本支出 (人员经费, 公用经费) / 项目支出)
 * balances across on every 功能类 row and on 支出总计. Runs only where the split columns exist; each column's
 * 支出总计 = Σ rows is summary-balance's.
 */
export const summaryExpenditureSplit: Rule = {
  id: 'summary-expenditure-split',
  family: 'summary',
  document: 'budget',
  severity: 'error',
  title: '收支总表支出合计等于人员经费、公用经费与项目支出之和（分列基本支出时）',
  check: (ctx: CheckContext) =>
    tablesOf(ctx.workbook, 'income_expenditure_summary').flatMap((t) => {
      const findings: Finding[] = [];
      const lines = [...t.expenditureRows, t.expenditureTotal, t.grandExpenditure].filter(
        (l): l is SummaryLine => l !== undefined,
      );
      for (const line of lines) {
        for (const [total, parts, words] of splits(line)) {
          const f = partSumFinding({
            rule: summaryExpenditureSplit,
            ctx,
            table: t.kind,
            total,
            parts,
            describe: `${TABLE_KIND_NAMES[t.kind]}“${line.label}”行：${words}`,
          });
          if (f) findings.push(f);
        }
      }
      return findings;
    }),
};
