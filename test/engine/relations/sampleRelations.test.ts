/**
 * Issue 10, relations: on both samples every comparing rule states what it compares, holding or not; every
 * finding of such a rule comes from a relation that does not hold, naming the same cells; a figure stated in the
 * 情况说明 carries the span of its digits.
 */
import Decimal from 'decimal.js';
import * as path from 'path';
import { readWorkbookFile } from '../../../src/cli/readWorkbookFile';
import { checkWorkbook, type CheckResult } from '../../../src/engine/checkWorkbook';
import type { CellRef } from '../../../src/engine/grid';
import type { Relation } from '../../../src/engine/relations/types';
import { ROOT } from '../../cli/runCli';

/**
 * Rules whose findings compare figures (percentages, years and wording are not figure equalities). On the samples
 * every finding of the rules that word their own is relation-backed too (a wrong 绩效目标 count, or several cost
 * indicators, would not be).
 */
const COMPARING =
  /^(hierarchy-sum|column-|summary-|cross-(?!functional-class)|project-(total|funds|annual|overall|cost-indicator)|assets-|procurement-|narrative-(amount|sum|change$|change-split|procurement-split|subject-item|performance-targets|itemised))/;

const key = (cells: readonly CellRef[]) =>
  cells
    .map((c) => `${c.sheet}!${c.address}`)
    .sort()
    .join(',');

async function check(file: string): Promise<CheckResult> {
  const grid = (await readWorkbookFile(path.join(ROOT, 'assets', 'samples', file))).grid;
  return checkWorkbook(grid);
}

function count(relations: readonly Relation[], ruleId: string, status?: Relation['status']): number {
  return relations.filter((r) => r.ruleId === ruleId && (!status || r.status === status)).length;
}

describe.each([
  // Lower bounds measured on the samples (seed: 138 hierarchy parents, 136 column identities hold; Shanghai 114, 102).
  ['sample-2024.xlsx', { hierarchy: 130, columns: 130, total: 370 }],
  ['sample-shanghai-2025.xlsx', { hierarchy: 110, columns: 100, total: 270 }],
])('relations on %s', (file, bounds) => {
  let result: CheckResult;
  let relations: Relation[];
  beforeAll(async () => {
    result = await check(file);
    relations = result.relations ?? [];
  });

  test('every finding of a comparing rule comes from a relation that does not hold, on the same cells', () => {
    const comparing = result.findings.filter((f) => COMPARING.test(f.ruleId));
    expect(comparing.length).toBeGreaterThanOrEqual(0);
    for (const f of comparing) {
      const from = relations.filter((r) => r.ruleId === f.ruleId && r.status !== 'holds' && r.finding);
      expect(from.map((r) => key(r.finding?.cells ?? []))).toContain(key(f.cells));
      const relation = from.find((r) => key(r.finding?.cells ?? []) === key(f.cells));
      expect(relation?.finding?.message).toBe(f.message);
    }
  });

  test('a relation that holds carries no finding; one that does not, its finding', () => {
    for (const r of relations) {
      if (r.status === 'holds') expect(r.finding).toBeUndefined();
      if (r.status === 'fails' && r.operator === 'eq') expect(r.residual.isZero()).toBe(false);
      if (r.status === 'rounding') expect(r.residual.abs().lte(r.tolerance)).toBe(true);
    }
  });

  test('holding relations exist for the hierarchy parents and the column identities', () => {
    expect(count(relations, 'hierarchy-sum', 'holds')).toBeGreaterThanOrEqual(bounds.hierarchy);
    const columns = relations.filter((r) => r.family === 'columns' && r.status === 'holds');
    expect(columns.length).toBeGreaterThanOrEqual(bounds.columns);
    expect(relations.length).toBeGreaterThanOrEqual(bounds.total);
  });
});

describe('the seed sample', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check('sample-2024.xlsx');
  });

  test('a narrative-amount relation carries the span of the figure it states', () => {
    const amounts = (result.relations ?? []).filter((r) => r.ruleId === 'narrative-amount');
    expect(amounts.length).toBeGreaterThan(0);
    for (const r of amounts) {
      const text = r.terms.find((t) => t.text)?.text;
      expect(text).toBeDefined();
      if (!text) continue;
      const digits = text.paragraph.slice(text.start, text.end);
      expect(digits).toMatch(/^[\d,.]+$/);
      expect(text.cellText.slice(text.paragraphStart, text.paragraphStart + text.paragraph.length)).toBe(
        text.paragraph,
      );
      // The digits are the figure the term holds (in the unit the text writes).
      expect(new Decimal(digits.replace(/,/g, '')).equals(r.terms[0].figure.value)).toBe(true);
    }
  });

  test('the blank 预算数 of a project is a term of the project-total relation', () => {
    const projectTotal = (result.relations ?? []).filter((r) => r.ruleId === 'project-total');
    expect(projectTotal.length).toBeGreaterThan(0);
    expect(projectTotal.some((r) => r.terms.some((t) => t.figure.amount.kind === 'blank'))).toBe(true);
  });

  test('the blank 预算数 of 网络执法 fails against the 0.2万元 the text states, with the digits spanned', () => {
    const missing = (result.relations ?? []).filter((r) => r.ruleId === 'project-missing-budget');
    expect(missing).toHaveLength(1);
    expect(missing[0].status).toBe('fails');
    const text = missing[0].terms[0].text;
    expect(text && text.paragraph.slice(text.start, text.end)).toBe('0.2');
    expect(missing[0].terms[1].figure.amount.kind).toBe('blank');
  });

  test('the ≤ relations are stated as such', () => {
    const le = (result.relations ?? []).filter((r) => r.operator === 'le');
    expect(le.map((r) => r.ruleId)).toContain('cross-general-vs-expenditure');
  });
});
