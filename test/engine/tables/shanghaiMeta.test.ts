import { readTableMeta } from '../../../src/engine/tables/readTableMeta';
import { SheetView } from '../../../src/engine/tables/sheetView';
import { sheetFromBlocks } from '../../helpers/gridFromRows';
import { REAL_BUDGETS, realBudgetPath, recognizeFile, TEMPLATES, templatePath } from './shanghaiRealFiles';

function metaOf(rows: Array<Array<string | number>>) {
  const view = new SheetView(sheetFromBlocks('s', [{ rows }]));
  return readTableMeta(view, 0, rows.length - 1).meta;
}

const HEADER = ['项目', '', '', '', '收入预算'];

describe('meta rows of the Shanghai template', () => {
  it.each([
    ['编制部门：上海市普陀区商务委员会', '上海市普陀区商务委员会'],
    ['编制单位：上海市普陀区商务委员会', '上海市普陀区商务委员会'],
    ['预算主管部门：上海市普陀区人民政府办公室', '上海市普陀区人民政府办公室'],
    ['预算单位: 上海市普陀区交流服务中心', '上海市普陀区交流服务中心'],
  ])('takes the unit name from %s without its prefix', (cell, name) => {
    const meta = metaOf([['2025年部门收入预算总表'], [cell, '', '', '', '单位：元'], HEADER]);
    expect(meta.unitName).toEqual({ text: name, cell: { sheet: 's', address: 'A2' } });
  });

  it('gives no unit name for the blank template’s bare 编制部门：', () => {
    const meta = metaOf([['2026年部门收入预算总表'], ['编制部门：', '', '', '', '单位：元'], HEADER]);
    expect(meta.unitName).toBeUndefined();
    expect(meta.measure?.text).toBe('元');
  });

  it.each([['单位:元'], ['单位：元'], ['单位:万元']])('reads the measure from %s', (cell) => {
    const meta = metaOf([['2025年部门收入预算总表'], ['编制部门：X局', '', cell], HEADER]);
    expect(meta.measure?.text).toBe(cell.replace(/^单位[:：]/, ''));
  });

  it('dates a table by its title when there is no 预算年度 cell', () => {
    const meta = metaOf([['2025年部门收入预算总表'], ['编制部门：X局', '', '单位：元'], HEADER]);
    expect(meta.year).toEqual({ value: 2025, cell: { sheet: 's', address: 'A1' } });
    expect(metaOf([['部门收入预算总表'], ['编制部门：X局', '', '单位：元'], HEADER]).year).toBeUndefined();
  });

  it('keeps the 预算年度 cell as the first source of the year', () => {
    const meta = metaOf([['2025年部门预算收入总表'], ['224网信办', '预算年度：2024', '单位：万元'], HEADER]);
    expect(meta.year).toEqual({ value: 2024, cell: { sheet: 's', address: 'B2' } });
  });

  it('reads a 绩效目标填报表’s （2023年度） line as its year', () => {
    const meta = metaOf([['财政项目支出绩效目标填报表'], ['（2023年度）'], ['项目名称', '新建社区中心', '项目性质']]);
    expect(meta.year).toEqual({ value: 2023, cell: { sheet: 's', address: 'A2' } });
  });
});

describe('unit and year of the real Shanghai files', () => {
  it.each([
    ['sh-putuo-swh-2025.xlsx', '上海市普陀区商务委员会', 2025],
    ['sh-putuo-swh-unit-2025.xlsx', '上海市普陀区商务委员会', 2025],
    ['sh-putuo-wanli-2023.xlsx', '上海市普陀区人民政府万里街道办事处', 2023],
    ['sh-putuo-zfb-2025.xlsx', '上海市普陀区人民政府办公室', 2025],
  ])('%s is %s, %d', async (file, unit, year) => {
    const wb = await recognizeFile(realBudgetPath(file));
    expect([wb.unitName, wb.year, wb.measure]).toEqual([unit, year, '元']);
    expect(REAL_BUDGETS).toContain(file);
  });

  it.each(TEMPLATES)('the blank %s has no unit name and the year 2026', async (file) => {
    const wb = await recognizeFile(templatePath(file));
    expect(wb.unitName).toBeUndefined();
    expect(wb.year).toBe(2026);
  });
});
