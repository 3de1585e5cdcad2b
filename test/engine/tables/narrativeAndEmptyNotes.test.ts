import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { SheetView } from '../../../src/engine/tables/sheetView';
import { findEmptyNote } from '../../../src/engine/tables/tableBase';
import { tableOf, tablesOf } from '../../../src/engine/tables/types';
import { sheetFromBlocks, workbookOf } from '../../helpers/gridFromRows';
import { realBudgetPath, recognizeFile, templatePath } from './shanghaiRealFiles';

describe('narrative paragraphs', () => {
  it('splits a cell holding several paragraphs at its line breaks, every paragraph naming that cell', () => {
    const sheet = sheetFromBlocks('其他相关情况说明', [
      {
        rows: [
          ['其他相关情况说明'],
          [],
          ['    一、“三公”经费\n    2026年“三公”经费预算数为1.00万元。\r\n\n  二、机关运行经费'],
          ['单独一段'],
        ],
      },
    ]);
    const narrative = tableOf(recognizeWorkbook(workbookOf(sheet)), 'narrative')!;
    expect(narrative.paragraphs).toEqual([
      { text: '一、“三公”经费', cell: { sheet: '其他相关情况说明', address: 'A3' } },
      { text: '2026年“三公”经费预算数为1.00万元。', cell: { sheet: '其他相关情况说明', address: 'A3' } },
      { text: '二、机关运行经费', cell: { sheet: '其他相关情况说明', address: 'A3' } },
      { text: '单独一段', cell: { sheet: '其他相关情况说明', address: 'A4' } },
    ]);
  });

  it('reads the template’s 编制说明, one merged cell, as its paragraphs', async () => {
    const wb = await recognizeFile(templatePath('department_budget_template.xlsx'));
    const explanation = tablesOf(wb, 'narrative').find((t) => t.sheet === '部门编制说明')!;
    const inA3 = explanation.paragraphs.filter((p) => p.cell.address === 'A3').map((p) => p.text);
    expect(inA3.length).toBeGreaterThanOrEqual(4);
    expect(inA3[0]).toMatch(/^2026年，XX收入预算/);
    expect(inA3).toContain('财政拨款支出主要内容如下：');
    expect(inA3.every((p) => !p.includes('\n'))).toBe(true);
  });

  it('keeps one paragraph per row where the real documents write them so (A4:A81 under the A3 title)', async () => {
    const wb = await recognizeFile(realBudgetPath('sh-putuo-zfb-2025.xlsx'));
    const paragraphs = tableOf(wb, 'narrative')!.paragraphs;
    expect(paragraphs).toHaveLength(78);
    expect(new Set(paragraphs.map((p) => p.cell.address)).size).toBe(78);
  });
});

describe('the note of an empty table', () => {
  const noteIn = (text: string) =>
    findEmptyNote(new SheetView(sheetFromBlocks('s', [{ rows: [['表头', '合计'], ['合计'], [text]] }])), 0, 2)?.text;

  it.each([
    '注：无政府性基金预算财政拨款支出，空表列示。',
    '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。',
    '注：本单位无国有资本经营预算拨款，本表为空表。',
    '本部门无国有资本经营预算',
    '无',
  ])('accepts %s', (text) => {
    expect(noteIn(text)).toBe(text);
  });

  it.each(['注：本表数据来源于部门预算系统。', '无形资产', '合计'])('does not take %s for one', (text) => {
    expect(noteIn(text)).toBeUndefined();
  });

  it('finds the real 故本表为空表 notes of tables 6 and 7', async () => {
    const wb = await recognizeFile(realBudgetPath('sh-putuo-zfb-2025.xlsx'));
    for (const kind of ['gov_fund_expenditure', 'state_capital_expenditure'] as const) {
      const table = tableOf(wb, kind)!;
      expect(table.empty).toBe(true);
      expect(table.emptyNote?.text).toMatch(/故本表为空表/);
    }
  });
});
