import type { CheckResult } from '../../src/engine/checkWorkbook';
import type { SheetGrid } from '../../src/engine/grid';
import { createWorkbookAdapter } from '../../src/excel/createWorkbookAdapter';
import { freeSheetName } from '../../src/report/reportRecord';
import { createMemoryRunner, MemoryWorkbook } from '../../src/preview/memoryExcel';
import { finding } from '../safety/workbookState';

/** 导出报告 rewrites only the sheet it created; a user's own 校验报告 gets a new sheet beside it. */

const sheet = (name: string, first: string): SheetGrid => ({ name, merges: [], rows: [[{ value: first }]] });

function result(message: string): CheckResult {
  return {
    template: 'hebei',
    templateName: '河北省部门预算公开模板',
    document: 'budget',
    diagnosis: [],
    unit: '224网信办',
    year: 2024,
    tables: [],
    missingTables: [],
    findings: [finding('error', [['表1', 'B2']], message)],
    summary: { error: 1, warning: 0, info: 0 },
    workbook: { tables: [] },
  };
}

function texts(wb: MemoryWorkbook, name: string): unknown[] {
  const values: unknown[] = [];
  wb.sheet(name).forEachCell((_, __, c) => values.push(c.value));
  return values;
}

describe('导出报告 never overwrites a sheet it did not create', () => {
  it("a user's own 校验报告 stays as it was; the report goes to 校验报告 (2), and the next export rewrites that one", async () => {
    const wb = MemoryWorkbook.fromGrid({ sheets: [sheet('表1', '数据'), sheet('校验报告', '我自己的笔记')] });
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));

    await adapter.writeReport(result('第一次的问题'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['表1', '校验报告', '校验报告 (2)']);
    expect(texts(wb, '校验报告')).toEqual(['我自己的笔记']);
    expect(texts(wb, '校验报告 (2)')).toContain('第一次的问题');

    await adapter.writeReport(result('第二次的问题'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['表1', '校验报告', '校验报告 (2)']);
    expect(texts(wb, '校验报告')).toEqual(['我自己的笔记']);
    expect(texts(wb, '校验报告 (2)')).toContain('第二次的问题');
    expect(texts(wb, '校验报告 (2)')).not.toContain('第一次的问题');
  });

  it('its own report is found after a rename and after save and reopen (sheet ids change), and rewritten in place', async () => {
    let wb = MemoryWorkbook.fromGrid({ sheets: [sheet('表1', '数据')] });
    await createWorkbookAdapter(createMemoryRunner(wb)).writeReport(result('第一次的问题'));
    wb.sheet('校验报告').name = '上次的报告';
    wb = wb.reopen();

    await createWorkbookAdapter(createMemoryRunner(wb)).writeReport(result('第二次的问题'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['表1', '上次的报告']);
    expect(texts(wb, '上次的报告')).toContain('第二次的问题');
    expect(texts(wb, '上次的报告')).not.toContain('第一次的问题');
  });

  it('after its report was deleted, a new user sheet called 校验报告 is left alone', async () => {
    const wb = MemoryWorkbook.fromGrid({ sheets: [sheet('表1', '数据')] });
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    await adapter.writeReport(result('第一次的问题'));
    wb.removeSheet(wb.sheet('校验报告'));
    wb.addSheet('校验报告').ensureCell(0, 0).value = '用户新建';

    await adapter.writeReport(result('第二次的问题'));
    expect(texts(wb, '校验报告')).toEqual(['用户新建']);
    expect(texts(wb, '校验报告 (2)')).toContain('第二次的问题');
  });

  it('a new sheet name skips every name taken, without regard to case', () => {
    expect(freeSheetName('校验报告', ['表1'])).toBe('校验报告');
    expect(freeSheetName('校验报告', ['校验报告', '校验报告 (2)'])).toBe('校验报告 (3)');
    expect(freeSheetName('Report', ['report'])).toBe('Report (2)');
  });
});
