import { layoutWorkbook } from '../../../scripts/samples/layoutWorkbook';
import { SEED_000 } from '../../../scripts/samples/seed000';
import { cellText, type SheetGrid, type WorkbookGrid } from '../../../src/engine/grid';
import { BUDGET_TABLE_KINDS, type TableKind } from '../../../src/engine/tableKinds';
import { SHANGHAI } from '../../../src/engine/templates/shanghai';
import { findTableTitles, titleKind } from '../../../src/engine/tables/findTableTitles';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { SheetView } from '../../../src/engine/tables/sheetView';
import { tableOf } from '../../../src/engine/tables/types';
import { sheetFromBlocks } from '../../helpers/gridFromRows';
import { REAL_BUDGETS, realBudgetPath, recognizeFile, templatePath } from './shanghaiRealFiles';

/** The seed-000 sample with one cell's text replaced wherever it occurs on the sheet holding `title`. */
function sampleWith(title: string, replace: Record<string, string>): { grid: WorkbookGrid; sheet: SheetGrid } {
  const grid = structuredClone(layoutWorkbook(SEED_000).grid);
  const sheet = grid.sheets.find((s) => s.rows.some((r) => r?.some((c) => cellText(c) === title)))!;
  for (const row of sheet.rows) {
    row?.forEach((cell) => {
      const text = cellText(cell);
      if (cell && text in replace) Object.assign(cell, { value: replace[text], text: replace[text] });
    });
  }
  return { grid, sheet };
}

describe('a table without its title, known by its header', () => {
  it('reads a Hebei 表1 published under 部门预算公开表 as income_expenditure_summary', () => {
    const { grid, sheet } = sampleWith('部门预算收支总表', { 部门预算收支总表: '部门预算公开表' });
    const wb = recognizeWorkbook(grid);
    const summary = tableOf(wb, 'income_expenditure_summary')!;
    expect(summary.sheet).toBe(sheet.name);
    expect(summary.title.text).toBe('部门预算公开表');
    expect(summary.meta.year?.value).toBe(2024);
    expect(summary.expenditureRows).toHaveLength(31);
    expect(summary.incomeTotal?.values.amount?.value.toFixed(2)).toBe(
      tableOf(
        recognizeWorkbook(layoutWorkbook(SEED_000).grid),
        'income_expenditure_summary',
      )!.incomeTotal!.values.amount!.value.toFixed(2),
    );
    expect(wb.tables.map((t) => t.kind).sort()).toEqual([...BUDGET_TABLE_KINDS].sort());
  });

  it.each([
    ['the 预算数 header', { 部门预算收支总表: '部门预算公开表', 预算数: '金额数' }],
    [
      'the 本年收入合计 and 收入总计 rows',
      { 部门预算收支总表: '部门预算公开表', 本年收入合计: '本年合计', 收入总计: '总计' },
    ],
  ])('does not when %s is missing', (_what, replace) => {
    const { grid } = sampleWith('部门预算收支总表', replace);
    expect(tableOf(recognizeWorkbook(grid), 'income_expenditure_summary')).toBeUndefined();
  });

  it('reads the income table by 科目编码 + 科目名称 + 合计 + 收入 columns under a bare heading', () => {
    const { grid } = sampleWith('部门预算收入总表', { 部门预算收入总表: '部门预算公开表' });
    expect(tableOf(recognizeWorkbook(grid), 'income')?.title.text).toBe('部门预算公开表');
    const noCodeColumn = sampleWith('部门预算收入总表', { 部门预算收入总表: '部门预算公开表', 科目编码: '编码' });
    expect(tableOf(recognizeWorkbook(noCodeColumn.grid), 'income')).toBeUndefined();
  });

  it('leaves a header alone when a title above it already names a table', () => {
    const view = new SheetView(
      sheetFromBlocks('s', [
        {
          rows: [
            ['部门预算收支总表'],
            ['收入', '', '支出'],
            ['项目', '预算数', '项目', '预算数'],
            ['本年收入合计', 1, '本年支出合计', 1],
          ],
        },
      ]),
    );
    expect(findTableTitles(view).map((h) => [h.row, h.kind])).toEqual([[0, 'income_expenditure_summary']]);
  });

  it('reads a Shanghai 部门一般公共预算支出 header as general_budget_expenditure (template data)', () => {
    const rows = [
      ['部门预算公开表'],
      ['编制部门：X局', '', '', '', '', '', '单位：元'],
      ['项目', '', '', '', '一般公共预算支出'],
      ['功能分类科目编码', '', '', '功能分类科目名称', '合计', '基本支出', '项目支出'],
      ['类', '款', '项'],
      ['201', '', '', '一般公共服务支出', 100, 60, 40],
      ['合计', '', '', '', 100, 60, 40],
    ];
    const hits = findTableTitles(new SheetView(sheetFromBlocks('s', [{ rows }])));
    expect(hits.map((h) => [h.row, h.text, h.matches.shanghai?.kind])).toEqual([
      [0, '部门预算公开表', 'general_budget_expenditure'],
    ]);
    expect(SHANGHAI.headers?.some((s) => s.kind === 'general_budget_expenditure')).toBe(true);
  });
});

