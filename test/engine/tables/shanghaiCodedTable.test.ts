import Decimal from 'decimal.js';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { tableOf, type CodedRow } from '../../../src/engine/tables/types';
import { sheetFromBlocks, workbookOf, type CellInput } from '../../helpers/gridFromRows';
import { functionalBlock } from './seedTables';
import { shanghaiBasicBlock, shanghaiFunctionalBlock, type FunctionalOptions } from './shanghaiBlocks';
import { realBudget, recognizeFile, shanghaiTemplate, tableOn } from './shanghaiFiles';

/** [类, 款, 项, 名称, 合计, 基本支出, 项目支出] with the upper codes repeated on every child row. */
const REPEATED: CellInput[][] = [
  ['201', '', '', '一般公共服务支出', 300, 200, 100],
  ['201', '03', '', '政府办公厅（室）及相关机构事务', 300, 200, 100],
  ['201', '03', '01', '行政运行', 200, 200, ''],
  ['201', '03', '02', '一般行政管理事务', 100, '', 100],
  ['208', '', '', '社会保障和就业支出', 50, 50, ''],
  ['208', '05', '', '行政事业单位养老支出', 50, 50, ''],
  ['208', '05', '05', '机关事业单位基本养老保险缴费支出', 50, 50, ''],
];

/** The same rows as published PDFs print them: each upper code once, blank on the child rows. */
const BLANK_UPPER: CellInput[][] = [
  ['201', '', '', '一般公共服务支出', 300, 200, 100],
  ['', '03', '', '政府办公厅（室）及相关机构事务', 300, 200, 100],
  ['', '', '01', '行政运行', 200, 200, ''],
  ['', '', '02', '一般行政管理事务', 100, '', 100],
  ['208', '', '', '社会保障和就业支出', 50, 50, ''],
  ['', '05', '', '行政事业单位养老支出', 50, 50, ''],
  ['', '', '05', '机关事业单位基本养老保险缴费支出', 50, 50, ''],
];

const CODES = ['201', '20103', '2010301', '2010302', '208', '20805', '2080505'];
const TOTAL: CellInput[] = [350, 250, 100];

function readGeneral(data: CellInput[][], options: FunctionalOptions = {}) {
  const wb = recognizeWorkbook(workbookOf(sheetFromBlocks('表5', [shanghaiFunctionalBlock(data, options)])));
  const table = tableOf(wb, 'general_budget_expenditure');
  if (!table) throw new Error('general_budget_expenditure not read');
  return table;
}

/** What a rule sees of a row: code, level, name, code cell and the amounts. */
const shape = (r: CodedRow) => ({
  code: r.code,
  level: r.level,
  name: r.name,
  codeCell: r.codeCell?.address,
  values: Object.fromEntries(Object.entries(r.values).map(([k, f]) => [k, f?.value.toString()])),
});

