import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { tableOf } from '../../../src/engine/tables/types';
import { gridFromRows, sheetFromBlocks, workbookOf, type CellInput } from '../../helpers/gridFromRows';
import {
  EXPENDITURE_DATA,
  expenditureBlock,
  functionalBlock,
  GENERAL_DATA,
  incomeBlock,
  basicBlock,
} from './seedTables';

describe('coded tables', () => {
  it('reads the income table: levels by code length, 合计 at level 0, a Figure for every column', () => {
    const wb = recognizeWorkbook(workbookOf(sheetFromBlocks('表2', [incomeBlock()])));
    const income = tableOf(wb, 'income')!;
    expect(income.columns).toEqual([
      'total',
      'subtotal',
      'fiscal',
      'specialAccount',
      'business',
      'operating',
      'superior',
      'subsidiary',
      'other',
      'carryover',
    ]);
    expect(income.total?.level).toBe(0);
    expect(income.total?.values.total?.value.toFixed(2)).toBe('384.34');
    expect(income.rows.map((r) => r.level).slice(0, 4)).toEqual([1, 2, 3, 3]);
    const row20137 = income.rows.find((r) => r.code === '20137')!;
    expect(row20137.name).toBe('网信事务');
    expect(row20137.values.fiscal?.value.toFixed(2)).toBe('334.50');
    expect(row20137.values.fiscal?.cell).toEqual({ sheet: '表2', address: 'F8' });
    // Blank cells still carry their address.
    expect(row20137.values.carryover?.amount.kind).toBe('blank');
    expect(row20137.values.carryover?.cell.address).toBe('M8');
    expect(income.empty).toBe(false);
    expect(income.meta.unitName?.text).toBe('224网信办');
    expect(income.meta.year?.value).toBe(2024);
    expect(income.meta.measure?.text).toBe('万元');
  });

  it('follows the headers when 基本支出 and 项目支出 are swapped, and reads a table not at A1', () => {
    const block = expenditureBlock('C4');
    // Swap columns E and F (基本支出 ↔ 项目支出) in the header and in every data row.
    block.rows = block.rows.map((r, i) => {
      if (i < 2 || r.length < 6) return r;
      const copy = [...r];
      [copy[4], copy[5]] = [copy[5], copy[4]];
      return copy;
    });
    const wb = recognizeWorkbook(workbookOf(sheetFromBlocks('Sheet3', [block])));
    const table = tableOf(wb, 'expenditure')!;
    expect(table.columns.slice(0, 3)).toEqual(['total', 'project', 'basic']);
    expect(table.total?.values.basic?.value.toFixed(2)).toBe('357.11');
    expect(table.total?.values.project?.value.toFixed(2)).toBe('27.23');
    expect(table.total?.values.basic?.cell.address).toBe('H9');
    expect(table.range.top).toBe(3);
    expect(table.range.left).toBe(2);
  });

  it('reads codes stored as numbers and amounts stored as text with separators or full-width digits', () => {
    const data: CellInput[][] = GENERAL_DATA.slice(0, 4).map((r) => [r[0] === '' ? '' : Number(r[0]), ...r.slice(1)]);
    data[1][2] = '３３４．５０ ';
    data[2][2] = '1,334.50';
    const wb = recognizeWorkbook(
      workbookOf(sheetFromBlocks('表5', [functionalBlock('一般公共预算财政拨款支出表', data)])),
    );
    const table = tableOf(wb, 'general_budget_expenditure')!;
    expect(table.rows.map((r) => r.code)).toEqual(['201', '20137', '2013701']);
    expect(table.rows[0].values.total?.value.toFixed(2)).toBe('334.50');
    expect(table.rows[0].values.total?.amount.storedAsText).toBe(true);
    expect(table.rows[1].values.total?.value.toFixed(2)).toBe('1334.50');
  });

  it('lists unparseable text, error values and booleans as bad amounts', () => {
    const data: CellInput[][] = [
      ['', '合计', '#REF!', '357.11', '27.23'],
      ['201', '一般公共服务支出', '334.5O', true, ''],
    ];
    const wb = recognizeWorkbook(gridFromRows(functionalBlock('一般公共预算财政拨款支出表', data).rows));
    const table = tableOf(wb, 'general_budget_expenditure')!;
    expect(table.badAmounts.map((f) => f.cell.address).sort()).toEqual(['D6', 'D7', 'E7']);
    expect(table.allFigures).toHaveLength(6);
  });

  it('marks an empty table and finds its 空表列示 note', () => {
    const note = '注：无政府基金预算财政拨款预算，空表列示。';
    const wb = recognizeWorkbook(
      gridFromRows(functionalBlock('部门预算政府性基金预算财政拨款支出表', [], 'A1', note).rows),
    );
    const table = tableOf(wb, 'gov_fund_expenditure')!;
    expect(table.empty).toBe(true);
    expect(table.rows).toHaveLength(0);
    expect(table.emptyNote?.text).toBe(note);
  });

  it('reads the 基本支出表 with economic codes under a merged parent header', () => {
    const wb = recognizeWorkbook(workbookOf(sheetFromBlocks('基本支出', [basicBlock()])));
    const table = tableOf(wb, 'basic_expenditure')!;
    expect(table.columns).toEqual(['total', 'personnel', 'public']);
    expect(table.total?.values.public?.value.toFixed(2)).toBe('24.79');
    const heating = table.rows.find((r) => r.code === '30208')!;
    expect([heating.level, heating.name, heating.values.public?.value.toFixed(2)]).toEqual([2, '取暖费', '0.84']);
  });

  it('keeps the expenditure rows of the seed in sheet order', () => {
    const wb = recognizeWorkbook(workbookOf(sheetFromBlocks('x', [expenditureBlock()])));
    expect(tableOf(wb, 'expenditure')!.rows.map((r) => r.code)).toEqual(EXPENDITURE_DATA.slice(1).map((r) => r[0]));
  });
});
