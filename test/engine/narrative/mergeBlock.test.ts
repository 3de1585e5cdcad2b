import * as path from 'path';
import { readWorkbookFile } from '../../../src/cli/readWorkbookFile';
import { workbookToGrid } from '../../../src/xlsx/workbookToGrid';
import {
  CHANGE_PLACEHOLDER,
  generateNarrative,
  mergeNarrativeBlock,
  previousYearFigures,
  REASON_PLACEHOLDER,
  statedPreviousYear,
  USE_PLACEHOLDER,
} from '../../../src/engine/narrative';
import { narrativeBlockRows } from '../../../src/engine/narrative/narrativeBlock';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import type { BudgetWorkbook } from '../../../src/engine/tables/types';
import { layoutWorkbook } from '../../../scripts/samples/layoutWorkbook';
import { toExcelWorkbook } from '../../../scripts/samples/writeXlsx';
import { ROOT } from '../../cli/runCli';
import { previousYearData } from './previousYearData';

const SAMPLES = path.join(ROOT, 'assets', 'samples');
let hebei: BudgetWorkbook;
let shanghai: BudgetWorkbook;
let lastYear: BudgetWorkbook;

beforeAll(async () => {
  hebei = recognizeWorkbook((await readWorkbookFile(path.join(SAMPLES, 'sample-2024.xlsx'))).grid);
  shanghai = recognizeWorkbook((await readWorkbookFile(path.join(SAMPLES, 'sample-shanghai-2025.xlsx'))).grid);
  lastYear = recognizeWorkbook(workbookToGrid(toExcelWorkbook(layoutWorkbook(previousYearData())), 'prev'));
});

describe('last year from the 情况说明', () => {
  test("the seed-000 sample's '较2023年预算减少130.4万元' gives 2023's total 514.74", () => {
    const stated = statedPreviousYear(hebei);
    expect(stated.figures?.year).toBe(2023);
    expect(stated.figures?.total?.toFixed(2)).toBe('514.74');
    expect(stated.amounts.total?.raw).toBe('较2023年预算减少130.4万元');
    const change = generateNarrative(hebei, { previous: stated.figures }).find((s) => s.id === 'change');
    expect(change?.text).toContain('较2023年预算减少130.40万元');
  });

  test('the Shanghai sample gives 财政拨款 and its parts and the 三公 items', () => {
    const f = statedPreviousYear(shanghai).figures;
    expect(f?.year).toBe(2024);
    expect(f?.fiscalIncome?.toFixed(2)).toBe('11491.20');
    expect(f?.general?.toFixed(2)).toBe('11491.20');
    expect(f?.fund?.toFixed(2)).toBe('0.00');
    expect(f?.threePublic?.total.toFixed(2)).toBe('867.50');
    expect(f?.threePublic?.reception.toFixed(2)).toBe('28.50');
  });
});

describe('inserting again keeps what was typed', () => {
  test('a typed reason stays, a changed figure is updated, the summary counts both', () => {
    const previous = previousYearFigures(lastYear);
    const before = narrativeBlockRows(generateNarrative(hebei, { previous }));
    const typed = before.map((row) => row.replace(REASON_PLACEHOLDER, '人员调整，项目压减'));
    const changed = { ...previous, total: previous.total?.plus(10) };
    const after = narrativeBlockRows(generateNarrative(hebei, { previous: changed }));
    const merge = mergeNarrativeBlock(typed, after);
    const change = merge.rows.find((r) => r.startsWith('2024年预算收支安排'));
    expect(change).toContain('较2023年预算减少140.40万元');
    expect(change).toContain('主要原因是人员调整，项目压减。');
    expect(change).not.toContain(REASON_PLACEHOLDER);
    expect(merge.summary).toMatchObject({ figures: 1, filledSlots: 2, rewritten: 0, added: 0 });
  });

  test('a sentence the user added is kept, a rewritten sentence is kept and counted', () => {
    const before = narrativeBlockRows(generateNarrative(hebei));
    const i = before.findIndex((r) => r.startsWith('2024年部门支出预算'));
    const edited = [...before];
    edited[i] = `${before[i]}另有说明若干。`;
    const j = before.findIndex((r) => r.startsWith('2024年预算收入'));
    edited[j] = before[j].replace(/^[^，]+，/, '本年收入全部来自财政拨款，');
    const merge = mergeNarrativeBlock(edited, before);
    expect(merge.rows[i]).toBe(edited[i]);
    expect(merge.rows[j]).toBe(edited[j]);
    expect(merge.summary).toMatchObject({ added: 1, rewritten: 1, figures: 0 });
  });

  test('a block written without last year and filled in keeps its fills once last year is given', () => {
    const plain = narrativeBlockRows(generateNarrative(shanghai));
    const typed = plain.map((r) =>
      r.includes('行政运行') ? r.replace(USE_PLACEHOLDER, '机关日常运转') : r.replace(REASON_PLACEHOLDER, '机构调整'),
    );
    const previous = statedPreviousYear(shanghai).figures;
    const next = narrativeBlockRows(generateNarrative(shanghai, { previous }));
    const merge = mergeNarrativeBlock(typed, next, [plain]);
    expect(merge.rows.join('\n')).toContain('主要用于机关日常运转。');
    expect(merge.rows.join('\n')).toContain('主要原因是机构调整。');
    expect(merge.rows.join('\n')).toContain('比2024年预算减少2389.52万元');
    expect(merge.rows.join('\n')).not.toContain(CHANGE_PLACEHOLDER);
    expect(merge.summary.filledSlots).toBe(2);
    expect(merge.summary.rewritten).toBe(0);
  });

  test('an untouched block is replaced as generated', () => {
    const rows = narrativeBlockRows(generateNarrative(hebei));
    expect(mergeNarrativeBlock(rows, rows)).toEqual({
      rows,
      summary: { figures: 0, filledSlots: 0, rewritten: 0, added: 0 },
    });
  });
});
