import Decimal from 'decimal.js';
import { formatWan } from '../../amount';
import type { Finding } from '../../findings';
import type { BasicColumn, CodedRow, Figure } from '../../tables/types';
import { tablesOf } from '../../tables/types';
import { unitOf } from '../../tolerance';
import type { CheckContext, Rule } from '../rule';

/** 经济分类类级 codes each column of the 基本支出表 may carry (人员经费 = 301 + 303; 公用经费 = 302 + 310). */
const ALLOWED_CLASSES: Record<'personnel' | 'public', readonly string[]> = {
  personnel: ['301', '303'],
  public: ['302', '310'],
};

const COLUMN_NAMES: Record<'personnel' | 'public', string> = { personnel: '人员经费', public: '公用经费' };

function classOf(code: string): string {
  return code.replace(/\s/g, '').slice(0, 3);
}

function misplaced(
  row: CodedRow<BasicColumn>,
  column: 'personnel' | 'public',
): { figure: Figure; allowed: readonly string[] } | null {
  const figure = row.values[column];
  if (!figure || figure.value.isZero()) return null;
  const cls = classOf(row.code);
  if (!/^\d{3}$/.test(cls)) return null;
  const allowed = ALLOWED_CLASSES[column];
  return allowed.includes(cls) ? null : { figure, allowed };
}

/**
 * 人员经费 belongs on 301/303 rows and 公用经费 on 302/310 rows. An amount in the wrong column misstates the
 * published 人员经费/公用经费 split (and 机关运行经费, which is 公用经费), so it must be fixed: error.
 */
export const economicClassRule: Rule = {
  id: 'economic-class',
  family: 'economic',
  document: 'budget',
  severity: 'error',
  title: '基本支出表：人员经费只列301、303类，公用经费只列302、310类',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of tablesOf(ctx.workbook, 'basic_expenditure')) {
      for (const row of table.rows) {
        for (const column of ['personnel', 'public'] as const) {
          const bad = misplaced(row, column);
          if (!bad) continue;
          const name = COLUMN_NAMES[column];
          findings.push({
            ruleId: economicClassRule.id,
            family: economicClassRule.family,
            severity: economicClassRule.severity,
            message:
              `基本支出表“${row.code} ${row.name}”在${name}栏列有 ${formatWan(bad.figure.value)} ${unitOf(bad.figure).measure}，` +
              `${name}只应列在 ${bad.allowed.join('、')} 类科目`,
            cells: [bad.figure.cell, ...(row.codeCell ? [row.codeCell] : []), row.nameCell],
            table: table.kind,
            expected: formatWan(new Decimal(0)),
            actual: formatWan(bad.figure.value),
          });
        }
      }
    }
    return findings;
  },
};
