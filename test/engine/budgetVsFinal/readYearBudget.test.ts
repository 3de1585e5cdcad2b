import * as path from 'path';
import { readYearBudget } from '../../../src/engine/budgetVsFinal/readYearBudget';
import { yearBudgetProblem } from '../../../src/engine/budgetVsFinal/yearBudgetProblem';
import { tableOf } from '../../../src/engine/tables/types';
import { finalWorkbook } from '../../helpers/finalBudgetPair';
import { recognizeFile, realBudget } from '../tables/shanghaiFiles';

const SAMPLES = path.join(__dirname, '../../../assets/samples');
const T5 = '5一般公共预算支出功能分类预算表';
const T9 = '9三公经费和机关运行经费预算表';

describe('readYearBudget', () => {
  it('reads the Shanghai sample 预算 in 万元 (its tables in 元) with the cells it came from', async () => {
    const wb = await recognizeFile(path.join(SAMPLES, 'sample-shanghai-2025.xlsx'));
    const b = readYearBudget(wb, 'sample-shanghai-2025.xlsx');
    expect(b.year).toBe(2025);
    expect(b.source).toBe('sample-shanghai-2025.xlsx');
    // 91,016,775.35元 → 9101.677535万元 exactly; rules round to what the 决算 prints.
    expect(b.general?.total?.value.toString()).toBe('9101.677535');
    expect(b.general?.total?.cell).toEqual({ sheet: T5, address: 'E26' });
    expect(b.general?.byCode.get('201')?.value.toString()).toBe('8209.679742');
    expect(b.general?.byCode.get('2010301')?.value.toString()).toBe('1202.950184');
    expect(b.general?.byCode.get('2010302')?.value.toString()).toBe('4614');
    expect(b.threePublic?.total?.value.toString()).toBe('867.5');
    expect(b.threePublic?.total?.cell).toEqual({ sheet: T9, address: 'A6' });
    expect(b.threePublic?.outbound?.value.toString()).toBe('839');
    expect(b.threePublic?.reception?.value.toString()).toBe('28.5');
    expect(b.threePublic?.vehicleOps?.value.toString()).toBe('0');
    expect(b.operatingCosts?.value.toString()).toBe('213.28');
  });

  it.each([
    ['sh-putuo-swh-2025.xlsx', 2025, '37151.4655', '1', 'E36'],
    ['sh-putuo-swh-unit-2025.xlsx', 2025, '37151.4655', '1', 'E36'],
    ['sh-putuo-wanli-2023.xlsx', 2023, '16497.864', '22.91', 'E72'],
    ['sh-putuo-zfb-2025.xlsx', 2025, '9101.677535', '867.5', 'E26'],
  ])('reads the real 预算 %s: year, 一般公共预算 合计 and 三公 合计', async (file, year, general, three, address) => {
    const wb = await recognizeFile(realBudget(file));
    const b = readYearBudget(wb, file);
    expect(b.year).toBe(year);
    expect(b.general?.total?.value.toString()).toBe(general);
    expect(b.general?.total?.cell?.address).toBe(address);
    expect(b.threePublic?.total?.value.toString()).toBe(three);
    // Every 三公 item of the Shanghai table is read, and each 功能分类 row by its code.
    expect(Object.keys(b.threePublic ?? {}).sort()).toEqual(
      ['outbound', 'reception', 'total', 'vehicle', 'vehicleOps', 'vehiclePurchase'].sort(),
    );
    const rows = tableOf(wb, 'general_budget_expenditure')?.rows ?? [];
    expect(b.general?.byCode.size).toBe(new Set(rows.map((r) => r.code)).size);
  });

  it('wanli 2023: the 公务用车 items read from their own cells', async () => {
    const b = readYearBudget(await recognizeFile(realBudget('sh-putuo-wanli-2023.xlsx')), 'wanli');
    expect(b.threePublic?.vehicle?.value.toString()).toBe('21.56');
    expect(b.threePublic?.vehicleOps?.cell?.address).toBe('F6');
    expect(b.threePublic?.reception?.value.toString()).toBe('1.35');
    expect(b.operatingCosts?.value.toString()).toBe('786.09');
  });

  it('reads the Hebei sample in 万元: 三公 from the 合计 column (all 财政拨款), no 机关运行经费 column', async () => {
    const b = readYearBudget(await recognizeFile(path.join(SAMPLES, 'sample-2024.xlsx')), 'sample-2024.xlsx');
    expect(b.year).toBe(2024);
    expect(b.general?.total?.value.toString()).toBe('384.34');
    expect(b.general?.total?.cell).toEqual({ sheet: '表5', address: 'D6' });
    expect(b.general?.byCode.get('2013701')?.value.toString()).toBe('134.29');
    expect(b.threePublic?.total?.cell).toEqual({ sheet: '表9', address: 'C6' });
    expect(b.threePublic?.vehicleOps?.value.toString()).toBe('2.4');
    expect(b.operatingCosts).toBeUndefined();
  });

  it('leaves absent what the workbook does not have, never zero', () => {
    expect(readYearBudget({ tables: [] }, 'x.xlsx')).toEqual({ source: 'x.xlsx' });
  });
});

describe('yearBudgetProblem', () => {
  it('accepts a 预算 with its tables', async () => {
    const wb = await recognizeFile(path.join(SAMPLES, 'sample-shanghai-2025.xlsx'));
    expect(yearBudgetProblem(wb, readYearBudget(wb, 'a.xlsx'), 'a.xlsx')).toBeUndefined();
  });

  it('names a 决算 given as the 预算, and a workbook with no 预算 tables', () => {
    const final = finalWorkbook();
    expect(yearBudgetProblem(final, readYearBudget(final, 'j.xlsx'), 'j.xlsx')).toBe(
      'j.xlsx：这是部门决算，不是部门预算；请选择同一年度的部门预算工作簿',
    );
    expect(yearBudgetProblem({ tables: [] }, { source: 'e.xlsx' }, 'e.xlsx')).toMatch(/^e\.xlsx：没有找到部门预算/);
  });
});
