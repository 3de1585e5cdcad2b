import ExcelJS from 'exceljs';
import { markCells } from '../../src/cli/annotateWorkbook';
import { writeReportSheet } from '../../src/cli/writeReportSheet';
import type { CheckResult } from '../../src/engine/checkWorkbook';
import type { Finding } from '../../src/engine/findings';
import { headerIndex, reportModuleRows, sheetRows } from './reportSheetRows';

const hostile: Finding = {
  ruleId: 'narrative-amount',
  family: 'narrative',
  severity: 'error',
  message: '=HYPERLINK("http://x","项目\u0001名称")\t金额\u0007不一致\n第二行',
  cells: [{ sheet: '表1', address: 'B2' }],
};

function result(findings: Finding[]): CheckResult {
  return {
    template: 'hebei',
    templateName: '河北省部门预算公开模板',
    document: 'budget',
    diagnosis: [],
    unit: '224网信办\u0000',
    year: 2024,
    tables: [],
    missingTables: [],
    findings,
    summary: { error: findings.length, warning: 0, info: 0 },
    workbook: { tables: [] },
  };
}

describe('annotate writes only plain text', () => {
  it('notes and report cells drop control characters, stay strings, and the file reads back', async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet('表1').getCell('B2').value = 12.3;
    markCells(excel, [hostile]);
    writeReportSheet(excel, result([hostile]));

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load((await excel.xlsx.writeBuffer()) as ArrayBuffer);
    const note = copy.getWorksheet('表1')!.getCell('B2').note;
    const noteText = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(noteText).toContain('项目名称');
    expect(noteText).toContain('\n第二行');
    expect(noteText.replace(/\n/g, '')).not.toMatch(/\p{Cc}/u);
    expect(copy.getWorksheet('表1')!.getCell('B2').value).toBe(12.3);

    const report = copy.getWorksheet('校验报告')!;
    const rows = sheetRows(report);
    expect(rows).toEqual(reportModuleRows(result([hostile])));
    // The finding's row, right under the header (no diagnosis): its 说明 (column 5) is one line of plain text.
    const message = report.getRow(headerIndex(rows) + 2).getCell(5);
    expect(message.type).toBe(ExcelJS.ValueType.String);
    expect(message.value).toBe('=HYPERLINK("http://x","项目名称")金额不一致第二行');
    expect(rows[1][0]).toBe('单位：224网信办');
    report.eachRow((row) =>
      row.eachCell((c) => {
        expect(c.formula).toBeUndefined();
        expect(String(c.value)).not.toMatch(/\p{Cc}/u);
      }),
    );
  });
});
