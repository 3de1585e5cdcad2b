/**
 * Issue 6: odd workbook structure from the bad-input corpus. Each file is the seed-000 sample with one edit;
 * its findings are pinned against the unedited sample's.
 */
import { columnLetters } from '../../src/engine/grid';
import { BUDGET_TABLE_KINDS } from '../../src/engine/tableKinds';
import { corpusTargets } from '../fixtures/corpus/buildCorpus';
import { locate, seedSample, sheetOf } from '../fixtures/corpus/sampleEdits';
import { cellKeys, crashedRules, keys, loud, makeCorpus, type Corpus } from './corpusHelpers';

const FILES = [
  'empty-workbook.xlsx',
  'no-sheets.xlsx',
  'titles-only.xlsx',
  'cut-off.xlsx',
  'merged-data.xlsx',
  'columns-swapped.xlsx',
  'duplicate-table.xlsx',
  'two-years.xlsx',
  'two-units.xlsx',
  'hidden-sheets.xlsx',
  'codes-odd.xlsx',
];

let corpus: Corpus;
const targets = corpusTargets();

beforeAll(async () => {
  corpus = await makeCorpus(FILES);
}, 60_000);

afterAll(() => corpus.remove());

describe('corpus: structure', () => {
  it.each(FILES)('%s: no rule fails while checking it', async (name) => {
    expect(crashedRules(await corpus.check(name))).toEqual([]);
  });

  it.each(['empty-workbook.xlsx', 'no-sheets.xlsx'])('%s: no table and no finding', async (name) => {
    const result = await corpus.check(name);
    expect(result.tables).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('titles-only: no error; every kind is either recognised (empty) or reported missing', async () => {
    const result = await corpus.check('titles-only.xlsx');
    expect(result.summary.error).toBe(0);
    expect(result.workbook.tables.every((t) => t.empty)).toBe(true);
    const missing = result.findings.filter((f) => f.ruleId === 'missing-table').map((f) => f.table);
    expect(missing.length).toBeGreaterThan(0);
    expect(new Set([...missing, ...result.tables.map((t) => t.kind)])).toEqual(new Set(BUDGET_TABLE_KINDS));
  });

  it('cut-off: the income table ends where it was cut and its sums fail; the header-only table is missing', async () => {
    const result = await corpus.check('cut-off.xlsx');
    const income = result.tables.find((t) => t.kind === 'income');
    const leafRow = Number(targets.incomeLeaf.address.replace(/^[A-Z]+/, ''));
    expect(income?.range).toMatch(new RegExp(`:[A-Z]+${leafRow}$`));
    // 20137 网信事务 now has only 2013701 under it: 334.50 against 134.29.
    const parentSum = result.findings.filter(
      (f) => f.ruleId === 'hierarchy-sum' && f.severity === 'error' && f.actual === '334.50' && f.expected === '134.29',
    );
    expect(parentSum.map((f) => f.cells[0].sheet)).toContain('表2');
    expect(result.tables.map((t) => t.kind)).not.toContain('expenditure');
    expect(result.findings.filter((f) => f.ruleId === 'missing-table').map((f) => f.table)).toContain('expenditure');
  });

  it('merged-data: the amount hidden under the merge is reported at its cell', async () => {
    const sample = seedSample();
    const hidden = `表3!${columnLetters(locate(sheetOf(sample, '表3'), '项目支出').col)}${
      locate(sheetOf(sample, '表3'), '2013702').row + 1
    }`;
    const result = await corpus.check('merged-data.xlsx');
    const naming = loud(result).filter((f) => f.severity === 'error' && cellKeys(f).includes(hidden));
    expect(naming.length).toBeGreaterThan(0);
  });

  it('columns-swapped: the same findings as the original, at the moved cells', async () => {
    const sample = seedSample();
    const swapped: Record<string, [string, string]> = {
      表3: ['基本支出', '项目支出'],
      表6: ['人员经费', '公用经费'],
    };
    const letters = Object.fromEntries(
      Object.entries(swapped).map(([sheet, [a, b]]) => [
        sheet,
        [a, b].map((h) => columnLetters(locate(sheetOf(sample, sheet), h).col)),
      ]),
    );
    const move = (cell: string): string => {
      const m = /^(.+)!([A-Z]+)(\d+)$/.exec(cell)!;
      const pair = letters[m[1]];
      if (!pair) return cell;
      const col = m[2] === pair[0] ? pair[1] : m[2] === pair[1] ? pair[0] : m[2];
      return `${m[1]}!${col}${m[3]}`;
    };
    const original = await corpus.check('original.xlsx');
    const result = await corpus.check('columns-swapped.xlsx');
    expect(keys(result, move)).toEqual(keys(original));
    expect(original.findings.some((f) => cellKeys(f).some((c) => move(c) !== c))).toBe(true);
  });

  it('duplicate-table: both copies are recognised and the warnings and errors do not change', async () => {
    const original = await corpus.check('original.xlsx');
    const result = await corpus.check('duplicate-table.xlsx');
    expect(result.tables.filter((t) => t.kind === 'income').map((t) => t.sheet)).toEqual(['表2', '表2 (2)']);
    expect(keys({ ...result, findings: loud(result) })).toEqual(keys({ ...original, findings: loud(original) }));
  });

  it("two-years: one 'budget-year' error naming the odd table's year cell", async () => {
    const result = await corpus.check('two-years.xlsx');
    const years = result.findings.filter((f) => f.ruleId === 'budget-year');
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({ severity: 'error', expected: '2024', actual: '2023', table: 'expenditure' });
    expect(years[0].cells[0]).toEqual(targets.expenditureYear);
  });

  it("two-units: one 'unit-name' error naming the odd table's unit cell", async () => {
    const result = await corpus.check('two-units.xlsx');
    const units = result.findings.filter((f) => f.ruleId === 'unit-name');
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ severity: 'error', expected: '224网信办', actual: '101教育局' });
    expect(units[0].cells[0]).toEqual(targets.generalUnit);
  });

  it('hidden-sheets: hidden and very hidden sheets are read like visible ones; findings unchanged', async () => {
    const original = await corpus.check('original.xlsx');
    const result = await corpus.check('hidden-sheets.xlsx');
    expect(result.tables.map((t) => t.sheet)).toEqual(expect.arrayContaining(['表7', '表8']));
    expect(keys(result)).toEqual(keys(original));
  });

  it('codes-odd: codes with spaces, full-width digits or stored as numbers give the same findings', async () => {
    const original = await corpus.check('original.xlsx');
    expect(keys(await corpus.check('codes-odd.xlsx'))).toEqual(keys(original));
  });
});
