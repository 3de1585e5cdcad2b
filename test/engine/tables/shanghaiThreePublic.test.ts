import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { tableOf, type ThreePublicTable } from '../../../src/engine/tables/types';
import { sheetFromBlocks, workbookOf, type CellInput } from '../../helpers/gridFromRows';
import { threePublicBlock } from './seedTables';
import { realBudget, recognizeFile, shanghaiTemplate, tableOn } from './shanghaiFiles';

const SHEET = '9三公经费和机关运行经费预算表';

/** Each item's cell and value, as `address=value` ('_' for a blank cell). */
function items(t: ThreePublicTable): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, row] of Object.entries(t.rows)) {
    const f = row?.values.total;
    out[key] = `${f?.cell.address}=${f?.amount.kind === 'blank' ? '_' : f?.value.toString()}`;
  }
  return out;
}

/** The Shanghai one-row layout built in code; `vehicleParts` false leaves 公务用车 as one column, `costs` false drops 机关运行经费. */
function oneRowTable(values: CellInput[], options: { vehicleParts?: boolean; costs?: boolean } = {}): ThreePublicTable {
  const { vehicleParts = true, costs = true } = options;
  const itemCount = vehicleParts ? 6 : 4;
  const width = itemCount + (costs ? 1 : 0);
  const col = (n: number): string => String.fromCharCode(64 + n);
  const items = ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费', ...(vehicleParts ? ['', ''] : [])];
  const rows: CellInput[][] = [
    ['2025年部门“三公”经费和机关运行经费预算表'],
    ['编制部门：测试部门', ...Array.from({ length: width - 2 }, () => ''), '单位:万元'],
    ['“三公”经费预算数', ...Array.from({ length: itemCount - 1 }, () => ''), ...(costs ? ['机关运行经费预算数'] : [])],
    items,
    ...(vehicleParts ? [['', '', '', '小计', '购置费', '运行费']] : []),
    values,
  ];
  const merges = [`A1:${col(width)}1`, `A3:${col(itemCount)}3`];
  if (vehicleParts) merges.push('A4:A5', 'B4:B5', 'C4:C5', 'D4:F4');
  if (costs) merges.push(`${col(width)}3:${col(width)}${vehicleParts ? 5 : 4}`);
  const t = tableOf(recognizeWorkbook(workbookOf(sheetFromBlocks('表9', [{ rows, merges }]))), 'three_public');
  if (!t) throw new Error('three_public not read');
  return t;
}

describe('Shanghai 三公经费和机关运行经费预算表 (items as columns of one row)', () => {
  it('zfb: each item column becomes its row with values.total; blank items are present zeros; 机关运行经费 apart', async () => {
    const t = tableOn(await recognizeFile(realBudget('sh-putuo-zfb-2025.xlsx')), 'three_public', SHEET);
    expect(items(t)).toEqual({
      total: 'A6=867.5',
      outbound: 'B6=839',
      reception: 'C6=28.5',
      vehicle: 'D6=_',
      vehiclePurchase: 'E6=_',
      vehicleOps: 'F6=_',
    });
    expect(t.rows.vehicle?.values.total?.value.isZero()).toBe(true);
    expect(Object.keys(t.rows.total?.values ?? {})).toEqual(['total']);
    expect(t.rows.outbound?.label).toEqual({ text: '因公出国(境)费', cell: { sheet: SHEET, address: 'B4' } });
    expect(t.rows.vehicle?.label.text).toBe('公务用车购置及运行费');
    expect(t.rows.vehiclePurchase?.label.cell.address).toBe('E5');
    expect(t.operatingCosts?.value.toString()).toBe('213.28');
    expect(t.operatingCosts?.cell.address).toBe('G6');
    // The table states 万元 while the other tables are in 元: every figure, 机关运行经费 included, carries it.
    expect(t.operatingCosts?.unit?.measure).toBe('万元');
    expect(t.rows.total?.values.total?.unit?.measure).toBe('万元');
    expect(t.allFigures).toHaveLength(7);
    expect(t.empty).toBe(false);
  });

  it('wanli 2023: printed zeros read as numbers, the vehicle subtotal and its parts', async () => {
    const t = tableOn(await recognizeFile(realBudget('sh-putuo-wanli-2023.xlsx')), 'three_public', SHEET);
    expect(items(t)).toEqual({
      total: 'A6=22.91',
      outbound: 'B6=0',
      reception: 'C6=1.35',
      vehicle: 'D6=21.56',
      vehiclePurchase: 'E6=0',
      vehicleOps: 'F6=21.56',
    });
    expect(t.rows.outbound?.values.total?.amount.kind).toBe('number');
    expect(t.operatingCosts?.value.toString()).toBe('786.09');
  });

  it('the blank template: present and empty, every column a blank figure on the row under the header', async () => {
    const wb = await recognizeFile(shanghaiTemplate('department_budget_template.xlsx'));
    const t = tableOn(wb, 'three_public', '部门“三公”经费和机关运行费预算表');
    expect(t.empty).toBe(true);
    expect(Object.values(items(t))).toEqual(['A7=_', 'B7=_', 'C7=_', 'D7=_', 'E7=_', 'F7=_']);
    expect(t.operatingCosts?.amount.kind).toBe('blank');
  });

  it('maps each column to its own item: changing one cell changes exactly that item', () => {
    const base = [10, 20, 30, 40, 50, 60, 70];
    const t = oneRowTable(base);
    expect(items(t)).toEqual({
      total: 'A6=10',
      outbound: 'B6=20',
      reception: 'C6=30',
      vehicle: 'D6=40',
      vehiclePurchase: 'E6=50',
      vehicleOps: 'F6=60',
    });
    expect(t.operatingCosts?.value.toString()).toBe('70');
    base.forEach((_, i) => {
      const changed = base.map((v, j) => (j === i ? v + 1 : v));
      const before = { ...items(t), costs: t.operatingCosts?.value.toString() };
      const other = oneRowTable(changed);
      const after = { ...items(other), costs: other.operatingCosts?.value.toString() };
      const diff = Object.keys(after).filter(
        (k) => after[k as keyof typeof after] !== before[k as keyof typeof before],
      );
      expect(diff).toEqual([Object.keys(before)[i]]);
    });
  });

  it('a column the table does not have gives no figure: no 购置/运行 split, no 机关运行经费', () => {
    const t = oneRowTable([10, 4, 3, 3], { vehicleParts: false, costs: false });
    expect(items(t)).toEqual({ total: 'A5=10', outbound: 'B5=4', reception: 'C5=3', vehicle: 'D5=3' });
    expect(t.rows.vehiclePurchase).toBeUndefined();
    expect(t.rows.vehicleOps).toBeUndefined();
    expect(t.operatingCosts).toBeUndefined();
    expect('operatingCosts' in t).toBe(false);
  });

  it('the Hebei table still lists its items as rows, with no 机关运行经费', () => {
    const t = tableOf(recognizeWorkbook(workbookOf(sheetFromBlocks('s', [threePublicBlock()]))), 'three_public')!;
    expect(t.rows.vehicleOps?.values.general?.value.toFixed(2)).toBe('2.40');
    expect(t.rows.outbound?.label.text).toBe('一、因公出国（境）费');
    expect(t.operatingCosts).toBeUndefined();
  });
});