describe('Shanghai coded tables: 类 | 款 | 项 code columns', () => {
  it('composes the full code from its parts; the level is the deepest filled part and codeCell its cell', () => {
    const table = readGeneral(REPEATED);
    expect(table.columns).toEqual(['total', 'basic', 'project']);
    expect(table.rows.map((r) => r.code)).toEqual(CODES);
    expect(table.rows.map((r) => r.level)).toEqual([1, 2, 3, 3, 1, 2, 3]);
    expect(table.rows.map((r) => r.codeCell?.address)).toEqual(['A6', 'B7', 'C8', 'C9', 'A10', 'B11', 'C12']);
    expect(table.rows[2].name).toBe('行政运行');
    expect(table.rows[2].nameCell.address).toBe('D8');
    expect(table.rows[2].values.total?.value.toString()).toBe('200');
    expect(table.rows[2].values.basic?.cell.address).toBe('F8');
    expect(table.rows[2].values.project?.amount.kind).toBe('blank');
  });

  it('reads blank upper codes (carried from the rows above) exactly as repeated ones', () => {
    expect(readGeneral(BLANK_UPPER).rows.map(shape)).toEqual(readGeneral(REPEATED).rows.map(shape));
  });

  it('carries the upper codes of the rows above: changing the 类 or 款 row changes its blank-coded children', () => {
    const otherClass = BLANK_UPPER.map((r, i) => (i === 0 ? ['205', ...r.slice(1)] : r));
    expect(
      readGeneral(otherClass)
        .rows.map((r) => r.code)
        .slice(0, 4),
    ).toEqual(['205', '20503', '2050301', '2050302']);
    const otherItem = BLANK_UPPER.map((r, i) => (i === 1 ? ['', '07', ...r.slice(2)] : r));
    expect(
      readGeneral(otherItem)
        .rows.map((r) => r.code)
        .slice(0, 4),
    ).toEqual(['201', '20107', '2010701', '2010702']);
  });

  it('never invents an upper code: a child row with nothing above it to carry is not a data row', () => {
    const orphan: CellInput[][] = [['', '', '01', '行政运行', 200, 200, ''], ...BLANK_UPPER];
    const table = readGeneral(orphan);
    expect(table.rows.map((r) => r.code)).toEqual(CODES);
    expect(table.allFigures.some((f) => f.cell.address === 'E6')).toBe(false);
  });

  it('reads numeric codes (款 3 for "03") as the text codes they print', () => {
    const numeric = REPEATED.map((r) => r.map((c, i) => (i < 3 && c !== '' ? Number(c) : c)));
    expect(numeric[1][1]).toBe(3);
    expect(readGeneral(numeric).rows.map(shape)).toEqual(readGeneral(REPEATED).rows.map(shape));
  });

  it('gives the codes and levels the Hebei single-column layout gives for the same rows', () => {
    const hebeiData = REPEATED.map(([l, k, x, name, ...amounts]) => [`${l}${k}${x}`, name, ...amounts] as CellInput[]);
    const hebei = tableOf(
      recognizeWorkbook(workbookOf(sheetFromBlocks('表5', [functionalBlock('一般公共预算支出表', hebeiData)]))),
      'general_budget_expenditure',
    )!;
    const shanghai = readGeneral(REPEATED);
    const codeAndLevel = (r: CodedRow) => [r.code, r.level, r.name, r.values.total?.value.toString()];
    expect(shanghai.rows.map(codeAndLevel)).toEqual(hebei.rows.map(codeAndLevel));
  });

  it('reads the 合计 row merged across code and name columns, at the bottom or at the top', () => {
    const bottom = readGeneral(BLANK_UPPER, { total: { at: 'bottom', values: TOTAL } });
    expect(bottom.total?.level).toBe(0);
    expect(bottom.total?.code).toBe('');
    expect(bottom.total?.name).toBe('合计');
    expect(bottom.total?.nameCell.address).toBe('A13');
    expect(bottom.total?.codeCell).toBeUndefined();
    expect(bottom.total?.values.total?.value.toString()).toBe('350');
    expect(bottom.total?.values.project?.cell.address).toBe('G13');
    expect(bottom.rows.map((r) => r.code)).toEqual(CODES);

    const top = readGeneral(BLANK_UPPER, { total: { at: 'top', values: TOTAL } });
    expect(top.total?.nameCell.address).toBe('A6');
    expect(top.total?.values.basic?.value.toString()).toBe('250');
    expect(top.rows.map(shape).map((r) => [r.code, r.level, r.values])).toEqual(
      bottom.rows.map(shape).map((r) => [r.code, r.level, r.values]),
    );
  });

  it('skips the template placeholder rows (…, 无); a table whose only row is 无 is present and empty', () => {
    const withPlaceholders: CellInput[][] = [
      ...REPEATED.slice(0, 3),
      ['…', '', '', '…'],
      ['…', '…', '…', '…'],
      ...REPEATED.slice(3),
    ];
    expect(readGeneral(withPlaceholders).rows.map((r) => r.code)).toEqual(CODES);
    const none = readGeneral([['无', '', '', '无']], { total: { at: 'bottom', values: ['', '', ''] } });
    expect(none.rows).toEqual([]);
    expect(none.empty).toBe(true);
    expect(none.total?.values.total?.amount.kind).toBe('blank');
  });

  it('reads the 基本支出 table with 类 | 款 code columns only (3 and 5 digit codes)', () => {
    const data: CellInput[][] = [
      ['301', '', '工资福利支出', 80, 80, ''],
      ['301', '01', '基本工资', 50, 50, ''],
      ['', '02', '津贴补贴', 30, 30, ''],
      [302, '', '商品和服务支出', 20, '', 20],
      ['', 1, '办公费', 20, '', 20],
    ];
    const wb = recognizeWorkbook(workbookOf(sheetFromBlocks('表8', [shanghaiBasicBlock(data, [100, 80, 20])])));
    const basic = tableOf(wb, 'basic_expenditure')!;
    expect(basic.columns).toEqual(['total', 'personnel', 'public']);
    expect(basic.rows.map((r) => [r.code, r.level, r.codeCell?.address])).toEqual([
      ['301', 1, 'A6'],
      ['30101', 2, 'B7'],
      ['30102', 2, 'B8'],
      ['302', 1, 'A9'],
      ['30201', 2, 'B10'],
    ]);
    expect(basic.total?.nameCell.address).toBe('A11');
    expect(basic.total?.values.personnel?.value.toString()).toBe('80');
  });

  it('reads a header written out in every cell (no merges) as the merged one', () => {
    const block = shanghaiFunctionalBlock(REPEATED);
    // What the dumps show and some converters write: merged header texts repeated in every cell of the area.
    block.rows[2] = ['项目', '项目', '项目', '项目', '一般公共预算支出', '一般公共预算支出', '一般公共预算支出'];
    block.rows[3] = [
      '功能分类科目编码',
      '功能分类科目编码',
      '功能分类科目编码',
      '功能分类科目名称',
      '合计',
      '基本支出',
      '项目支出',
    ];
    block.rows[4] = ['类', '款', '项', '功能分类科目名称', '合计', '基本支出', '项目支出'];
    block.merges = [];
    const table = tableOf(
      recognizeWorkbook(workbookOf(sheetFromBlocks('表5', [block]))),
      'general_budget_expenditure',
    )!;
    expect(table.columns).toEqual(['total', 'basic', 'project']);
    expect(table.rows.map(shape)).toEqual(readGeneral(REPEATED).rows.map(shape));
  });

  it('takes the parts by position under a merged 编码 header with no 类/款/项 row, and whole codes in the 类 column', () => {
    const block = shanghaiFunctionalBlock([]);
    block.rows.splice(4, 1); // no 类 | 款 | 项 header row
    block.merges = ['A1:G1', 'A3:D3', 'E3:G3', 'A4:C4'];
    block.rows.push(
      ['类', '款', '项', '合计', 350, 250, 100],
      ['201', '', '', '一般公共服务支出', 300, 200, 100],
      ['', '03', '', '政府办公厅（室）及相关机构事务', 300, 200, 100],
      ['', '', '01', '行政运行', 200, 200, ''],
      ['208', '', '', '社会保障和就业支出', 50, 50, ''],
      ['20805', '', '', '行政事业单位养老支出', 50, 50, ''],
      ['2080505', '', '', '机关事业单位基本养老保险缴费支出', 50, 50, ''],
      ['', '', '06', '机关事业单位职业年金缴费支出', 0, 0, ''],
    );
    const table = tableOf(
      recognizeWorkbook(workbookOf(sheetFromBlocks('表5', [block]))),
      'general_budget_expenditure',
    )!;
    expect(table.total?.values.total?.value.toString()).toBe('350');
    expect(table.rows.map((r) => [r.code, r.level, r.codeCell?.address])).toEqual([
      ['201', 1, 'A6'],
      ['20103', 2, 'B7'],
      ['2010301', 3, 'C8'],
      ['208', 1, 'A9'],
      ['20805', 2, 'A10'],
      ['2080505', 3, 'A11'],
      ['2080506', 3, 'C12'],
    ]);
  });
});

