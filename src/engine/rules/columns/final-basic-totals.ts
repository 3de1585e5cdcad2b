import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { FinalBasicExpenditureTable } from '../../tables/finalTypes';
import { tablesOf, type Figure } from '../../tables/types';
import { normalizeCode } from '../codedTables';
import { partSumFinding } from '../partSum';
import type { CheckContext, Rule } from '../rule';

/** 人员经费 from 工资福利 and 对个人和家庭的补助; 公用经费 from every other class the table prints (JUESUAN.md F2, F5). */
const PERSONNEL_CLASSES = ['301', '303'];
const PUBLIC_CLASSES = ['302', '307', '309', '310', '399'];

function check(ctx: CheckContext, t: FinalBasicExpenditureTable): Finding[] {
  const findings: Finding[] = [];
  const classRow = (code: string) => t.rows.find((r) => r.level === 1 && normalizeCode(r.code) === code);
  const relate = (
    total: { label: { text: string }; figure: Figure } | undefined,
    codes: string[],
    fallback: string,
  ) => {
    if (!total) return;
    const rows = codes.map(classRow).filter((r) => r?.values.actual !== undefined);
    // A class the table does not print is no part; with none of them there is nothing to compare.
    if (rows.length === 0) return;
    const parts = rows.map((r) => r?.values.actual).filter((f): f is Figure => f !== undefined);
    const names = rows.map((r) => r?.code ?? '').join(' + ');
    const f = partSumFinding({
      rule: finalBasicTotalsRule,
      ctx,
      table: t.kind,
      total: total.figure,
      parts,
      describe: `${TABLE_KIND_NAMES[t.kind]}“${total.label.text.trim() || fallback}”应等于 ${names}`,
    });
    if (f) findings.push(f);
  };
  relate(t.personnelTotal, PERSONNEL_CLASSES, '人员经费合计');
  relate(t.publicTotal, PUBLIC_CLASSES, '公用经费合计');
  return findings;
}

/** 决算 F2/F5, 表6: 人员经费合计 = 301 + 303; 公用经费合计 = 302 + 310 (+ 307, 309, 399 where printed). */
export const finalBasicTotalsRule: Rule = {
  id: 'final-basic-totals',
  family: 'columns',
  document: 'final',
  severity: 'error',
  title: '一般公共预算财政拨款基本支出决算表：人员经费合计等于301、303之和，公用经费合计等于302、310等之和',
  check: (ctx) => tablesOf(ctx.workbook, 'final_basic_expenditure').flatMap((t) => check(ctx, t)),
};