describe('what is not a table title', () => {
  it('a sentence pointing at a table', () => {
    expect(titleKind('详见单位的项目绩效目标表')).toBeUndefined();
    expect(titleKind('项目绩效目标表')?.kind).toBe('project_performance');
  });

  it('the lines of a 目录 sheet, with or without leader dots', () => {
    const lines = [['一、单位主要职能'], ['六、其他相关情况说明'], ['    1. 2026年预算单位财务收支预算总表']];
    const contents = new SheetView(sheetFromBlocks('目录', [{ rows: [['目  录'], [], ...lines] }]));
    expect(findTableTitles(contents)).toEqual([]);
    const loose = new SheetView(sheetFromBlocks('s', [{ rows: lines }]));
    expect(findTableTitles(loose).length).toBeGreaterThan(0);
    expect(titleKind('六、其他相关情况说明  ……………………', SHANGHAI)).toBeUndefined();
    expect(titleKind('六、其他相关情况说明', SHANGHAI)?.kind).toBe('narrative');
  });
});

const NINE: TableKind[] = [
  'income_expenditure_summary',
  'income',
  'expenditure',
  'fiscal_summary',
  'general_budget_expenditure',
  'gov_fund_expenditure',
  'state_capital_expenditure',
  'basic_expenditure',
  'three_public',
];

describe('every table of the real files and templates, once', () => {
  it.each(REAL_BUDGETS)('%s: the nine tables once each and one narrative', async (file) => {
    const wb = await recognizeFile(realBudgetPath(file));
    const kinds = wb.tables.map((t) => t.kind).filter((k) => k !== 'project_performance');
    expect(kinds.sort()).toEqual([...NINE, 'narrative'].sort());
    expect(wb.template).toBe('shanghai');
    expect(tableOf(wb, 'narrative')?.range.top).toBe(2);
  });

  it.each([
    [
      'department_budget_template.xlsx',
      ['部门主要职能', '部门机构设置', '名词解释', '部门编制说明', '其他相关情况说明', '项目经费情况说明'],
    ],
    ['unit_budget_template.xlsx', ['单位职能', '单位机构设置', '名词解释', '单位编制说明', '其他相关情况说明']],
  ])('%s: the nine tables once each, a narrative per text sheet, nothing from 封面 or 目录', async (file, texts) => {
    const wb = await recognizeFile(templatePath(file));
    const tables = wb.tables.filter((t) => t.kind !== 'narrative');
    expect(tables.map((t) => t.kind).sort()).toEqual([...NINE].sort());
    expect(wb.tables.filter((t) => t.kind === 'narrative').map((t) => t.sheet)).toEqual(texts);
    expect(wb.tables.some((t) => t.sheet === '目录' || t.sheet === '封面')).toBe(false);
  });
});
