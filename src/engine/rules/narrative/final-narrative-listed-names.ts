import type { Finding } from '../../findings';
import { matchNames, sameName } from '../../narrativeText';
import { clauseAmounts, readNameLists, sectionParagraphs } from '../../narrativeText/final';
import type { CodedRow, TextCell } from '../../tables/types';
import type { Rule } from '../rule';
import { finalSections, finalTables } from './finalTables';

interface Row {
  code: string;
  name: string;
  row: CodedRow<string>;
}

/** The row a listed name means: the same name, else the one row it is a prefix of (or the other way round). */
function rowNamed(name: string, rows: readonly Row[]): Row | undefined {
  const same = rows.find((r) => sameName(name, r.name));
  if (same) return same;
  const found = matchNames(name, rows, (r) => r.name, 3);
  return found.length === 1 ? found[0] : undefined;
}

const nonZero = (r: CodedRow<string>, column: string) => r.values[column]?.value.isZero() === false;

/**
 * A list of names against the non-zero rows it should name: a listed name whose row is zero, blank or absent, and
 * a non-zero row not listed, are each worth a look (a 提示: the list is words, the table the figures).
 */
function compare(
  paragraph: TextCell,
  what: string,
  listed: readonly string[],
  rows: readonly Row[],
  column: string,
  table: string,
): Finding | null {
  const nonzero = rows.filter((r) => nonZero(r.row, column));
  const covered = new Set<Row>();
  const empty: string[] = [];
  for (const name of listed) {
    const row = rowNamed(name, rows);
    if (row && nonZero(row.row, column)) covered.add(row);
    else
      empty.push(
        row
          ? `“${name}”（${row.code}，${row.row.values[column]?.amount.kind === 'blank' ? '空白' : '0.00'}）`
          : `“${name}”（表中无此科目）`,
      );
  }
  const missing = nonzero.filter((r) => !covered.has(r));
  if (!empty.length && !missing.length) return null;
  const parts = [
    empty.length ? `列出了${table}中为零或没有的${empty.join('、')}` : '',
    missing.length
      ? `未列出${table}中不为零的${missing.map((r) => `“${r.code} ${r.name}”${r.row.values[column]?.value.toFixed(2)}万元`).join('、')}`
      : '',
  ].filter(Boolean);
  return {
    ruleId: finalNarrativeListedNames.id,
    family: finalNarrativeListedNames.family,
    severity: finalNarrativeListedNames.severity,
    message: `情况说明${what}：${parts.join('；')}`,
    cells: [paragraph.cell, ...missing.flatMap((r) => (r.row.values[column] ? [r.row.values[column].cell] : []))],
    table: 'narrative',
    expected: nonzero.map((r) => r.name).join('、'),
    actual: listed.join('、'),
  };
}

/** 表6 款 of 人员经费 (301, 303) or 公用经费 (302, 307, 309, 310, 399) — JUESUAN.md F5. */
const PERSONNEL = /^30[13]/;
const PUBLIC = /^(?:30[279]|310|399)/;

/**
 * Names the 决算 情况说明 lists against the non-zero rows of their table: 六 人员经费/公用经费 '主要包括' against the
 * 款 of 表6; 五（二） the 类 listed against the non-zero 类 of 表5.
 */
export const finalNarrativeListedNames: Rule = {
  id: 'final-narrative-listed-names',
  family: 'narrative',
  document: 'final',
  severity: 'warning',
  title: '决算情况说明中列举的科目（人员经费、公用经费主要包括的款，一般公共预算支出的类）应与表中不为零的科目一致',
  check(ctx) {
    const t = finalTables(ctx.workbook);
    const sections = finalSections(ctx.workbook);
    const findings: Finding[] = [];
    const t6 = t.t6;
    if (t6) {
      const rows = t6.rows.filter((r) => r.level === 2).map((r) => ({ code: r.code, name: r.name, row: r }));
      for (const paragraph of sectionParagraphs(sections, 'basic')) {
        for (const list of readNameLists(paragraph.text)) {
          const personnel = list.of === '人员经费';
          const own = rows.filter((r) => (personnel ? PERSONNEL : PUBLIC).test(r.code));
          const f = compare(paragraph, `${list.of}“主要包括”所列`, list.names, own, 'actual', '基本支出决算表');
          if (f) findings.push(f);
        }
      }
    }
    const t5 = t.t5;
    if (t5) {
      const classes = t5.rows.filter((r) => r.level === 1).map((r) => ({ code: r.code, name: r.name, row: r }));
      for (const paragraph of sectionParagraphs(sections, 'generalStructure')) {
        const listed = clauseAmounts(paragraph.text)
          .filter((a) => /\(类\)$/.test(a.lead))
          .map((a) => a.lead.replace(/\(类\)$/, ''));
        if (!listed.length) continue;
        const f = compare(
          paragraph,
          '一般公共预算财政拨款支出结构所列的类',
          listed,
          classes,
          'total',
          '一般公共预算财政拨款支出决算表',
        );
        if (f) findings.push(f);
      }
    }
    return findings;
  },
};
