import { readTableMeta } from '../../../src/engine/tables/readTableMeta';
import { SheetView } from '../../../src/engine/tables/sheetView';
import { sheetFromBlocks } from '../../helpers/gridFromRows';

function metaOf(rows: Array<Array<string | number>>) {
  return readTableMeta(new SheetView(sheetFromBlocks('s', [{ origin: 'B2', rows }])), 1, 1 + rows.length - 1);
}

describe('readTableMeta', () => {
  it('reads unit name, 预算年度 and 单位 from the meta row, and says where the header starts', () => {
    const { meta, nextRow } = metaOf([
      ['部门预算支出总表'],
      ['', '224网信办', '预算年度：2024', '', '单位：元'],
      [],
      ['序号', '功能分类科目'],
    ]);
    expect(meta.unitName).toEqual({ text: '224网信办', cell: { sheet: 's', address: 'C3' } });
    expect(meta.year?.value).toBe(2024);
    expect(meta.measure?.text).toBe('元');
    expect(nextRow).toBe(4);
  });

  it('reads 金额单位 and 截止时间, and stops at the header row', () => {
    const { meta, asOf, nextRow } = metaOf([
      ['部门固定资产占用情况表'],
      ['224网信办', '截止时间：2023-12-31', '金额单位：万元'],
      ['项目', '数量', '价值（金额单位：万元）'],
    ]);
    expect(meta.measure?.cell.address).toBe('D3');
    expect(asOf?.text).toBe('2023-12-31');
    expect(nextRow).toBe(3);
  });

  it('finds no meta when the header follows the title directly', () => {
    const { meta, nextRow } = metaOf([['部门预算收支总表'], ['序号', '收入', '', '支出']]);
    expect(meta).toEqual({});
    expect(nextRow).toBe(2);
  });
});
