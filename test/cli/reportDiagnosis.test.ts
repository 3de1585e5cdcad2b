import ExcelJS from 'exceljs';
import { formatTextReport } from '../../src/cli/formatTextReport';
import { toJsonReport } from '../../src/cli/toJsonReport';
import { writeReportSheet } from '../../src/cli/writeReportSheet';
import type { CheckResult } from '../../src/engine/checkWorkbook';
import { culpritSentence } from '../../src/engine/culpritText';
import type { Culprit, Finding } from '../../src/engine/findings';
import { reportRows } from '../../src/report/reportRows';
import { headerIndex, sheetRows } from './reportSheetRows';
import { ROOT, runCli } from './runCli';
import * as path from 'path';

/*
 * Reviewers read the diagnosis first (issue 10.6): the text report, the CLI's 校验报告 sheet and the add-in's
 * 校验报告 rows lead with one 最可能出错 line per culprit, errors first; the JSON carries fix and diagnosis.
 */

const F10 = { sheet: '表3', address: 'F10' };
const fixF10 = { cell: F10, value: '37.17' };

function finding(ruleId: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding {
  return { ruleId, family: 'hierarchy', severity, message: `${ruleId} 不一致`, cells: [F10], ...extra };
}

const findings: Finding[] = [
  finding('hierarchy-sum', 'error', { fix: fixF10, alternatives: [{ sheet: '表3', address: 'F8' }] }),
  finding('cross-fiscal-general', 'error', {
    cells: [F10, { sheet: '表5', address: 'C10' }],
    fix: fixF10,
    expected: '37.17',
    actual: '37.71',
  }),
  finding('columns-sum', 'error', { fix: fixF10 }),
  finding('hierarchy-sum', 'info', { cells: [{ sheet: '表2', address: 'D8' }] }),
];

const infoCulprit: Culprit = {
  cell: { sheet: '表2', address: 'D8' },
  fix: { cell: { sheet: '表2', address: 'D8' }, value: '334.51' },
  severity: 'info',
  explains: 1,
  alternatives: [],
};
const errorCulprit: Culprit = { cell: F10, fix: fixF10, severity: 'error', explains: 3, alternatives: [] };

function result(diagnosis: Culprit[]): CheckResult {
  return {
    template: 'hebei',
    templateName: '河北省部门预算公开模板',
    document: 'budget',
    unit: '224网信办',
    year: 2024,
    tables: [],
    missingTables: [],
    findings,
    // The info culprit first on purpose: reports put errors first whatever the engine's order.
    diagnosis,
    summary: { error: 3, warning: 0, info: 1 },
    workbook: { template: 'hebei', tables: [] } as unknown as CheckResult['workbook'],
  };
}

const LEAD = '最可能出错：表3!F10（应为 37.17），可解释 3 项错误';

describe('the culprit sentence', () => {
  it('names the cell, the value it should read and how many findings it explains', () => {
    expect(culpritSentence(errorCulprit)).toBe(LEAD);
    expect(culpritSentence({ ...errorCulprit, fix: undefined, severity: 'warning', explains: 2 })).toBe(
      '最可能出错：表3!F10，可解释 2 项提示',
    );
    expect(culpritSentence({ ...errorCulprit, alternatives: [{ sheet: '表5', address: 'C10' }, F10] })).toBe(
      `${LEAD}；也可能是 表5!C10、表3!F10`,
    );
  });
});

describe('the text report', () => {
  it('leads with the culprits, errors first, before the findings they explain', () => {
    const lines = formatTextReport('a.xlsx', result([infoCulprit, errorCulprit])).split('\n');
    const start = lines.findIndex((l) => l.startsWith('审核结果：')) + 1;
    expect(lines[start]).toBe(`[错误] ${LEAD}`);
    expect(lines[start + 1]).toBe('[尾差/说明] 最可能出错：表2!D8（应为 334.51），可解释 1 项尾差/说明');
    expect(lines[start + 2]).toMatch(/^\[错误\] 表3!F10　hierarchy-sum 不一致/);
  });

  it('without a diagnosis the findings follow the summary as before', () => {
    const lines = formatTextReport('a.xlsx', result([])).split('\n');
    const start = lines.findIndex((l) => l.startsWith('审核结果：')) + 1;
    expect(lines[start]).toMatch(/^\[错误\] 表3!F10　hierarchy-sum/);
  });
});

describe('validate --json', () => {
  it('gives each finding its fix and alternatives, and a top-level diagnosis errors first', () => {
    const json = toJsonReport('a.xlsx', result([infoCulprit, errorCulprit]));
    expect(json.findings[0]).toMatchObject({
      fix: { cell: F10, value: '37.17' },
      alternatives: [{ sheet: '表3', address: 'F8' }],
    });
    expect(json.findings[1]).not.toHaveProperty('alternatives');
    expect(json.findings[3]).not.toHaveProperty('fix');
    expect(json.diagnosis).toEqual([
      { cell: F10, value: '37.17', explains: 3, severity: 'error', alternatives: [] },
      { cell: { sheet: '表2', address: 'D8' }, value: '334.51', explains: 1, severity: 'info', alternatives: [] },
    ]);
  });

  it('a text fix carries its new paragraph; a culprit without a fix has no value', () => {
    const para = { sheet: '情况说明', address: 'A25' };
    const textFix = { cell: para, value: '357.11', text: '其中基本支出357.11万元', cellText: '其中基本支出357.11万元' };
    const r = result([
      { cell: para, fix: textFix, severity: 'error', explains: 1, alternatives: [] },
      { ...errorCulprit, fix: undefined },
    ]);
    r.findings = [finding('narrative-amount', 'error', { cells: [para], fix: textFix })];
    const json = toJsonReport('a.xlsx', r);
    expect(json.findings[0].fix).toEqual({ cell: para, value: '357.11', text: '其中基本支出357.11万元' });
    expect(json.diagnosis[0]).toMatchObject({ value: '357.11', text: '其中基本支出357.11万元' });
    expect(json.diagnosis[1]).not.toHaveProperty('value');
  });

  it('a workbook with nothing diagnosed has an empty diagnosis array', () => {
    expect(toJsonReport('a.xlsx', result([])).diagnosis).toEqual([]);
  });
});

describe('the 校验报告 sheets', () => {
  it("annotate's sheet holds the add-in's rows: culprits first, errors first, then finding 1", () => {
    const excel = new ExcelJS.Workbook();
    const r = result([infoCulprit, errorCulprit]);
    writeReportSheet(excel, r);
    const rows = sheetRows(excel.getWorksheet('校验报告')!);
    expect(rows).toEqual(reportRows(r));
    const header = headerIndex(rows);
    expect(rows[header + 1]).toEqual(['', '错误', '最可能出错', '', LEAD, '表3!F10', '37.17', '']);
    expect(rows[header + 2].slice(1, 3)).toEqual(['尾差/说明', '最可能出错']);
    expect(rows[header + 3]).toEqual([
      '1',
      '错误',
      '表内层级',
      'hierarchy-sum',
      'hierarchy-sum 不一致',
      '表3!F10',
      '',
      '',
    ]);
  });

  it("the add-in's rows put the culprits right under the header, before finding 1", () => {
    const rows = reportRows(result([infoCulprit, errorCulprit]));
    const header = rows.findIndex((r) => r[0] === '序号');
    expect(rows[header + 1]).toEqual(['', '错误', '最可能出错', '', LEAD, '表3!F10', '37.17', '']);
    expect(rows[header + 2][1]).toBe('尾差/说明');
    expect(rows[header + 3].slice(0, 4)).toEqual(['1', '错误', '表内层级', 'hierarchy-sum']);
    for (const r of rows) expect(r).toHaveLength(rows[header].length);
  });
});

describe('validate on the seed-000 sample (once the diagnosis lands)', () => {
  it("the text report's first finding line is the 最可能出错 line", () => {
    const r = runCli(['validate', path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx')]);
    const lines = r.stdout.split('\n');
    const first = lines[lines.findIndex((l) => l.startsWith('审核结果：')) + 1];
    expect(first).toMatch(/^\[错误\] 最可能出错：表10!C\d+（应为 0\.20），可解释 \d+ 项错误/);
  });
});
