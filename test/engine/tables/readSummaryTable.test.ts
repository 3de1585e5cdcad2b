import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { tableOf } from '../../../src/engine/tables/types';
import { sheetFromBlocks, workbookOf } from '../../helpers/gridFromRows';
import { fiscalSummaryBlock, summaryBlock } from './seedTables';

describe('summary tables', () => {
  it('reads income items with roles, 功能类 rows and the total lines of 部门预算收支总表', () => {
    const wb = recognizeWorkbook(workbookOf(sheetFromBlocks('表1', [summaryBlock('B2')])));
    const t = tableOf(wb, 'income_expenditure_summary')!;
    expect(t.incomeItems.map((i) => i.role)).toEqual(['general', 'fund', 'capital', 'specialAccount', 'unitFunds']);
    expect(t.incomeItems[0].values.amount?.value.toFixed(2)).toBe('384.34');
    expect(t.incomeItems[1].values.amount?.amount.kind).toBe('blank');
    expect(t.expenditureRows).toHaveLength(10);
    expect(t.expenditureRows[7].name).toBe('社会保障和就业支出');
    expect(t.expenditureRows[7].values.total?.value.toFixed(2)).toBe('28.79');
    expect(t.incomeTotal?.values.amount?.cell.address).toBe('D17');
    expect(t.expenditureTotal?.values.total?.value.toFixed(2)).toBe('384.34');
    expect(t.carryIn?.label).toBe('上年结转结余');
    expect(t.carryOut?.label).toBe('年终结转结余');
    expect(t.grandIncome?.values.amount?.value.toFixed(2)).toBe('384.34');
    expect(t.grandExpenditure?.labelCell.address).toBe('E19');
    expect(t.carryInItems).toHaveLength(0);
  });

  it('reads the fiscal summary with its three expenditure columns and the carry-in sub-rows', () => {
    const wb = recognizeWorkbook(workbookOf(sheetFromBlocks('财政拨款', [fiscalSummaryBlock()])));
    const t = tableOf(wb, 'fiscal_summary')!;
    expect(t.incomeItems.map((i) => i.role)).toEqual(['general', 'fund', 'capital']);
    expect(t.expenditureRows[0].values.general?.value.toFixed(2)).toBe('334.50');
    expect(Object.keys(t.expenditureRows[0].values).sort()).toEqual(['capital', 'fund', 'general', 'total']);
    expect(t.carryIn?.label).toBe('年初财政拨款结转和结余');
    expect(t.carryInItems.map((i) => i.role)).toEqual(['general', 'fund', 'capital']);
    expect(t.carryOut?.label).toBe('年末财政拨款结转和结余');
    expect(t.grandExpenditure?.values.general?.value.toFixed(2)).toBe('384.34');
  });
});
