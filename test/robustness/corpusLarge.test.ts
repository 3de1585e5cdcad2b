/**
 * Issue 6: the large corpus workbooks — a consistent 10,241-row income table and a 200-sheet workbook — are
 * read completely. (Timings are measured and reported outside the tests; no timed assertions.)
 */
import { BIG_CLASSES, BIG_GROUPS, BIG_ITEMS } from '../fixtures/corpus/largeTables';
import { crashedRules, keys, makeCorpus, type Corpus } from './corpusHelpers';

let corpus: Corpus;

beforeAll(async () => {
  corpus = await makeCorpus(['rows-10000.xlsx', 'sheets-200.xlsx']);
}, 120_000);

afterAll(() => corpus.remove());

describe('corpus: size', () => {
  it('rows-10000: every row is read; the table sums hold, only the other tables disagree with it', async () => {
    const result = await corpus.check('rows-10000.xlsx');
    expect(crashedRules(result)).toEqual([]);
    const dataRows = 1 + BIG_CLASSES * (1 + BIG_GROUPS * (1 + BIG_ITEMS));
    expect(dataRows).toBeGreaterThan(10_000);
    const income = result.tables.find((t) => t.kind === 'income')!;
    // Title, meta, two header rows and 栏次 above the data.
    expect(income.range).toMatch(new RegExp(`:M${5 + dataRows}$`));
    const inTable = result.findings.filter((f) => f.cells.every((c) => c.sheet === '表2'));
    expect(inTable).toEqual([]);
    const cross = result.findings.filter((f) => f.ruleId === 'cross-income-expenditure' && f.severity === 'error');
    expect(cross.map((f) => `${f.cells[0].sheet}!${f.cells[0].address}`)).toContain('表2!D6');
  });

  it('sheets-200: 200 sheets, the same findings as the 13-sheet original', async () => {
    const original = await corpus.check('original.xlsx');
    const result = await corpus.check('sheets-200.xlsx');
    expect((await corpus.read('sheets-200.xlsx')).sheets).toHaveLength(200);
    expect(result.tables).toHaveLength(original.tables.length);
    expect(keys(result)).toEqual(keys(original));
  });
});
