import ExcelJS from 'exceljs';
import { writeReportSheet } from '../../src/cli/writeReportSheet';
import type { CheckResult } from '../../src/engine/checkWorkbook';
import { REPORT_NAME } from '../../src/report/reportRecord';
import { reportModuleRows, sheetRows } from './reportSheetRows';

/*
 * Where annotate puts the 校验报告: the report an earlier annotate or 导出报告 wrote (the sheet the workbook
 * name BudgetChecker.Report points at) is rewritten in its place under its own name; no other sheet is touched.
 */

const result: CheckResult = {
  template: 'hebei',
  templateName: '河北省部门预算公开模板',
  document: 'budget',
  diagnosis: [],
  unit: '224网信办',
  year: 2024,
  tables: [],
  missingTables: ['income_expenditure_summary'],
  findings: [
    {
      ruleId: 'hierarchy-sum',
      family: 'hierarchy',
      severity: 'warning',
      message: '合计不等于各项之和',
      cells: [{ sheet: '表1', address: 'B2' }],
      expected: '10.00',
      actual: '9.00',
    },
  ],
  summary: { error: 0, warning: 1, info: 0 },
  workbook: { tables: [] } as unknown as CheckResult['workbook'],
};

/** Written to a buffer and read back, as the copy annotate writes would be. */
async function saved(excel: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await excel.xlsx.writeBuffer()) as ArrayBuffer);
  return copy;
}

const names = (excel: ExcelJS.Workbook): string[] => excel.worksheets.map((ws) => ws.name);

describe("annotate's 校验报告 sheet", () => {
  it('holds src/report rows as text cells, marked by the workbook name 导出报告 looks for', async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet('表1');
    expect(writeReportSheet(excel, result)).toBe('校验报告');
    const copy = await saved(excel);
    const ws = copy.getWorksheet('校验报告')!;
    expect(sheetRows(ws)).toEqual(reportModuleRows(result));
    expect(sheetRows(ws)[2][0]).toBe('未找到的表：部门预算收支总表');
    expect(ws.getCell('E6').value).toBe('合计不等于各项之和');
    expect(ws.getCell('A6').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A6').numFmt).toBe('@');
    expect(copy.definedNames.getRanges(REPORT_NAME).ranges).toEqual(["'校验报告'!$A$1"]);
  });

  it("leaves a user's own 校验报告 alone and writes 校验报告 (2)", async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet('表1');
    excel.addWorksheet('校验报告').getCell('A1').value = '我自己的笔记';
    expect(writeReportSheet(excel, result)).toBe('校验报告 (2)');
    const copy = await saved(excel);
    expect(names(copy)).toEqual(['表1', '校验报告', '校验报告 (2)']);
    expect(copy.getWorksheet('校验报告')!.getCell('A1').value).toBe('我自己的笔记');
    expect(copy.definedNames.getRanges(REPORT_NAME).ranges).toEqual(["'校验报告 (2)'!$A$1"]);
  });

  it('rewrites a renamed earlier report in its place, under its new name (an apostrophe in it too)', async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet('表1');
    writeReportSheet(excel, { ...result, unit: '旧单位' });
    excel.addWorksheet('表2');
    excel.getWorksheet('校验报告')!.name = "It's 报告";
    // Excel rewrites the name's reference when the sheet is renamed; ExcelJS does not, so it is set as Excel would.
    excel.definedNames.model = [{ name: REPORT_NAME, ranges: ["'It''s 报告'!$A$1"] }];
    const reopened = await saved(excel);

    expect(writeReportSheet(reopened, result)).toBe("It's 报告");
    const copy = await saved(reopened);
    expect(names(copy)).toEqual(['表1', "It's 报告", '表2']);
    expect(sheetRows(copy.getWorksheet("It's 报告")!)).toEqual(reportModuleRows(result));
    expect(copy.definedNames.getRanges(REPORT_NAME).ranges).toEqual(["'It''s 报告'!$A$1"]);
  });

  it('after its report was deleted, a user sheet that took the name 校验报告 is left alone', async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet('表1');
    writeReportSheet(excel, result);
    excel.removeWorksheet(excel.getWorksheet('校验报告')!.id);
    excel.addWorksheet('校验报告').getCell('A1').value = '用户新建';
    // What Excel leaves behind: the name reads #REF!.
    excel.definedNames.model = [{ name: REPORT_NAME, ranges: ['#REF!'] }];
    const reopened = await saved(excel);
    expect(writeReportSheet(reopened, result)).toBe('校验报告 (2)');
    expect(reopened.getWorksheet('校验报告')!.getCell('A1').value).toBe('用户新建');
  });
});
