/** An empty Shanghai 表7: header rows, a blank data row and its 说明 line (JUESUAN.md §3.8). */
import { recognizeWorkbook } from '../../../../src/engine/tables/recognizeWorkbook';
import { tableOf } from '../../../../src/engine/tables/types';
import { gridFromRows } from '../../../helpers/gridFromRows';

const ITEMS = ['合计', '合计', '因公出国（境）费', '因公出国（境）费'];
const VEHICLE = ['公务用车购置及运行维护费', '公务用车购置及运行维护费', '公务用车购置及运行维护费'];

function emptyThreePublic(dataRows: Array<Array<string | null>>) {
  return gridFromRows(
    [
      ['财政拨款“三公”经费支出决算表'],
      [null, null, null, null, null, null, null, null, null, null, null, '单位：万元'],
      Array(12).fill('财政拨款“三公”经费'),
      [...ITEMS, ...VEHICLE, ...VEHICLE, '公务接待费', '公务接待费'],
      [
        ...ITEMS,
        '小计',
        '小计',
        '公务用车购置费',
        '公务用车购置费',
        '公务用车运行维护费',
        '公务用车运行维护费',
        '公务接待费',
        '公务接待费',
      ],
      Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? '预算数' : '决算数')),
      ...dataRows,
      ['说明：上海市普陀区某局本年度没有财政拨款“三公”经费支出，故本表无数据。'],
    ],
    { sheet: '7财政拨款三公经费支出决算表', merges: ['A1:L1', 'A3:L3', 'A4:B5', 'C4:D5', 'E4:J4', 'K4:L5'] },
  );
}

describe('empty 财政拨款“三公”经费支出决算表', () => {
  it('reads a blank data row as an empty table with its note', () => {
    const t7 = tableOf(recognizeWorkbook(emptyThreePublic([[]])), 'final_three_public');
    expect(t7?.empty).toBe(true);
    expect(t7?.emptyNote?.text).toMatch(/故本表无数据/);
    expect(t7?.labels.vehicle?.text).toBe('公务用车购置及运行维护费');
    expect(t7?.badAmounts).toEqual([]);
  });

  it('reads 0.00 cells as zero figures of an empty table', () => {
    const t7 = tableOf(recognizeWorkbook(emptyThreePublic([Array(12).fill('0.00')])), 'final_three_public');
    expect(t7?.empty).toBe(true);
    expect(t7?.budget.total?.cell.address).toBe('A7');
    expect(t7?.actual.reception?.cell.address).toBe('L7');
    expect(t7?.allFigures).toHaveLength(12);
  });
});
