/**
 * Issue 9 item 8: 预算资金 is the source project's budget, repeated on each item bought from it. A blank 合计 is not
 * 0, and a filled 合计 is the Σ of the distinct projects' budgets; the other columns are still summed per row.
 */
import { procurementTotalRule } from '../../../../src/engine/rules/assetsProcurement/procurementTotal';
import type { CheckContext } from '../../../../src/engine/rules/rule';
import { recognizeWorkbook } from '../../../../src/engine/tables/recognizeWorkbook';
import type { ProcurementTable } from '../../../../src/engine/tables/types';
import {
  PROCUREMENT_SHEET,
  procurementCell,
  procurementTableOf,
  type ProcurementValues,
} from '../../../helpers/assetsProcurementBuilders';
import { textCell } from '../../../helpers/figures';
import { setFigure } from '../../../helpers/typedTableBuilders';
import { sheetFromBlocks, workbookOf } from '../../../helpers/gridFromRows';
import {
  PROCUREMENT_GRID_FIRST_ROW,
  procurementGridBlock,
  procurementGridColumn,
  type ProcurementGridRow,
} from '../../../helpers/procurementBlock';
import { contextOf } from '../../../helpers/ruleContextBuilder';

/** Two items of project 办公设备购置 (budget 50.00, repeated) and one of 信息化建设 (53.61). */
const ITEMS: Array<[string, string, ProcurementValues]> = [
  ['办公设备购置', '台式计算机', { budgetFunds: '50.00', total: '20.00', general: '20.00' }],
  ['办公设备购置', '打印机', { budgetFunds: '50.00', total: '5.00', general: '5.00' }],
  ['信息化建设', '服务器', { budgetFunds: '53.61', total: '40.00', general: '40.00' }],
];
const TOTAL_OTHER: ProcurementValues = { total: '65.00', general: '65.00' };

/** The typed table with each row's source project set (column A of the layout). */
function table(items = ITEMS, budgetTotal: string | null = '103.61'): ProcurementTable {
  const t = procurementTableOf(
    items.map(([, item, values]) => [item, values]),
    { ...TOTAL_OTHER, budgetFunds: budgetTotal },
  );
  t.rows.forEach((row, i) => {
    row.project = textCell(items[i][0], `A${7 + i}`, PROCUREMENT_SHEET);
  });
  return t;
}

const check = (t: ProcurementTable) => procurementTotalRule.check(contextOf([t]));

describe('procurement-total on 预算资金 (one budget per source project)', () => {
  it('finds nothing when the 合计 leaves 预算资金 blank while the items carry their projects’ budgets', () => {
    expect(check(table(ITEMS, null))).toEqual([]);
  });

  it('compares a filled 合计 with the distinct projects’ budgets: 50.00 + 53.61 = 103.61', () => {
    expect(check(table())).toEqual([]);
  });

  it('reports a 合计 that adds up every item row (153.61) instead, naming the 合计 first', () => {
    const findings = check(table(ITEMS, '153.61'));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('error');
    expect([f.expected, f.actual]).toEqual(['103.61', '153.61']);
    expect(f.cells[0]).toEqual({ sheet: PROCUREMENT_SHEET, address: procurementCell('budgetFunds', 'total') });
    // Every 预算资金 cell is named, the repeated one too.
    for (const row of [0, 1, 2])
      expect(f.cells).toContainEqual({ sheet: PROCUREMENT_SHEET, address: procurementCell('budgetFunds', row) });
  });

  it.each([0, 2])('reports a changed project budget on item row %i, naming that cell', (row) => {
    const items = ITEMS.map(([p, i, v], r): [string, string, ProcurementValues] =>
      r === row ? [p, i, { ...v, budgetFunds: '60.00' }] : [p, i, v],
    );
    const findings = check(table(items));
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    expect(findings[0].cells).toContainEqual({
      sheet: PROCUREMENT_SHEET,
      address: procurementCell('budgetFunds', row),
    });
  });

  it('treats a project whose rows state two different budgets as two figures (the 合计 then disagrees)', () => {
    const items = ITEMS.map(([p, i, v], r): [string, string, ProcurementValues] =>
      r === 1 ? [p, i, { ...v, budgetFunds: '51.00' }] : [p, i, v],
    );
    expect(check(table(items)).map((f) => f.expected)).toEqual(['154.61']);
  });

  it('still sums the purchase columns per item row', () => {
    const wrong = table();
    setFigure(wrong.total?.values.total, '66.00');
    expect(check(wrong).map((f) => [f.cells[0].address, f.expected])).toEqual([
      [procurementCell('total', 'total'), '65.00'],
    ]);
  });

  it('keeps one project per row when the table has no 项目名称 column', () => {
    const t = table(ITEMS, '103.61');
    t.rows.forEach((r) => delete r.project);
    expect(check(t).map((f) => f.expected)).toEqual(['153.61']);
  });
});

const blank: Omit<ProcurementGridRow, 'projectName' | 'budgetFunds' | 'itemName' | 'total' | 'general'> = {
  catalogNo: '',
  measureUnit: '台',
  quantity: '1',
  unitPrice: '',
  fund: '',
  capital: '',
  specialAccount: '',
  unitFunds: '',
  carryover: '',
  smeShare: '',
};
const gridRow = (projectName: string, budgetFunds: string, itemName: string, total: string): ProcurementGridRow => ({
  ...blank,
  projectName,
  budgetFunds,
  itemName,
  total,
  general: total,
});

function gridFindings(rows: ProcurementGridRow[]) {
  const grid = workbookOf(sheetFromBlocks('采购', [procurementGridBlock(rows)]));
  const ctx: CheckContext = { workbook: recognizeWorkbook(grid), grid, options: { strict: false } };
  return procurementTotalRule.check(ctx);
}

describe('procurement-total on a read Hebei 政府采购预算表', () => {
  const items = [
    gridRow('办公设备购置', '50.00', '台式计算机', '20.00'),
    gridRow('办公设备购置', '50.00', '打印机', '5.00'),
    gridRow('信息化建设', '53.61', '服务器', '40.00'),
  ];

  it('gives no “应为 103.61，实为 0.00” for a blank 预算资金 合计', () => {
    expect(gridFindings([gridRow('合计', '', '', '65.00'), ...items])).toEqual([]);
  });

  it('accepts 103.61 and rejects 153.61 in a filled 合计', () => {
    expect(gridFindings([gridRow('合计', '103.61', '', '65.00'), ...items])).toEqual([]);
    const findings = gridFindings([gridRow('合计', '153.61', '', '65.00'), ...items]);
    expect(findings.map((f) => [f.cells[0].address, f.expected, f.actual])).toEqual([
      [`${procurementGridColumn('budgetFunds')}${PROCUREMENT_GRID_FIRST_ROW}`, '103.61', '153.61'],
    ]);
  });

  it('reads an item row under a merged project cell (blank 项目名称 and 预算资金) as the same project', () => {
    const merged = [items[0], { ...items[1], projectName: '', budgetFunds: '' }, items[2]];
    expect(gridFindings([gridRow('合计', '103.61', '', '65.00'), ...merged])).toEqual([]);
  });
});
