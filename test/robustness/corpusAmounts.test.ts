/**
 * Issue 6: amount cells in odd forms from the bad-input corpus (one cell of the seed-000 income table, 2013701
 * 行政运行 合计, 134.29, changed per file).
 */
import { corpusTargets } from '../fixtures/corpus/buildCorpus';
import { cellKeys, crashedRules, keys, makeCorpus, type Corpus } from './corpusHelpers';

const FILES = [
  'amount-thousands.xlsx',
  'amount-fullwidth.xlsx',
  'amount-negative.xlsx',
  'amount-wan.xlsx',
  'amount-ref.xlsx',
  'amount-boolean.xlsx',
  'amount-date.xlsx',
];

let corpus: Corpus;
const { incomeLeaf, expenditureTotal } = corpusTargets();
const LEAF = `${incomeLeaf.sheet}!${incomeLeaf.address}`;

beforeAll(async () => {
  corpus = await makeCorpus(FILES);
}, 60_000);

afterAll(() => corpus.remove());

describe('corpus: amounts', () => {
  it.each(FILES)('%s: no rule fails while checking it', async (name) => {
    expect(crashedRules(await corpus.check(name))).toEqual([]);
  });

  it.each(['amount-fullwidth.xlsx', 'amount-wan.xlsx'])('%s: the same value, so the same findings', async (name) => {
    const original = await corpus.check('original.xlsx');
    expect(keys(await corpus.check(name))).toEqual(keys(original));
  });

  it("amount-thousands: '1,234.5' is read as 1234.50 and the row sum names the cell", async () => {
    const result = await corpus.check('amount-thousands.xlsx');
    expect(result.findings.filter((f) => f.ruleId === 'invalid-amount')).toEqual([]);
    const row = result.findings.filter((f) => f.severity === 'error' && cellKeys(f)[0] === LEAF);
    expect(row.map((f) => f.actual)).toContain('1234.50');
  });

  it("amount-negative: '(12.30)' is read as -12.30: a 'negative-amount' error at the cell", async () => {
    const result = await corpus.check('amount-negative.xlsx');
    expect(result.findings.filter((f) => f.ruleId === 'invalid-amount')).toEqual([]);
    const negative = result.findings.filter((f) => f.ruleId === 'negative-amount');
    expect(negative.map((f) => [f.severity, cellKeys(f)[0]])).toEqual([['error', LEAF]]);
    expect(negative[0].message).toContain('-12.30');
  });

  it("amount-ref: an '#REF!' value and a formula whose result is '#REF!' are each an 'invalid-amount' error at the cell", async () => {
    const result = await corpus.check('amount-ref.xlsx');
    const invalid = result.findings.filter((f) => f.ruleId === 'invalid-amount');
    expect(invalid.map((f) => [f.severity, cellKeys(f)[0], f.actual]).sort()).toEqual(
      [
        ['error', LEAF, '#REF!'],
        ['error', `${expenditureTotal.sheet}!${expenditureTotal.address}`, '#REF!'],
      ].sort(),
    );
  });

  it.each([
    ['amount-boolean.xlsx', 'TRUE'],
    ['amount-date.xlsx', '2024-01-15'],
  ])("%s: an 'invalid-amount' error at the cell", async (name, shown) => {
    const result = await corpus.check(name);
    const invalid = result.findings.filter((f) => f.ruleId === 'invalid-amount');
    expect(invalid.map((f) => [f.severity, cellKeys(f)[0]])).toEqual([['error', LEAF]]);
    expect(invalid[0].actual).toContain(shown);
  });
});
