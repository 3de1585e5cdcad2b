/**
 * Issue 13: a 预算 workbook is never read as a 决算, nor the reverse — on every sample, every .xlsx fixture, every
 * real publication (/work/shared/real/budget → budget, /work/shared/real/final → final), the blank Shanghai 预算
 * templates, and generated workbooks of every generator (Hebei, Shanghai 预算, 决算 in both layouts).
 */
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { checkWorkbook } from '../../src/engine/checkWorkbook';
import type { WorkbookGrid } from '../../src/engine/grid';
import { readWorkbookFile } from '../../src/cli/readWorkbookFile';
import { layoutFinal } from '../../scripts/samples/final/layoutFinal';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { layoutShanghai } from '../../scripts/samples/shanghai/layoutShanghai';
import { arbitraryBudgetCase } from '../helpers/arbitraryBudget';
import { arbitraryFinalData, arbitraryFinalVariant } from '../helpers/arbitraryFinal';
import { arbitraryShanghaiCase } from '../helpers/arbitraryShanghai';

type Document = 'budget' | 'final';

const ROOT = path.join(__dirname, '..', '..');
/** The shared real documents and templates; absent outside the project's machine. */
const SHARED = process.env.BUDGET_SHARED_DIR ?? '/work/shared';

function xlsxIn(dir: string, recursive = false): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return recursive ? xlsxIn(full, true) : [];
      return /\.xlsx$/i.test(e.name) && !e.name.includes('.annotated.') ? [full] : [];
    })
    .sort();
}

/** Files with the document they are; the 决算 sample is named so. */
const FILES: Array<[string, Document]> = [
  ...xlsxIn(path.join(ROOT, 'assets', 'samples')).map((f): [string, Document] => [
    f,
    /final/.test(path.basename(f)) ? 'final' : 'budget',
  ]),
  ...xlsxIn(path.join(ROOT, 'test', 'fixtures'), true).map((f): [string, Document] => [
    f,
    /final|juesuan|决算/i.test(f) ? 'final' : 'budget',
  ]),
  ...xlsxIn(path.join(SHARED, 'real', 'budget')).map((f): [string, Document] => [f, 'budget']),
  ...xlsxIn(path.join(SHARED, 'real', 'final')).map((f): [string, Document] => [f, 'final']),
  ...xlsxIn(path.join(SHARED, 'templates', 'shanghai')).map((f): [string, Document] => [f, 'budget']),
];

const documentOf = (grid: WorkbookGrid) => checkWorkbook(grid).document;

describe('document type of files', () => {
  it('covers the samples, both of them 决算 and 预算', () => {
    const samples = FILES.filter(([f]) => f.includes(path.join('assets', 'samples')));
    expect(samples.map(([, d]) => d)).toEqual(expect.arrayContaining(['budget', 'final']));
  });

  it.each(FILES.map(([f, d]) => [path.relative(ROOT, f), d, f]))('%s is read as %s', async (_name, expected, file) => {
    expect(documentOf((await readWorkbookFile(file)).grid)).toBe(expected);
  });
});

const SEED = Number(process.env.FC_SEED ?? 20261203);
const RUNS = 12;

describe('document type of generated workbooks', () => {
  const generators: Array<[string, Document, fc.Arbitrary<WorkbookGrid>]> = [
    ['Hebei 预算', 'budget', arbitraryBudgetCase.map(({ data, variant }) => layoutWorkbook(data, variant).grid)],
    ['Shanghai 预算', 'budget', arbitraryShanghaiCase.map(({ data, variant }) => layoutShanghai(data, variant).grid)],
    ...(['shanghai', 'national'] as const).map((layout): [string, Document, fc.Arbitrary<WorkbookGrid>] => [
      `${layout} 决算`,
      'final',
      fc
        .record({ data: arbitraryFinalData, variant: arbitraryFinalVariant })
        .map(({ data, variant }) => layoutFinal(data, { ...variant, layout }).grid),
    ]),
  ];

  it.each(generators)('%s workbooks are read as %s', (_name, expected, grids) => {
    fc.assert(
      fc.property(grids, (grid) => {
        expect(documentOf(grid)).toBe(expected);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
