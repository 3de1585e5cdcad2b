/**
 * Issue 10 acceptance (diagnosis): on generated consistent workbooks of both templates with amounts changed, the
 * changed cell is diagnosed as the culprit and its original value offered as the fix. The rates are counted over
 * the runs and the thresholds asserted on them (a run may rightly find another cell equally likely).
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { checkWorkbook, type CheckResult } from '../../src/engine/checkWorkbook';
import { applyFixesToGrid } from '../../src/engine/diagnosis/applyFixesToGrid';
import type { FindingFix } from '../../src/engine/findings';
import { toA1, type CellRef, type WorkbookGrid } from '../../src/engine/grid';
import type { Relation } from '../../src/engine/relations/types';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { grouped } from '../../scripts/samples/shanghai/amountCell';
import { layoutShanghai } from '../../scripts/samples/shanghai/layoutShanghai';
import type { SampleWorkbook } from '../../scripts/samples/sheetBuilder';
import { arbitraryBudgetCase } from '../helpers/arbitraryBudget';
import { arbitraryShanghaiCase } from '../helpers/arbitraryShanghai';
import { amountAt, nonZeroAmounts, withAmount, type AmountCell } from '../helpers/changedAmounts';

interface GeneratedTemplate {
  name: string;
  sample: fc.Arbitrary<SampleWorkbook>;
  /** How the layout prints an amount ('1234.50' → Shanghai '1,234.50'). */
  show: (plain: string) => string;
  deltas: string[];
}

const TEMPLATES: GeneratedTemplate[] = [
  {
    name: 'hebei',
    sample: arbitraryBudgetCase.map(({ data, variant }) => layoutWorkbook(data, variant)),
    show: (plain) => plain,
    deltas: ['1.00', '-0.37', '12.05'],
  },
  {
    name: 'shanghai',
    sample: arbitraryShanghaiCase.map(({ data, variant }) => layoutShanghai(data, variant)),
    show: grouped,
    deltas: ['1.00', '-0.37', '12.05', '0.01'],
  },
];

/**
 * The rates are asserted over a fixed sample of workbooks so a CI run is reproducible (a rare miss must not make a
 * submission fail at random); FC_SEED draws another sample to explore.
 */
const SEED = Number(process.env.FC_SEED ?? 20261203);
const SINGLE_RUNS = 250;
const DOUBLE_RUNS = 100;

const same = (a: CellRef, b: CellRef): boolean => a.sheet === b.sheet && a.address === b.address;

function refOf(grid: WorkbookGrid, at: AmountCell): CellRef {
  return { sheet: grid.sheets[at.sheet].name, address: toA1(at.row, at.col) };
}

function errorsOf(result: CheckResult) {
  return result.findings.filter((f) => f.severity === 'error');
}

function fixesOf(result: CheckResult): FindingFix[] {
  return result.diagnosis.flatMap((c) => (c.fix ? [c.fix] : []));
}

/** A relation's identity across two checks: its rule and the figures it names. */
function relationKey(r: Relation): string {
  return `${r.ruleId}|${r.terms.map((t) => `${t.figure.cell.sheet}!${t.figure.cell.address}@${t.text?.start ?? ''}`).join(',')}`;
}

/** Relations that held before the fixes and fail after them. */
function brokenByFixes(before: CheckResult, after: CheckResult): string[] {
  const held = new Set((before.relations ?? []).filter((r) => r.status === 'holds').map(relationKey));
  return (after.relations ?? []).filter((r) => r.status === 'fails' && held.has(relationKey(r))).map(relationKey);
}

function rate(hits: number, runs: number): number {
  return runs === 0 ? 0 : hits / runs;
}

describe.each(TEMPLATES)('diagnosis on generated $name workbooks', (t) => {
  it('offers no fix on a consistent workbook', () => {
    fc.assert(
      fc.property(t.sample, (sample) => {
        const result = checkWorkbook(sample.grid);
        expect(result.diagnosis).toEqual([]);
        expect(result.findings.filter((f) => f.fix !== undefined)).toEqual([]);
      }),
      { numRuns: 30, seed: SEED },
    );
  });

  it('with one amount changed: the changed cell first, its original value the fix, the fixes repair all', () => {
    const count = {
      runs: 0,
      first: 0,
      fixed: 0,
      repaired: 0,
      fixedButNotRepaired: [] as string[],
      broken: [] as string[],
    };
    fc.assert(
      fc.property(t.sample, fc.nat(), fc.constantFrom(...t.deltas), (sample, pick, delta) => {
        const amounts = nonZeroAmounts(sample);
        const at = amounts[pick % amounts.length];
        const original = amountAt(sample.grid, at);
        const changed = withAmount(sample.grid, at, original.plus(delta), t.show);
        const cell = refOf(changed, at);
        const result = checkWorkbook(changed);
        const naming = errorsOf(result).filter((f) => f.cells.some((c) => same(c, cell)));
        count.runs++;
        if (naming.length > 0 && naming.every((f) => same(f.cells[0], cell))) count.first++;
        const fixes = fixesOf(result);
        const offered = result.findings.some(
          (f) => f.fix && same(f.fix.cell, cell) && new Decimal(f.fix.value).eq(original),
        );
        if (offered) count.fixed++;
        const after = checkWorkbook(applyFixesToGrid(changed, fixes));
        const repaired = errorsOf(after).length === 0;
        if (repaired) count.repaired++;
        if (offered && !repaired) count.fixedButNotRepaired.push(`${cell.sheet}!${cell.address} ${delta}`);
        count.broken.push(...brokenByFixes(result, after));
      }),
      { numRuns: SINGLE_RUNS, seed: SEED },
    );
    const rates = {
      culpritFirst: rate(count.first, count.runs),
      originalOffered: rate(count.fixed, count.runs),
      repaired: rate(count.repaired, count.runs),
    };
    console.log(`diagnosis ${t.name}, one change, ${count.runs} runs:`, JSON.stringify(rates));
    expect(rates.culpritFirst).toBeGreaterThanOrEqual(0.9);
    expect(rates.originalOffered).toBeGreaterThanOrEqual(0.8);
    // Where the original value is offered, all the fixes together leave no error; no fix breaks what held.
    expect(count.fixedButNotRepaired).toEqual([]);
    expect(count.broken).toEqual([]);
  });

  it('with two amounts changed in different tables: both found as culprits', () => {
    const count = { runs: 0, both: 0 };
    fc.assert(
      fc.property(
        t.sample,
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...t.deltas),
        fc.constantFrom(...t.deltas),
        (sample, pickA, pickB, deltaA, deltaB) => {
          const amounts = nonZeroAmounts(sample);
          const a = amounts[pickA % amounts.length];
          const others = amounts.filter((x) => x.sheet !== a.sheet);
          const b = others[pickB % others.length];
          let changed = withAmount(sample.grid, a, amountAt(sample.grid, a).plus(deltaA), t.show);
          changed = withAmount(changed, b, amountAt(sample.grid, b).plus(deltaB), t.show);
          const culprits = checkWorkbook(changed).diagnosis.map((c) => c.cell);
          count.runs++;
          if ([a, b].every((x) => culprits.some((c) => same(c, refOf(changed, x))))) count.both++;
        },
      ),
      { numRuns: DOUBLE_RUNS, seed: SEED },
    );
    const both = rate(count.both, count.runs);
    console.log(`diagnosis ${t.name}, two changes, ${count.runs} runs: both found ${both}`);
    expect(both).toBeGreaterThanOrEqual(0.8);
  });
});
