import type { Finding } from '../../findings';
import { normalizeParagraph } from '../../narrativeText';
import { sectionParagraphs, type FinalSectionId } from '../../narrativeText/final';
import type { Figure, TableBase } from '../../tables/types';
import type { Rule } from '../rule';
import { finalSections, finalTables } from './finalTables';

/** A '<单位>Y年度无…' sentence and the table that must then hold no spending. */
const NONE: ReadonlyArray<{ sections: FinalSectionId[]; pattern: RegExp; what: string; table: 't7' | 't8' | 't9' }> = [
  {
    sections: ['threePublicOverall', 'threePublicDetail'],
    pattern: /无\s*.?三公.?\s*经费(?:财政拨款)?支出/,
    what: '“三公”经费财政拨款支出',
    table: 't7',
  },
  {
    sections: ['govFund'],
    pattern: /无政府性基金预算财政拨款收入和?支出/,
    what: '政府性基金预算财政拨款收入和支出',
    table: 't8',
  },
  {
    sections: ['stateCapital'],
    pattern: /无国有资本经营预算财政拨款收入和?支出/,
    what: '国有资本经营预算财政拨款收入和支出',
    table: 't9',
  },
];

/** The table's non-zero figures (for 表7 only the 决算数: a budget with nothing spent is still 'no spending'). */
function nonZero(t: TableBase & { actual?: Partial<Record<string, Figure>> }): Figure[] {
  const figures = t.actual ? Object.values(t.actual).filter((f): f is Figure => Boolean(f)) : t.allFigures;
  return figures.filter((f) => !f.value.isZero());
}

/** '…年度无“三公”经费财政拨款支出' / '…无政府性基金（国有资本经营）预算财政拨款收入和支出' ⇔ the table is empty or zero. */
export const finalNarrativeNone: Rule = {
  id: 'final-narrative-none',
  family: 'narrative',
  document: 'final',
  severity: 'error',
  title: '决算情况说明称无“三公”经费、政府性基金或国有资本经营预算收支的，相应决算表应为空或为零',
  check(ctx) {
    const tables = finalTables(ctx.workbook);
    const sections = finalSections(ctx.workbook);
    const findings: Finding[] = [];
    for (const spec of NONE) {
      const table = tables[spec.table];
      if (!table) continue;
      const figures = nonZero(table);
      if (!figures.length) continue;
      for (const paragraph of spec.sections.flatMap((id) => sectionParagraphs(sections, id))) {
        const m = spec.pattern.exec(normalizeParagraph(paragraph.text));
        if (!m) continue;
        findings.push({
          ruleId: finalNarrativeNone.id,
          family: finalNarrativeNone.family,
          severity: finalNarrativeNone.severity,
          message: `情况说明称“${paragraph.text.slice(m.index, m.index + m[0].length)}”，但${table.title.text || spec.what}有不为零的数（${figures
            .slice(0, 3)
            .map((f) => `${f.cell.address} ${f.value.toFixed(2)}`)
            .join('、')}）`,
          cells: [paragraph.cell, ...figures.map((f) => f.cell)],
          table: 'narrative',
          expected: `无${spec.what}`,
          actual: figures.map((f) => f.value.toFixed(2)).join('、'),
        });
      }
    }
    return findings;
  },
};