describe('Shanghai coded tables in the real documents', () => {
  const ZFB = realBudget('sh-putuo-zfb-2025.xlsx');

  it('zfb table 2 (收入): every row with its code, level, code cell and amounts', async () => {
    const income = tableOn(await recognizeFile(ZFB), 'income', '2部门收入预算总表');
    expect(income.columns).toEqual(['total', 'fiscal', 'business', 'operating', 'other']);
    expect(income.rows).toHaveLength(20);
    expect(income.rows.map((r) => r.code)).toEqual([
      '201', '20103', '2010301', '2010302', '2010350', '2010399',
      '208', '20805', '2080501', '2080505', '2080506', '2080599',
      '210', '21011', '2101101', '2101102',
      '221', '22102', '2210201', '2210203',
    ]); // prettier-ignore
    expect(income.rows.map((r) => r.level)).toEqual([1, 2, 3, 3, 3, 3, 1, 2, 3, 3, 3, 3, 1, 2, 3, 3, 1, 2, 3, 3]);
    // Every row sits on the sheet row after the header, in order, with its code in the deepest part column.
    income.rows.forEach((r, i) => {
      expect(r.row).toBe(5 + i);
      expect(r.codeCell?.address).toBe(`${'ABC'[r.level - 1]}${6 + i}`);
    });
    const row = income.rows.find((r) => r.code === '2080505')!;
    expect(row.name).toBe('机关事业单位基本养老保险缴费支出');
    expect(row.values.total?.value.toString()).toBe('1763159.52');
    expect(row.values.fiscal?.cell.address).toBe('F15');
    expect(row.values.business?.amount.kind).toBe('blank');
    expect(income.total?.nameCell.address).toBe('A26');
    expect(income.total?.values.total?.value.toString()).toBe('91016775.35');
  });

  it('zfb tables 3 and 5 read the same 20 rows; table 5 class rows add up to its 合计', async () => {
    const wb = await recognizeFile(ZFB);
    const expenditure = tableOn(wb, 'expenditure', '3部门支出预算总表');
    const general = tableOn(wb, 'general_budget_expenditure', '5一般公共预算支出功能分类预算表');
    expect(general.rows.map(shape)).toEqual(expenditure.rows.map(shape));
    const row = general.rows.find((r) => r.code === '2010301')!;
    expect([row.level, row.codeCell?.address, row.values.basic?.value.toString()]).toEqual([3, 'C8', '11919501.84']);
    expect(row.values.project?.value.toString()).toBe('110000');
    const classSum = general.rows
      .filter((r) => r.level === 1)
      .reduce((sum, r) => sum.plus(r.values.total!.value), new Decimal(0));
    expect(classSum.toString()).toBe('91016775.35');
    expect(general.total?.values.basic?.value.toString()).toBe('24606775.35');
  });

  it('zfb table 8 (基本支出, 类 | 款): 29 rows of 3 and 5 digit codes, 合计 merged over A:C', async () => {
    const basic = tableOn(await recognizeFile(ZFB), 'basic_expenditure', '8一般公共预算基本支出经济分类预算表');
    expect(basic.rows).toHaveLength(29);
    expect(basic.rows.filter((r) => r.level === 1).map((r) => r.code)).toEqual(['301', '302', '303', '310']);
    expect(basic.rows.every((r) => r.level === (r.code.length === 3 ? 1 : 2))).toBe(true);
    const row = basic.rows.find((r) => r.code === '30217')!;
    expect([row.name, row.codeCell?.address, row.values.public?.value.toString()]).toEqual([
      '公务接待费',
      'B24',
      '185000',
    ]);
    expect(basic.total?.nameCell.address).toBe('A35');
    expect(basic.total?.values.personnel?.value.toString()).toBe('22473997.81');
    expect(basic.total?.values.public?.value.toString()).toBe('2132777.54');
  });

  it('zfb tables 6 and 7 are present and empty: a blank 合计 row, no data rows', async () => {
    const wb = await recognizeFile(ZFB);
    const fund = tableOn(wb, 'gov_fund_expenditure', '6政府性基金预算支出功能分类预算表');
    expect(fund.rows).toEqual([]);
    expect(fund.empty).toBe(true);
    expect(fund.total?.nameCell.address).toBe('A8');
    expect(fund.total?.values.total?.amount.kind).toBe('blank');
    expect(tableOn(wb, 'state_capital_expenditure', '7国有资本经营预算支出功能分类预算表').rows).toEqual([]);
  });

  it('wanli 2023 (whole 元) and swh 2025: all rows read, 合计 as printed', async () => {
    const wanli = await recognizeFile(realBudget('sh-putuo-wanli-2023.xlsx'));
    const expenditure = tableOn(wanli, 'expenditure', '3部门支出预算总表');
    expect(expenditure.rows).toHaveLength(66);
    expect(expenditure.total?.values.total?.value.toString()).toBe('164978640');
    expect(expenditure.rows.every((r) => r.code.length === [0, 3, 5, 7][r.level])).toBe(true);
    const swh = await recognizeFile(realBudget('sh-putuo-swh-2025.xlsx'));
    expect(tableOn(swh, 'general_budget_expenditure', '5一般公共预算支出功能分类预算表').rows).toHaveLength(30);
    expect(
      tableOn(swh, 'basic_expenditure', '8一般公共预算基本支出经济分类预算表').total?.values.total?.value.toString(),
    ).toBe('19830655');
  });

  it('the blank template: rich-text 款/项 codes, the 类 repeated, … rows skipped, the table empty', async () => {
    const wb = await recognizeFile(shanghaiTemplate('department_budget_template.xlsx'));
    const income = tableOn(wb, 'income', '部门收入总表');
    expect(income.columns).toEqual(['total', 'fiscal', 'business', 'operating', 'other']);
    expect(income.rows.map((r) => [r.code, r.level])).toEqual([
      ['205', 1],
      ['20502', 2],
      ['2050205', 3],
      ['207', 1],
      ['20799', 2],
    ]);
    expect(income.empty).toBe(true);
    expect(income.total?.nameCell.address).toBe('A20');
    const basic = tableOn(wb, 'basic_expenditure', '部门一般公共预算拨款基本支出明细表');
    expect(basic.rows.map((r) => r.code)).toEqual(['301', '30101', '303', '30304']);
  });
});
